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
from domain.rules import tickets as ticket_rules
from domain.rules.errors import NotFound
from domain.rules.order_flow import OPEN_STATES
from domain.rules.order_numbers import pick_number

RECENT_ORDERS = 50  # how far back a customer's short order number may reach


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


async def open_orders(customer_id: UUID | str) -> list[Order]:
    """Orders still on their way, newest first."""
    return await Order.filter(customer_id=customer_id, state__in=list(OPEN_STATES)).order_by("-id")


async def customer_order(customer_id: UUID | str, said: str) -> Order:
    """The customer's order `said` names (20261124003, 003, #003): open ones first."""
    mine = Order.filter(customer_id=customer_id)
    open_numbers = await mine.filter(state__in=list(OPEN_STATES)).values_list("number", flat=True)
    recent = await mine.order_by("-id").limit(RECENT_ORDERS).values_list("number", flat=True)
    number = pick_number(said, ([str(n) for n in open_numbers], [str(n) for n in recent]))
    order = await mine.filter(number=number).first() if number else None
    if order is None:
        raise NotFound(f"order {said} not this customer's", message=f"没有找到订单 {said}")
    return order


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
