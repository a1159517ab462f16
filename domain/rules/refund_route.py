"""Which way money goes back to a customer (docs/MONEY.md, *Refunds the way the money came*).

Money paid online through WeChat Pay goes back to the same WeChat Pay payment (原路退回, a
partial refund when only part of it is owed back), never to cash or the stored value; money
paid any other way goes back the way the caller asked (cash or the balance). These rules only
split amounts; the use cases lock the rows and post the ledgers.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.rules import online_pay
from domain.rules.errors import InvalidInput
from domain.rules.pricing import yuan

# WeChat Pay refunds a trade within a year of payment; older deposits go back the other way.
REFUNDABLE_FOR = timedelta(days=360)
DEPOSIT_REASON = "退押金"  # the reason of a refund that gives a deposit back on a return
DOOR_DEPOSIT_REASON = "送达退押金"  # … at the door, for empties beyond the delivery
DEPOSIT_REASONS = (DEPOSIT_REASON, DOOR_DEPOSIT_REASON)
EDIT_REASON = "改单退差价"


def left_to_refund(status: str, amount_fen: int, asked_fen: int) -> int:
    """What may still be refunded of a payment, given the refunds already asked for."""
    if status not in (online_pay.PAID, online_pay.PARTIALLY_REFUNDED):
        return 0
    return max(0, amount_fen - asked_fen)


def paid_online_deposit(charged_fen: int | None, quoted_fen: int) -> int:
    """The part of a delivered order's deposit that its online payment paid.

    The payment covered the quoted deposit; a delivery that charged more had the rest
    scanned at the door, one that charged less (or refunded) was settled at the door.
    """
    return max(0, min(charged_fen or 0, quoted_fen))


@dataclass(frozen=True)
class Source:
    """A payment a deposit may go back to: its key, what of the deposit is still there."""

    key: int
    deposit_fen: int  # deposit paid online, less deposit refunds already asked of it
    left_fen: int  # what the payment may still refund at all
    paid_at: datetime


@dataclass(frozen=True)
class Split:
    """A refund split: parts to WeChat Pay payments (key, fen), the rest the asked way."""

    online: tuple[tuple[int, int], ...]
    rest_fen: int

    @property
    def online_fen(self) -> int:
        """What goes back through WeChat Pay."""
        return sum(fen for _, fen in self.online)


def split_deposit_refund(refund_fen: int, sources: list[Source], now: datetime) -> Split:
    """A bucket return's deposit refund: online deposits first, newest payment first."""
    left, parts = refund_fen, []
    for source in sorted(sources, key=lambda s: s.paid_at, reverse=True):
        if left <= 0:
            break
        if now - source.paid_at > REFUNDABLE_FOR:
            continue
        take = min(left, source.deposit_fen, source.left_fen)
        if take > 0:
            parts.append((source.key, take))
            left -= take
    return Split(tuple(parts), max(0, left))


def at_the_door(cash_due_fen: int, left_fen: int) -> tuple[int, int]:
    """An order paid online whose door settlement owes the customer money (a negative due):
    (refunded online, cash due left). The courier pays out only what WeChat Pay cannot."""
    if cash_due_fen >= 0 or left_fen <= 0:
        return 0, cash_due_fen
    online = min(-cash_due_fen, left_fen)
    return online, cash_due_fen + online


def edit_refund(number: str, status: str, paid_fen: int, left_fen: int, due_fen: int) -> int:
    """What a price-changing edit of an order paid online refunds; a raise is refused.

    An unpaid trade has a fixed amount at WeChat Pay: any change in price is refused until it
    is paid. A paid one refunds a lowering (the difference); more money cannot be added online.
    """
    kept = left_fen if status in online_pay.SETTLED_STATES else paid_fen
    if status == online_pay.UNPAID and due_fen != paid_fen:
        raise InvalidInput(
            f"order {number} waits for its online payment of {paid_fen} fen, change to {due_fen}",
            message="这张订单还没有完成微信支付,改动后金额会变。请先付款后再改,或取消后重新下单。",
        )
    if due_fen > kept:
        raise InvalidInput(
            f"order {number} is paid online ({kept} fen), change raises it to {due_fen}",
            message=(
                f"这张订单已在线微信支付{yuan(kept)}元,改动后要{yuan(due_fen)}元,"
                "多出的部分没法在线补付。要加量请另下一单,或取消后重新下单。"
            ),
        )
    return kept - due_fen


ONLINE = "wechat_pay"  # a return entry's reason when its deposit went back through WeChat Pay


def return_reason(split: Split, method: str) -> str:
    """The reason on a return's bucket entry: the way its deposit went back, readable again by
    `return_parts` (`cash`, `balance`, `wechat_pay`, or `wechat_pay:5000 cash` when split)."""
    if not split.online:
        return method
    if not split.rest_fen:
        return ONLINE
    return f"{ONLINE}:{split.online_fen} {method}"


@dataclass(frozen=True)
class Parts:
    """A deposit refund by the way it went back."""

    online_fen: int = 0
    cash_fen: int = 0
    balance_fen: int = 0


def return_parts(reason: str, refund_fen: int) -> Parts:
    """How a return's `refund_fen` went back, from its entry's reason (`return_reason`)."""
    head, _, method = reason.partition(" ")
    online = refund_fen if head == ONLINE else 0
    if head.startswith(f"{ONLINE}:") and head[len(ONLINE) + 1 :].isdigit():
        online = min(refund_fen, int(head[len(ONLINE) + 1 :]))
    way = method if online else head
    rest = refund_fen - online
    return Parts(online, 0, rest) if way == "balance" else Parts(online, rest, 0)
