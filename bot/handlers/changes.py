"""Changing an order already placed (time, address, quantity) and 催单, never a new order.

Read before `ordering`: with no draft open, a message phrased as a change (改 / 改成 / 换到 /
能不能…送) or a hurry-up, from a customer with open orders, is about those orders.
"""

from __future__ import annotations

import re
from datetime import datetime

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.order_steps import ORDER_FLOW, save_address
from bot.handlers.orders_info import status_text
from bot.handlers.refusals import contact
from bot.handlers.states import ChangeStates
from bot.presentation import window_text
from bot.router import Router
from domain.reads import queries
from domain.reads.order_outline import OrderOutline, order_outline
from domain.rules.customer_requests import ChangeKind, change_kind
from domain.rules.errors import NotFound
from domain.rules.order_numbers import pick_listed
from domain.rules.pricing import yuan
from domain.services import requests
from domain.services.order_changes import CHANGEABLE, Changed, OrderChange, change_order

router = Router("changes")

YES = ("1", "确认", "好", "好的", "是", "对", "可以", "嗯")
NO = ("0", "不改", "不改了", "不用", "不用了")


def _asks_change(turn: Turn) -> ChangeKind | None:
    if turn.state in ORDER_FLOW or not turn.text:
        return None  # an open draft takes its own changes (slot_filling)
    named = turn.parsed is not None and any(item.sku for item in turn.parsed.items)
    if named and not re.search("改|换", turn.text):
        return None  # 能不能明天送两桶怡宝: a product named without 改 is a new order
    return change_kind(turn.text)


@router.match(_asks_change)
async def change_or_hurry(turn: Turn, kind: ChangeKind) -> Reply | None:
    """A hurry-up for the open orders, or a change proposal for one of them."""
    orders = await queries.open_orders(turn.user.id)
    if not orders:
        return None  # nothing to change: read as usual (a new order, say)
    if kind is ChangeKind.HURRY:
        return await _hurry(turn, orders)
    wanted = _wanted(turn, kind)
    if wanted is None:
        turn.asked = True
        return Reply(texts.CHANGE_NEED[kind])
    if len(orders) > 1:
        listed = status_text(turn, orders, limit=len(orders)).splitlines()
        lines = "\n".join(f"{i}. {line}" for i, line in enumerate(listed, 1))
        turn.reset()
        turn.go(ChangeStates.WHICH, orders=[o.number for o in orders], kind=kind, **wanted)
        turn.asked = True
        return Reply(texts.CHANGE_WHICH.format(count=len(orders), orders=lines))
    return await _propose(turn, orders[0].number, kind, wanted)


def _wanted(turn: Turn, kind: ChangeKind) -> dict[str, object] | None:
    parsed = turn.parsed
    if parsed is None:
        return None
    if kind is ChangeKind.TIME and parsed.window:
        return {"window": [parsed.window[0].isoformat(), parsed.window[1].isoformat()]}
    if kind is ChangeKind.ADDRESS and parsed.address and not parsed.address.startswith("@"):
        return {"address": parsed.address}
    if kind is ChangeKind.QUANTITY and parsed.items and parsed.items[0].quantity:
        return {"quantity": parsed.items[0].quantity}
    return None


@router.state(ChangeStates.WHICH)
async def which(turn: Turn) -> Reply | None:
    """The number of the order to change, from the list."""
    picked = pick_listed(turn.text, [str(n) for n in turn.draft.get("orders", [])])
    if picked is None:
        return None
    wanted: dict[str, object] = {
        k: turn.draft[k] for k in ("window", "address", "quantity") if k in turn.draft
    }
    return await _propose(turn, picked, ChangeKind(turn.draft["kind"]), wanted)


async def _propose(turn: Turn, number: str, kind: ChangeKind, wanted: dict[str, object]) -> Reply:
    order = await _outline(turn, number)
    turn.reset()
    if order.state not in CHANGEABLE:  # the use case refuses too; say so before asking
        return Reply(texts.CHANGE_TOO_LATE.format(number=number, contact=await contact()))
    if kind is ChangeKind.QUANTITY and order.mixed:  # likewise
        return Reply(texts.CHANGE_MIXED_QUANTITY.format(number=number))
    turn.go(ChangeStates.CONFIRM, number=number, kind=kind, **wanted)
    turn.asked = True
    old, new = _values(turn, order, kind, wanted)
    what = texts.CHANGE_WHAT[kind]
    return Reply(texts.CHANGE_CONFIRM.format(number=number, what=what, old=old, new=new))


async def _outline(turn: Turn, number: str) -> OrderOutline:
    order = await order_outline(turn.user.id, number)
    if order is None:
        raise NotFound(f"order {number} gone", message=f"没有找到订单 {number}")
    return order


def _values(
    turn: Turn, order: OrderOutline, kind: ChangeKind, wanted: dict[str, object]
) -> tuple[str, str]:
    if kind is ChangeKind.TIME:
        start, end = (datetime.fromisoformat(str(t)) for t in wanted["window"])  # type: ignore[attr-defined]
        old = window_text(order.window_start, order.window_end, turn.now)
        return old, window_text(start, end, turn.now)
    if kind is ChangeKind.ADDRESS:
        return order.address, str(wanted["address"])
    new = int(str(wanted["quantity"]))
    return texts.CHANGE_QUANTITY.format(n=order.quantity), texts.CHANGE_QUANTITY.format(n=new)


@router.state(ChangeStates.CONFIRM)
async def confirm(turn: Turn) -> Reply | None:
    """1 applies the change shown; 0 keeps the order as it is."""
    text = turn.text.strip()
    if text in NO:
        turn.reset()
        return Reply(texts.CHANGE_KEPT)
    if text not in YES:
        return None
    draft, number = dict(turn.draft), str(turn.draft["number"])
    kind = ChangeKind(draft["kind"])
    turn.reset()
    if kind is ChangeKind.TIME:
        start, end = (datetime.fromisoformat(t) for t in draft["window"])
        change = OrderChange(number, turn.user.id, window=(start, end))
    elif kind is ChangeKind.ADDRESS:
        address_id = await save_address(turn, str(draft["address"]))
        change = OrderChange(number, turn.user.id, address_id=address_id)
    else:
        change = OrderChange(number, turn.user.id, quantity=int(draft["quantity"]))
    done = await change_order(change, turn.now)
    return Reply(_done_text(turn, done, kind))


def _done_text(turn: Turn, done: Changed, kind: ChangeKind) -> str:
    start, end = datetime.fromisoformat(done.window_start), datetime.fromisoformat(done.window_end)
    new = {
        ChangeKind.TIME: window_text(start, end, turn.now),
        ChangeKind.ADDRESS: done.address,
        ChangeKind.QUANTITY: texts.CHANGE_QUANTITY.format(n=done.quantity),
    }[kind]
    money = ""
    if done.balance_delta_fen > 0:
        money += texts.CHANGE_CHARGED.format(amount=yuan(done.balance_delta_fen))
    elif done.balance_delta_fen < 0:
        money += texts.CHANGE_REFUNDED.format(amount=yuan(-done.balance_delta_fen))
    if done.tickets_delta > 0:
        money += texts.CHANGE_TICKETS_TAKEN.format(n=done.tickets_delta)
    elif done.tickets_delta < 0:
        money += texts.CHANGE_TICKETS_BACK.format(n=-done.tickets_delta)
    what = texts.CHANGE_WHAT[kind]
    return texts.CHANGE_DONE.format(number=done.number, what=what, new=new, money=money)


async def _hurry(turn: Turn, orders: list[queries.OrderStatus]) -> Reply:
    who = turn.user.name or turn.user.phone or "客户"
    number = orders[0].number
    text = texts.HURRY_TO_DISPATCH.format(number=number, name=who)
    await requests.hurry(turn.user.id, number, turn.now, text)
    return Reply(status_text(turn, orders) + "\n" + texts.HURRY_LOGGED)
