"""A chunk's planned import rows written in bulk: a few statements per table, not per row.

Inside the caller's transaction, with the chunk's customers locked (`import_state`). Each
ledger row carries the running balance the plan computed from the locked account; every
change gets the audit row the one-by-one path wrote. Idempotency records go in last, in key
order: a concurrent import of the same customers fails there (primary key) and its chunk runs
again, and two imports never wait on each other's keys in a cycle.
"""

from __future__ import annotations

import uuid
from collections.abc import Sequence
from typing import Any

from tortoise.models import Model

from domain.infra.ports import Conn
from domain.models import (
    Address,
    AuditLog,
    BalanceAccount,
    BalanceEntry,
    BucketAccount,
    BucketEntry,
    Customer,
    IdempotencyRecord,
    TicketEntry,
    TicketLot,
    TicketWallet,
)
from domain.rules.import_plan import RowPlan
from domain.services.bulk_rows import insert_rows, update_rows
from domain.services.import_state import claim_key, opening_key

POSTING = ("kind", "reason", "actor")  # the columns every opening ledger row shares
AUDIT = ("actor", "action", "entity", "entity_id", "before", "after")


class Writes:
    """The audit rows and idempotency records of one chunk, gathered to be written once."""

    def __init__(self, actor: str) -> None:
        self.actor = actor
        self.posting = ("import", "期初导入", actor)
        self.audits: list[tuple[Any, ...]] = []
        self.keys: list[tuple[str, str, dict[str, Any]]] = []

    def audit(self, action: str, customer_id: str, before: Any, after: Any) -> None:
        """An audit row about a customer, as `support.audit` writes it (of plain JSON values)."""
        self.audits.append((self.actor, action, "customer", customer_id, before, after))

    def keep(self, key: str, result: dict[str, Any]) -> None:
        """An idempotency record of the import."""
        self.keys.append((key, "customer.import", result))


async def write_plans(conn: Conn, plans: Sequence[RowPlan], stale: set[str], actor: str) -> None:
    """Write every planned row of a chunk; `stale` are phones whose claim moves on."""
    writes = Writes(actor)
    await _customers(conn, plans, stale, writes)
    await _addresses(conn, plans, writes)
    await _tickets(conn, plans, writes)
    await _balances(conn, plans, writes)
    await _buckets(conn, plans, writes)
    for p in plans:
        for ledger, value in p.posted:
            writes.keep(opening_key(p.customer_id, ledger), value)
            after = {"ledger": ledger, **value}
            writes.audit("customer.import_opening", p.customer_id, None, after)
    await insert_rows(conn, IdempotencyRecord, ("key", "action", "result"), sorted(writes.keys))
    await insert_rows(conn, AuditLog, AUDIT, writes.audits)


async def _customers(conn: Conn, plans: Sequence[RowPlan], stale: set[str], w: Writes) -> None:
    new = [p for p in plans if p.created]
    rows = [
        (p.customer_id, p.record.name, p.record.phone, list(p.record.tags), p.record.notes)
        for p in new
    ]
    await insert_rows(conn, Customer, ("id", "name", "phone", "tags", "notes"), rows)
    for p in new:
        r = p.record
        after = {"name": r.name, "phone": r.phone, "row": r.row}
        w.audit("customer.import", p.customer_id, None, after)
        claim = {"id": p.customer_id}
        if r.phone in stale:
            # The earlier customer no longer has this phone (changed or removed): the claim
            # moves on.
            claimed = IdempotencyRecord.filter(key=claim_key(r.phone)).using_db(conn)
            await claimed.update(result=claim)
        else:
            w.keep(claim_key(r.phone), claim)
    changed = [(p.customer_id, p.details) for p in plans if p.details]
    columns = ("name", "tags", "notes")
    await update_rows(
        conn, Customer, columns, [(*(a[k] for k in columns), c) for c, (_, a) in changed]
    )
    for customer_id, (before, after) in changed:
        w.audit("customer.import", customer_id, before, after)


async def _addresses(conn: Conn, plans: Sequence[RowPlan], w: Writes) -> None:
    # A new address becomes the default, as `customers.insert_address` makes it.
    added = [(p, p.record.address) for p in plans if p.address and p.record.address]
    existing = [p.customer_id for p, _ in added if not p.created]
    if existing:
        await Address.filter(customer_id__in=existing).using_db(conn).update(is_default=False)
    columns = ("id", "customer_id", "text", "floor", "has_lift", "is_default")
    rows = [
        (uuid.uuid4(), p.customer_id, text, p.record.floor, p.record.has_lift, True)
        for p, text in added
    ]
    await insert_rows(conn, Address, columns, rows)
    for p, text in added:
        w.audit("address.add", p.customer_id, None, {"address": text, "default": True})


async def _tickets(conn: Conn, plans: Sequence[RowPlan], w: Writes) -> None:
    posts = [(p.customer_id, p.tickets) for p in plans if p.tickets]
    states = [(c, {"sku": t.sku, "balance": t.balance_after}, t.new_wallet) for c, t in posts]
    ids = await settle_accounts(conn, TicketWallet, states, by=("sku",))
    lots = [(ids[(c, t.sku)], t.count, t.count, "import") for c, t in posts]
    await insert_rows(conn, TicketLot, ("wallet_id", "granted", "remaining", "source"), lots)
    entries = [(ids[(c, t.sku)], t.count, t.balance_after, *w.posting) for c, t in posts]
    columns = ("wallet_id", "delta", "balance_after", *POSTING)
    await insert_rows(conn, TicketEntry, columns, entries)


async def _balances(conn: Conn, plans: Sequence[RowPlan], w: Writes) -> None:
    posts = [(p.customer_id, p.balance) for p in plans if p.balance]
    states = [(c, {"balance_fen": b.balance_after_fen}, b.new_account) for c, b in posts]
    ids = await settle_accounts(conn, BalanceAccount, states)
    entries = [(ids[(c,)], b.delta_fen, b.balance_after_fen, *w.posting) for c, b in posts]
    columns = ("account_id", "delta_fen", "balance_after_fen", *POSTING)
    await insert_rows(conn, BalanceEntry, columns, entries)


async def _buckets(conn: Conn, plans: Sequence[RowPlan], w: Writes) -> None:
    posts = [(p.customer_id, p.buckets) for p in plans if p.buckets]
    states = [
        (c, {"held": b.after.held, "paid_buckets": b.after.paid_buckets,
             "deposit_fen": b.after.deposit_fen}, b.new_account)
        for c, b in posts
    ]  # fmt: skip
    ids = await settle_accounts(conn, BucketAccount, states)
    entries = [
        (ids[(c,)], b.move.held_delta, b.after.held, b.move.deposit_delta_fen,
         b.after.deposit_fen, b.after.paid_buckets, *w.posting)
        for c, b in posts
    ]  # fmt: skip
    columns = ("account_id", "held_delta", "held_after", "deposit_delta_fen",
               "deposit_after_fen", "paid_buckets_after", *POSTING)  # fmt: skip
    await insert_rows(conn, BucketEntry, columns, entries)


State = tuple[str, dict[str, Any], bool]  # customer id, the account's columns after, new


async def settle_accounts(
    conn: Conn, model: type[Model], states: Sequence[State], by: tuple[str, ...] = ()
) -> dict[tuple[Any, ...], int]:
    """Create the new accounts with their state after, update the others; ids by (customer, *by)."""
    if not states:
        return {}
    new = [(c, *columns.values()) for c, columns, fresh in states if fresh]
    await insert_rows(conn, model, ("customer_id", *states[0][1]), new)
    found = model.filter(customer_id__in=sorted({c for c, _, _ in states})).using_db(conn)
    ids = {
        (str(row[1]), *row[2:]): row[0] for row in await found.values_list("id", "customer_id", *by)
    }
    changed = [(c, columns) for c, columns, fresh in states if not fresh]
    names = tuple(k for k in states[0][1] if k not in by)
    rows = [(*(col[k] for k in names), ids[(c, *(col[k] for k in by))]) for c, col in changed]
    await update_rows(conn, model, names, rows)
    return ids
