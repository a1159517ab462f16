"""In-memory rows for `waterbot bench reports`: ledger postings with running balances, bulk-written.

The postings mirror `domain.services.ledgers` (balance after each entry, never below zero) on
rows that are not in the database yet; `write` then inserts them all in one transaction.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime
from typing import Any, TypeVar

from tortoise import fields
from tortoise.models import Model
from tortoise.transactions import in_transaction

from domain.infra.ports import Conn
from domain.models import (
    Address,
    BalanceAccount,
    BalanceEntry,
    BucketAccount,
    BucketEntry,
    Customer,
    DailyCounter,
    Order,
    OrderEvent,
    OrderLine,
    OrderTicketUse,
    TicketEntry,
    TicketLot,
    TicketWallet,
)
from domain.rules import deposits
from domain.services.ledgers import bucket_state
from domain.services.support import is_postgres

ACTOR = "bench"
# Parents before children, so every foreign key points at a row already written.
WRITE_ORDER: tuple[type[Model], ...] = (
    Customer, Address, TicketWallet, TicketLot, TicketEntry, BalanceAccount, BalanceEntry,
    BucketAccount, BucketEntry, Order, OrderLine, OrderEvent, OrderTicketUse, DailyCounter,
)  # fmt: skip
M = TypeVar("M", bound=Model)


class Batch:
    """Rows to write per model, with ids handed out here so children can point at parents."""

    def __init__(self) -> None:
        self.rows: dict[type[Model], list[Model]] = defaultdict(list)
        self.last_id: dict[type[Model], int] = defaultdict(int)

    def new(self, model: type[M], **values: Any) -> M:
        """A row of `model`, kept for writing; integer ids are numbered in creation order."""
        if isinstance(model._meta.pk, fields.IntField):
            self.last_id[model] += 1
            values["id"] = self.last_id[model]
        row = model(**values)
        self.rows[model].append(row)
        return row


def post_tickets(
    batch: Batch, wallet: TicketWallet, delta: int, kind: str, number: str | None,
    at: datetime, amount_fen: int = 0, reason: str = "",
) -> None:  # fmt: skip
    """Move tickets in a wallet and write the entry with the balance after."""
    wallet.balance += delta
    batch.new(
        TicketEntry, wallet_id=wallet.id, delta=delta, balance_after=wallet.balance, kind=kind,
        amount_fen=amount_fen, order_number=number, actor=ACTOR, created_at=at, reason=reason,
    )  # fmt: skip


def post_balance(
    batch: Batch, account: BalanceAccount, delta: int, kind: str, reason: str,
    number: str | None, at: datetime,
) -> None:  # fmt: skip
    """Move stored value and write the entry with the balance after."""
    account.balance_fen += delta
    batch.new(
        BalanceEntry, account_id=account.id, delta_fen=delta, balance_after_fen=account.balance_fen,
        kind=kind, reason=reason, order_number=number, actor=ACTOR, created_at=at,
    )  # fmt: skip


def post_buckets(
    batch: Batch, account: BucketAccount, move: deposits.BucketMove, kind: str, reason: str,
    number: str | None, actor: str, at: datetime,
) -> None:  # fmt: skip
    """Apply a bucket move to the account and write the entry with the account after."""
    after = move.apply(bucket_state(account))
    account.held, account.paid_buckets, account.deposit_fen = (
        after.held, after.paid_buckets, after.deposit_fen
    )  # fmt: skip
    batch.new(
        BucketEntry, account_id=account.id, held_delta=move.held_delta, held_after=after.held,
        deposit_delta_fen=move.deposit_delta_fen, deposit_after_fen=after.deposit_fen,
        paid_buckets_after=after.paid_buckets, kind=kind, order_number=number, reason=reason,
        actor=actor, created_at=at,
    )  # fmt: skip


async def write(batch: Batch) -> dict[str, int]:
    """Insert every row in one transaction (with the order-number counters); counts per table."""
    counters: dict[str, int] = defaultdict(int)
    for order in batch.rows[Order]:
        counters[f"order:{order.number[:8]}"] += 1  # type: ignore[attr-defined]
    for name, value in counters.items():
        batch.new(DailyCounter, name=name, value=value)
    async with in_transaction() as conn:
        for model in WRITE_ORDER:
            if batch.rows[model]:
                await model.bulk_create(batch.rows[model], batch_size=2000, using_db=conn)
        if is_postgres(conn):
            await _advance_sequences(conn)
    return {model._meta.db_table: len(batch.rows[model]) for model in WRITE_ORDER}


async def _advance_sequences(conn: Conn) -> None:
    # The ids were given here, so PostgreSQL's sequences must move past them for later inserts.
    for model in WRITE_ORDER:
        if isinstance(model._meta.pk, fields.IntField):
            table = model._meta.db_table
            await conn.execute_query(
                f"SELECT setval(pg_get_serial_sequence('\"{table}\"', 'id'), "
                f'(SELECT MAX(id) FROM "{table}"))'
            )
