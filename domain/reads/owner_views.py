"""Read side for owners: ticket liabilities, deposits held, sleeping customers.

Every function reads only; the bot formats what it returns. Looking one customer or order up
is in `owner_lookups`.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.expressions import Q

from domain.models import BucketAccount, Customer, Order, OrderEvent, Product, TicketLot
from domain.rules import tickets as ticket_rules
from domain.rules.order_flow import OPEN_STATES

IDLE_AFTER = timedelta(days=30)  # no order for this long: a sleeper whatever the model says
OVERDUE_GRACE = timedelta(days=3)  # refill_due_at this far behind: "well past" its usual time


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
