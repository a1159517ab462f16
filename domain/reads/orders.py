"""Orders: filtered lists for the back office, and one order with its customer, lines, courier
and history, the one read both the admin API and the owner's 订单 N show."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from domain.models import Order, OrderEvent, OrderLine
from domain.reads.customer_records import CustomerRecord, customer_record
from domain.reads.paging import Page, page_by_id
from domain.reads.staff import CourierRecord, courier_record
from domain.rules import pricing
from domain.rules.errors import NotFound


@dataclass(frozen=True)
class OrderFilter:
    """What an order list is narrowed to; every field optional."""

    state: str | None = None
    day: date | None = None
    courier: str | None = None
    customer_id: UUID | None = None
    source: str | None = None


@dataclass(frozen=True)
class OrderRecord:
    """One order as placed and as it stands, amounts in fen."""

    number: str
    state: str
    source: str
    customer_id: UUID
    address: dict[str, object]  # the snapshot the order was placed with
    window_start: datetime
    window_end: datetime
    courier: str | None  # the assigned courier's WeCom user id
    payment_method: str
    payment_status: str
    goods_fen: int
    delivery_fee_fen: int
    floor_fee_fen: int
    deposit_fen: int
    discount_fen: int
    total_fen: int
    prepaid_fen: int
    tickets_used: int
    tickets_fen: int  # goods paid with tickets (a mixed order's covered lines)
    cash_due_fen: int | None
    cash_collected_fen: int | None
    deposit_charged_fen: int | None
    note: str
    buckets_delivered: int | None
    empties_collected: int | None
    created_at: datetime
    delivered_at: datetime | None

    @property
    def address_text(self) -> str:
        """The address as written, from the snapshot."""
        return str(self.address.get("text") or "")


def order_record(row: Order) -> OrderRecord:
    """The record of an order row whose courier was fetched with it (`prefetch_related`)."""
    courier = row.courier if row.courier_id else None  # type: ignore[attr-defined]
    return OrderRecord(
        number=row.number,
        state=row.state,
        source=row.source,
        customer_id=row.customer_id,  # type: ignore[attr-defined]
        address=row.address,
        window_start=row.window_start,
        window_end=row.window_end,
        courier=courier.wecom_userid if courier else None,
        payment_method=row.payment_method,
        payment_status=row.payment_status,
        goods_fen=row.goods_fen,
        delivery_fee_fen=row.delivery_fee_fen,
        floor_fee_fen=row.floor_fee_fen,
        deposit_fen=row.deposit_fen,
        discount_fen=row.discount_fen,
        total_fen=row.total_fen,
        prepaid_fen=row.prepaid_fen,
        tickets_used=row.tickets_used,
        tickets_fen=pricing.covered_by_tickets(row.payment_method, row.goods_fen, row.tickets_fen),
        cash_due_fen=row.cash_due_fen,
        cash_collected_fen=row.cash_collected_fen,
        deposit_charged_fen=row.deposit_charged_fen,
        note=row.note,
        buckets_delivered=row.buckets_delivered,
        empties_collected=row.empties_collected,
        created_at=row.created_at,
        delivered_at=row.delivered_at,
    )


async def list_orders(
    flt: OrderFilter, tz: ZoneInfo, limit: int, cursor: str | None
) -> Page[OrderRecord]:
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
    return (await page_by_id(query, limit, cursor)).map(order_record)


@dataclass(frozen=True)
class LineRecord:
    """A product and quantity on an order, priced when placed."""

    sku: str
    name: str
    quantity: int
    unit_price_fen: int
    deposit_each_fen: int


@dataclass(frozen=True)
class EventRecord:
    """One state move of an order: when, who and why."""

    from_state: str | None
    to_state: str
    actor: str
    reason: str
    at: datetime


@dataclass(frozen=True)
class OrderDetail:
    """One order with its customer, lines, state history (in the order written) and courier."""

    order: OrderRecord
    customer: CustomerRecord
    lines: list[LineRecord]
    events: list[EventRecord]
    courier: CourierRecord | None


def _line(row: OrderLine) -> LineRecord:
    return LineRecord(row.sku, row.name, row.quantity, row.unit_price_fen, row.deposit_each_fen)


def _event(row: OrderEvent) -> EventRecord:
    return EventRecord(row.from_state, row.to_state, row.actor, row.reason, row.at)


async def order_detail(number: str) -> OrderDetail:
    """One order by its public number, or NotFound."""
    order = await Order.get_or_none(number=number).prefetch_related("courier", "customer")
    if order is None:
        raise NotFound(f"order {number}", message=f"没有找到订单 {number}")
    lines = await OrderLine.filter(order_id=order.id).order_by("id")
    events = await OrderEvent.filter(order_id=order.id).order_by("id")
    courier = courier_record(order.courier) if order.courier else None
    return OrderDetail(
        order_record(order),
        customer_record(order.customer),
        [_line(ln) for ln in lines],
        [_event(e) for e in events],
        courier,
    )
