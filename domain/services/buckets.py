"""Bucket returns: empties come back, their deposit goes back."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from domain.infra.ports import Conn
from domain.rules import deposits
from domain.rules.errors import InvalidInput
from domain.services import ledgers
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


async def return_in(
    conn: Conn, customer_id: UUID | str, count: int, refund_method: str, actor: str
) -> Returned:
    """Take back buckets and refund their deposit, inside the caller's transaction."""
    if refund_method not in REFUND_METHODS:
        raise InvalidInput(f"refund by {refund_method}", message="押金只能退现金或退到余额")
    customer = await lock_customer(conn, customer_id)
    account = await ledgers.bucket_account(conn, customer)
    move = deposits.return_move(ledgers.bucket_state(account), count)
    after = await ledgers.move_buckets(conn, account, move, Posting(actor, "return", refund_method))
    refund = -move.deposit_delta_fen
    if refund and refund_method == "balance":
        balance = await ledgers.balance_account(conn, customer)
        await ledgers.move_balance(conn, balance, refund, Posting(actor, "deposit_refund"))
    returned = Returned(count, refund, after.held, after.deposit_fen, refund_method)
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
