"""Bucket returns: empties come back, their deposit goes back the way it was paid."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from domain.infra.ports import Conn
from domain.rules import deposits, refund_route
from domain.rules.errors import InvalidInput
from domain.services import deposit_refunds, ledgers
from domain.services.ledgers import Posting
from domain.services.support import audit, lock_customer

REFUND_METHODS = ("cash", "balance")


@dataclass(frozen=True)
class Returned:
    """What a return changed."""

    buckets: int
    refund_fen: int
    held_after: int
    deposit_after_fen: int
    refund_method: str
    online_fen: int = 0  # of refund_fen, what goes back to WeChat Pay (deposits paid online)


async def return_in(
    conn: Conn,
    customer_id: UUID | str,
    count: int,
    refund_method: str,
    actor: str,
    now: datetime | None = None,
) -> Returned:
    """Take back buckets and refund their deposit, inside the caller's transaction.

    A deposit paid online goes back to its WeChat Pay payment (deposit_refunds); only the
    rest is refunded `refund_method` (cash or to the balance).
    """
    if refund_method not in REFUND_METHODS:
        raise InvalidInput(f"refund by {refund_method}", message="押金只能退现金或退到余额")
    now = now or datetime.now(UTC)
    customer = await lock_customer(conn, customer_id)
    sources, found = await deposit_refunds.online_sources(conn, customer)  # before the accounts
    account = await ledgers.bucket_account(conn, customer)
    move = deposits.return_move(ledgers.bucket_state(account), count)
    refund = -move.deposit_delta_fen
    split = refund_route.split_deposit_refund(refund, sources, now)
    # The entry names the order whose WeChat Pay payment refunds it, and the split.
    paid_by = found[split.online[0][0]][1].number if split.online else None
    posting = Posting(actor, "return", refund_route.return_reason(split, refund_method), paid_by)
    after = await ledgers.move_buckets(conn, account, move, posting)
    await deposit_refunds.refund_online(conn, customer, split, found, actor, now)
    if split.rest_fen and refund_method == "balance":
        balance = await ledgers.balance_account(conn, customer)
        await ledgers.move_balance(conn, balance, split.rest_fen, Posting(actor, "deposit_refund"))
    returned = Returned(
        count, refund, after.held, after.deposit_fen, refund_method, split.online_fen
    )
    await audit(conn, actor, "buckets.return", "customer", customer.id, None, returned)
    return returned


async def set_opening_buckets(
    conn: Conn, customer_id: UUID | str, held: int, deposit_fen: int, actor: str
) -> None:
    """Carry over buckets and deposit from a station's old records (import), as one entry."""
    customer = await lock_customer(conn, customer_id)
    account = await ledgers.bucket_account(conn, customer)
    move = deposits.opening_move(ledgers.bucket_state(account), held, deposit_fen)
    if move != deposits.NOTHING:
        await ledgers.move_buckets(conn, account, move, Posting(actor, "import", "期初导入"))
