"""The domain's PayGateway port on the v3 client, and the payment page's signed links."""

from __future__ import annotations

import hashlib
import hmac
from urllib.parse import quote

from bot.pay.client import PayClient, PayError
from domain.infra.pay_port import RefundState, Trade


class WeChatPayGateway:
    """WeChat Pay as the use cases and the scheduler call it."""

    def __init__(self, client: PayClient, close_after_minutes: int) -> None:
        self.client = client
        self.close_after_minutes = close_after_minutes

    def link_signature(self, out_trade_no: str) -> str:
        """An HMAC of the trade under the APIv3 key: only links we sent open a payment page."""
        key = self.client.config.api_v3_key.encode()
        return hmac.new(key, out_trade_no.encode(), hashlib.sha256).hexdigest()[:32]

    def link_is_ours(self, out_trade_no: str, signature: str) -> bool:
        """True when the link's signature is the one we made for this trade."""
        return hmac.compare_digest(self.link_signature(out_trade_no), signature)

    def payment_link(self, out_trade_no: str) -> str:
        """The payment page of this trade, on our public host."""
        sig = self.link_signature(out_trade_no)
        return f"{self.client.config.page_base}/order/{quote(out_trade_no)}?sig={sig}"

    async def native_code(
        self, out_trade_no: str, description: str, total_fen: int, expire: str
    ) -> str:
        """A Native trade for the courier's 收款码; its code_url."""
        return await self.client.native_prepay(out_trade_no, description, total_fen, expire)

    async def query(self, out_trade_no: str) -> Trade | None:
        """The trade as WeChat Pay has it; None when it never saw it."""
        try:
            data = await self.client.query(out_trade_no)
        except PayError as exc:
            if exc.code == "ORDER_NOT_EXIST":
                return None
            raise
        return trade_of(data)

    async def close(self, out_trade_no: str) -> None:
        """Close the trade; one never seen is closed already, a paid one cannot be (query it)."""
        try:
            await self.client.close(out_trade_no)
        except PayError as exc:
            if exc.code not in ("ORDER_NOT_EXIST", "ORDERPAID"):
                raise

    async def refund(
        self, out_trade_no: str, out_refund_no: str, refund_fen: int, total_fen: int, reason: str
    ) -> RefundState:
        """Ask WeChat Pay for the refund (to the original payment: 原路退回)."""
        data = await self.client.refund(out_trade_no, out_refund_no, refund_fen, total_fen, reason)
        return refund_of(data)

    async def refund_query(self, out_refund_no: str) -> RefundState | None:
        """The refund as WeChat Pay has it."""
        try:
            return refund_of(await self.client.refund_query(out_refund_no))
        except PayError as exc:
            if exc.code == "RESOURCE_NOT_EXISTS":
                return None
            raise

    async def trade_bill(self, day: str) -> bytes:
        """The day's trade bill as WeChat Pay keeps it."""
        return await self.client.trade_bill(day)


def refund_of(data: dict[str, object]) -> RefundState:
    """A refund object (refund answer, query or decrypted notification) as a RefundState."""
    amount = data.get("amount")
    refund = amount.get("refund") if isinstance(amount, dict) else None
    return RefundState(
        out_refund_no=str(data.get("out_refund_no", "")),
        refund_id=str(data.get("refund_id") or ""),
        # A refund answer says `status`, a refund notification `refund_status`.
        status=str(data.get("status") or data.get("refund_status") or ""),
        refund_fen=refund if isinstance(refund, int) else -1,
    )


def trade_of(data: dict[str, object]) -> Trade:
    """A transaction object (query answer or decrypted notification) as a Trade."""
    amount = data.get("amount")
    payer = data.get("payer")
    total = amount.get("total") if isinstance(amount, dict) else None
    return Trade(
        out_trade_no=str(data.get("out_trade_no", "")),
        trade_state=str(data.get("trade_state", "")),
        transaction_id=str(data.get("transaction_id") or ""),
        total_fen=total if isinstance(total, int) else -1,
        payer_openid=str(payer.get("openid", "")) if isinstance(payer, dict) else "",
        success_time=str(data.get("success_time") or ""),
    )
