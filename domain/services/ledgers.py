"""Ledger primitives: the only code that changes a wallet, a balance or a bucket account.

Callers hold the customer's row lock (`lock_customer`) and an open transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain import tickets as ticket_rules
from domain.deposits import BucketMove, BucketState, holds
from domain.errors import InsufficientBalance, InsufficientTickets
from domain.models import (
    BalanceAccount,
    BalanceEntry,
    BucketAccount,
    BucketEntry,
    Customer,
    TicketEntry,
    TicketLot,
    TicketWallet,
)
from domain.services.support import Conn


@dataclass(frozen=True)
class Posting:
    """Who moves something and why, as written on every ledger row."""

    actor: str
    kind: str
    reason: str = ""
    order_number: str | None = None
    amount_fen: int = 0


async def wallet(conn: Conn, customer: Customer, sku: str) -> TicketWallet:
    """The customer's wallet for a product, created empty on first use, locked."""
    found = (
        await TicketWallet.filter(customer_id=customer.id, sku=sku)
        .select_for_update()
        .using_db(conn)
        .first()
    )
    if found is None:
        found = await TicketWallet.create(customer=customer, sku=sku, using_db=conn)
    return found


async def _post_tickets(conn: Conn, w: TicketWallet, delta: int, posting: Posting) -> None:
    w.balance += delta
    await w.save(using_db=conn, update_fields=["balance"])
    await TicketEntry.create(
        wallet=w,
        delta=delta,
        balance_after=w.balance,
        kind=posting.kind,
        amount_fen=posting.amount_fen,
        order_number=posting.order_number,
        reason=posting.reason,
        actor=posting.actor,
        using_db=conn,
    )


async def add_tickets(
    conn: Conn, w: TicketWallet, count: int, expires_at: datetime | None, posting: Posting
) -> TicketLot:
    """Put a lot of tickets into a wallet."""
    if count <= 0:
        raise ValueError("add a positive number of tickets")
    lot = await TicketLot.create(
        wallet=w,
        granted=count,
        remaining=count,
        expires_at=expires_at,
        source=posting.kind,
        using_db=conn,
    )
    await _post_tickets(conn, w, count, posting)
    return lot


async def take_tickets(
    conn: Conn, w: TicketWallet, count: int, now: datetime, posting: Posting
) -> list[tuple[TicketLot, int]]:
    """Take tickets earliest expiry first; raise InsufficientTickets, changing nothing."""
    lots = await TicketLot.filter(wallet_id=w.id, remaining__gt=0).using_db(conn).all()
    plain = [
        ticket_rules.Lot(lot.id, lot.remaining, lot.expires_at, lot.created_at) for lot in lots
    ]
    try:
        plan = ticket_rules.allocate(plain, count, now)
    except InsufficientTickets as exc:
        raise InsufficientTickets(f"wallet {w.sku}: {exc.detail}") from None
    by_id = {lot.id: lot for lot in lots}
    taken: list[tuple[TicketLot, int]] = []
    for lot_id, n in plan:
        lot = by_id[lot_id]
        lot.remaining -= n
        await lot.save(using_db=conn, update_fields=["remaining"])
        taken.append((lot, n))
    await _post_tickets(conn, w, -count, posting)
    return taken


async def restore_tickets(
    conn: Conn, w: TicketWallet, uses: list[tuple[TicketLot, int]], posting: Posting
) -> int:
    """Give tickets back to the lots they came from; return how many."""
    total = 0
    for lot, n in uses:
        lot.remaining += n
        await lot.save(using_db=conn, update_fields=["remaining"])
        total += n
    if total:
        await _post_tickets(conn, w, total, posting)
    return total


async def balance_account(conn: Conn, customer: Customer) -> BalanceAccount:
    """The customer's stored-value account, created on first use, locked."""
    found = (
        await BalanceAccount.filter(customer_id=customer.id)
        .select_for_update()
        .using_db(conn)
        .first()
    )
    return found or await BalanceAccount.create(customer=customer, using_db=conn)


async def move_balance(
    conn: Conn, account: BalanceAccount, delta_fen: int, posting: Posting
) -> int:
    """Add (or, negative, spend) stored value; never below zero. Returns the balance after."""
    if account.balance_fen + delta_fen < 0:
        raise InsufficientBalance(
            f"balance {account.balance_fen} fen cannot cover {-delta_fen} fen"
        )
    account.balance_fen += delta_fen
    await account.save(using_db=conn, update_fields=["balance_fen"])
    await BalanceEntry.create(
        account=account,
        delta_fen=delta_fen,
        balance_after_fen=account.balance_fen,
        kind=posting.kind,
        order_number=posting.order_number,
        reason=posting.reason,
        actor=posting.actor,
        using_db=conn,
    )
    return account.balance_fen


async def bucket_account(conn: Conn, customer: Customer) -> BucketAccount:
    """The customer's bucket account, created on first use, locked."""
    found = (
        await BucketAccount.filter(customer_id=customer.id)
        .select_for_update()
        .using_db(conn)
        .first()
    )
    return found or await BucketAccount.create(customer=customer, using_db=conn)


def bucket_state(account: BucketAccount) -> BucketState:
    """The account as a plain value for the deposit rules."""
    return BucketState(account.held, account.paid_buckets, account.deposit_fen)


async def move_buckets(
    conn: Conn, account: BucketAccount, move: BucketMove, posting: Posting
) -> BucketState:
    """Apply a bucket move and record it; returns the account after."""
    before = bucket_state(account)
    after = move.apply(before)
    # Refuse a move that would break the deposit invariant (an account already broken by
    # an older rule is let through, so it can still be settled and repaired).
    if holds(before) and not holds(after):
        raise ValueError(f"bucket move {move} breaks the deposit invariant from {before}")
    account.held, account.paid_buckets, account.deposit_fen = (
        after.held,
        after.paid_buckets,
        after.deposit_fen,
    )
    await account.save(using_db=conn, update_fields=["held", "paid_buckets", "deposit_fen"])
    await BucketEntry.create(
        account=account,
        held_delta=move.held_delta,
        held_after=after.held,
        deposit_delta_fen=move.deposit_delta_fen,
        deposit_after_fen=after.deposit_fen,
        paid_buckets_after=after.paid_buckets,
        kind=posting.kind,
        order_number=posting.order_number,
        reason=posting.reason,
        actor=posting.actor,
        using_db=conn,
    )
    return after


async def wallet_by_id(conn: Conn, wallet_id: int) -> TicketWallet:
    """A wallet by id, locked."""
    found = await TicketWallet.filter(id=wallet_id).select_for_update().using_db(conn).first()
    if found is None:
        raise LookupError(f"wallet {wallet_id} vanished")
    return found


async def usable_tickets(conn: Conn, customer: Customer, now: datetime) -> dict[str, int]:
    """Tickets that could pay right now, per product."""
    lots = (
        await TicketLot.filter(wallet__customer_id=customer.id, remaining__gt=0)
        .using_db(conn)
        .prefetch_related("wallet")
    )
    counts: dict[str, int] = {}
    for lot in lots:
        if lot.expires_at is None or lot.expires_at > now:
            counts[lot.wallet.sku] = counts.get(lot.wallet.sku, 0) + lot.remaining
    return counts
