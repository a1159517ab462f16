"""What a courier's delivered orders come to: pieces, empties, cash to hand in, scans, pay.

Cash to hand in is what he took (a deposit refund he paid out comes off it); what he took is
compared with what was due (`domain.rules.door_cash`): a shortfall is owed by the customer, an
excess is in his hand-in like the rest.

Pure rules on loaded orders and their lines, shared by the courier's own 收入 reply
(`domain.reads.courier_queries.earnings`) and the back office's ranking
(`domain.reads.sales`), so the two never count differently. Typed on the few fields they read
(`PaidOrder`, `CountedLine`), which the order and line rows have, so no model is imported.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Protocol

from domain.rules.door_cash import Settled


class PaidOrder(Protocol):
    """What these rules read of a delivered order (an `Order` row has it)."""

    @property
    def id(self) -> int: ...
    @property
    def payment_method(self) -> str: ...
    @property
    def cash_due_fen(self) -> int | None: ...
    @property
    def cash_collected_fen(self) -> int | None: ...
    @property
    def buckets_delivered(self) -> int | None: ...
    @property
    def empties_collected(self) -> int | None: ...


class CountedLine(Protocol):
    """What these rules read of an order line (an `OrderLine` row has it)."""

    @property
    def quantity(self) -> int: ...


def scan_fen(order: PaidOrder) -> int:
    """Money scanned to the station's WeChat Pay code at the door (a refund is paid in cash)."""
    return max(0, order.cash_collected_fen or 0) if order.payment_method == "wechat_pay" else 0


def cash_in_hand(order: PaidOrder) -> int:
    """Cash the courier took at the door and hands in (everything collected but scans)."""
    return (order.cash_collected_fen or 0) - scan_fen(order)


def door(order: PaidOrder) -> Settled:
    """Cash due against cash taken; an order recorded before dues were kept was due its take."""
    collected = order.cash_collected_fen or 0
    due = collected if order.cash_due_fen is None else order.cash_due_fen
    return Settled(due, collected)


@dataclass(frozen=True)
class Takings:
    """A courier's delivered orders added up."""

    delivered: int
    buckets: int
    empties: int
    pieces: int  # items delivered, what the piece rate pays for
    cash_fen: int  # cash in hand, to give to the station
    scan_fen: int  # paid by scanning the station's code: nothing to hand in
    earnings_fen: int  # pieces times the piece rate
    short_fen: int  # due but not taken: owed by the customers
    over_fen: int  # taken beyond the due: in the cash to hand in


def takings(
    orders: Sequence[PaidOrder], lines: Mapping[int, Sequence[CountedLine]], piece_rate_fen: int
) -> Takings:
    """Add up one courier's delivered orders; `lines` are the orders' lines by order id."""
    pieces = sum(line.quantity for o in orders for line in lines.get(o.id, ()))
    return Takings(
        delivered=len(orders),
        buckets=sum(o.buckets_delivered or 0 for o in orders),
        empties=sum(o.empties_collected or 0 for o in orders),
        pieces=pieces,
        cash_fen=sum(cash_in_hand(o) for o in orders),
        scan_fen=sum(scan_fen(o) for o in orders),
        earnings_fen=pieces * piece_rate_fen,
        short_fen=sum(door(o).short_fen for o in orders),
        over_fen=sum(door(o).over_fen for o in orders),
    )
