"""Pure pricing: goods, delivery and floor fees, deposit and what the tickets cover."""

from __future__ import annotations

from dataclasses import dataclass

from domain.rules.errors import BelowMinimum, InvalidInput
from domain.rules.station import StationRules

PAYMENT_METHODS = ("ticket", "balance", "cash", "wechat_pay")


@dataclass(frozen=True)
class PricedLine:
    """A product line as priced at ordering."""

    sku: str
    name: str
    quantity: int
    unit_price_fen: int
    deposit_each_fen: int
    is_bucket: bool


@dataclass(frozen=True)
class Quote:
    """What an order costs, split the way the customer and the courier see it."""

    goods_fen: int
    delivery_fee_fen: int
    floor_fee_fen: int
    deposit_fen: int
    tickets_needed: int
    # coupons' money off; `domain.rules.campaigns` keeps it within goods + fees
    discount_fen: int = 0
    # goods paid with tickets (all of them on a ticket order, some in a mixed order)
    tickets_fen: int = 0

    @property
    def total_fen(self) -> int:
        """Everything less the discount, before tickets cover the goods."""
        gross = self.goods_fen + self.delivery_fee_fen + self.floor_fee_fen + self.deposit_fen
        return gross - self.discount_fen

    def money_due_fen(self, method: str) -> int:
        """Money to pay: goods paid with tickets are covered, the rest is still due; never < 0."""
        return max(0, self.total_fen - covered_by_tickets(method, self.goods_fen, self.tickets_fen))


def covered_by_tickets(method: str, goods_fen: int, tickets_fen: int) -> int:
    """Goods paid with tickets: all of a ticket order's, the covered lines of a mixed one.

    Orders placed before mixed payments kept no `tickets_fen`; a ticket order covers its goods.
    """
    return goods_fen if method == "ticket" else tickets_fen


def floor_fee(rules: StationRules, floor: int | None, has_lift: bool, buckets: int) -> int:
    """楼层费: per bucket per floor above the free floors, only without a lift."""
    if has_lift or floor is None or floor <= rules.free_floors:
        return 0
    return (floor - rules.free_floors) * rules.floor_fee_fen * buckets


# One line's most: more is a wholesale job the station arranges by phone.
MAX_LINE_QUANTITY = 99


def over_limit(items: list[tuple[str | None, int | None]]) -> bool:
    """True when any drafted line asks for more than one order may carry."""
    return any((qty or 0) > MAX_LINE_QUANTITY for _, qty in items)


def quote(
    rules: StationRules,
    lines: list[PricedLine],
    method: str,
    floor: int | None,
    has_lift: bool,
    deposit_fen: int,
    tickets: tuple[int, int] = (0, 0),
) -> Quote:
    """Price an order; refuse unknown payment methods, empty orders and small orders.

    `tickets`: (count, goods value) of the lines tickets pay in a mixed order
    (`ticket_split.cover`); a ticket order pays every line with tickets.
    """
    if method not in PAYMENT_METHODS:
        raise InvalidInput(f"unknown payment method {method!r}", message="不支持这种付款方式")
    if not lines or any(line.quantity <= 0 for line in lines):
        raise InvalidInput("order without a positive quantity", message="数量要大于0")
    if any(line.quantity > MAX_LINE_QUANTITY for line in lines):
        raise InvalidInput("quantity over 99", message="单次最多订99件,大量订购请致电水站")
    goods = sum(line.quantity * line.unit_price_fen for line in lines)
    buckets = sum(line.quantity for line in lines if line.is_bucket)
    if method == "ticket":
        tickets = (sum(line.quantity for line in lines), goods)
    if method != "ticket" and goods < rules.min_order_fen:
        raise BelowMinimum(f"goods {goods} below minimum {rules.min_order_fen}")
    return Quote(
        goods_fen=goods,
        delivery_fee_fen=rules.delivery_fee_fen,
        floor_fee_fen=floor_fee(rules, floor, has_lift, buckets),
        deposit_fen=deposit_fen,
        tickets_needed=tickets[0],
        tickets_fen=tickets[1],
    )


def yuan(fen: int) -> str:
    """Fen as a yuan string with two decimals (2200 -> '22.00')."""
    sign = "-" if fen < 0 else ""
    return f"{sign}{abs(fen) // 100}.{abs(fen) % 100:02d}"


def parse_yuan(text: str) -> int:
    """'22.00' or '22' -> 2200 fen, exactly, without floats."""
    whole, _, frac = text.strip().partition(".")
    if not whole.lstrip("-").isdigit() or (frac and not frac.isdigit()) or len(frac) > 2:
        raise InvalidInput(f"bad money amount {text!r}", message="金额格式不对")
    sign = -1 if whole.startswith("-") else 1
    return sign * (abs(int(whole)) * 100 + int(frac.ljust(2, "0") or 0))
