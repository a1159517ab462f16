"""A chunk of import rows' customers as they stand: found by phone, locked, with their accounts.

A handful of queries per chunk whatever its size. Locks follow docs/MONEY.md: the customer rows
first (all of the chunk's, in id order, so two imports never wait on each other in a cycle),
then their bucket accounts, balance accounts and ticket wallets.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import TypeVar

from tortoise.models import Model
from tortoise.queryset import QuerySet

from domain.infra.ports import Conn
from domain.models import (
    Address,
    BalanceAccount,
    BucketAccount,
    BucketEntry,
    Customer,
    IdempotencyRecord,
    TicketWallet,
)
from domain.rules.customer_import import CustomerRow
from domain.rules.deposits import BucketState
from domain.rules.import_plan import Known

M = TypeVar("M", bound=Model)


class Claimed(Exception):
    """Another import made this phone's customer after the chunk looked it up."""


def claim_key(phone: str) -> str:
    """The idempotency key that makes a phone's customer once across concurrent imports."""
    return f"import:customer:{phone}"


def opening_key(customer_id: str, ledger: str) -> str:
    """The idempotency key of a customer's opening balance on one ledger."""
    return f"import:opening:{customer_id}:{ledger}"


async def known_by_phone(conn: Conn, records: Sequence[CustomerRow]) -> dict[str, Known]:
    """The stored customer of each phone (the earliest when several share it), locked."""
    found = (
        await Customer.filter(phone__in=[r.phone for r in records])
        .using_db(conn)
        .order_by("created_at")
        .values_list("phone", "id")
    )
    first: dict[str, str] = {}
    for phone, customer_id in found:
        first.setdefault(str(phone), str(customer_id))
    if not first:
        return {}
    ids = sorted(set(first.values()))
    customers = await Customer.filter(id__in=ids).select_for_update().order_by("id").using_db(conn)
    skus = {r.sku for r in records if r.sku}
    state = await _found(conn, ids, skus)
    by_id = {str(c.id): state[str(c.id)].known(c) for c in customers}
    return {phone: by_id[cid] for phone, cid in first.items() if cid in by_id}


@dataclass
class _Found:
    """What the chunk's queries found for one customer, before it becomes a Known."""

    addresses: set[str] = field(default_factory=set)
    openings: dict[str, object] = field(default_factory=dict)
    wallets: dict[str, int] = field(default_factory=dict)
    balance_fen: int | None = None
    buckets: BucketState | None = None
    buckets_moved: bool = False

    def known(self, c: Customer) -> Known:
        """The customer with what was found."""
        return Known(
            str(c.id), c.name, tuple(c.tags), c.notes, frozenset(self.addresses),
            self.openings, self.wallets, self.balance_fen, self.buckets, self.buckets_moved,
        )  # fmt: skip


async def _found(conn: Conn, ids: list[str], skus: set[str]) -> dict[str, _Found]:
    """Per customer id: accounts (locked, in the documented order) and addresses."""
    found: dict[str, _Found] = defaultdict(_Found)
    buckets = await _locked(BucketAccount.filter(customer_id__in=ids), conn, "id")
    moved = set(
        await BucketEntry.filter(account_id__in=[a.id for a in buckets])
        .using_db(conn)
        .distinct()
        .values_list("account_id", flat=True)
    )
    for a in buckets:
        mine = found[str(a.customer_id)]  # type: ignore[attr-defined]
        mine.buckets = BucketState(a.held, a.paid_buckets, a.deposit_fen)
        mine.buckets_moved = a.id in moved
    for b in await _locked(BalanceAccount.filter(customer_id__in=ids), conn, "id"):
        found[str(b.customer_id)].balance_fen = b.balance_fen  # type: ignore[attr-defined]
    wallets = TicketWallet.filter(customer_id__in=ids, sku__in=sorted(skus))
    for w in await _locked(wallets, conn, "customer_id", "sku"):
        found[str(w.customer_id)].wallets[w.sku] = w.balance  # type: ignore[attr-defined]
    addresses = Address.filter(customer_id__in=ids).using_db(conn)
    for customer_id, text in await addresses.values_list("customer_id", "text"):
        found[str(customer_id)].addresses.add(str(text))
    await _openings(conn, ids, skus, found)
    return found


async def _locked(query: QuerySet[M], conn: Conn, *order: str) -> list[M]:
    return await query.select_for_update().order_by(*order).using_db(conn)


async def _openings(conn: Conn, ids: list[str], skus: set[str], found: dict[str, _Found]) -> None:
    ledgers = ["balance", "buckets", *(f"tickets:{sku}" for sku in sorted(skus))]
    keys = {opening_key(cid, ledger): (cid, ledger) for cid in ids for ledger in ledgers}
    done = IdempotencyRecord.filter(key__in=list(keys)).using_db(conn)
    for key, result in await done.values_list("key", "result"):
        cid, ledger = keys[str(key)]
        found[cid].openings[ledger] = result


async def stale_claims(conn: Conn, phones: Sequence[str]) -> set[str]:
    """Phones about to get a new customer whose claim the old holder no longer needs.

    Raises Claimed when a claim's customer still has the phone: another import made it after
    this chunk looked the phone up; the chunk runs again and then finds that customer.
    """
    keys = {claim_key(p): p for p in phones}
    claims = (
        await IdempotencyRecord.filter(key__in=list(keys))
        .using_db(conn)
        .values_list("key", "result")
    )
    holders = {keys[k]: str(r["id"]) for k, r in claims if isinstance(r, dict) and r.get("id")}
    if holders:
        still = (
            await Customer.filter(id__in=list(holders.values()))
            .using_db(conn)
            .values_list("id", "phone")
        )
        for customer_id, phone in still:
            if holders.get(str(phone)) == str(customer_id):
                raise Claimed(f"phone {phone} already imported as customer {customer_id}")
    return {keys[k] for k, _ in claims}
