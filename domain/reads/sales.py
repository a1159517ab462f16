"""Sales by product and by area, and courier performance, for the back office.

Built on `domain.reads.stats`: the same delivered orders (`delivered_in`, cut exactly in Python
after a widened query, because SQLite compares datetimes as text) and the same revenue per order
(`order_revenue`), so these figures add up to the owner's chat figures.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass

from domain.models import Courier, Order, OrderEvent, Station
from domain.reads import stats
from domain.rules.areas import area_of
from domain.rules.courier_pay import takings
from domain.rules.order_flow import OrderState
from domain.rules.periods import Period

MAX_DAYS = 366  # a wider report is a different question (and a slow one)


def shares(total: int, weights: Sequence[int]) -> list[int]:
    """`total` split in proportion to `weights`, in whole fen that add up exactly."""
    if not weights:
        return []
    base = sum(weights)
    if base <= 0:
        weights, base = [1] * len(weights), len(weights)
    # Exact integer parts: floats would mis-round fen once totals reach ~2**53 / weight.
    split = [divmod(total * w, base) for w in weights]
    parts = [q for q, _ in split]
    # Largest remainders get the fen left over, earliest first on ties.
    order = sorted(range(len(split)), key=lambda i: (-split[i][1], i))
    for i in order[: total - sum(parts)]:
        parts[i] += 1
    return parts


@dataclass(frozen=True)
class ProductSales:
    """One product's delivered sales in a period."""

    sku: str
    name: str
    quantity: int
    orders: int
    goods_fen: int  # quantity at the unit price when ordered
    revenue_fen: int  # its share of the orders' revenue (fees included, deposits never)


async def sales_by_product(
    period: Period, delivered: list[Order] | None = None
) -> list[ProductSales]:
    """Delivered quantity and revenue per sku, biggest revenue first (`delivered` if loaded)."""
    if delivered is None:
        delivered = await stats.delivered_in(period)
    lines = await stats.lines_by_order(delivered)
    totals: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    names: dict[str, str] = {}
    for order in delivered:
        mine = lines.get(order.id, [])
        weights = [line.quantity * line.unit_price_fen for line in mine]
        for line, goods, part in zip(
            mine, weights, shares(stats.order_revenue(order), weights), strict=True
        ):
            names.setdefault(line.sku, line.name)
            row = totals[line.sku]
            row[0] += line.quantity
            row[1] += 1
            row[2] += goods
            row[3] += part
    found = [ProductSales(sku, names[sku], *row) for sku, row in totals.items()]
    return sorted(found, key=lambda p: (-p.revenue_fen, p.sku))


@dataclass(frozen=True)
class AreaSales:
    """One area's delivered sales in a period."""

    area: str
    orders: int
    buckets: int
    customers: int
    revenue_fen: int


async def sales_by_area(period: Period, delivered: list[Order] | None = None) -> list[AreaSales]:
    """Delivered orders per area (read off the address), biggest revenue first."""
    if delivered is None:
        delivered = await stats.delivered_in(period)
    station = await Station.get_or_none(id=1)
    communities = list(station.communities) if station else []
    groups: dict[str, list[Order]] = defaultdict(list)
    for order in delivered:
        groups[area_of(str(order.address.get("text") or ""), communities)].append(order)
    found = [
        AreaSales(
            area,
            len(orders),
            sum(o.buckets_delivered or 0 for o in orders),
            len({str(o.customer_id) for o in orders}),  # type: ignore[attr-defined]
            sum(stats.order_revenue(o) for o in orders),
        )
        for area, orders in groups.items()
    ]
    return sorted(found, key=lambda a: (-a.revenue_fen, a.area))


@dataclass(frozen=True)
class Sales:
    """A period's delivered orders and revenue, with the rows of the breakdown asked for."""

    orders: int
    revenue_fen: int
    days: list[stats.DaySales]  # by day: every day of the period
    products: list[ProductSales]  # by product
    areas: list[AreaSales]  # by area


async def sales(period: Period, by: str) -> Sales:
    """Delivered sales broken down `by` day, product or area (the orders are loaded once)."""
    delivered = await stats.delivered_in(period)
    return Sales(
        orders=len(delivered),
        revenue_fen=sum(stats.order_revenue(o) for o in delivered),
        days=await stats.daily_sales(period, delivered) if by == "day" else [],
        products=await sales_by_product(period, delivered) if by == "product" else [],
        areas=await sales_by_area(period, delivered) if by == "area" else [],
    )


@dataclass(frozen=True)
class CourierPerformance:
    """One courier's period: the ranking's figures plus empties, failures, pay and cash."""

    rank: stats.CourierRank
    empties: int
    failed: int
    pieces: int
    earnings_fen: int  # piece rate times items delivered
    cash_fen: int  # cash collected at the door, to hand in
    scan_fen: int  # paid by scanning the station's code: nothing to hand in
    short_fen: int  # due at the door but not taken: owed by customers
    over_fen: int  # taken beyond what was due (inside cash_fen / scan_fen)


async def _failures(period: Period) -> dict[str, int]:
    low, high = stats.widened(period)
    rows = await OrderEvent.filter(to_state=OrderState.FAILED, at__gte=low, at__lt=high)
    counts: dict[str, int] = defaultdict(int)
    for event in rows:
        if period.contains(event.at):
            counts[event.actor] += 1
    return counts


async def courier_performance(period: Period) -> list[CourierPerformance]:
    """Every courier in the ranking, in its order."""
    delivered = await stats.delivered_in(period)
    lines = await stats.lines_by_order(delivered)
    couriers = {str(c.id): c for c in await Courier.all()}
    mine: dict[str, list[Order]] = defaultdict(list)
    for order in delivered:
        if order.courier_id is not None:  # type: ignore[attr-defined]
            mine[str(order.courier_id)].append(order)  # type: ignore[attr-defined]
    by_userid = {c.wecom_userid: c for c in couriers.values()}
    failed = await _failures(period)
    found = []
    for rank in await stats.courier_ranking(period, delivered):
        courier = by_userid[rank.userid]
        took = takings(mine.get(str(courier.id), []), lines, courier.piece_rate_fen)
        found.append(
            CourierPerformance(
                rank=rank,
                empties=took.empties,
                failed=failed.get(rank.userid, 0),
                pieces=took.pieces,
                earnings_fen=took.earnings_fen,
                cash_fen=took.cash_fen,
                scan_fen=took.scan_fen,
                short_fen=took.short_fen,
                over_fen=took.over_fen,
            )
        )
    return found
