"""Moving an order through its life: cancel, assign, deliver, fail, reschedule."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.infra.ports import Conn
from domain.models import Courier, Customer, Order, OrderLine, OrderTicketUse, TicketWallet
from domain.rules import deposits, door_cash
from domain.rules.dispatch import REDISPATCH, RESCHEDULED
from domain.rules.errors import NotFound, PermissionDenied
from domain.rules.order_flow import OrderState, check_transition
from domain.rules.reminder_rules import DEFAULT_POLICY, ReminderPolicy
from domain.rules.station import bookable_window
from domain.services import campaign_orders, dispatch, ledgers, payment_refunds
from domain.services.ledgers import Posting
from domain.services.orders import _record_event
from domain.services.refill import on_delivery as update_refill
from domain.services.station import load_rules
from domain.services.support import audit, lock_customer, run_in_transaction


@dataclass(frozen=True)
class Moved:
    """An order's state after a move."""

    number: str
    state: str
    previous: str
    courier: str | None = None
    window_start: str | None = None
    window_end: str | None = None
    tickets_returned: int = 0
    refunded_fen: int = 0
    tickets_extended: int = 0  # of those returned, from lots expired meanwhile (a grace lot)
    extended_until: str | None = None


async def _locked_order(conn: Conn, number: str) -> tuple[Order, Customer]:
    # Lock the customer first, then the order, the same order every use case takes locks in.
    order = await Order.filter(number=number).using_db(conn).first()
    if order is None:
        raise NotFound(f"order {number} not found", message=f"没有找到订单 {number}")
    customer = await lock_customer(conn, order.customer_id)  # type: ignore[attr-defined]
    locked = await Order.filter(id=order.id).select_for_update().using_db(conn).first()
    if locked is None:
        raise NotFound(f"order {number} vanished", message=f"没有找到订单 {number}")
    return locked, customer


async def _move(
    conn: Conn, order: Order, target: OrderState, actor: str, reason: str, now: datetime
) -> str:
    previous = order.state
    order.state = check_transition(order.state, target)
    await _record_event(conn, order, previous, target, actor, reason, now)
    return previous


def _moved(order: Order, previous: str, now: datetime, **extra: Any) -> dict[str, Any]:
    # Times speak the caller's (the station's) time zone, whatever the database returned.
    tz = now.tzinfo
    return {
        "number": order.number,
        "state": order.state,
        "previous": previous,
        "window_start": order.window_start.astimezone(tz).isoformat(),
        "window_end": order.window_end.astimezone(tz).isoformat(),
        **extra,
    }


async def cancel_order(
    number: str,
    actor: str,
    now: datetime,
    reason: str = "",
    customer_id: UUID | str | None = None,
    key: str | None = None,
) -> Moved:
    """Cancel an open order; tickets go back to their lots and prepaid money to the balance."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, customer = await _locked_order(conn, number)
        if customer_id is not None and str(order.customer_id) != str(customer_id):  # type: ignore[attr-defined]
            raise NotFound(
                f"order {number} is not this customer's", message=f"没有找到订单 {number}"
            )
        previous = await _move(conn, order, OrderState.CANCELLED, actor, reason, now)
        posting = Posting(actor, "cancel", reason, order.number)
        # Paid online: the money goes back to WeChat (payment_refunds), not to the balance.
        online = await payment_refunds.on_cancel(conn, order, customer, reason, actor, now)
        refunded = 0 if online else order.prepaid_fen
        if refunded:  # the balance account before the wallets: the one lock order
            account = await ledgers.balance_account(conn, customer)
            await ledgers.move_balance(conn, account, refunded, posting)
            order.payment_status = "refunded"
        tickets = await _return_tickets(conn, order, now, posting)
        await campaign_orders.return_coupons(conn, order, actor)
        await order.save(using_db=conn)
        result = _moved(order, previous, now, refunded_fen=refunded, **tickets)
        await dispatch.after_cancel(conn, order, now)
        await audit(conn, actor, "order.cancel", "order", number, {"state": previous}, result)
        return result

    params = {"reason": reason, "customer": customer_id}
    done = await run_in_transaction("order.cancel", key, work, subject=number, params=params)
    return Moved(**done)


async def _return_tickets(
    conn: Conn, order: Order, now: datetime, posting: Posting
) -> dict[str, Any]:
    """The order's tickets back to their wallets, locked in sku order; what came back how."""
    uses = await OrderTicketUse.filter(order_id=order.id).using_db(conn).prefetch_related("lot")
    by_wallet: dict[int, list[tuple[Any, int]]] = {}
    for use in uses:
        by_wallet.setdefault(use.lot.wallet_id, []).append((use.lot, use.count))  # type: ignore[attr-defined]
    skus = dict(
        await TicketWallet.filter(id__in=list(by_wallet)).using_db(conn).values_list("id", "sku")
    )
    returned = extended = 0
    until: str | None = None
    for wallet_id in sorted(by_wallet, key=lambda wid: skus[wid]):
        wallet = await ledgers.wallet_by_id(conn, wallet_id)
        plan = await ledgers.return_tickets(conn, wallet, by_wallet[wallet_id], now, posting)
        returned, extended = returned + plan.total, extended + plan.extended
        if plan.extended_until is not None:
            until = plan.extended_until.astimezone(now.tzinfo).isoformat()
    return {"tickets_returned": returned, "tickets_extended": extended, "extended_until": until}


async def assign_order(number: str, courier_userid: str, actor: str, now: datetime) -> Moved:
    """Give an order awaiting dispatch (or reassign one) to a courier."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, _ = await _locked_order(conn, number)
        courier = (
            await Courier.filter(wecom_userid=courier_userid, active=True).using_db(conn).first()
        )
        if courier is None:
            raise NotFound(f"courier {courier_userid} unknown", message="没有这位送水员")
        previous = order.state
        if order.state == OrderState.ASSIGNED:
            await _move(conn, order, OrderState.AWAITING_DISPATCH, actor, "reassign", now)
        await _move(conn, order, OrderState.ASSIGNED, actor, courier.wecom_userid, now)
        order.courier = courier
        await order.save(using_db=conn)
        result = _moved(order, previous, now, courier=courier.wecom_userid)
        await dispatch.issue_card(conn, order, courier, now)
        await audit(conn, actor, "order.assign", "order", number, {"state": previous}, result)
        return result

    return Moved(**await run_in_transaction("order.assign", None, work))


async def _courier_guard(conn: Conn, order: Order, courier_userid: str | None) -> None:
    if courier_userid is None:
        return
    courier = await Courier.filter(wecom_userid=courier_userid).using_db(conn).first()
    if courier is None or order.courier_id != courier.id:  # type: ignore[attr-defined]
        raise PermissionDenied(
            f"order {order.number} is not {courier_userid}'s task", message="这不是您的任务"
        )


async def start_delivery(
    number: str, actor: str, now: datetime, courier_userid: str | None = None
) -> Moved:
    """The courier sets off with the order."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, _ = await _locked_order(conn, number)
        await _courier_guard(conn, order, courier_userid)
        previous = await _move(conn, order, OrderState.DELIVERING, actor, "", now)
        await order.save(using_db=conn)
        await audit(
            conn, actor, "order.start", "order", number, {"state": previous}, {"state": order.state}
        )
        return _moved(order, previous, now)

    return Moved(**await run_in_transaction("order.start", None, work))


async def fail_delivery(
    number: str,
    actor: str,
    now: datetime,
    reason: str,
    new_window: tuple[datetime, datetime] | None = None,
    courier_userid: str | None = None,
) -> Moved:
    """Nobody home or rescheduled: the order is failed, then waits for dispatch again, where
    it is not given back to the same courier for the same window."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, _ = await _locked_order(conn, number)
        await _courier_guard(conn, order, courier_userid)
        previous = await _move(conn, order, OrderState.FAILED, actor, reason, now)
        # The second event says whether the window moved: dispatch reads it (`turned_away`).
        back = REDISPATCH if new_window is None else RESCHEDULED
        await _move(conn, order, OrderState.AWAITING_DISPATCH, actor, back, now)
        if new_window is not None:
            slot = bookable_window(await load_rules(conn), now, new_window)
            order.window_start, order.window_end = slot.start, slot.end
        order.courier = None
        await order.save(using_db=conn)
        result = _moved(order, previous, now)
        await dispatch.after_failure(conn, order, new_window is not None, now)
        await audit(conn, actor, "order.fail", "order", number, {"state": previous}, result)
        return result

    return Moved(**await run_in_transaction("order.fail", None, work))


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
        order, customer = await _locked_order(conn, number)
        await _courier_guard(conn, order, courier_userid)
        await _move(conn, order, OrderState.DELIVERED, actor, "", now)
        delivered, collected, move, after = await _buckets_at_door(
            conn, order, customer, empties, actor
        )
        door = door_cash.at_the_door(bill_of(order), move.deposit_delta_fen)
        settled = door_cash.settle(door.cash_due_fen, cash_collected_fen)
        if door.balance_back_fen:
            balance = await ledgers.balance_account(conn, customer)
            back = Posting(actor, "deposit_back", "押金退回余额", number)
            await ledgers.move_balance(conn, balance, door.balance_back_fen, back)
        order.buckets_delivered, order.empties_collected = delivered, collected
        order.deposit_charged_fen = move.deposit_delta_fen
        order.cash_due_fen, order.cash_collected_fen = settled.due_fen, settled.collected_fen
        order.delivered_at, order.payment_status = now, settled.status
        await order.save(using_db=conn)
        await dispatch.after_delivery(conn, order, now)
        await update_refill(conn, customer, delivered, now, refill_policy)
        result = {
            "number": number,
            "buckets_delivered": delivered,
            "empties_collected": collected,
            "held_after": after.held,
            "deposit_charged_fen": move.deposit_delta_fen,
            "cash_due_fen": settled.due_fen,
            "cash_collected_fen": settled.collected_fen,
            "short_fen": settled.short_fen,
            "over_fen": settled.over_fen,
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
    )
