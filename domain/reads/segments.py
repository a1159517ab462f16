"""Every customer's RFM measures and segment (rules in `domain.rules.segments`), with paging.

Segments are computed over all customers on each request: a station has thousands, not
millions, and a stored segment would go stale the moment an order is delivered.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.models import Customer, Order
from domain.reads import owner_views, stats
from domain.reads.customer_records import CustomerRecord, customer_record
from domain.reads.paging import MAX_LIMIT, decode_cursor, encode_cursor
from domain.rules import segments
from domain.rules.errors import InvalidInput
from domain.rules.order_flow import OPEN_STATES
from domain.rules.segments import Rfm, Thresholds

DAY = timedelta(days=1)


@dataclass(frozen=True)
class CustomerSegment:
    """One customer, their measures and their segment."""

    customer: CustomerRecord
    segment: str
    rfm: Rfm
    last_delivered_at: datetime | None


@dataclass(frozen=True)
class Segmentation:
    """The cut-offs used, how many customers fall in each segment, and every customer."""

    thresholds: Thresholds
    window_days: int
    counts: dict[str, int]
    rows: list[CustomerSegment]  # most valuable first


def _days(now: datetime, moment: datetime | None) -> float | None:
    return None if moment is None else (now - moment) / DAY


async def _delivery_span(now: datetime) -> dict[str, tuple[datetime, datetime]]:
    """First and last delivery, up to `now`, of every customer who had one."""
    rows = await Order.filter(state="delivered", delivered_at__not_isnull=True).values_list(
        "customer_id", "delivered_at"
    )
    span: dict[str, tuple[datetime, datetime]] = {}
    for customer_id, at in rows:
        if at > now:
            continue
        key = str(customer_id)
        first, last = span.get(key, (at, at))
        span[key] = (min(first, at), max(last, at))
    return span


async def _window(now: datetime) -> dict[str, list[Order]]:
    """Each customer's orders delivered in the last WINDOW_DAYS (cut exactly in Python)."""
    start = now - timedelta(days=segments.WINDOW_DAYS)
    rows = await Order.filter(state="delivered", delivered_at__gte=start - stats.SLACK)
    mine: dict[str, list[Order]] = defaultdict(list)
    for order in rows:
        if order.delivered_at is not None and start <= order.delivered_at <= now:
            mine[str(order.customer_id)].append(order)  # type: ignore[attr-defined]
    return mine


async def segmentation(now: datetime) -> Segmentation:
    """Every customer's segment as of `now`."""
    span, window = await _delivery_span(now), await _window(now)
    placed = await owner_views.last_orders()  # what the sleeper list measures silence by
    busy = {
        str(c)
        for c in await Order.filter(state__in=list(OPEN_STATES)).values_list(
            "customer_id", flat=True
        )
    }
    measured = []
    for customer in await Customer.all():
        key = str(customer.id)
        first, last = span.get(key, (None, None))
        orders = window.get(key, [])
        rfm = Rfm(
            recency_days=_days(now, last),
            first_days=_days(now, first),
            frequency=len(orders),
            monetary_fen=sum(stats.order_revenue(o) for o in orders),
            refill_overdue_days=_days(now, customer.refill_due_at),
            has_open_order=key in busy,
            silent_days=_days(now, placed.get(key)),
        )
        measured.append((customer, rfm, last))
    cut = segments.thresholds(
        [rfm for _, rfm, _ in measured],
        idle_days=owner_views.IDLE_AFTER.days,
        grace_days=owner_views.OVERDUE_GRACE.days,
    )
    rows = [
        CustomerSegment(customer_record(c), segments.segment(rfm, cut), rfm, last)
        for c, rfm, last in measured
    ]
    rows.sort(key=_sort_key)
    counts = dict.fromkeys(segments.SEGMENTS, 0)
    for row in rows:
        counts[row.segment] += 1
    return Segmentation(cut, segments.WINDOW_DAYS, counts, rows)


def _sort_key(row: CustomerSegment) -> tuple[int, int, str]:
    return (-row.rfm.monetary_fen, -row.rfm.frequency, str(row.customer.id))


def page_rows(
    rows: list[CustomerSegment], segment: str | None, limit: int, cursor: str | None
) -> tuple[list[CustomerSegment], str | None]:
    """One page of the (optionally one segment's) rows after the cursor, and the next cursor."""
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit {limit}", fields={"limit": f"1到{MAX_LIMIT}"})
    chosen = [r for r in rows if segment is None or r.segment == segment]
    if cursor:
        after = _cursor_key(cursor)
        chosen = [r for r in chosen if _sort_key(r) > after]
    more = len(chosen) > limit
    chosen = chosen[:limit]
    if not more:
        return chosen, None
    return chosen, encode_cursor(list(_sort_key(chosen[-1])))


def _cursor_key(cursor: str) -> tuple[int, int, str]:
    money, frequency, customer_id = decode_cursor(cursor, 3)
    if not (_is_int(money) and _is_int(frequency) and isinstance(customer_id, str)):
        raise InvalidInput("bad cursor value", fields={"cursor": "分页游标无效"})
    return money, frequency, customer_id


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)
