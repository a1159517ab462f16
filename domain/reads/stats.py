"""The owner's figures: sales for a period, courier ranking, the daily trend and brand share.

Money is integer fen. Periods come from `domain.rules.periods` in the station's time zone. SQLite
keeps datetimes as ISO text with whatever offset they were written with and compares them as
text, so each query selects a day wider on both sides and the exact cut is made in Python.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from domain.models import Courier, Order, OrderEvent, OrderLine, Product, TicketEntry
from domain.rules import revenue
from domain.rules.periods import Period, day_starts

SLACK = timedelta(days=1)  # more than any two UTC offsets differ by


@dataclass(frozen=True)
class Figures:
    """What happened in a period: orders, buckets, money by how it was paid, tickets, customers."""

    period: Period
    orders_placed: int
    orders_cancelled: int
    orders_delivered: int
    buckets_delivered: int
    empties_collected: int
    cash_fen: int  # sales paid in cash at the door (goods and fees; never the deposit)
    scan_fen: int  # sales scanned by WeChat Pay at the door
    balance_fen: int  # sales paid from stored value
    tickets_redeemed: int
    tickets_value_fen: int  # redeemed tickets valued at the unit price
    deposit_fen: int  # deposit charged on deliveries, net of refunds at the door: not revenue
    packs_sold: int
    packs_fen: int
    tickets_sold: int  # including bonus tickets
    new_customers: int  # customers whose first order was placed in the period

    @property
    def revenue_fen(self) -> int:
        """Delivered sales: cash, scans, balance spent and redeemed tickets, without deposits."""
        return self.cash_fen + self.scan_fen + self.balance_fen + self.tickets_value_fen


def widened(period: Period) -> tuple[datetime, datetime]:
    """The period widened by `SLACK` on both sides, for queries cut exactly in Python."""
    return period.start - SLACK, period.end + SLACK


def _inside(period: Period, moment: object) -> bool:
    return isinstance(moment, datetime) and period.contains(moment)


def _count_inside(period: Period, moments: Iterable[object]) -> int:
    return len([m for m in moments if _inside(period, m)])


async def delivered_in(period: Period) -> list[Order]:
    """Orders delivered inside the period, oldest first."""
    low, high = widened(period)
    rows = await Order.filter(state="delivered", delivered_at__gte=low, delivered_at__lt=high)
    found = [o for o in rows if o.delivered_at is not None and period.contains(o.delivered_at)]
    return sorted(found, key=lambda o: o.delivered_at or o.window_end)


async def lines_by_order(orders: list[Order]) -> dict[int, list[OrderLine]]:
    """The orders' lines, by order id, in the order they were written."""
    by_order: dict[int, list[OrderLine]] = defaultdict(list)
    if orders:
        for line in await OrderLine.filter(order_id__in=[o.id for o in orders]).order_by("id"):
            by_order[line.order_id].append(line)  # type: ignore[attr-defined]
    return by_order


async def _events_to(state: str, period: Period) -> int:
    low, high = widened(period)
    times = await OrderEvent.filter(to_state=state, at__gte=low, at__lt=high).values_list(
        "at", flat=True
    )
    return _count_inside(period, times)


def order_revenue(order: Order) -> int:
    """What a delivered order brought in, its deposit left out (`rules.revenue.sales`)."""
    return revenue.sales(order)


async def _packs(period: Period) -> tuple[int, int, int]:
    low, high = widened(period)
    rows = await TicketEntry.filter(
        kind="purchase", created_at__gte=low, created_at__lt=high
    ).values_list("created_at", "delta", "amount_fen")
    sold = [(int(delta), int(fen)) for at, delta, fen in rows if _inside(period, at)]
    return len(sold), sum(fen for _, fen in sold), sum(delta for delta, _ in sold)


async def _new_customers(period: Period) -> int:
    """Customers whose first order was placed in the period (saying 你好 makes nobody one)."""
    low, high = widened(period)
    inside = await OrderEvent.filter(
        to_state="pending", at__gte=low, at__lt=high
    ).values_list("order__customer_id", "at")
    ordered = {str(c) for c, at in inside if _inside(period, at)}
    # Of those, who had placed an order before the period began.
    before = await OrderEvent.filter(
        to_state="pending", at__lt=period.start + SLACK, order__customer_id__in=list(ordered)
    ).values_list("order__customer_id", "at")
    earlier = {str(c) for c, at in before if isinstance(at, datetime) and at < period.start}
    return len(ordered - earlier)


async def figures(period: Period) -> Figures:
    """The period's figures."""
    delivered = await delivered_in(period)
    packs_sold, packs_fen, tickets_sold = await _packs(period)
    sales = dict.fromkeys(revenue.METHODS, 0)
    for order in delivered:
        for method, fen in revenue.sales_by_method(order).items():
            sales[method] += fen
    return Figures(
        period=period,
        orders_placed=await _events_to("pending", period),
        orders_cancelled=await _events_to("cancelled", period),
        orders_delivered=len(delivered),
        buckets_delivered=sum(o.buckets_delivered or 0 for o in delivered),
        empties_collected=sum(o.empties_collected or 0 for o in delivered),
        cash_fen=sales["cash"],
        scan_fen=sales["wechat_pay"],
        balance_fen=sales["balance"],
        tickets_redeemed=sum(o.tickets_used for o in delivered),  # mixed orders too
        tickets_value_fen=sales["ticket"],
        deposit_fen=sum(o.deposit_charged_fen or 0 for o in delivered),
        packs_sold=packs_sold,
        packs_fen=packs_fen,
        tickets_sold=tickets_sold,
        new_customers=await _new_customers(period),
    )


@dataclass(frozen=True)
class CourierRank:
    """One courier's deliveries in a period."""

    userid: str
    name: str
    deliveries: int
    buckets: int
    on_time: int  # delivered before the end of the window
    avg_minutes: int | None  # from assignment to delivery

    @property
    def on_time_pct(self) -> int:
        """On-time share in whole percent (0 with no deliveries)."""
        return round(100 * self.on_time / self.deliveries) if self.deliveries else 0


async def _assigned_at(orders: list[Order]) -> dict[int, datetime]:
    """For each order, the last assignment before it was delivered."""
    rows = await OrderEvent.filter(
        order_id__in=[o.id for o in orders], to_state="assigned"
    ).values_list("order_id", "at")
    delivered = {o.id: o.delivered_at for o in orders}
    found: dict[int, datetime] = {}
    for order_id, at in rows:
        done = delivered.get(order_id)
        if done is not None and at <= done and (order_id not in found or at > found[order_id]):
            found[order_id] = at
    return found


async def courier_ranking(
    period: Period, delivered: list[Order] | None = None
) -> list[CourierRank]:
    """Active couriers (and any who delivered), most deliveries first (`delivered` if loaded)."""
    if delivered is None:
        delivered = await delivered_in(period)
    delivered = [o for o in delivered if o.courier_id is not None]  # type: ignore[attr-defined]
    assigned = await _assigned_at(delivered)
    by_courier: dict[str, list[Order]] = defaultdict(list)
    for order in delivered:
        by_courier[str(order.courier_id)].append(order)  # type: ignore[attr-defined]
    couriers = await Courier.filter(active=True)
    known = {str(c.id) for c in couriers}
    couriers += await Courier.filter(id__in=[k for k in by_courier if k not in known])
    ranks = [_rank(c, by_courier.get(str(c.id), []), assigned) for c in couriers]
    return sorted(ranks, key=lambda r: (-r.deliveries, -r.on_time_pct, r.userid))


def _rank(courier: Courier, orders: list[Order], assigned: dict[int, datetime]) -> CourierRank:
    minutes = [
        (o.delivered_at - assigned[o.id]).total_seconds() / 60
        for o in orders
        if o.delivered_at is not None and o.id in assigned
    ]
    return CourierRank(
        userid=courier.wecom_userid,
        name=courier.name,
        deliveries=len(orders),
        buckets=sum(o.buckets_delivered or 0 for o in orders),
        on_time=sum(1 for o in orders if o.delivered_at and o.delivered_at <= o.window_end),
        avg_minutes=round(sum(minutes) / len(minutes)) if minutes else None,
    )


@dataclass(frozen=True)
class DaySales:
    """One day of the trend."""

    day: date
    orders: int
    buckets: int
    revenue_fen: int


async def daily_sales(period: Period, delivered: list[Order] | None = None) -> list[DaySales]:
    """Delivered orders, buckets and revenue per calendar day (`delivered` if already loaded)."""
    tz = period.start.tzinfo
    per_day: dict[date, list[Order]] = defaultdict(list)
    for order in delivered if delivered is not None else await delivered_in(period):
        if order.delivered_at is not None:
            per_day[order.delivered_at.astimezone(tz).date()].append(order)
    return [
        DaySales(
            day,
            len(per_day[day]),
            sum(o.buckets_delivered or 0 for o in per_day[day]),
            sum(order_revenue(o) for o in per_day[day]),
        )
        for day in day_starts(period)
    ]


@dataclass(frozen=True)
class BrandShare:
    """Buckets of one brand delivered in a period."""

    brand: str  # the sku's brand part, ASCII (nfsq, cestbon …)
    name: str  # what customers call it (农夫山泉)
    buckets: int


def brand_of(sku: str) -> str:
    """The brand part of a sku: 'nfsq-19l' -> 'nfsq'."""
    return sku.split("-", 1)[0]


async def brand_share(period: Period) -> list[BrandShare]:
    """Buckets delivered per brand, largest first."""
    delivered = await delivered_in(period)
    lines = await OrderLine.filter(order_id__in=[o.id for o in delivered], is_bucket=True)
    counts: dict[str, int] = defaultdict(int)
    for line in lines:
        counts[brand_of(line.sku)] += line.quantity
    names: dict[str, str] = {}
    for product in await Product.all().order_by("id"):
        label = product.aliases[0] if product.aliases else product.name
        names.setdefault(brand_of(product.sku), label)
    shares = [BrandShare(b, names.get(b, b), n) for b, n in counts.items()]
    return sorted(shares, key=lambda s: (-s.buckets, s.brand))
