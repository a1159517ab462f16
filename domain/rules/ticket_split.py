"""Tickets in a mixed order: which lines the customer's tickets cover, and what is left to pay.

A customer holding tickets for some of an order's products pays those buckets with tickets
and the rest (the other lines, the fees, the deposit) with one other method: cash at the door,
WeChat Pay, or stored value. A line takes as many tickets as the customer holds for its
product, up to its quantity; free goods (priced 0) never take a ticket. docs/MONEY.md,
"Tickets in a mixed order".
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from domain.rules.errors import InvalidInput
from domain.rules.pricing import PricedLine

# What may pay the part the tickets leave: never tickets again.
REST_METHODS = ("cash", "wechat_pay", "balance")


@dataclass(frozen=True)
class CoveredLine:
    """Buckets of one line paid with tickets: one ticket each, at the line's unit price."""

    sku: str
    name: str
    tickets: int
    value_fen: int


@dataclass(frozen=True)
class TicketCover:
    """The lines tickets pay for, and the lines (or parts of lines) left to pay otherwise."""

    covered: tuple[CoveredLine, ...]
    left: tuple[tuple[str, int], ...]  # (name, quantity) still paid with money

    @property
    def tickets(self) -> int:
        """Tickets the order takes."""
        return sum(line.tickets for line in self.covered)

    @property
    def value_fen(self) -> int:
        """The goods the tickets pay for, at their unit prices."""
        return sum(line.value_fen for line in self.covered)

    @property
    def partial(self) -> bool:
        """Tickets pay for some goods but not all: the rest needs another method."""
        return bool(self.covered) and bool(self.left)

    def per_sku(self) -> dict[str, int]:
        """Tickets to take from each product's wallet."""
        counts: dict[str, int] = {}
        for line in self.covered:
            counts[line.sku] = counts.get(line.sku, 0) + line.tickets
        return counts


NO_TICKETS = TicketCover((), ())


def cover(lines: Sequence[PricedLine], usable: Mapping[str, int]) -> TicketCover:
    """Split an order's lines by the tickets usable now (per product); tickets go first come."""
    left_of = dict(usable)
    covered: list[CoveredLine] = []
    rest: list[tuple[str, int]] = []
    for line in lines:
        paid = line.unit_price_fen > 0  # free goods cost nothing: no ticket for them
        take = min(line.quantity, max(0, left_of.get(line.sku, 0))) if paid else 0
        if take:
            left_of[line.sku] -= take
            covered.append(CoveredLine(line.sku, line.name, take, take * line.unit_price_fen))
        if line.quantity > take and paid:
            rest.append((line.name, line.quantity - take))
    return TicketCover(tuple(covered), tuple(rest))


def whole(lines: Sequence[PricedLine]) -> TicketCover:
    """Every line paid with tickets (a ticket order); the wallets refuse if they fall short."""
    wanted: dict[str, int] = {}
    for line in lines:
        wanted[line.sku] = wanted.get(line.sku, 0) + line.quantity
    return cover(lines, wanted)


def check_rest_method(method: str) -> None:
    """The part tickets leave is paid in money: cash, WeChat Pay or the balance."""
    if method not in REST_METHODS:
        raise InvalidInput(
            f"rest of a mixed order paid by {method!r}",
            message="水票抵扣后剩下的部分请选择现金、微信支付或余额",
        )
