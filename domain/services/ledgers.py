"""Ledger primitives: the only code that changes a wallet, a balance or a bucket account.

Callers hold the customer's row lock (`lock_customer`) and an open transaction.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.infra.ports import Conn
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
from domain.rules import tickets as ticket_rules
from domain.rules.deposits import BucketMove, BucketState, holds
from domain.rules.errors import InsufficientBalance, InsufficientTickets


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
    try:
        plan = ticket_rules.allocate([_plain(lot) for lot in lots], count, now)
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


async def return_tickets(
    conn: Conn, w: TicketWallet, uses: list[tuple[TicketLot, int]], now: datetime, posting: Posting
) -> ticket_rules.ReturnPlan:
    """Give a cancelled order's tickets back: to their lot while it is valid, else a grace lot."""
    plan = ticket_rules.plan_return([(_plain(lot), n) for lot, n in uses], now)
    by_id = {lot.id: lot for lot, _ in uses}
    for lot_id, n in plan.to_lots:
        lot = by_id[lot_id]
        lot.remaining += n
        await lot.save(using_db=conn, update_fields=["remaining"])
    back = plan.total - plan.extended
    if back:
        await _post_tickets(conn, w, back, posting)
    if plan.extended:
        # Never into the expired lot: its leftovers are posted as expired once, by the job.
        why = f"已过期水票退回,延期{ticket_rules.RETURN_GRACE_DAYS}天"
        grace = Posting(posting.actor, posting.kind, why, posting.order_number)
        await add_tickets(conn, w, plan.extended, plan.extended_until, grace)
    return plan


async def expire_lot(conn: Conn, w: TicketWallet, lot: TicketLot, now: datetime) -> int:
    """Post what is left of an expired lot as gone (kind "expire"); 0 when there is nothing."""
    count = ticket_rules.to_expire(_plain(lot), now)
    if count:
        lot.remaining = 0
        await lot.save(using_db=conn, update_fields=["remaining"])
        posting = Posting("scheduler", "expire", f"水票过期(批次{lot.id})")
        await _post_tickets(conn, w, -count, posting)
    return count


def _plain(lot: TicketLot) -> ticket_rules.Lot:
    return ticket_rules.Lot(lot.id, lot.remaining, lot.expires_at, lot.created_at)


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


async def peek_bucket_state(conn: Conn, customer: Customer) -> BucketState:
    """The bucket account as it stands, unlocked and never created (a read for quotes)."""
    found = await BucketAccount.filter(customer_id=customer.id).using_db(conn).first()
    return bucket_state(found) if found is not None else BucketState(0, 0, 0)


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
        if ticket_rules.usable(_plain(lot), now):
            counts[lot.wallet.sku] = counts.get(lot.wallet.sku, 0) + lot.remaining
    return counts
