"""Ordering water in chat: one question at a time, then a numbered confirmation."""

from __future__ import annotations

import re
from dataclasses import replace
from datetime import datetime

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.order_steps import (
    ORDER_FLOW,
    PAYMENT_CHOICES,
    apply_parsed,
    confirm_key,
    confirmation,
    new_draft,
    next_step,
    request_of,
    resolve_address,
    save_address,
)
from bot.handlers.states import OrderStates
from bot.presentation import money_text, window_text
from bot.router import Router
from bot.understanding.numbers import parse_number
from domain.reads import queries
from domain.services import customers
from domain.services.orders import place_order

router = Router("ordering")

UNIT_WORDS = re.compile(r"[桶个箱瓶件份只]|就行|吧|好的|要")
HAS_NUMBER = re.compile(r"\d|[一二两俩仨三四五六七八九十]")


def answer_number(text: str) -> int | None:
    """A bare quantity answer: 2, 两桶, 三个 …"""
    value = parse_number(UNIT_WORDS.sub("", text).strip())
    return value if value is not None and 0 < value < 1000 else None


@router.intent("order")
async def start_order(turn: Turn) -> Reply | None:
    """A new order, pre-filled with everything the message said."""
    if turn.state in ORDER_FLOW and turn.state != OrderStates.CONFIRM:
        return None  # an answer inside the flow; the state handlers take it
    assert turn.parsed is not None
    turn.start_order(new_draft())
    if turn.parsed.repeat:
        last = await queries.last_order(turn.user.id)
        if last is None:
            turn.go(OrderStates.PRODUCT)
            return Reply(texts.NO_LAST_ORDER)
        lines = await queries.order_lines(last)
        turn.order.items = [(ln.sku, ln.quantity) for ln in lines]
        address_id = last.address.get("id")
        turn.order.address_id = str(address_id) if address_id else None
        turn.order.payment = last.payment_method
    apply_parsed(turn.order, turn.parsed)
    await resolve_address(turn)
    return await next_step(turn)


@router.state(OrderStates.PRODUCT)
async def choose_product(turn: Turn) -> Reply | None:
    """Which water: the usual one (1) or a named product."""
    draft = turn.order
    items = draft.items or [(None, None)]
    if turn.text == "1" and draft.usual:
        items = [(draft.usual, items[0][1])]
    elif turn.parsed is not None and any(item.sku for item in turn.parsed.items):
        named = [item for item in turn.parsed.items if item.sku]
        explicit = HAS_NUMBER.search(turn.text) is not None
        items = [(item.sku, item.quantity if explicit else items[0][1]) for item in named]
    else:
        return None
    draft.items = items
    return await next_step(turn)


@router.state(OrderStates.QUANTITY, OrderStates.EDIT_QUANTITY)
async def choose_quantity(turn: Turn) -> Reply | None:
    """How many."""
    quantity = answer_number(turn.text)
    if quantity is None:
        return Reply(texts.BAD_NUMBER) if turn.text.isdigit() else None
    turn.order.items = [(sku, quantity) for sku, _ in turn.order.items]
    return await next_step(turn)


@router.state(OrderStates.ADDRESS, OrderStates.EDIT_ADDRESS)
async def choose_address(turn: Turn) -> Reply | None:
    """Where to: an address in words, 老地址, or a location (handled by the events router)."""
    said = turn.parsed.address if turn.parsed is not None else None
    if said is None and HAS_NUMBER.search(turn.text) and 4 <= len(turn.text) <= 60:
        said = re.sub(r"\s+", "", turn.text)  # a bare address the rules did not mark
    if said is None:
        return None
    turn.order.address_said, turn.order.address_id = said, None
    await resolve_address(turn)
    return await next_step(turn)


async def use_location(turn: Turn, text: str, lat: float, lon: float) -> Reply:
    """A location sent while the flow waits for an address."""
    turn.order.address_id = await save_address(turn, text, lat, lon)
    return await next_step(turn)


@router.state(OrderStates.PAYMENT)
async def choose_payment(turn: Turn) -> Reply | None:
    """How to pay."""
    method = turn.parsed.payment if turn.parsed is not None else None
    if turn.text.isdigit() and 1 <= int(turn.text) <= len(PAYMENT_CHOICES):
        method = PAYMENT_CHOICES[int(turn.text) - 1]
    if method is None:
        return None
    turn.order.payment = method
    return await next_step(turn)


@router.state(OrderStates.PHONE)
async def give_phone(turn: Turn) -> Reply | None:
    """A contact phone on the first order, validated and remembered."""
    if not HAS_NUMBER.search(turn.text):
        return None
    phone = await customers.set_phone(turn.user.id, turn.text, "customer")
    turn.customer = replace(turn.user, phone=phone)
    return await next_step(turn)


@router.state(OrderStates.EDIT_TIME)
async def change_time(turn: Turn) -> Reply | None:
    """A new delivery time."""
    if turn.parsed is None or turn.parsed.window is None:
        return None
    turn.order.window = turn.parsed.window
    return await confirmation(turn)


EDITS = {
    "2": (OrderStates.EDIT_QUANTITY, texts.ASK_EDIT_QUANTITY),
    "3": (OrderStates.EDIT_TIME, texts.ASK_NEW_TIME),
    "4": (OrderStates.EDIT_ADDRESS, texts.ASK_ADDRESS),
}


@router.state(OrderStates.CONFIRM)
async def confirm(turn: Turn) -> Reply | None:
    """1 places the order; 2/3/4 change it; other words that change the order are applied."""
    choice = turn.text
    if choice == "1":
        return await _place(turn)
    if choice == "0":
        turn.reset()
        return Reply(texts.FLOW_CANCELLED)
    if choice in EDITS:
        state, question = EDITS[choice]
        turn.go(state)
        return Reply(question)
    parsed = turn.parsed
    if parsed is None or not (parsed.items or parsed.window or parsed.payment or parsed.address):
        return None
    apply_parsed(turn.order, parsed)
    await resolve_address(turn)
    return await next_step(turn)


async def _place(turn: Turn) -> Reply:
    placed = await place_order(request_of(turn, key=confirm_key(turn)), turn.now)
    turn.reset()
    window = window_text(
        datetime.fromisoformat(placed.window_start),
        datetime.fromisoformat(placed.window_end),
        turn.now,
    )
    return Reply(
        texts.PLACED.format(
            number=placed.number,
            window=window,
            money=money_text(
                placed.money_due_fen, placed.deposit_fen, placed.floor_fee_fen, placed.discount_fen
            ),
        )
    )
