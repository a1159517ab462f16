"""WeChat Pay as the domain sees it: a port the bot's v3 client implements (docs/PAY.md).

Installed by the composition root when `WATERBOT_PAY_*` is configured; until then `gateway()`
is None and 微信支付 keeps its old meaning (the customer scans the station's code at the door).
The use cases never call it inside a transaction: a network round trip must not hold row locks.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


@dataclass(frozen=True)
class Trade:
    """What WeChat Pay says about one of our orders (query by out_trade_no)."""

    out_trade_no: str
    trade_state: str  # SUCCESS, NOTPAY, CLOSED, REFUND, USERPAYING, PAYERROR, REVOKED
    transaction_id: str
    total_fen: int
    payer_openid: str
    success_time: str


@dataclass(frozen=True)
class RefundState:
    """What WeChat Pay says about one refund."""

    out_refund_no: str
    refund_id: str
    status: str  # SUCCESS, PROCESSING, CLOSED, ABNORMAL
    refund_fen: int


class PayGateway(Protocol):
    """The calls the domain makes to WeChat Pay."""

    close_after_minutes: int  # an unpaid online order is closed after this long

    def payment_link(self, out_trade_no: str) -> str:
        """The link the customer opens in WeChat to pay this order."""

    async def native_code(
        self, out_trade_no: str, description: str, total_fen: int, expire: str
    ) -> str:
        """Open a Native trade (the courier's 收款码); its code_url, to show as a QR code."""

    async def query(self, out_trade_no: str) -> Trade | None:
        """The trade as WeChat Pay has it; None when WeChat Pay never saw it."""

    async def close(self, out_trade_no: str) -> None:
        """Close an unpaid trade so it can no longer be paid."""

    async def refund(
        self, out_trade_no: str, out_refund_no: str, refund_fen: int, total_fen: int, reason: str
    ) -> RefundState:
        """Ask for a refund (a repeat of out_refund_no is the same refund, never a second)."""

    async def refund_query(self, out_refund_no: str) -> RefundState | None:
        """The refund as WeChat Pay has it; None when it never saw it."""

    async def trade_bill(self, day: str) -> bytes:
        """The day's trade bill (bill_type ALL, YYYY-MM-DD), its hash checked."""


_current: PayGateway | None = None


def set_gateway(gateway: PayGateway | None) -> PayGateway | None:
    """Install (or, with None, remove) the gateway; returns the previous one (tests restore it)."""
    global _current
    previous, _current = _current, gateway
    return previous


def gateway() -> PayGateway | None:
    """The installed gateway, None when WeChat Pay is not connected."""
    return _current


def online() -> bool:
    """True when 微信支付 means paying online, right after ordering."""
    return _current is not None


# Customer notices about online payments (the `notice` of Notifier.customer_notice).
PAY_LINK = "pay_link"  # number, amount_fen, minutes, link: an order placed for the customer
PAY_REMINDER = "pay_reminder"  # number, amount_fen, minutes (left), link: not paid yet
PAY_RECEIVED = "pay_received"  # number, amount_fen
PAY_CLOSED = "pay_closed"  # number, minutes: not paid in time, the order was cancelled
PAY_REFUNDING = "pay_refunding"  # number, amount_fen: a refund to the customer's WeChat asked for
PAY_REFUNDED = "pay_refunded"  # number, amount_fen: WeChat Pay confirmed it
