"""Stats: sales by day, product or area; courier performance; customer segments (RFM)."""

from __future__ import annotations

from datetime import date, timedelta, tzinfo
from typing import Any

from admin.api import Call, Routes
from admin.errors import ApiError
from admin.schema import (
    DATE,
    DATETIME,
    UUID_S,
    Schema,
    array,
    enum,
    integer,
    nullable,
    obj,
    ref,
    string,
)
from admin.views import FEN, PAGE_QUERY, iso
from domain.reads import sales as reads
from domain.reads import segments as segment_reads
from domain.rules import segments
from domain.rules.periods import Period, day_period

routes = Routes("stats")
DEFAULT_DAYS = 30
RANGE_QUERY: dict[str, Schema] = {"from": DATE, "to": DATE}
COUNT = integer()
ROWS = 10_000


def all_required(properties: dict[str, Schema]) -> Schema:
    """A closed object needing every property (for names such as `from` that are keywords)."""
    return {
        "type": "object",
        "properties": properties,
        "required": list(properties),
        "additionalProperties": False,
    }


SALES_ROW = ref(
    "SalesRow",
    obj(
        ("key", "name", "orders", "quantity", "revenue_fen", "goods_fen", "customers"),
        key=string(200),  # the day (YYYY-MM-DD), the sku or the area
        name=string(200),
        orders=COUNT,
        quantity=COUNT,  # buckets for a day or an area, items for a product
        revenue_fen=FEN,
        goods_fen=nullable(FEN),  # products: quantity at the unit price
        customers=nullable(COUNT),  # areas: distinct customers
    ),
)
SALES = ref(
    "Sales",
    all_required(
        {
            "from": DATE,
            "to": DATE,
            "by": enum("day", "product", "area"),
            "orders": COUNT,
            "revenue_fen": FEN,
            "rows": array(SALES_ROW, ROWS),
        }
    ),
)
COURIER_ROW = ref(
    "CourierPerformance",
    obj(
        ("userid", "name", "deliveries", "buckets", "empties", "failed", "on_time",
         "on_time_pct", "avg_minutes", "pieces", "earnings_fen", "cash_fen", "scan_fen",
         "short_fen", "over_fen"),
        userid=string(64),
        name=string(64),
        deliveries=COUNT,
        buckets=COUNT,
        empties=COUNT,
        failed=COUNT,
        on_time=COUNT,
        on_time_pct=integer(0, 100),
        avg_minutes=nullable(COUNT),
        pieces=COUNT,
        earnings_fen=FEN,
        cash_fen=FEN,
        scan_fen=FEN,
        short_fen=FEN,
        over_fen=FEN,
    ),
)  # fmt: skip
SEGMENT = enum(*segments.SEGMENTS)
SEGMENT_ROW = ref(
    "CustomerSegment",
    obj(
        ("customer_id", "name", "phone", "segment", "recency_days", "frequency", "monetary_fen",
         "last_delivered_at", "refill_due_at"),
        customer_id=UUID_S,
        name=string(64),
        phone=nullable(string(20)),
        segment=SEGMENT,
        recency_days=nullable(COUNT),
        frequency=COUNT,
        monetary_fen=FEN,
        last_delivered_at=nullable(DATETIME),
        refill_due_at=nullable(DATETIME),
    ),
)  # fmt: skip
SEGMENTS = ref(
    "Segments",
    obj(
        ("as_of", "window_days", "thresholds", "counts", "items", "next_cursor"),
        as_of=DATETIME,
        window_days=COUNT,
        thresholds=obj(
            ("high_value_fen", "potential_fen", "idle_days", "grace_days"),
            high_value_fen=FEN,
            potential_fen=FEN,
            idle_days=COUNT,
            grace_days=COUNT,
        ),
        counts=all_required(dict.fromkeys(segments.SEGMENTS, COUNT)),
        items=array(SEGMENT_ROW, 200),
        next_cursor=nullable(string(400)),
    ),
)


def date_range(query: dict[str, Any], today: date, tz: tzinfo) -> Period:
    """From `from` to `to`, both included (default: the 30 days up to today); 422 if odd."""
    last = date.fromisoformat(query["to"]) if "to" in query else today
    first = (
        date.fromisoformat(query["from"])
        if "from" in query
        else last - timedelta(days=DEFAULT_DAYS - 1)
    )
    if first > last:
        raise ApiError.invalid({"from": "开始日期不能晚于结束日期"})
    if (last - first).days + 1 > reads.MAX_DAYS:
        raise ApiError.invalid({"to": f"最多查询{reads.MAX_DAYS}天"})
    return Period("days", day_period(first, tz).start, day_period(last, tz).end)


def _period(call: Call) -> Period:
    return date_range(call.query, call.now.astimezone(call.tz).date(), call.tz)


def _range_json(period: Period) -> dict[str, str]:
    last = period.end.date() - timedelta(days=1)
    return {"from": period.start.date().isoformat(), "to": last.isoformat()}


def _rows(by: str, found: reads.Sales) -> list[dict[str, Any]]:
    if by == "product":
        return [
            {"key": p.sku, "name": p.name, "orders": p.orders, "quantity": p.quantity,
             "revenue_fen": p.revenue_fen, "goods_fen": p.goods_fen, "customers": None}
            for p in found.products
        ]  # fmt: skip
    if by == "area":
        return [
            {"key": a.area, "name": a.area, "orders": a.orders, "quantity": a.buckets,
             "revenue_fen": a.revenue_fen, "goods_fen": None, "customers": a.customers}
            for a in found.areas
        ]  # fmt: skip
    return [
        {"key": d.day.isoformat(), "name": d.day.isoformat(), "orders": d.orders,
         "quantity": d.buckets, "revenue_fen": d.revenue_fen, "goods_fen": None,
         "customers": None}
        for d in found.days
    ]  # fmt: skip


@routes.op(
    "GET",
    "/stats/sales",
    summary="Delivered sales per day, product or area between two dates (default: 30 days)",
    area="stats",
    query={**RANGE_QUERY, "by": enum("day", "product", "area", default="day")},
    response=SALES,
)
async def sales(call: Call) -> Any:
    """Sales rows and their totals."""
    period, by = _period(call), call.query["by"]
    found = await reads.sales(period, by)
    return {
        **_range_json(period),
        "by": by,
        "orders": found.orders,
        "revenue_fen": found.revenue_fen,
        "rows": _rows(by, found),
    }


def _courier_json(p: reads.CourierPerformance) -> dict[str, Any]:
    r = p.rank
    return {
        "userid": r.userid,
        "name": r.name,
        "deliveries": r.deliveries,
        "buckets": r.buckets,
        "empties": p.empties,
        "failed": p.failed,
        "on_time": r.on_time,
        "on_time_pct": r.on_time_pct,
        "avg_minutes": r.avg_minutes,
        "pieces": p.pieces,
        "earnings_fen": p.earnings_fen,
        "cash_fen": p.cash_fen,
        "scan_fen": p.scan_fen,
        "short_fen": p.short_fen,  # still owed by customers: not in the cash to hand in
        "over_fen": p.over_fen,  # taken beyond the due: inside the cash to hand in
    }


@routes.op(
    "GET",
    "/stats/couriers",
    summary="Each courier's deliveries, on-time rate, minutes per delivery, pay and cash",
    area="stats",
    query=RANGE_QUERY,
    response=all_required({"from": DATE, "to": DATE, "couriers": array(COURIER_ROW, ROWS)}),
)
async def couriers(call: Call) -> Any:
    """Courier performance, most deliveries first."""
    period = _period(call)
    found = await reads.courier_performance(period)
    return {**_range_json(period), "couriers": [_courier_json(p) for p in found]}


def _segment_json(row: segment_reads.CustomerSegment) -> dict[str, Any]:
    c, rfm = row.customer, row.rfm
    return {
        "customer_id": str(c.id),
        "name": c.name,
        "phone": c.phone,
        "segment": row.segment,
        "recency_days": None if rfm.recency_days is None else int(rfm.recency_days),
        "frequency": rfm.frequency,
        "monetary_fen": rfm.monetary_fen,
        "last_delivered_at": iso(row.last_delivered_at),
        "refill_due_at": iso(c.refill_due_at),
    }


@routes.op(
    "GET",
    "/stats/segments",
    summary="Customers by RFM segment: counts, the cut-offs used, and a page of customers",
    area="stats",
    query={"segment": SEGMENT, **PAGE_QUERY},
    response=SEGMENTS,
)
async def customer_segments(call: Call) -> Any:
    """Counts per segment and the most valuable customers first."""
    found = await segment_reads.segmentation(call.now)
    items, cursor = segment_reads.page_rows(
        found.rows, call.query.get("segment"), call.query["limit"], call.query.get("cursor")
    )
    cut = found.thresholds
    return {
        "as_of": iso(call.now),
        "window_days": found.window_days,
        "thresholds": {
            "high_value_fen": cut.high_value_fen,
            "potential_fen": cut.potential_fen,
            "idle_days": cut.idle_days,
            "grace_days": cut.grace_days,
        },
        "counts": found.counts,
        "items": [_segment_json(row) for row in items],
        "next_cursor": cursor,
    }
