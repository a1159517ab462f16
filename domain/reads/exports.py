"""Rows for the back office's spreadsheet exports: orders, customers with balances, ledgers.

Every export is capped at MAX_ROWS; a wider request is refused with a hint to narrow the dates.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime, tzinfo
from typing import Any, TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

from domain.models import (
    Address,
    BalanceAccount,
    BalanceEntry,
    BucketAccount,
    BucketEntry,
    Customer,
    Order,
    OrderLine,
    Product,
    TicketEntry,
    TicketLot,
)
from domain.rules import tickets as ticket_rules
from domain.rules.errors import InvalidInput
from domain.rules.periods import day_period
from domain.services.support import as_stored_time

MAX_ROWS = 50_000
CHUNK = 500  # ids per IN (...) list
LEDGER_KINDS = ("tickets", "balance", "buckets", "deposits")
M = TypeVar("M", bound=Model)


@dataclass(frozen=True)
class Span:
    """From the start of the first day to the end of the last (station time); open ends allowed."""

    start: datetime | None = None
    end: datetime | None = None


def day_span(first: date | None, last: date | None, tz: tzinfo) -> Span:
    """Whole station-local days, both inclusive; InvalidInput when they are the wrong way round."""
    if first and last and first > last:
        raise InvalidInput("from after to", fields={"to": "结束日期不能早于开始日期"})
    return Span(
        as_stored_time(day_period(first, tz).start) if first else None,
        as_stored_time(day_period(last, tz).end) if last else None,
    )


def _within(query: QuerySet[M], span: Span, column: str = "created_at") -> QuerySet[M]:
    if span.start:
        query = query.filter(**{f"{column}__gte": span.start})
    if span.end:
        query = query.filter(**{f"{column}__lt": span.end})
    return query


async def capped(query: QuerySet[M], limit: int = MAX_ROWS) -> list[M]:
    """The rows, or InvalidInput when there are more than `limit` (counted before loading)."""
    if await query.count() > limit:
        raise InvalidInput(
            "export too large",
            message=f"导出超过{limit}行,请缩小日期范围",
            fields={"from": f"超过{limit}行,请缩小日期范围"},
        )
    return list(await query)


def _chunks(ids: list[Any]) -> list[list[Any]]:
    return [ids[i : i + CHUNK] for i in range(0, len(ids), CHUNK)]


@dataclass(frozen=True)
class OrderRow:
    """An order with its customer and what it carried."""

    order: Order
    lines: list[OrderLine]


async def orders(span: Span, state: str | None) -> list[OrderRow]:
    """Orders placed in the span (oldest first), optionally in one state."""
    query = _within(Order.all(), span).order_by("id").prefetch_related("customer", "courier")
    found = await capped(query.filter(state=state) if state else query)
    lines: dict[int, list[OrderLine]] = defaultdict(list)
    for ids in _chunks([o.id for o in found]):
        for line in await OrderLine.filter(order_id__in=ids).order_by("id"):
            lines[line.order_id].append(line)  # type: ignore[attr-defined]
    return [OrderRow(o, lines[o.id]) for o in found]


@dataclass(frozen=True)
class CustomerRow:
    """A customer with their default address and every balance they hold."""

    customer: Customer
    address: str
    tickets: dict[str, int]
    balance_fen: int
    buckets: int
    deposit_fen: int


async def customers(now: datetime) -> tuple[list[CustomerRow], list[Product]]:
    """Every customer (oldest first) with balances; the products anyone holds usable tickets for.

    Tickets are counted like the chat's 余额 and the finance liability: unexpired lots at `now`,
    so an expired lot stops counting at once, whether or not its expiry is posted yet.
    """
    found = await capped(Customer.all().order_by("created_at", "id"))
    ids = [c.id for c in found]
    addresses: dict[Any, str] = {}
    tickets: dict[Any, dict[str, int]] = defaultdict(dict)
    balances: dict[Any, int] = {}
    buckets: dict[Any, tuple[int, int]] = {}
    for chunk in _chunks(ids):
        for a in await Address.filter(customer_id__in=chunk, is_default=True):
            addresses[a.customer_id] = a.text  # type: ignore[attr-defined]
        lots = TicketLot.filter(wallet__customer_id__in=chunk, remaining__gt=0)
        for lot in await lots.prefetch_related("wallet"):
            if not ticket_rules.expired(lot.expires_at, now):
                per = tickets[lot.wallet.customer_id]  # type: ignore[attr-defined]
                per[lot.wallet.sku] = per.get(lot.wallet.sku, 0) + lot.remaining
        for b in await BalanceAccount.filter(customer_id__in=chunk):
            balances[b.customer_id] = b.balance_fen  # type: ignore[attr-defined]
        for k in await BucketAccount.filter(customer_id__in=chunk):
            buckets[k.customer_id] = (k.held, k.deposit_fen)  # type: ignore[attr-defined]
    held = {sku for per in tickets.values() for sku in per}
    products = [p for p in await Product.all().order_by("id") if p.sku in held]
    rows = [
        CustomerRow(
            c, addresses.get(c.id, ""), tickets.get(c.id, {}), balances.get(c.id, 0),
            *buckets.get(c.id, (0, 0)),
        )
        for c in found
    ]  # fmt: skip
    return rows, products


LedgerEntry = TicketEntry | BalanceEntry | BucketEntry


async def ledger(kind: str, span: Span) -> list[tuple[LedgerEntry, Customer, str]]:
    """Entries of one ledger in the span, oldest first: (entry, customer, sku or "")."""
    if kind == "tickets":
        entries: list[Any] = await capped(
            _within(TicketEntry.all(), span).order_by("id").prefetch_related("wallet__customer")
        )
        return [(e, e.wallet.customer, e.wallet.sku) for e in entries]
    if kind == "balance":
        query: QuerySet[Any] = _within(BalanceEntry.all(), span)
        related = "account__customer"
    elif kind in ("buckets", "deposits"):
        query = _within(BucketEntry.all(), span)
        query = query.exclude(held_delta=0) if kind == "buckets" else query
        query = query.exclude(deposit_delta_fen=0) if kind == "deposits" else query
        related = "account__customer"
    else:
        raise InvalidInput(f"ledger {kind!r}", fields={"kind": "/".join(LEDGER_KINDS)})
    entries = await capped(query.order_by("id").prefetch_related(related))
    return [(e, e.account.customer, "") for e in entries]


async def product_names() -> dict[str, str]:
    """Every product's name by sku, retired ones too (old ledger rows still name them)."""
    return {p.sku: p.name for p in await Product.all()}
