"""Read side for owners and dispatchers looking things up: a customer, the orders waiting for a
courier, open complaints, couriers. Customers and couriers are the records the admin API serves
(`CustomerRecord`, `CourierRecord`); one order in detail is `orders.order_detail`, shared too.

Everything returned is a plain record (no ORM row), so the bot formats it without the models.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime

from domain.models import Complaint, Courier, Customer, Order, OrderEvent, OrderLine
from domain.reads import queries
from domain.reads.customer_records import CustomerRecord, customer_record
from domain.reads.staff import CourierRecord, courier_record
from domain.rules import refill

SEARCH_LIMIT = 6


@dataclass(frozen=True)
class LineItem:
    """A product and quantity on an order."""

    name: str
    quantity: int


async def _items(order_ids: list[int]) -> dict[int, tuple[LineItem, ...]]:
    """Each order's lines, in the order they were written; one query for all the orders."""
    if not order_ids:
        return {}
    lines: dict[int, list[LineItem]] = defaultdict(list)
    rows = await OrderLine.filter(order_id__in=order_ids).order_by("id")
    for line in rows:
        lines[line.order_id].append(LineItem(line.name, line.quantity))  # type: ignore[attr-defined]
    return {order_id: tuple(lines[order_id]) for order_id in order_ids}


@dataclass(frozen=True)
class OrderFacts:
    """What an owner reads about an order; `address` is its text."""

    number: str
    state: str
    address: str
    window_start: datetime
    window_end: datetime
    payment_method: str
    total_fen: int
    goods_fen: int
    tickets_used: int
    cash_collected_fen: int | None
    tickets_fen: int = 0  # goods paid with tickets in a mixed order


def _facts(order: Order) -> OrderFacts:
    return OrderFacts(
        order.number,
        order.state,
        str(order.address.get("text") or ""),
        order.window_start,
        order.window_end,
        order.payment_method,
        order.total_fen,
        order.goods_fen,
        order.tickets_used,
        order.cash_collected_fen,
        order.tickets_fen,
    )


@dataclass(frozen=True)
class RecentOrder:
    """One of a customer's last orders on their card."""

    number: str
    state: str
    window_start: datetime
    items: tuple[LineItem, ...]


@dataclass(frozen=True)
class CustomerCard:
    """Everything an owner wants on one screen about a customer."""

    customer: CustomerRecord
    address: str | None
    account: queries.AccountSummary
    recent: list[RecentOrder]
    orders_total: int
    refill: refill.Explanation | None


@dataclass(frozen=True)
class CustomerSearch:
    """The customers a search found; the card when exactly one did."""

    found: list[CustomerRecord]
    card: CustomerCard | None


async def _matching(query: str) -> list[Customer]:
    """Customers by phone (whole, or any 4+ digits of it) or by a part of the name."""
    query = query.strip()
    if not query:
        return []
    digits = query.replace(" ", "").replace("-", "")
    if digits.isdigit() and len(digits) >= 4:
        found = await Customer.filter(phone=digits).limit(SEARCH_LIMIT)
        return found or await Customer.filter(phone__contains=digits).limit(SEARCH_LIMIT)
    return await Customer.filter(name__icontains=query).order_by("name").limit(SEARCH_LIMIT)


async def search_customers(query: str, now: datetime) -> CustomerSearch:
    """Customers matching a phone or a name, with the card of the one when only one matches."""
    found = await _matching(query)
    card = await _card(found[0], now) if len(found) == 1 else None
    return CustomerSearch([customer_record(c) for c in found], card)


async def _refill_state(customer: Customer) -> refill.RefillState | None:
    if customer.refill_state:
        try:
            return refill.RefillState.from_json(customer.refill_state)
        except ValueError:
            pass  # a state from another version: rebuild it from the deliveries below
    delivered = await Order.filter(customer_id=customer.id, state="delivered").values_list(
        "delivered_at", "buckets_delivered"
    )
    return refill.summarize(
        refill.Delivery(at, qty) for at, qty in delivered if at is not None and qty
    )


async def _card(customer: Customer, now: datetime, recent: int = 3) -> CustomerCard:
    """The customer's card: address, wallet, buckets, last orders and refill forecast."""
    address = await queries.default_address(customer.id)
    state = await _refill_state(customer)
    orders = await Order.filter(customer_id=customer.id).order_by("-id").limit(recent)
    items = await _items([o.id for o in orders])
    return CustomerCard(
        customer=customer_record(customer),
        address=address.text if address else None,
        account=await queries.account_summary(customer.id, now),
        recent=[RecentOrder(o.number, o.state, o.window_start, items[o.id]) for o in orders],
        orders_total=await Order.filter(customer_id=customer.id).exclude(state="cancelled").count(),
        refill=refill.explain(state, now=now) if state else None,
    )


@dataclass(frozen=True)
class OpenComplaint:
    """A complaint still open, with who made it."""

    id: int
    created_at: datetime
    customer: CustomerRecord
    order_number: str | None
    text: str


async def open_complaints(limit: int = 20) -> list[OpenComplaint]:
    """Complaints still open, oldest first, with their customers."""
    found = (
        await Complaint.filter(status="open")
        .order_by("id")
        .limit(limit)
        .prefetch_related("customer")
    )
    return [
        OpenComplaint(c.id, c.created_at, customer_record(c.customer), c.order_number, c.text)
        for c in found
    ]


@dataclass(frozen=True)
class WaitingOrder:
    """An order awaiting a courier, with its customer and lines, and why it came back if a
    delivery of it failed."""

    order: OrderFacts
    customer: CustomerRecord
    lines: tuple[LineItem, ...]
    failed_by: str = ""  # the courier (or the staff member) whose delivery failed last
    failed_reason: str = ""  # 无人在家, 改约 …


async def unassigned_orders(limit: int = 20) -> list[WaitingOrder]:
    """Orders waiting for a courier, earliest window first, with their lines and last failure."""
    orders = await (
        Order.filter(state="awaiting_dispatch")
        .order_by("window_start", "id")
        .limit(limit)
        .prefetch_related("customer")
    )
    items = await _items([o.id for o in orders])
    failures = await OrderEvent.filter(
        order_id__in=[o.id for o in orders], to_state="failed"
    ).order_by("id")
    last = {e.order_id: e for e in failures}  # type: ignore[attr-defined]
    names = dict(await Courier.all().values_list("wecom_userid", "name"))
    found = []
    for o in orders:
        failed = last.get(o.id)
        who, why = (names.get(failed.actor, failed.actor), failed.reason) if failed else ("", "")
        found.append(WaitingOrder(_facts(o), customer_record(o.customer), items[o.id], who, why))
    return found


async def courier_by_name(name_or_userid: str) -> CourierRecord | None:
    """An active courier by WeCom user id or by name."""
    found = await Courier.get_or_none(wecom_userid=name_or_userid, active=True)
    found = found or await Courier.filter(name=name_or_userid, active=True).first()
    return courier_record(found) if found else None


async def active_couriers() -> list[CourierRecord]:
    """Active couriers by name."""
    return [courier_record(c) for c in await Courier.filter(active=True).order_by("name")]


async def courier_on_shift() -> CourierRecord | None:
    """The first active courier on shift by name (the example in the dispatch hint)."""
    found = await Courier.filter(active=True, on_shift=True).order_by("name").first()
    return courier_record(found) if found else None
