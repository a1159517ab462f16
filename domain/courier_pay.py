"""What a courier's delivered orders come to: pieces, empties, cash to hand in, scans, pay.

Pure rules on loaded orders and their lines, shared by the courier's own 收入 reply
(`domain.courier_queries.earnings`) and the back office's ranking (`domain.reads.stats`), so the
two never count differently.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from domain.models import Order, OrderLine


def scan_fen(order: Order) -> int:
    """Money scanned to the station's WeChat Pay code at the door."""
    return (order.cash_collected_fen or 0) if order.payment_method == "wechat_pay" else 0


def cash_in_hand(order: Order) -> int:
    """Cash the courier took at the door and hands in (everything collected but scans)."""
    return (order.cash_collected_fen or 0) - scan_fen(order)


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


def takings(
    orders: Sequence[Order], lines: Mapping[int, Sequence[OrderLine]], piece_rate_fen: int
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
    )
