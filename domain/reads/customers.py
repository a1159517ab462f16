"""Customers for the back office: search, and one customer's whole picture (360° view)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from tortoise import connections
from tortoise.expressions import Q

from domain.models import Address, Customer, Order, ServiceLog, TicketEntry
from domain.reads.customer_records import CustomerRecord, customer_record
from domain.reads.orders import OrderRecord, order_record
from domain.reads.paging import Page, page_by_created, page_by_id
from domain.reads.queries import AccountSummary, account_summary
from domain.rules.errors import NotFound

RECENT_ORDERS = 10


@dataclass(frozen=True)
class AddressRecord:
    """A saved delivery address."""

    id: UUID
    label: str
    text: str
    building: str
    unit: str
    room: str
    floor: int | None
    has_lift: bool
    is_default: bool


def address_record(row: Address) -> AddressRecord:
    """The record of an address row."""
    return AddressRecord(
        id=row.id,
        label=row.label,
        text=row.text,
        building=row.building,
        unit=row.unit,
        room=row.room,
        floor=row.floor,
        has_lift=row.has_lift,
        is_default=row.is_default,
    )


@dataclass(frozen=True)
class ServiceNote:
    """One follow-up note (跟进记录) about a customer."""

    id: int
    author: str
    text: str
    created_at: datetime


@dataclass(frozen=True)
class TicketMove:
    """One line of a customer's ticket ledger."""

    id: int
    sku: str
    delta: int
    balance_after: int
    kind: str
    amount_fen: int
    order_number: str | None
    reason: str
    actor: str
    created_at: datetime


def _ticket_move(row: TicketEntry) -> TicketMove:
    return TicketMove(
        id=row.id,
        sku=row.wallet.sku,
        delta=row.delta,
        balance_after=row.balance_after,
        kind=row.kind,
        amount_fen=row.amount_fen,
        order_number=row.order_number,
        reason=row.reason,
        actor=row.actor,
        created_at=row.created_at,
    )


async def _ids_with_tag(tag: str) -> list[str]:
    # Tags are a JSON list: tortoise filters JSON containment on PostgreSQL only.
    conn = connections.get("default")
    if conn.capabilities.dialect == "postgres":
        sql = 'SELECT "id" FROM "customer" WHERE "tags" @> $1::jsonb'
        rows = await conn.execute_query_dict(sql, [json.dumps([tag])])
    else:
        sql = (
            'SELECT "id" FROM "customer" '
            'WHERE EXISTS (SELECT 1 FROM json_each("tags") WHERE value = ?)'
        )
        rows = await conn.execute_query_dict(sql, [tag])
    return [str(row["id"]) for row in rows]


async def search_customers(
    q: str | None, tag: str | None, limit: int, cursor: str | None
) -> Page[CustomerRecord]:
    """Customers matching a name, phone or address fragment and a tag, newest first."""
    query = Customer.all()
    if q:
        matched = await Address.filter(text__icontains=q).values_list("customer_id", flat=True)
        query = query.filter(
            Q(name__icontains=q) | Q(phone__contains=q) | Q(id__in=[str(i) for i in matched])
        )
    if tag:
        query = query.filter(id__in=await _ids_with_tag(tag))
    return (await page_by_created(query, limit, cursor)).map(customer_record)


async def _customer_row(customer_id: UUID | str) -> Customer:
    found = await Customer.get_or_none(id=customer_id)
    if found is None:
        raise NotFound(f"customer {customer_id}", message="没有找到这位客户")
    return found


async def customer(customer_id: UUID | str) -> CustomerRecord:
    """One customer, or NotFound."""
    return customer_record(await _customer_row(customer_id))


async def address(address_id: UUID | str) -> AddressRecord:
    """One saved address, or NotFound."""
    found = await Address.get_or_none(id=address_id)
    if found is None:
        raise NotFound(f"address {address_id}", message="没有找到这个地址")
    return address_record(found)


@dataclass(frozen=True)
class CustomerView:
    """Everything the station knows about one customer."""

    customer: CustomerRecord
    addresses: list[AddressRecord]
    account: AccountSummary
    recent_orders: list[OrderRecord]
    order_count: int
    refill_due_at: datetime | None


async def customer_view(customer_id: UUID | str, now: datetime) -> CustomerView:
    """The 360° view: addresses, tickets by product, balance, buckets, deposit, orders, refill."""
    found = await _customer_row(customer_id)
    addresses = await Address.filter(customer_id=found.id).order_by("-is_default", "created_at")
    orders = Order.filter(customer_id=found.id)
    recent = await orders.order_by("-id").limit(RECENT_ORDERS).prefetch_related("courier")
    return CustomerView(
        customer_record(found),
        [address_record(a) for a in addresses],
        await account_summary(found.id, now),
        [order_record(o) for o in recent],
        await orders.count(),
        found.refill_due_at,
    )


async def service_log(customer_id: UUID | str, limit: int, cursor: str | None) -> Page[ServiceNote]:
    """A customer's follow-up notes, newest first."""
    await _customer_row(customer_id)
    page = await page_by_id(ServiceLog.filter(customer_id=customer_id), limit, cursor)
    return page.map(lambda row: ServiceNote(row.id, row.author, row.text, row.created_at))


async def ticket_ledger(
    customer_id: UUID | str, sku: str | None, limit: int, cursor: str | None
) -> Page[TicketMove]:
    """Every ticket movement of a customer (optionally one product), newest first."""
    await _customer_row(customer_id)
    query = TicketEntry.filter(wallet__customer_id=customer_id).prefetch_related("wallet")
    if sku:
        query = query.filter(wallet__sku=sku)
    return (await page_by_id(query, limit, cursor)).map(_ticket_move)


async def address_page(
    customer_id: UUID | str, limit: int, cursor: str | None
) -> Page[AddressRecord]:
    """A customer's saved addresses, newest first."""
    await _customer_row(customer_id)
    query = Address.filter(customer_id=customer_id)
    return (await page_by_created(query, limit, cursor)).map(address_record)
