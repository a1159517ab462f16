"""Where is my order, hurry it, cancel it."""

from __future__ import annotations

import re
from datetime import datetime

from bot import texts
from bot.conversation import Reply, Turn
from bot.presentation import window_text
from bot.router import Router
from domain.reads import queries
from domain.reads.queries import OrderStatus
from domain.rules.errors import NotFound
from domain.rules.pricing import yuan
from domain.services import order_moves, requests

router = Router("orders_info")

HURRY = re.compile(r"催|怎么还没|还没到|还没送|快点|快一点|等了")
MY_ORDERS = ("我的订单", "订单", "查订单", "订单状态")


async def _target(turn: Turn) -> OrderStatus:
    ref = turn.parsed.order_ref if turn.parsed else None
    if ref:
        order = await queries.order_status(turn.user.id, ref)
        if order is None:
            raise NotFound(f"order {ref} not this customer's", message=f"没有找到订单 {ref}")
        return order
    orders = await queries.open_orders(turn.user.id)
    if not orders:
        raise NotFound("no open order", message=texts.NO_OPEN_ORDER)
    return orders[0]


@router.intent("cancel")
async def cancel(turn: Turn) -> Reply:
    """Cancel the latest open order, or the one named."""
    order = await _target(turn)
    moved = await order_moves.cancel_order(
        order.number, "customer", turn.now, customer_id=turn.user.id
    )
    refund = ""
    if moved.tickets_returned:
        refund += texts.REFUND_TICKETS.format(n=moved.tickets_returned)
    if moved.tickets_extended and moved.extended_until:
        until = datetime.fromisoformat(moved.extended_until).astimezone(turn.now.tzinfo)
        refund += texts.REFUND_TICKETS_EXTENDED.format(
            n=moved.tickets_extended, date=f"{until:%m月%d日}"
        )
    if moved.refunded_fen:
        refund += texts.REFUND_BALANCE.format(amount=yuan(moved.refunded_fen))
    turn.reset()
    return Reply(texts.CANCELLED.format(number=order.number, refund=refund))


def status_text(turn: Turn, orders: list[OrderStatus]) -> str:
    """One line per order: state, window, courier."""
    lines = []
    for order in orders[:3]:
        courier = order.courier
        lines.append(
            texts.STATUS_LINE.format(
                number=order.number,
                state=texts.STATE_NAMES.get(order.state, order.state),
                window=window_text(order.window_start, order.window_end, turn.now),
                courier=texts.STATUS_COURIER.format(name=courier.name, phone=courier.phone)
                if courier
                else "",
            )
        )
    return "\n".join(lines)


@router.on(lambda turn: turn.text in MY_ORDERS)
@router.intent("order_status")
async def status(turn: Turn) -> Reply:
    """State, courier and window; a hurry-up is passed to the dispatcher."""
    if turn.parsed is not None and turn.parsed.order_ref:
        orders = [await _target(turn)]
    else:
        orders = await queries.open_orders(turn.user.id)
    if not orders:
        return Reply(texts.NO_OPEN_ORDER)
    text = status_text(turn, orders)
    if HURRY.search(turn.text):
        who = turn.user.name or turn.user.phone or "客户"
        await requests.hurry(
            turn.user.id,
            orders[0].number,
            turn.now,
            texts.HURRY_TO_DISPATCH.format(number=orders[0].number, name=who),
        )
        text += "\n" + texts.HURRY_LOGGED
    return Reply(text)
