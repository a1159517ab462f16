"""Delivering an order: buckets and deposit moved at the door, the cash due settled."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.infra.ports import Conn
from domain.models import Customer, Order, OrderLine
from domain.rules import deposits, door_cash
from domain.rules.order_flow import OrderState
from domain.rules.reminder_rules import DEFAULT_POLICY, ReminderPolicy
from domain.services import deposit_refunds, dispatch, door_paid, ledgers, payment_refunds
from domain.services.ledgers import Posting
from domain.services.order_transitions import courier_guard, locked_order, move_state
from domain.services.refill import on_delivery as update_refill
from domain.services.support import audit, run_in_transaction


@dataclass(frozen=True)
class Delivered:
    """What a delivery changed: buckets, deposit, and the cash due against the cash taken."""

    number: str
    buckets_delivered: int
    empties_collected: int
    held_after: int
    deposit_charged_fen: int  # negative: refunded for extra empties
    cash_due_fen: int  # negative: the courier pays a deposit refund out
    cash_collected_fen: int
    short_fen: int = 0  # left owing: a receivable, the owner is alerted
    over_fen: int = 0  # taken beyond the due
    packs_cash_fen: int = 0  # of the due: ticket packs riding on the delivery, paid in cash


async def record_delivery(
    number: str,
    actor: str,
    now: datetime,
    empties: int | None = None,
    cash_collected_fen: int | None = None,
    courier_userid: str | None = None,
    key: str | None = None,
    per_order: bool = False,
    refill_policy: ReminderPolicy = DEFAULT_POLICY,
) -> Delivered:
    """Mark delivered: move buckets and deposit, settle cash; a repeat with the key is a no-op.

    `per_order`: the key names the order's one delivery rather than one request, so a repeat
    with other figures (a second 送达, a retry after a crash) replays the first result instead
    of being refused as a key reused with other parameters. `refill_policy`: how the
    household's next reminders are planned (the edges pass the station's, from its settings).
    """

    async def work(conn: Conn) -> dict[str, Any]:
        order, customer = await locked_order(conn, number)
        await courier_guard(conn, order, courier_userid)
        await move_state(conn, order, OrderState.DELIVERED, actor, "", now)
        online = await payment_refunds.locked_payment(conn, order)  # before the accounts
        code = await door_paid.locked_code(conn, order)
        delivered, collected, move, after = await _buckets_at_door(
            conn, order, customer, empties, actor
        )
        door = door_cash.at_the_door(bill_of(order), move.deposit_delta_fen)
        # Money owed back on an order paid online goes back to WeChat Pay, not from the cash.
        due = await deposit_refunds.at_the_door(
            conn, online, order, customer, door.cash_due_fen, actor, now
        )
        if door.balance_back_fen:
            balance = await ledgers.balance_account(conn, customer)
            back = Posting(actor, "deposit_back", "押金退回余额", number)
            await ledgers.move_balance(conn, balance, door.balance_back_fen, back)
        # Packs riding on the delivery are sold now: by the 收款码 if it paid them, else cash.
        packs = await door_paid.settle_at_delivery(conn, code, order, customer, actor, now)
        settled = door_cash.settle(due + packs, cash_collected_fen)
        order.buckets_delivered, order.empties_collected = delivered, collected
        order.deposit_charged_fen, order.packs_cash_fen = move.deposit_delta_fen, packs
        order.cash_due_fen, order.cash_collected_fen = settled.due_fen, settled.collected_fen
        order.delivered_at, order.payment_status = now, settled.status
        await order.save(using_db=conn)
        await dispatch.after_delivery(conn, order, now)
        await update_refill(conn, customer, delivered, now, refill_policy)
        result = _result(number, delivered, collected, after.held, move, settled) | {
            "packs_cash_fen": packs
        }
        await audit(conn, actor, "order.deliver", "order", number, None, result)
        return result

    params = (
        None
        if per_order
        else {"empties": empties, "cash": cash_collected_fen, "courier": courier_userid}
    )
    done = await run_in_transaction("order.deliver", key, work, subject=number, params=params)
    return Delivered(**done)


def _result(
    number: str,
    delivered: int,
    collected: int,
    held: int,
    move: deposits.BucketMove,
    settled: door_cash.Settled,
) -> dict[str, Any]:
    """What the delivery changed, as `Delivered` takes it."""
    return {
        "number": number,
        "buckets_delivered": delivered,
        "empties_collected": collected,
        "held_after": held,
        "deposit_charged_fen": move.deposit_delta_fen,
        "cash_due_fen": settled.due_fen,
        "cash_collected_fen": settled.collected_fen,
        "short_fen": settled.short_fen,
        "over_fen": settled.over_fen,
    }


async def _buckets_at_door(
    conn: Conn, order: Order, customer: Customer, empties: int | None, actor: str
) -> tuple[int, int, deposits.BucketMove, deposits.BucketState]:
    """Move the buckets delivered and the empties collected: (delivered, collected, move, after)."""
    lines = await OrderLine.filter(order_id=order.id).using_db(conn)
    delivered = sum(line.quantity for line in lines if line.is_bucket)
    account = await ledgers.bucket_account(conn, customer)
    # By default every held empty comes back, as the quote assumed; a first-time
    # customer has none to hand back, so the new buckets carry a deposit.
    collected = min(account.held, delivered) if empties is None else empties
    deposit_each = max((line.deposit_each_fen for line in lines if line.is_bucket), default=0)
    move = deposits.delivery_move(ledgers.bucket_state(account), delivered, collected, deposit_each)
    # The posting names where a door refund goes, as a return's does.
    refund_to = "balance" if order.payment_method == "balance" else "cash"
    posting = Posting(actor, "delivery", refund_to, order.number)
    return delivered, collected, move, await ledgers.move_buckets(conn, account, move, posting)


def bill_of(order: Order) -> door_cash.Bill:
    """The order's amounts as the door-cash rules take them."""
    return door_cash.Bill(
        payment_method=order.payment_method,
        goods_fen=order.goods_fen,
        fees_fen=order.delivery_fee_fen + order.floor_fee_fen,
        discount_fen=order.discount_fen,
        prepaid_fen=order.prepaid_fen,
        tickets_fen=order.tickets_fen,
    )
