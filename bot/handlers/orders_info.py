"""Where is my order, hurry it, cancel it."""

from __future__ import annotations

import re
from datetime import datetime

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers import pack_cancel
from bot.handlers.order_steps import ORDER_FLOW
from bot.handlers.states import CancelStates
from bot.presentation import window_text
from bot.router import Router
from domain.infra import pay_port
from domain.reads import payments as payment_reads
from domain.reads import queries
from domain.reads.open_requests import PendingPack
from domain.reads.queries import OrderStatus
from domain.rules.customer_requests import is_pack_cancel
from domain.rules.errors import NotFound
from domain.rules.order_numbers import pick_listed
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
    """Cancel the order (or pack purchase) named, or the only open one; else ask which."""
    if turn.parsed is not None and turn.parsed.order_ref is not None:
        return await _cancel(turn, await _target(turn))
    packs = await pack_cancel.pending(turn)
    if is_pack_cancel(turn.text):
        return await _cancel_among(turn, [], packs, texts.PACK_CANCEL_NONE)
    orders = await queries.open_orders(turn.user.id)
    return await _cancel_among(turn, orders, packs, texts.NO_OPEN_ORDER)


async def _cancel_among(
    turn: Turn, orders: list[OrderStatus], packs: list[PendingPack], none: str
) -> Reply:
    """The only candidate is cancelled; several are listed to pick from."""
    if len(orders) + len(packs) > 1:
        return _ask_which(turn, orders, packs)
    if packs:
        return await pack_cancel.cancel(turn, packs[0].id)
    if not orders:  # a paid pack is undone by staff only: the refusal gives the phone
        raise NotFound(
            "nothing open to cancel", message=none, sends_away=none != texts.NO_OPEN_ORDER
        )
    return await _cancel(turn, orders[0])


def _ask_which(turn: Turn, orders: list[OrderStatus], packs: list[PendingPack]) -> Reply:
    lines = status_text(turn, orders, limit=len(orders)).splitlines() if orders else []
    lines += [pack_cancel.line(pack) for pack in packs]
    listed = "\n".join(
        texts.CANCEL_WHICH_LINE.format(index=i, line=line) for i, line in enumerate(lines, 1)
    )
    entries = [order.number for order in orders] + [pack_cancel.listed(p) for p in packs]
    turn.reset()  # the list replaces an order draft open (取消水票 said in it, several packs)
    turn.go(CancelStates.WHICH, orders=entries)
    turn.asked = True  # left open for one message only (follow_up closes it)
    which = texts.CANCEL_WHICH_ANY if packs else texts.CANCEL_WHICH
    return Reply(which.format(count=len(lines), orders=listed))


@router.state(CancelStates.WHICH)
async def cancel_which(turn: Turn) -> Reply | None:
    """The number of the order to cancel from the list (or its order number)."""
    picked = pick_listed(turn.text, [str(n) for n in turn.draft.get("orders", [])])
    if picked is None:
        return None  # something else: answered as usual, and the list is closed after it
    turn.reset()
    purchase = pack_cancel.picked_pack(picked)
    if purchase is not None:
        return await pack_cancel.cancel(turn, purchase)
    order = await queries.order_status(turn.user.id, picked)
    if order is None:
        raise NotFound(f"order {picked} gone", message=f"没有找到订单 {picked}")
    return await _cancel(turn, order)


async def _cancel(turn: Turn, order: OrderStatus) -> Reply:
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
    if turn.state not in ORDER_FLOW:  # an order draft open beside it stays open
        turn.reset()
    return Reply(texts.CANCELLED.format(number=order.number, refund=refund))


def status_text(turn: Turn, orders: list[OrderStatus], limit: int = 3) -> str:
    """One line per order (the first `limit`): state, window, courier."""
    lines = []
    for order in orders[:limit]:
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


async def _unpaid_links(orders: list[OrderStatus]) -> str:
    """The payment link again for orders still waiting to be paid online (a lost link)."""
    gateway = pay_port.gateway()
    if gateway is None:
        return ""
    lines = []
    for order in orders:
        payment = await payment_reads.for_order(order.number) if order.state == "pending" else None
        if payment is not None and payment.status == "unpaid":
            link = gateway.payment_link(payment.out_trade_no)
            lines.append(texts.STATUS_PAY_LINK.format(number=order.number, link=link))
    return "".join("\n" + line for line in lines)


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
    text = status_text(turn, orders) + await _unpaid_links(orders)
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
