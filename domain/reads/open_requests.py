"""Customer requests still waiting for staff: bucket returns to collect, packs to be paid for.

Each row carries what the owner needs to act without looking anyone up: the customer's name,
phone and default address, and what was asked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.models import Address, BucketAccount, Customer, PackPurchase, ReturnRequest, TicketPack

LIMIT = 20


@dataclass(frozen=True)
class Requester:
    """Who asked, and where they live."""

    name: str
    phone: str
    address: str  # the default address, "" when none is saved


@dataclass(frozen=True)
class OpenReturn:
    """A return request not collected yet."""

    id: int
    asked_at: datetime
    who: Requester
    buckets: int | None  # how many were asked for (None: not said)
    held: int  # buckets at the customer's now, and the deposit held for them
    deposit_fen: int


@dataclass(frozen=True)
class PendingPack:
    """A pack bought in chat and not paid for yet."""

    id: int
    asked_at: datetime
    who: Requester
    pack: str
    price_fen: int


async def _requesters(customer_ids: list[str]) -> dict[str, Requester]:
    customers = await Customer.filter(id__in=customer_ids)
    addresses = {
        str(a.customer_id): a.text  # type: ignore[attr-defined]
        for a in await Address.filter(customer_id__in=customer_ids, is_default=True)
    }
    return {
        str(c.id): Requester(c.name, c.phone or "", addresses.get(str(c.id), ""))
        for c in customers
    }


async def open_returns(limit: int = LIMIT) -> list[OpenReturn]:
    """Return requests still open, oldest first."""
    rows = await ReturnRequest.filter(status="open").order_by("id").limit(limit)
    ids = [str(r.customer_id) for r in rows]  # type: ignore[attr-defined]
    who = await _requesters(ids)
    accounts = {str(a.customer_id): a for a in await BucketAccount.filter(customer_id__in=ids)}  # type: ignore[attr-defined]
    found = []
    for row in rows:
        key = str(row.customer_id)  # type: ignore[attr-defined]
        account = accounts.get(key)
        held, deposit = (account.held, account.deposit_fen) if account else (0, 0)
        found.append(OpenReturn(row.id, row.created_at, who[key], row.buckets, held, deposit))
    return found


async def pending_packs(limit: int = LIMIT, customer_id: str | None = None) -> list[PendingPack]:
    """Packs bought in chat and not yet paid for, oldest first (optionally one customer's)."""
    query = PackPurchase.filter(status="pending")
    if customer_id is not None:
        query = query.filter(customer_id=customer_id)
    rows = await query.order_by("id").limit(limit)
    who = await _requesters([str(r.customer_id) for r in rows])  # type: ignore[attr-defined]
    names = dict(
        await TicketPack.filter(code__in=[r.pack_code for r in rows]).values_list("code", "name")
    )
    return [
        PendingPack(
            r.id,
            r.created_at,
            who[str(r.customer_id)],  # type: ignore[attr-defined]
            names.get(r.pack_code, r.pack_code),
            r.price_fen,
        )
        for r in rows
    ]
