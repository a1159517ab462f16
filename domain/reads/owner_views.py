"""Read side for owners and dispatchers: liabilities, deposits, sleepers, one customer, one order.

Every function reads only; the bot formats what it returns.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.expressions import Q

from domain.models import (
    BucketAccount,
    Complaint,
    Courier,
    Customer,
    Order,
    OrderEvent,
    OrderLine,
    Product,
    TicketLot,
)
from domain.reads import queries
from domain.rules import refill
from domain.rules import tickets as ticket_rules
from domain.rules.errors import NotFound
from domain.rules.order_flow import OPEN_STATES
from domain.rules.order_numbers import pick_number

IDLE_AFTER = timedelta(days=30)  # no order for this long: a sleeper whatever the model says
OVERDUE_GRACE = timedelta(days=3)  # refill_due_at this far behind: "well past" its usual time
SEARCH_LIMIT = 6
RECENT_ORDERS = 200  # how far back an owner's short order number may reach


@dataclass(frozen=True)
class TicketLiability:
    """Unused, unexpired tickets for one product and what they are worth at the unit price."""

    sku: str
    name: str
    count: int
    unit_price_fen: int
    customers: int

    @property
    def value_fen(self) -> int:
        """The tickets at today's unit price."""
        return self.count * self.unit_price_fen


async def ticket_liabilities(now: datetime) -> list[TicketLiability]:
    """Outstanding tickets by product: what the station still owes in water."""
    lots = await TicketLot.filter(remaining__gt=0).prefetch_related("wallet")
    counts: dict[str, int] = defaultdict(int)
    holders: dict[str, set[str]] = defaultdict(set)
    for lot in lots:
        if ticket_rules.expired(lot.expires_at, now):
            continue
        counts[lot.wallet.sku] += lot.remaining
        holders[lot.wallet.sku].add(str(lot.wallet.customer_id))  # type: ignore[attr-defined]
    products = {p.sku: p for p in await Product.filter(sku__in=list(counts))}
    rows = []
    for sku, count in sorted(counts.items()):
        product = products.get(sku)
        name, price = (product.name, product.price_fen) if product else (sku, 0)
        rows.append(TicketLiability(sku, name, count, price, len(holders[sku])))
    return rows


@dataclass(frozen=True)
class DepositsHeld:
    """Buckets out with customers and the deposit the station holds for them."""

    customers: int
    buckets: int
    paid_buckets: int
    deposit_fen: int


async def deposits_held() -> DepositsHeld:
    """Totals over every bucket account with buckets or deposit."""
    accounts = await BucketAccount.filter(Q(held__gt=0) | Q(deposit_fen__gt=0))
    return DepositsHeld(
        customers=len(accounts),
        buckets=sum(a.held for a in accounts),
        paid_buckets=sum(a.paid_buckets for a in accounts),
        deposit_fen=sum(a.deposit_fen for a in accounts),
    )


@dataclass(frozen=True)
class Sleeper:
    """A customer past their usual reorder time; `overdue` and `idle` say by which rule."""

    customer_id: str
    name: str
    phone: str
    last_order_at: datetime | None
    due_at: datetime | None
    overdue: bool  # the refill model's due date is well past
    idle: bool  # no order for 30 days


async def last_orders() -> dict[str, datetime]:
    """When each customer last placed an order (any outcome), by customer id."""
    rows = await OrderEvent.filter(to_state="pending").values_list("order__customer_id", "at")
    last: dict[str, datetime] = {}
    for customer_id, at in rows:
        key = str(customer_id)
        if key not in last or at > last[key]:
            last[key] = at
    return last


async def sleeping_customers(now: datetime) -> list[Sleeper]:
    """Customers with no open order whose refill is well overdue or who went 30 days silent."""
    last = await last_orders()
    busy = set(
        str(c)
        for c in await Order.filter(state__in=list(OPEN_STATES)).values_list(
            "customer_id", flat=True
        )
    )
    sleepers = []
    candidates = Customer.filter(Q(id__in=list(last)) | Q(refill_due_at__not_isnull=True))
    for customer in await candidates:
        key = str(customer.id)
        if key in busy:
            continue
        due, ordered = customer.refill_due_at, last.get(key)
        overdue = due is not None and due < now - OVERDUE_GRACE
        idle = ordered is not None and ordered <= now - IDLE_AFTER
        if overdue or idle:
            sleepers.append(
                Sleeper(key, customer.name, customer.phone or "", ordered, due, overdue, idle)
            )
    return sorted(sleepers, key=lambda s: (s.due_at or s.last_order_at or now, s.name))


async def find_customers(query: str) -> list[Customer]:
    """Customers by phone (whole, or any 4+ digits of it) or by a part of the name."""
    query = query.strip()
    if not query:
        return []
    digits = query.replace(" ", "").replace("-", "")
    if digits.isdigit() and len(digits) >= 4:
        found = await Customer.filter(phone=digits).limit(SEARCH_LIMIT)
        return found or await Customer.filter(phone__contains=digits).limit(SEARCH_LIMIT)
    return await Customer.filter(name__icontains=query).order_by("name").limit(SEARCH_LIMIT)


@dataclass(frozen=True)
class CustomerCard:
    """Everything an owner wants on one screen about a customer."""

    customer: Customer
    address: str | None
    account: queries.AccountSummary
    recent: list[Order]
    orders_total: int
    refill: refill.Explanation | None


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


async def customer_card(customer: Customer, now: datetime, recent: int = 3) -> CustomerCard:
    """The customer's card: address, wallet, buckets, last orders and refill forecast."""
    address = await queries.default_address(customer.id)
    state = await _refill_state(customer)
    return CustomerCard(
        customer=customer,
        address=address.text if address else None,
        account=await queries.account_summary(customer.id, now),
        recent=await Order.filter(customer_id=customer.id).order_by("-id").limit(recent),
        orders_total=await Order.filter(customer_id=customer.id).exclude(state="cancelled").count(),
        refill=refill.explain(state, now=now) if state else None,
    )


@dataclass(frozen=True)
class OrderDetail:
    """One order with its customer, lines, courier and history."""

    order: Order
    customer: Customer
    lines: list[OrderLine]
    events: list[OrderEvent]
    courier: Courier | None


async def order_number(said: str, now: datetime) -> str:
    """The order an owner means (20261124003, 003, #003): today's first, then the open ones,
    then the latest; NotFound when none has that number."""
    today = f"{now:%Y%m%d}"
    numbers = Order.all().order_by("-id")
    groups = (
        await numbers.filter(number__startswith=today).values_list("number", flat=True),
        await numbers.filter(state__in=list(OPEN_STATES)).values_list("number", flat=True),
        await numbers.limit(RECENT_ORDERS).values_list("number", flat=True),
    )
    number = pick_number(said, ([str(n) for n in group] for group in groups))
    if number is None or not await Order.exists(number=number):
        raise NotFound(f"order {said} not found", message=f"没有找到订单 {said}")
    return number


async def order_detail(number: str) -> OrderDetail | None:
    """The order with this number, or None."""
    order = await Order.get_or_none(number=number).prefetch_related("customer")
    if order is None:
        return None
    return OrderDetail(
        order=order,
        customer=order.customer,
        lines=await queries.order_lines(order),
        events=await OrderEvent.filter(order_id=order.id).order_by("at", "id"),
        courier=await queries.courier_of(order),
    )


async def open_complaints(limit: int = 20) -> list[Complaint]:
    """Complaints still open, oldest first, with their customers."""
    return (
        await Complaint.filter(status="open")
        .order_by("id")
        .limit(limit)
        .prefetch_related("customer")
    )


@dataclass(frozen=True)
class Waiting:
    """An order waiting for a courier, with why it came back if a delivery of it failed."""

    order: Order
    lines: list[OrderLine]
    failed_by: str = ""  # the courier (or the staff member) whose delivery failed last
    failed_reason: str = ""  # 无人在家, 改约 …


async def unassigned_orders(limit: int = 20) -> list[Waiting]:
    """Orders waiting for a courier, earliest window first, with their lines and last failure."""
    orders = await (
        Order.filter(state="awaiting_dispatch")
        .order_by("window_start", "id")
        .limit(limit)
        .prefetch_related("customer")
    )
    failures = await OrderEvent.filter(
        order_id__in=[o.id for o in orders], to_state="failed"
    ).order_by("id")
    last = {e.order_id: e for e in failures}  # type: ignore[attr-defined]
    names = dict(await Courier.all().values_list("wecom_userid", "name"))
    found = []
    for order in orders:
        failed = last.get(order.id)
        who, why = (names.get(failed.actor, failed.actor), failed.reason) if failed else ("", "")
        found.append(Waiting(order, await queries.order_lines(order), who, why))
    return found


async def courier_by_name(name_or_userid: str) -> Courier | None:
    """An active courier by WeCom user id or by name."""
    found = await Courier.get_or_none(wecom_userid=name_or_userid, active=True)
    return found or await Courier.filter(name=name_or_userid, active=True).first()
