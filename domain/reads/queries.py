"""Read side for the bot and admin: small questions answered from the database."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from domain.models import (
    Address,
    BalanceAccount,
    BucketAccount,
    Courier,
    Order,
    OrderLine,
    Product,
    TicketLot,
)
from domain.reads import order_refs
from domain.rules import tickets as ticket_rules
from domain.rules.order_flow import OPEN_STATES


async def usual_sku(customer_id: UUID | str) -> str | None:
    """The product this customer orders most (recent orders count)."""
    lines = await OrderLine.filter(order__customer_id=customer_id).order_by("-id").limit(20)
    counts = Counter(line.sku for line in lines)
    return counts.most_common(1)[0][0] if counts else None


async def last_order(customer_id: UUID | str) -> Order | None:
    """The customer's latest order that was not cancelled."""
    return (
        await Order.filter(customer_id=customer_id)
        .exclude(state="cancelled")
        .order_by("-id")
        .first()
    )


async def order_lines(order: Order) -> list[OrderLine]:
    """An order's lines."""
    return await OrderLine.filter(order_id=order.id).order_by("id")


@dataclass(frozen=True)
class CourierContact:
    """Who brings an order, as the customer is told."""

    name: str
    phone: str


@dataclass(frozen=True)
class OrderStatus:
    """One of a customer's orders as its status line shows it."""

    number: str
    state: str
    window_start: datetime
    window_end: datetime
    courier: CourierContact | None


def _status(order: Order) -> OrderStatus:
    courier = order.courier
    contact = CourierContact(courier.name, courier.phone) if courier is not None else None
    return OrderStatus(order.number, order.state, order.window_start, order.window_end, contact)


async def open_orders(customer_id: UUID | str) -> list[OrderStatus]:
    """Orders still on their way, newest first, each with its courier (one joined query)."""
    orders = Order.filter(customer_id=customer_id, state__in=list(OPEN_STATES))
    return [_status(order) for order in await orders.order_by("-id").select_related("courier")]


async def order_status(customer_id: UUID | str, said: str) -> OrderStatus | None:
    """The customer's order `said` names (20261124003, 003, #003; open ones first), in any
    state, or None when none of theirs has that number."""
    number = await order_refs.for_customer(customer_id, said)
    if number is None:
        return None
    found = Order.filter(number=number, customer_id=customer_id).select_related("courier")
    order = await found.first()
    return _status(order) if order is not None else None


async def courier_of(order: Order) -> Courier | None:
    """The courier on an order, if any."""
    courier_id = order.courier_id  # type: ignore[attr-defined]
    return await Courier.get_or_none(id=courier_id) if courier_id else None


async def default_address(customer_id: UUID | str) -> Address | None:
    """The customer's default address."""
    return await Address.filter(customer_id=customer_id, is_default=True).first()


async def address_by_label(customer_id: UUID | str, label: str) -> Address | None:
    """The newest address saved under a label (家, 公司 …)."""
    return (
        await Address.filter(customer_id=customer_id, label=label).order_by("-created_at").first()
    )


async def address_by_text(customer_id: UUID | str, text: str) -> Address | None:
    """An address the customer already saved with exactly this text."""
    return await Address.filter(customer_id=customer_id, text=text).first()


@dataclass(frozen=True)
class WalletLine:
    """Tickets for one product with the earliest expiry."""

    sku: str
    name: str
    count: int
    earliest_expiry: datetime | None


@dataclass(frozen=True)
class AccountSummary:
    """What a customer has with the station."""

    tickets: list[WalletLine]
    balance_fen: int
    buckets_held: int
    deposit_fen: int


async def account_summary(customer_id: UUID | str, now: datetime) -> AccountSummary:
    """Tickets by product (usable now), stored value, buckets and deposit."""
    lots = await TicketLot.filter(
        wallet__customer_id=customer_id, remaining__gt=0
    ).prefetch_related("wallet")
    names = {p.sku: p.name for p in await Product.all()}
    per_sku: dict[str, tuple[int, datetime | None]] = {}
    for lot in lots:
        if ticket_rules.expired(lot.expires_at, now):
            continue
        count, earliest = per_sku.get(lot.wallet.sku, (0, None))
        if lot.expires_at is not None and (earliest is None or lot.expires_at < earliest):
            earliest = lot.expires_at
        per_sku[lot.wallet.sku] = (count + lot.remaining, earliest)
    balance = await BalanceAccount.get_or_none(customer_id=customer_id)
    buckets = await BucketAccount.get_or_none(customer_id=customer_id)
    return AccountSummary(
        [WalletLine(sku, names.get(sku, sku), n, exp) for sku, (n, exp) in sorted(per_sku.items())],
        balance.balance_fen if balance else 0,
        buckets.held if buckets else 0,
        buckets.deposit_fen if buckets else 0,
    )


async def product_names() -> dict[str, Product]:
    """Active products by sku."""
    return {p.sku: p for p in await Product.filter(active=True).order_by("id")}


@dataclass(frozen=True)
class ProductTerms:
    """What understanding a message needs to know about a product on sale."""

    sku: str
    name: str
    aliases: tuple[str, ...]
    unit: str


async def catalog_terms() -> list[ProductTerms]:
    """Active products in catalog order, with the words customers call them by."""
    return [
        ProductTerms(p.sku, p.name, tuple(p.aliases), p.unit)
        for p in await Product.filter(active=True).order_by("id")
    ]
