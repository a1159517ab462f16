"""Pure rules for money taken at the door through WeChat Pay: the courier's 收款码 (docs/PAY.md).

A door trade is a Native trade for what the delivery leaves to pay at the door (the order's
part) plus the ticket packs riding on it (bought in chat, "pay the courier"). One trade per
order at a time: a second tap shows the same code while the amount is unchanged; another amount
closes it at WeChat Pay and reopens it under a new number. Paid, the order's part counts as
prepaid (the delivery then collects no cash for it) and the packs are settled by WeChat Pay
when the delivery is recorded.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import timedelta
from enum import StrEnum

from domain.rules.online_pay import CLOSED, SETTLED_STATES, UNPAID, Verdict

ONLINE, DOOR = "online", "door"  # Payment.kind: paid after ordering (JSAPI), or at the door
# A code shown at the door is paid within minutes; after this WeChat Pay stops taking it.
DOOR_CODE_LIFETIME = timedelta(minutes=15)
# A trade written this recently without its code is another tap asking WeChat Pay for it now.
MAKING_FOR = timedelta(seconds=30)


class Step(StrEnum):
    """What a tap on 收款码 does with the order's door trade."""

    NEW = "new"  # open a trade (the first, or after one closed)
    REUSE = "reuse"  # the open trade is for this amount: show its code again
    REPLACE = "replace"  # the open trade is for another amount: close it, then open a new one
    PAID = "paid"  # already paid by the code: nothing more to take that way
    NOTHING = "nothing"  # nothing is due at the door
    VOID = "void"  # paid after we closed it (being refunded): no new code, cash instead
    MAKING = "making"  # another tap is getting this trade's code right now: it will show it


def offers_code(payment_method: str, paid_online: bool) -> bool:
    """Only an order paid at the door gets a 收款码: not the balance, not one paid online."""
    return payment_method != "balance" and not paid_online


def due_at_door(order_due_fen: int, packs_fen: int) -> tuple[int, int]:
    """(order part, packs part) of what the code asks for; a refund due is paid out in cash."""
    return max(0, order_due_fen), max(0, packs_fen)


@dataclass(frozen=True)
class OpenTrade:
    """The order's door trade as it stands."""

    status: str
    amount_fen: int
    live: bool  # its code was made and WeChat Pay may still take it (not expired)
    voided: bool = False  # paid after we closed it: that money goes back, the code is done
    making: bool = False  # just written, its code not back from WeChat Pay yet


def next_step(trade: OpenTrade | None, due_fen: int, closing: bool = False) -> Step:
    """The step for the order's door trade (None: none yet) and what is due now.

    `closing`: this trade was just closed at WeChat Pay, so it is opened again under a new
    number. A trade with money on it is never reopened (its refunds name its number).
    """
    if trade is not None and trade.voided:
        return Step.VOID
    if trade is not None and trade.status in SETTLED_STATES:
        return Step.PAID
    if due_fen <= 0:
        return Step.NOTHING
    if trade is None or closing or (trade.status == CLOSED and not trade.live):
        return Step.NEW
    if trade.status == UNPAID and trade.making:
        return Step.MAKING  # closing it now would kill the code the other tap is showing
    if trade.status == UNPAID and trade.amount_fen == due_fen and trade.live:
        return Step.REUSE
    # Another amount, an expired code, or one we closed that WeChat Pay may still take.
    return Step.REPLACE


def voided(flag: str) -> bool:
    """True when a door trade was paid after we closed it: its money goes back in full."""
    return flag.startswith(str(Verdict.AFTER_CLOSE))


def packs_paid_by_code(
    status: str | None, pack_fen: int, pack_prices: Sequence[int], void: bool = False
) -> bool:
    """True when a paid door trade covered the packs riding on the delivery; a voided one
    (paid after we closed it, refunded in full) paid for nothing."""
    total = sum(pack_prices)
    return not void and status in SETTLED_STATES and total > 0 and pack_fen >= total


def packs_method(by_code: bool, payment_method: str) -> str:
    """How riding packs were paid: the 收款码, else with the delivery's money, as the order's
    rest is taken (scanned to the station's code on a WeChat Pay order, else cash)."""
    return "wechat_pay" if by_code or payment_method == "wechat_pay" else "cash"


def door_trade_no(order_number: str, salt: str) -> str:
    """Our trade number for a door code: D, the order number, a random salt (≤ 32)."""
    return f"WD{order_number}{salt.upper()}"[:32]
