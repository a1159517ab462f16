"""A fake WeChat Pay API v3 server: a real aiohttp app on 127.0.0.1, keeping the real protocol.

It checks every request's Authorization (merchant id, serial, timestamp, SHA256withRSA over
method, path with query, timestamp, nonce and body, with the merchant's public key) and answers
401 SIGN_ERROR otherwise; signs every answer with the platform key (Wechatpay-Timestamp, -Nonce,
-Signature, -Serial: the public key's ID, or after `use_certificates` the serial of the platform
certificate it serves at GET /v3/certificates, encrypted under the APIv3 key); keeps trades; and
sends notifications the way WeChat Pay does: the transaction encrypted with AEAD_AES_256_GCM
under the APIv3 key, the body signed.
"""

from __future__ import annotations

import base64
import hashlib
import json
import re
import secrets
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import aiohttp
from aiohttp import web
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from tests.fakes.wechat_pay_certs import PlatformCert, certificate_list, issue
from tests.fakes.wechat_pay_keys import MCHID, MERCHANT_SERIAL, PLATFORM_KEY_ID, PayKeys, rsa_sign

CHINA = ZoneInfo("Asia/Shanghai")
_AUTH = re.compile(r"^WECHATPAY2-SHA256-RSA2048 (.+)$")
_PARAM = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Trade:
    """One trade as WeChat Pay keeps it."""

    out_trade_no: str
    appid: str
    description: str
    total: int
    notify_url: str
    trade_type: str
    openid: str = ""
    state: str = "NOTPAY"
    prepay_id: str = ""
    code_url: str = ""
    transaction_id: str = ""
    success_time: str = ""
    refunds: list[dict[str, Any]] = field(default_factory=list)

    def as_json(self) -> dict[str, Any]:
        """The transaction object of a query or a notification."""
        data: dict[str, Any] = {
            "appid": self.appid,
            "mchid": MCHID,
            "out_trade_no": self.out_trade_no,
            "trade_type": self.trade_type,
            "trade_state": self.state,
            "trade_state_desc": {
                "SUCCESS": "支付成功",
                "NOTPAY": "未支付",
                "CLOSED": "已关闭",
                "REFUND": "转入退款",
            }.get(self.state, ""),
            "amount": {"total": self.total, "currency": "CNY"},
        }
        if self.openid:
            data["payer"] = {"openid": self.openid}
        if self.transaction_id:
            data.update(
                transaction_id=self.transaction_id,
                success_time=self.success_time,
                bank_type="OTHERS",
                attach="",
            )
            data["amount"].update(payer_total=self.total, payer_currency="CNY")
        return data


class FakeWeChatPay:
    """State and handlers; build with start_fake_pay()."""

    def __init__(self, keys: PayKeys) -> None:
        self.keys = keys
        self.trades: dict[str, Trade] = {}
        self.requests: list[tuple[str, str, int]] = []  # method, path, status answered
        self.unsigned = False  # answer without the Wechatpay-* headers
        self.clock: Callable[[], datetime] = lambda: datetime.now(CHINA)  # success_time etc.
        self.bills: dict[str, bytes] = {}  # download token -> file
        self.tamper_bills = False  # serve bills with a byte their hash does not cover
        self.bill_creating = False  # answer as before 09:00 the next day: not made yet
        self.deliver_to = ""  # send notifications here instead of the trade's notify_url host
        # 平台证书 mode (use_certificates): the certificates served, the one that signs now.
        self.certs: list[PlatformCert] = []
        self.signing: PlatformCert | None = None
        self.base_url = ""
        self._runner: web.AppRunner | None = None

    # -- signing both ways ------------------------------------------------------------------
    def _check_signature(self, request: web.Request, body: bytes) -> str | None:
        """Why the request's signature is wrong, or None when it is right."""
        match = _AUTH.match(request.headers.get("Authorization", ""))
        if not match:
            return "no WECHATPAY2-SHA256-RSA2048 Authorization"
        params = dict(_PARAM.findall(match.group(1)))
        if params.get("mchid") != MCHID or params.get("serial_no") != MERCHANT_SERIAL:
            return "unknown merchant or certificate serial"
        stamp = params.get("timestamp", "")
        if not stamp.isdigit() or abs(time.time() - int(stamp)) > 300:
            return "timestamp out of range"
        url = request.rel_url.raw_path_qs
        message = f"{request.method}\n{url}\n{stamp}\n{params.get('nonce_str', '')}\n".encode()
        try:
            self.keys.merchant.public_key().verify(
                base64.b64decode(params.get("signature", "")),
                message + body + b"\n",
                padding.PKCS1v15(),
                hashes.SHA256(),
            )
        except (InvalidSignature, ValueError):
            return "signature does not verify"
        return None

    def signed_headers(self, body: bytes, key: Any = None, serial: str = "") -> dict[str, str]:
        """Wechatpay-* headers for a body, signed with the platform key (or `key`), under the
        public key's ID or, in certificate mode, the signing certificate's serial."""
        own_key, own_serial = (
            (self.signing.key, self.signing.serial)
            if self.signing
            else (self.keys.platform, PLATFORM_KEY_ID)
        )
        stamp, nonce = str(int(time.time())), secrets.token_hex(16)
        signature = rsa_sign(key or own_key, f"{stamp}\n{nonce}\n".encode() + body + b"\n")
        return {
            "Wechatpay-Timestamp": stamp,
            "Wechatpay-Nonce": nonce,
            "Wechatpay-Signature": signature,
            "Wechatpay-Serial": serial or own_serial,
        }

    def use_certificates(self) -> PlatformCert:
        """Switch to 平台证书 mode: a certificate for the platform key signs from now on."""
        self.certs = [issue(self.keys.platform)]
        self.signing = self.certs[0]
        return self.signing

    def rotate_certificate(self) -> PlatformCert:
        """WeChat Pay's certificate rotation: a new key and certificate, served beside the old."""
        self.signing = issue()
        self.certs.append(self.signing)
        return self.signing

    async def _certificates(self, request: web.Request) -> web.Response:
        return self._answer(200, certificate_list(self.keys.api_v3_key, self.certs))

    def _answer(self, status: int, data: Any = None) -> web.Response:
        body = b"" if data is None else json.dumps(data, ensure_ascii=False).encode()
        headers = {} if self.unsigned else self.signed_headers(body)
        if data is not None:
            headers["Content-Type"] = "application/json; charset=utf-8"
        return web.Response(status=status, body=body, headers=headers)

    @web.middleware
    async def _signed(self, request: web.Request, handler: Any) -> web.StreamResponse:
        body = await request.read()
        problem = self._check_signature(request, body)
        if problem is not None:
            response = self._answer(401, {"code": "SIGN_ERROR", "message": problem})
        else:
            try:
                response = await handler(request)
            except _Error as exc:
                response = self._answer(exc.status, {"code": exc.code, "message": exc.message})
        self.requests.append((request.method, request.path, response.status))
        return response

    # -- the API ----------------------------------------------------------------------------
    async def _prepay(self, request: web.Request) -> web.Response:
        data = await request.json()
        kind = "JSAPI" if request.path.endswith("/jsapi") else "NATIVE"
        total = data.get("amount", {}).get("total")
        if data.get("mchid") != MCHID or not isinstance(total, int) or total <= 0:
            raise _Error(400, "PARAM_ERROR", "mchid or amount.total invalid")
        if kind == "JSAPI" and not data.get("payer", {}).get("openid"):
            raise _Error(400, "PARAM_ERROR", "payer.openid is required")
        no = data["out_trade_no"]
        trade = self.trades.get(no)
        if trade is not None and trade.state != "NOTPAY":
            raise _Error(
                400, "ORDERPAID" if trade.state == "SUCCESS" else "ORDER_CLOSED", "订单状态不允许"
            )
        if trade is None or trade.total != total:
            trade = Trade(
                no,
                data["appid"],
                data["description"],
                total,
                data["notify_url"],
                kind,
                openid=data.get("payer", {}).get("openid", ""),
            )
            self.trades[no] = trade
        if kind == "JSAPI":
            trade.prepay_id = trade.prepay_id or "wx" + secrets.token_hex(14)
            return self._answer(200, {"prepay_id": trade.prepay_id})
        trade.code_url = trade.code_url or f"weixin://wxpay/bizpayurl?pr={secrets.token_hex(4)}"
        return self._answer(200, {"code_url": trade.code_url})

    def _trade(self, request: web.Request) -> Trade:
        trade = self.trades.get(request.match_info["no"])
        if trade is None:
            raise _Error(404, "ORDER_NOT_EXIST", "订单不存在")
        return trade

    async def _query(self, request: web.Request) -> web.Response:
        if request.query.get("mchid") != MCHID:
            raise _Error(400, "PARAM_ERROR", "mchid is required")
        return self._answer(200, self._trade(request).as_json())

    async def _close(self, request: web.Request) -> web.Response:
        trade = self._trade(request)
        if trade.state == "SUCCESS":
            raise _Error(400, "ORDERPAID", "订单已支付")
        trade.state = "CLOSED"
        return self._answer(204)

    async def _refund(self, request: web.Request) -> web.Response:
        data = await request.json()
        trade = self.trades.get(data.get("out_trade_no", ""))
        if trade is None or trade.state not in ("SUCCESS", "REFUND"):
            raise _Error(404, "RESOURCE_NOT_EXISTS", "订单不存在或未支付")
        amount = data["amount"]
        done = sum(r["amount"]["refund"] for r in trade.refunds)
        if amount["total"] != trade.total or done + amount["refund"] > trade.total:
            raise _Error(400, "INVALID_REQUEST", "退款金额超过订单金额")
        refund = {
            "refund_id": "50" + secrets.token_hex(14),
            "out_refund_no": data["out_refund_no"],
            "transaction_id": trade.transaction_id,
            "out_trade_no": trade.out_trade_no,
            "channel": "ORIGINAL",
            "status": "PROCESSING",
            "create_time": self.now_text(),
            "amount": {
                "total": trade.total,
                "refund": amount["refund"],
                "currency": "CNY",
                "payer_total": trade.total,
                "payer_refund": amount["refund"],
            },
        }
        trade.refunds.append(refund)
        trade.state = "REFUND"
        return self._answer(200, refund)

    async def _refund_query(self, request: web.Request) -> web.Response:
        for trade in self.trades.values():
            for refund in trade.refunds:
                if refund["out_refund_no"] == request.match_info["no"]:
                    return self._answer(200, refund)
        raise _Error(404, "RESOURCE_NOT_EXISTS", "退款单不存在")

    def now_text(self) -> str:
        """WeChat Pay's time of an event, in China time (a test may set `clock`)."""
        return self.clock().astimezone(CHINA).replace(microsecond=0).isoformat()

    # -- the trade bill ---------------------------------------------------------------------
    async def _trade_bill(self, request: web.Request) -> web.Response:
        day = request.query.get("bill_date", "")
        if request.query.get("bill_type", "ALL") != "ALL" or len(day) != 10:
            raise _Error(400, "PARAM_ERROR", "bill_date or bill_type invalid")
        if self.bill_creating:
            raise _Error(400, "STATEMENT_CREATING", "账单生成中")
        if not any(t.success_time.startswith(day) for t in self.trades.values()):
            # As the real one: a day without a trade or a refund has no bill at all.
            raise _Error(400, "NO_STATEMENT_EXIST", "请求的账单文件不存在")
        body = self.bill(day)
        token = secrets.token_urlsafe(16)
        self.bills[token] = body
        return self._answer(
            200,
            {
                "hash_type": "SHA1",
                "hash_value": hashlib.sha1(body).hexdigest(),
                "download_url": f"{self.base_url}/v3/billdownload/file?token={token}",
            },
        )

    async def _download(self, request: web.Request) -> web.Response:
        body = self.bills.get(request.query.get("token", ""))
        if body is None:
            raise _Error(404, "RESOURCE_NOT_EXISTS", "账单不存在")
        if self.tamper_bills:
            body += b"!"
        return web.Response(body=body, content_type="text/plain")  # not signed, as the real one

    def bill(self, day: str) -> bytes:
        """The day's ALL trade bill, in WeChat Pay's format (every value after a backtick)."""
        header = (
            "交易时间,公众账号ID,商户号,特约商户号,设备号,微信订单号,商户订单号,用户标识,"
            "交易类型,交易状态,付款银行,货币种类,应结订单金额,代金券金额,微信退款单号,"
            "商户退款单号,退款金额,充值券退款金额,退款类型,退款状态,商品名称,商户数据包,"
            "手续费,费率,订单金额,申请退款金额,费率备注"
        )
        lines, paid, refunded = [header], 0, 0
        for t in self.trades.values():
            if not t.success_time.startswith(day):
                continue
            yuan = f"{t.total / 100:.2f}"
            base = [
                t.success_time[:19].replace("T", " "),
                t.appid,
                MCHID,
                "0",
                "",
                t.transaction_id,
                t.out_trade_no,
                t.openid,
                t.trade_type,
            ]
            lines.append(
                _bill_line(
                    [
                        *base,
                        "SUCCESS",
                        "OTHERS",
                        "CNY",
                        yuan,
                        "0.00",
                        "0",
                        "0",
                        "0.00",
                        "0.00",
                        "",
                        "",
                        t.description,
                        "",
                        "0.00000",
                        "0.60%",
                        yuan,
                        "0.00",
                        "",
                    ]
                )
            )
            paid += t.total
            for r in t.refunds:
                cut = f"{r['amount']['refund'] / 100:.2f}"
                lines.append(
                    _bill_line(
                        [
                            *base,
                            "REFUND",
                            "OTHERS",
                            "CNY",
                            "0.00",
                            "0.00",
                            r["refund_id"],
                            r["out_refund_no"],
                            cut,
                            "0.00",
                            "ORIGINAL",
                            r["status"],
                            t.description,
                            "",
                            "0.00000",
                            "0.60%",
                            "0.00",
                            cut,
                            "",
                        ]
                    )
                )
                refunded += r["amount"]["refund"]
        lines.append(
            "总交易单数,应结订单总金额,退款总金额,充值券退款总金额,手续费总金额,订单总金额,申请退款总金额"
        )
        count = len(lines) - 2  # the rows between the two headers
        lines.append(
            _bill_line(
                [
                    str(count),
                    f"{paid / 100:.2f}",
                    f"{refunded / 100:.2f}",
                    "0.00",
                    "0.00000",
                    f"{paid / 100:.2f}",
                    f"{refunded / 100:.2f}",
                ]
            )
        )
        return ("\r\n".join(lines) + "\r\n").encode()

    # -- the customer pays, WeChat Pay notifies -----------------------------------------------
    def pay(self, out_trade_no: str) -> Trade:
        """The customer paid in WeChat: the trade succeeds (no notification sent yet)."""
        trade = self.trades[out_trade_no]
        trade.state = "SUCCESS"
        trade.transaction_id = trade.transaction_id or "42000" + secrets.token_hex(11)
        trade.success_time = self.now_text()
        return trade

    def notification(
        self,
        resource: dict[str, Any],
        event_type: str = "TRANSACTION.SUCCESS",
        original_type: str = "transaction",
    ) -> bytes:
        """A notification body, `resource` encrypted under the APIv3 key."""
        nonce, associated = secrets.token_hex(6), original_type
        cipher = AESGCM(self.keys.api_v3_key.encode()).encrypt(
            nonce.encode(), json.dumps(resource, ensure_ascii=False).encode(), associated.encode()
        )
        body = {
            "id": secrets.token_hex(16),
            "create_time": self.now_text(),
            "event_type": event_type,
            "resource_type": "encrypt-resource",
            "summary": "支付成功",
            "resource": {
                "algorithm": "AEAD_AES_256_GCM",
                "ciphertext": base64.b64encode(cipher).decode(),
                "associated_data": associated,
                "original_type": original_type,
                "nonce": nonce,
            },
        }
        return json.dumps(body, ensure_ascii=False).encode()

    async def send(self, url: str, body: bytes, headers: dict[str, str]) -> tuple[int, str]:
        """POST one notification; returns the status and body the merchant answered."""
        async with (
            aiohttp.ClientSession() as session,
            session.post(
                url, data=body, headers={"Content-Type": "application/json", **headers}
            ) as response,
        ):
            return response.status, await response.text()

    async def notify(self, out_trade_no: str, **changes: Any) -> tuple[int, str]:
        """Send the trade's success notification, signed; `changes` alter the transaction."""
        trade = self.trades[out_trade_no]
        resource = trade.as_json()
        for key, value in changes.items():
            if key == "total":
                resource["amount"]["total"] = resource["amount"]["payer_total"] = value
            else:
                resource[key] = value
        body = self.notification(resource)
        return await self.send(self.notify_url(trade), body, self.signed_headers(body))

    async def notify_refund(self, out_refund_no: str) -> tuple[int, str]:
        """The refund reached the customer: mark it SUCCESS and send REFUND.SUCCESS, signed."""
        for trade in self.trades.values():
            for refund in trade.refunds:
                if refund["out_refund_no"] == out_refund_no:
                    refund.update(status="SUCCESS", success_time=self.now_text())
                    resource = {
                        "mchid": MCHID,
                        "out_trade_no": trade.out_trade_no,
                        "transaction_id": trade.transaction_id,
                        "out_refund_no": out_refund_no,
                        "refund_id": refund["refund_id"],
                        "refund_status": "SUCCESS",
                        "success_time": refund["success_time"],
                        "user_received_account": "支付用户零钱",
                        "amount": {
                            key: refund["amount"][key]
                            for key in ("total", "refund", "payer_total", "payer_refund")
                        },
                    }
                    body = self.notification(resource, "REFUND.SUCCESS", "refund")
                    return await self.send(self.notify_url(trade), body, self.signed_headers(body))
        raise KeyError(out_refund_no)

    def notify_url(self, trade: Trade) -> str:
        """Where this trade's notifications go (the test app, when `deliver_to` is set)."""
        if not self.deliver_to:
            return trade.notify_url
        return self.deliver_to + "/" + trade.notify_url.split("/", 3)[3]

    def app(self) -> web.Application:
        """The aiohttp app with the v3 routes."""
        app = web.Application(middlewares=[self._signed])
        base = "/v3/pay/transactions"
        app.router.add_post(f"{base}/jsapi", self._prepay)
        app.router.add_post(f"{base}/native", self._prepay)
        app.router.add_get(f"{base}/out-trade-no/{{no}}", self._query)
        app.router.add_post(f"{base}/out-trade-no/{{no}}/close", self._close)
        app.router.add_post("/v3/refund/domestic/refunds", self._refund)
        app.router.add_get("/v3/refund/domestic/refunds/{no}", self._refund_query)
        app.router.add_get("/v3/bill/tradebill", self._trade_bill)
        app.router.add_get("/v3/billdownload/file", self._download)
        app.router.add_get("/v3/certificates", self._certificates)
        return app

    async def start(self) -> None:
        """Bind on 127.0.0.1, a random port."""
        self._runner = web.AppRunner(self.app(), access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, "127.0.0.1", 0).start()
        host, port = self._runner.addresses[0][:2]
        self.base_url = f"http://{host}:{port}"

    async def close(self) -> None:
        """Stop serving."""
        if self._runner is not None:
            await self._runner.cleanup()


class _Error(Exception):
    def __init__(self, status: int, code: str, message: str) -> None:
        super().__init__(message)
        self.status, self.code, self.message = status, code, message


def _bill_line(values: list[str]) -> str:
    return ",".join("`" + value for value in values)



async def start_fake_pay(keys: PayKeys) -> FakeWeChatPay:
    """Start a FakeWeChatPay; `await fake.close()` when done."""
    fake = FakeWeChatPay(keys)
    await fake.start()
    return fake
