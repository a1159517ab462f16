"""Pure rules for orders paid online through WeChat Pay (docs/PAY.md): numbers, states, verdicts.

A notification is only believed after its signature checked out; these rules then decide what
it may change. A trade settles its payment once: a repeat of the same transaction changes
nothing, an amount other than the one we asked for is never accepted (the owner is told), and
money arriving for a payment we closed is flagged for a refund rather than reopening the order.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from enum import StrEnum

UNPAID, PAID, CLOSED = "unpaid", "paid", "closed"
REFUNDED, PARTIALLY_REFUNDED = "refunded", "partially_refunded"
SETTLED_STATES = frozenset({PAID, REFUNDED, PARTIALLY_REFUNDED})
SUCCESS = "SUCCESS"  # WeChat Pay's trade_state of a paid trade
REMIND_BEFORE = timedelta(minutes=10)  # the customer is reminded this long before it closes
PREPAY_LIFETIME = timedelta(minutes=110)  # a prepay_id lives 2 hours; renew it a little before


@dataclass(frozen=True)
class Notice:
    """A paid trade as WeChat Pay told it (a notification or a query), already verified."""

    out_trade_no: str
    transaction_id: str
    trade_state: str
    total_fen: int
    payer_openid: str = ""
    success_time: str = ""


class Verdict(StrEnum):
    """What a verified notice does to our payment."""

    SETTLE = "settle"  # mark paid, post the ledger, move the order on
    ALREADY = "already"  # this transaction settled it before: nothing changes
    NOT_PAID = "not_paid"  # the trade is not SUCCESS: nothing to settle
    MISMATCH = "mismatch"  # another amount than we asked for: refused, owner alerted
    AFTER_CLOSE = "after_close"  # paid after we closed it: flagged for a refund
    OTHER_TRANSACTION = "other_transaction"  # settled by another transaction: flagged


def verdict(status: str, amount_fen: int, transaction_id: str | None, notice: Notice) -> Verdict:
    """The one decision about a payment (its status, amount, transaction) and a notice."""
    if notice.trade_state != SUCCESS:
        return Verdict.NOT_PAID
    if status in SETTLED_STATES:
        same = transaction_id == notice.transaction_id
        return Verdict.ALREADY if same else Verdict.OTHER_TRANSACTION
    if notice.total_fen != amount_fen:
        return Verdict.MISMATCH
    if status == CLOSED:
        return Verdict.AFTER_CLOSE
    return Verdict.SETTLE


def out_trade_no(order_number: str, salt: str) -> str:
    """Our trade number at WeChat Pay: the order number and a random salt (6–32 characters).

    The salt keeps two databases (a demo, a restored backup) from reusing a number the merchant
    account has already seen, which WeChat Pay would refuse.
    """
    return f"WB{order_number}{salt.upper()}"[:32]


def expire_text(moment: datetime) -> str:
    """time_expire as WeChat Pay wants it: RFC 3339 with the offset, whole seconds."""
    return moment.replace(microsecond=0).isoformat()


def needs_prepay(prepay_id: str, prepay_at: datetime | None, now: datetime) -> bool:
    """True when the page must ask WeChat Pay for a (new) prepay_id."""
    return not prepay_id or prepay_at is None or now - prepay_at >= PREPAY_LIFETIME


TIMEOUT_REASON = "超时未支付"  # the cancel reason of an order closed for not being paid
REFUND_SUCCESS, REFUND_PROCESSING = "SUCCESS", "PROCESSING"
REQUESTED = "requested"  # a refund recorded and not yet accepted by WeChat Pay


def refund_status(amount_fen: int, refunded_fen: int) -> str:
    """A payment's status once `refunded_fen` of its `amount_fen` went back."""
    if refunded_fen <= 0:
        return PAID
    return REFUNDED if refunded_fen >= amount_fen else PARTIALLY_REFUNDED


def out_refund_no(out_trade_no: str, seq: int) -> str:
    """Our refund number: the trade's and a sequence (a payment may be refunded in parts)."""
    return f"{out_trade_no}R{seq}"
