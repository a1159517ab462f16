"""Orders for the back office: filtered lists and one order with its lines and history."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from domain.models import Courier, Order, OrderEvent, OrderLine
from domain.reads.paging import Page, page_by_id
from domain.rules.errors import NotFound


@dataclass(frozen=True)
class OrderFilter:
    """What an order list is narrowed to; every field optional."""

    state: str | None = None
    day: date | None = None
    courier: str | None = None
    customer_id: UUID | None = None
    source: str | None = None


async def list_orders(
    flt: OrderFilter, tz: ZoneInfo, limit: int, cursor: str | None
) -> Page[Order]:
    """Orders newest first; `day` is the delivery day (window start) in the station's time zone."""
    query = Order.all().prefetch_related("courier")
    if flt.state:
        query = query.filter(state=flt.state)
    if flt.day:
        start = datetime.combine(flt.day, time(0), tz)
        # Compared in UTC: SQLite keeps datetimes as UTC text.
        query = query.filter(
            window_start__gte=start.astimezone(ZoneInfo("UTC")),
            window_start__lt=(start + timedelta(days=1)).astimezone(ZoneInfo("UTC")),
        )
    if flt.courier:
        query = query.filter(courier__wecom_userid=flt.courier)
    if flt.customer_id:
        query = query.filter(customer_id=flt.customer_id)
    if flt.source:
        query = query.filter(source=flt.source)
    return await page_by_id(query, limit, cursor)


@dataclass(frozen=True)
class OrderDetail:
    """One order with its lines, state history and courier."""

    order: Order
    lines: list[OrderLine]
    events: list[OrderEvent]
    courier: Courier | None


async def order_detail(number: str) -> OrderDetail:
    """One order by its public number, or NotFound."""
    order = await Order.get_or_none(number=number).prefetch_related("courier")
    if order is None:
        raise NotFound(f"order {number}", message=f"没有找到订单 {number}")
    lines = await OrderLine.filter(order_id=order.id).order_by("id")
    events = await OrderEvent.filter(order_id=order.id).order_by("id")
    return OrderDetail(order, list(lines), list(events), order.courier)
