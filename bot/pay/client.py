"""An async WeChat Pay API v3 client: every request signed, every response verified.

Why not the `wechatpayv3` SDK: it is synchronous (requests), so each call would block the event
loop that serves the callbacks, or need a thread per call; ours is a few signed JSON calls on the
aiohttp session the service already has, and the signature scheme is small (bot/pay/v3.py).
"""

from __future__ import annotations

import hashlib
import json
import logging
import time
from collections.abc import Callable, Mapping
from typing import Any
from urllib.parse import quote

import aiohttp

from bot.pay import v3
from bot.pay.config import PayConfig
from bot.pay.platform import Certificates, PlatformKeys, PublicKey

log = logging.getLogger(__name__)


class PayError(Exception):
    """WeChat Pay answered with an error: HTTP status and its {code, message}."""

    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(f"WeChat Pay {status} {code}: {message}")
        self.status, self.code, self.message = status, code, message


class UnverifiedResponse(PayError):
    """A response that is not signed by WeChat Pay's key: refused, whatever it says."""


class PayClient:
    """The v3 calls waterbot makes, on a shared aiohttp session."""

    def __init__(
        self,
        config: PayConfig,
        session: aiohttp.ClientSession,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.config = config
        self.session = session
        self.clock = clock
        self.platform: PlatformKeys = (
            PublicKey(config.platform_key, config.platform_key_id)
            if config.platform_key is not None
            else Certificates(config.api_v3_key, self.certificates)
        )

    async def jsapi_prepay(
        self, out_trade_no: str, description: str, total_fen: int, openid: str, expire: str
    ) -> str:
        """Create a JSAPI trade for a customer's openid; returns its prepay_id."""
        body = self._order(out_trade_no, description, total_fen, expire)
        body["payer"] = {"openid": openid}
        answer = await self._call("POST", "/v3/pay/transactions/jsapi", body)
        return str(answer["prepay_id"])

    async def native_prepay(
        self, out_trade_no: str, description: str, total_fen: int, expire: str
    ) -> str:
        """Create a Native trade; returns its code_url (to show as a QR code)."""
        body = self._order(out_trade_no, description, total_fen, expire)
        answer = await self._call("POST", "/v3/pay/transactions/native", body)
        return str(answer["code_url"])

    async def query(self, out_trade_no: str) -> dict[str, Any]:
        """The trade as WeChat Pay has it (trade_state, transaction_id, amount …)."""
        path = f"/v3/pay/transactions/out-trade-no/{quote(out_trade_no)}"
        return await self._call("GET", f"{path}?mchid={quote(self.config.mchid)}")

    async def close(self, out_trade_no: str) -> None:
        """Close an unpaid trade (204)."""
        path = f"/v3/pay/transactions/out-trade-no/{quote(out_trade_no)}/close"
        await self._call("POST", path, {"mchid": self.config.mchid})

    async def refund(
        self, out_trade_no: str, out_refund_no: str, refund_fen: int, total_fen: int, reason: str
    ) -> dict[str, Any]:
        """Refund part or all of a paid trade; returns the refund (status, refund_id …)."""
        body = {
            "out_trade_no": out_trade_no,
            "out_refund_no": out_refund_no,
            "reason": reason,
            "notify_url": self.config.notify_url,
            "amount": {"refund": refund_fen, "total": total_fen, "currency": "CNY"},
        }
        return await self._call("POST", "/v3/refund/domestic/refunds", body)

    async def refund_query(self, out_refund_no: str) -> dict[str, Any]:
        """One refund as WeChat Pay has it."""
        return await self._call("GET", f"/v3/refund/domestic/refunds/{quote(out_refund_no)}")

    async def trade_bill(self, day: str) -> bytes:
        """The day's trade bill (CSV, every trade and refund), its SHA1 checked.

        The file download is the one answer WeChat Pay does not sign; the hash that came in the
        signed first answer vouches for it instead.
        """
        answer = await self._call("GET", f"/v3/bill/tradebill?bill_date={quote(day)}&bill_type=ALL")
        url = str(answer["download_url"])
        path = "/" + url.split("://", 1)[-1].split("/", 1)[-1]
        header = v3.authorization(
            self.config.mchid,
            self.config.serial_no,
            self.config.private_key,
            "GET",
            path,
            "",
            str(int(self.clock())),
            v3.nonce(),
        )
        async with self.session.get(url, headers={"Authorization": header}) as response:
            raw = await response.read()
            if response.status >= 400:
                raise PayError(
                    response.status, "DOWNLOAD_FAILED", raw[:200].decode(errors="replace")
                )
        if answer.get("hash_type") != "SHA1" or hashlib.sha1(raw).hexdigest() != answer.get(
            "hash_value"
        ):
            raise UnverifiedResponse(response.status, "HASH_MISMATCH", "bill hash does not match")
        return raw

    def page_params(self, prepay_id: str) -> dict[str, str]:
        """The signed parameters for getBrandWCPayRequest on the payment page."""
        stamp = str(int(self.clock()))
        return v3.jsapi_params(self.config.appid, prepay_id, self.config.private_key, stamp)

    def _order(self, no: str, description: str, total: int, expire: str) -> dict[str, Any]:
        return {
            "appid": self.config.appid,
            "mchid": self.config.mchid,
            "description": description[:127],
            "out_trade_no": no,
            "time_expire": expire,
            "notify_url": self.config.notify_url,
            "amount": {"total": total, "currency": "CNY"},
        }

    async def certificates(self) -> tuple[int, Mapping[str, str], bytes]:
        """GET /v3/certificates, signed; the answer is verified by the certificates it brings."""
        return await self._send("GET", "/v3/certificates")

    async def _send(
        self, method: str, url: str, body: Any = None
    ) -> tuple[int, Mapping[str, str], bytes]:
        """Sign and send one request: (status, headers, body), nothing verified yet."""
        text = "" if body is None else json.dumps(body, ensure_ascii=False, separators=(",", ":"))
        cfg = self.config
        header = v3.authorization(
            cfg.mchid, cfg.serial_no, cfg.private_key, method, url, text,
            str(int(self.clock())), v3.nonce(),
        )  # fmt: skip
        headers = {"Authorization": header, "Accept": "application/json"}
        if body is not None:
            headers["Content-Type"] = "application/json"
        async with self.session.request(
            method,
            cfg.api_base + url,
            data=text.encode() if body is not None else None,
            headers=headers,
        ) as response:
            return response.status, dict(response.headers), await response.read()

    async def _call(self, method: str, url: str, body: Any = None) -> dict[str, Any]:
        """Sign, send, verify the answer's signature, then read it; errors raise PayError."""
        status, headers, raw = await self._send(method, url, body)
        await self._verified(status, headers, raw, method, url)
        data = json.loads(raw) if raw else {}
        if status >= 400:
            raise PayError(status, str(data.get("code")), str(data.get("message")))
        return data if isinstance(data, dict) else {}

    async def _verified(
        self, status: int, headers: Mapping[str, str], raw: bytes, method: str, url: str
    ) -> None:
        try:
            await self.platform.verify(v3.Signed.of(headers), raw, self.clock())
        except v3.BadSignature as exc:
            log.warning(
                "refused WeChat Pay answer to %s %s (HTTP %d): %s", method, url, status, exc
            )
            raise UnverifiedResponse(status, "UNVERIFIED", str(exc)) from None
