"""Changing an open order: its time, its address or its quantity, re-priced through the ledgers."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.infra.ports import CHANGED, Conn, notifier
from domain.models import Courier, Customer, Order, OrderLine, OrderTicketUse
from domain.rules import pricing
from domain.rules.errors import Conflict, InvalidInput, NotFound
from domain.rules.order_flow import OrderState
from domain.rules.station import check_area, schedule_window
from domain.services import dispatch, ledgers, payment_refunds, task_cards
from domain.services.ledgers import Posting
from domain.services.order_preparation import address_snapshot, expected_deposit, find_address
from domain.services.order_transitions import locked_order, record_event
from domain.services.station import load_rules
from domain.services.support import audit, run_in_transaction

# Until the courier sets off; after that the courier is on the road with what was asked.
CHANGEABLE = (OrderState.PENDING, OrderState.AWAITING_DISPATCH, OrderState.ASSIGNED)


@dataclass(frozen=True)
class OrderChange:
    """What the customer asks to change (None: unchanged)."""

    number: str
    customer_id: UUID | str
    window: tuple[datetime, datetime] | None = None
    address_id: UUID | str | None = None
    quantity: int | None = None
    actor: str = "customer"


@dataclass(frozen=True)
class Changed:
    """The order after the change, and what moved in the ledgers."""

    number: str
    state: str
    window_start: str
    window_end: str
    window_moved: bool
    address: str
    quantity: int
    money_due_fen: int
    balance_delta_fen: int  # stored value taken (+) or given back (-)
    tickets_delta: int  # tickets taken (+) or given back (-)


async def change_order(change: OrderChange, now: datetime, key: str | None = None) -> Changed:
    """Apply a change to an open order in one transaction; refused once it is on its way."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, customer = await locked_order(conn, change.number)
        if str(order.customer_id) != str(change.customer_id):  # type: ignore[attr-defined]
            raise NotFound(
                f"order {change.number} not this customer's",
                message=f"没有找到订单 {change.number}",
            )
        if order.state not in CHANGEABLE:
            raise Conflict(
                f"order {order.number} is {order.state}",
                message=f"订单 {order.number} 已经在路上或已结束,不能再修改了",
                sends_away=True,
            )
        before = _snapshot(order)
        rules = await load_rules(conn)
        moved = False
        if change.window is not None:
            slot = schedule_window(rules, max(change.window[0], now), change.window[1], now)
            order.window_start, order.window_end, moved = slot.start, slot.end, slot.moved
        if change.address_id is not None:
            address = await find_address(conn, customer, change.address_id)
            check_area(rules, address.text, address.latitude, address.longitude)
            order.address = address_snapshot(address)
        money = {"balance_delta_fen": 0, "tickets_delta": 0}
        if change.quantity is not None or change.address_id is not None:
            money = await _reprice(conn, order, customer, change, rules, now)
        await order.save(using_db=conn)
        await record_event(conn, order, order.state, order.state, change.actor, "changed", now)
        await _tell_courier(conn, order, now)
        quantities = (
            await OrderLine.filter(order_id=order.id)
            .using_db(conn)
            .values_list("quantity", flat=True)
        )
        result = _changed(order, moved, money, now, quantity=sum(quantities))  # type: ignore[arg-type]
        await audit(conn, change.actor, "order.change", "order", order.number, before, result)
        return result

    params = {"window": change.window, "address": change.address_id, "quantity": change.quantity}
    done = await run_in_transaction("order.change", key, work, subject=change.number, params=params)
    return Changed(**done)


def _snapshot(order: Order) -> dict[str, Any]:
    return {
        "window_start": order.window_start,
        "window_end": order.window_end,
        "address": order.address.get("text"),
        "goods_fen": order.goods_fen,
        "prepaid_fen": order.prepaid_fen,
        "tickets_used": order.tickets_used,
    }


async def _reprice(
    conn: Conn, order: Order, customer: Customer, change: OrderChange, rules: Any, now: datetime
) -> dict[str, int]:
    """Price the order again; tickets and stored value move by the difference only."""
    online = await payment_refunds.locked_payment(conn, order)  # before the accounts
    lines = await OrderLine.filter(order_id=order.id).using_db(conn).order_by("id")
    mixed = order.payment_method != "ticket" and order.tickets_used > 0
    if change.quantity is not None:
        _check_quantity_change(order, lines, mixed)
        lines[0].quantity = change.quantity
        await lines[0].save(using_db=conn, update_fields=["quantity"])
    priced = [
        pricing.PricedLine(
            ln.sku, ln.name, ln.quantity, ln.unit_price_fen, ln.deposit_each_fen, ln.is_bucket
        )
        for ln in lines
    ]
    quote = await _quote(conn, order, customer, priced, rules, mixed)
    due = quote.money_due_fen(order.payment_method)
    # Paid online: a lowering goes back to WeChat Pay (a partial refund), a raise is refused.
    order.prepaid_fen -= await payment_refunds.on_edit(
        conn, online, order, customer, due, change.actor, now
    )
    posting = Posting(change.actor, "order_change", order_number=order.number)
    tickets = await _move_tickets(conn, order, customer, priced, quote, now, posting)
    balance = 0
    if order.payment_method == "balance":
        balance = quote.money_due_fen("balance") - order.prepaid_fen
        account = await ledgers.balance_account(conn, customer)
        await ledgers.move_balance(conn, account, -balance, posting)
        order.prepaid_fen += balance
    order.goods_fen, order.delivery_fee_fen = quote.goods_fen, quote.delivery_fee_fen
    order.floor_fee_fen, order.deposit_fen = quote.floor_fee_fen, quote.deposit_fen
    order.tickets_used, order.discount_fen = quote.tickets_needed, quote.discount_fen
    order.payment_status = "paid" if due == order.prepaid_fen else "unpaid"
    return {"balance_delta_fen": balance, "tickets_delta": tickets}


async def _quote(
    conn: Conn,
    order: Order,
    customer: Customer,
    priced: list[pricing.PricedLine],
    rules: Any,
    mixed: bool,
) -> pricing.Quote:
    """The order priced again, its coupon's discount kept (never above goods and fees)."""
    deposit = await expected_deposit(conn, customer, priced, lock=True)
    floor, lift = order.address.get("floor"), bool(order.address.get("has_lift"))
    # A mixed order keeps the tickets it took: only the fees and the deposit are priced again.
    kept = (order.tickets_used, order.tickets_fen) if mixed else (0, 0)
    quote = pricing.quote(rules, priced, order.payment_method, floor, lift, deposit, kept)  # type: ignore[arg-type]
    gross = quote.goods_fen + quote.delivery_fee_fen + quote.floor_fee_fen
    return replace(quote, discount_fen=min(order.discount_fen, gross))


def _check_quantity_change(order: Order, lines: list[OrderLine], mixed: bool) -> None:
    """Only a one-line order not paid partly with tickets changes its quantity in chat."""
    if mixed:  # which buckets tickets pay would have to be split again
        raise InvalidInput(
            f"order {order.number} is paid partly with tickets",
            message="这张订单用水票和其他方式一起付款,改数量请取消后重新下单。",
        )
    if len(lines) != 1 or lines[0].unit_price_fen == 0:
        raise InvalidInput(
            f"order {order.number} has {len(lines)} lines",
            message="这张订单有多种水或赠品,改数量请取消后重新下单。",
        )


async def _move_tickets(
    conn: Conn,
    order: Order,
    customer: Customer,
    priced: list[pricing.PricedLine],
    quote: pricing.Quote,
    now: datetime,
    posting: Posting,
) -> int:
    if order.payment_method != "ticket":
        return 0
    delta = quote.tickets_needed - order.tickets_used
    wallet = await ledgers.wallet(conn, customer, priced[0].sku)
    if delta > 0:
        for lot, n in await ledgers.take_tickets(conn, wallet, delta, now, posting):
            await OrderTicketUse.create(order=order, lot=lot, count=n, using_db=conn)
    elif delta < 0:
        back, left = [], -delta
        uses = await OrderTicketUse.filter(order_id=order.id).using_db(conn).order_by("-id")
        for use in uses:  # the latest taken go back first
            n = min(use.count, left)
            if n == 0:
                break
            back.append((await use.lot.using_db(conn), n))  # type: ignore[attr-defined]
            use.count -= n
            left -= n
            await (use.delete(using_db=conn) if use.count == 0 else use.save(using_db=conn))
        await ledgers.return_tickets(conn, wallet, back, now, posting)
    return delta


async def _tell_courier(conn: Conn, order: Order, now: datetime) -> None:
    """An assigned courier gets a word and a new card; the old card stops working."""
    if order.state != OrderState.ASSIGNED or order.courier_id is None:  # type: ignore[attr-defined]
        return
    courier = await Courier.get(id=order.courier_id).using_db(conn)  # type: ignore[attr-defined]
    await notifier().task_changed(conn, courier.wecom_userid, order.number, CHANGED, now)
    await dispatch.issue_card(conn, order, courier, now)


def _changed(
    order: Order, moved: bool, money: dict[str, int], now: datetime, quantity: int
) -> dict[str, Any]:
    tz = now.tzinfo
    return {
        "number": order.number,
        "state": order.state,
        "window_start": order.window_start.astimezone(tz).isoformat(),
        "window_end": order.window_end.astimezone(tz).isoformat(),
        "window_moved": moved,
        "address": str(order.address.get("text") or ""),
        "quantity": quantity,
        "money_due_fen": task_cards.money_due_fen(order),
        **money,
    }
