"""Customers for the back office: search, and one customer's whole picture (360° view)."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from tortoise import connections
from tortoise.expressions import Q

from domain.models import Address, Customer, Order, ServiceLog, TicketEntry
from domain.reads.paging import Page, page_by_created, page_by_id
from domain.reads.queries import AccountSummary, account_summary
from domain.rules.errors import NotFound

RECENT_ORDERS = 10


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
) -> Page[Customer]:
    """Customers matching a name, phone or address fragment and a tag, newest first."""
    query = Customer.all()
    if q:
        matched = await Address.filter(text__icontains=q).values_list("customer_id", flat=True)
        query = query.filter(
            Q(name__icontains=q) | Q(phone__contains=q) | Q(id__in=[str(i) for i in matched])
        )
    if tag:
        query = query.filter(id__in=await _ids_with_tag(tag))
    return await page_by_created(query, limit, cursor)


async def customer(customer_id: UUID | str) -> Customer:
    """One customer, or NotFound."""
    found = await Customer.get_or_none(id=customer_id)
    if found is None:
        raise NotFound(f"customer {customer_id}", message="没有找到这位客户")
    return found


@dataclass(frozen=True)
class CustomerView:
    """Everything the station knows about one customer."""

    customer: Customer
    addresses: list[Address]
    account: AccountSummary
    recent_orders: list[Order]
    order_count: int
    refill_due_at: datetime | None


async def customer_view(customer_id: UUID | str, now: datetime) -> CustomerView:
    """The 360° view: addresses, tickets by product, balance, buckets, deposit, orders, refill."""
    found = await customer(customer_id)
    addresses = await Address.filter(customer_id=found.id).order_by("-is_default", "created_at")
    orders = Order.filter(customer_id=found.id)
    return CustomerView(
        found,
        list(addresses),
        await account_summary(found.id, now),
        list(await orders.order_by("-id").limit(RECENT_ORDERS).prefetch_related("courier")),
        await orders.count(),
        found.refill_due_at,
    )


async def service_log(customer_id: UUID | str, limit: int, cursor: str | None) -> Page[ServiceLog]:
    """A customer's follow-up notes, newest first."""
    await customer(customer_id)
    return await page_by_id(ServiceLog.filter(customer_id=customer_id), limit, cursor)


async def ticket_ledger(
    customer_id: UUID | str, sku: str | None, limit: int, cursor: str | None
) -> Page[TicketEntry]:
    """Every ticket movement of a customer (optionally one product), newest first."""
    await customer(customer_id)
    query = TicketEntry.filter(wallet__customer_id=customer_id).prefetch_related("wallet")
    if sku:
        query = query.filter(wallet__sku=sku)
    return await page_by_id(query, limit, cursor)


async def address_page(customer_id: UUID | str, limit: int, cursor: str | None) -> Page[Address]:
    """A customer's saved addresses, newest first."""
    await customer(customer_id)
    return await page_by_created(Address.filter(customer_id=customer_id), limit, cursor)
