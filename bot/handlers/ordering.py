"""Ordering water in chat: one question at a time, then a numbered confirmation.

While the flow waits for an answer, every message goes through one handler, `answer`: the pure
rule `domain.rules.slot_filling.decide` says what the message does (fills a slot, changes the
product, starts over, gives up, or is a question for someone else), and this module does it.
A question answered elsewhere gets the flow's own question asked again (`ask_again`).
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace
from datetime import datetime

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.order_answers import noted, said_of, slot_of
from bot.handlers.order_steps import (
    ORDER_FLOW,
    apply_parsed,
    ask,
    confirm_key,
    confirmation,
    new_draft,
    next_step,
    product_choice,
    request_of,
    resolve_address,
    save_address,
)
from bot.handlers.states import OrderStates
from bot.presentation import money_text, window_text
from bot.router import Router
from domain.infra import pay_port
from domain.reads import queries
from domain.rules.draft_items import with_usual
from domain.rules.errors import InsufficientBalance, InsufficientTickets, TicketsChanged
from domain.rules.order_draft import OrderDraft
from domain.rules.pricing import yuan
from domain.rules.slot_filling import Decision, Move, Slot, decide
from domain.rules.slot_words import keeps_tickets
from domain.services import customers
from domain.services.orders import place_order

log = logging.getLogger(__name__)
router = Router("ordering")

# The questions of the confirmation's edits (2 / 3 / 4), asked again as they were.
EDITS = {
    2: (OrderStates.EDIT_QUANTITY, texts.ASK_EDIT_QUANTITY),
    3: (OrderStates.EDIT_TIME, texts.ASK_NEW_TIME),
    4: (OrderStates.EDIT_ADDRESS, texts.ASK_ADDRESS),
}
REJECTED = {
    Slot.PRODUCT: texts.NOT_A_CHOICE,
    Slot.ADDRESS: texts.NOT_AN_ADDRESS,
    Slot.TIME: texts.NOT_A_TIME,
    Slot.PAYMENT: texts.NOT_A_PAYMENT,
}


@router.intent("order")
async def start_order(turn: Turn) -> Reply | None:
    """A new order, pre-filled with everything the message said."""
    if turn.state in ORDER_FLOW:
        return None  # a draft is open: `answer` decides what the message does to it
    return await _begin(turn)


async def _begin(turn: Turn) -> Reply:
    """A new draft from this message (老样子: from the last order)."""
    assert turn.parsed is not None
    turn.start_order(new_draft())
    prefix = ""
    if turn.parsed.repeat:
        last = await queries.last_order(turn.user.id)
        if last is None:
            prefix = texts.NO_LAST_ORDER
        else:
            lines = await queries.order_lines(last)
            turn.order.items = [(ln.sku, ln.quantity) for ln in lines]
            address_id = last.address.get("id")
            turn.order.address_id = str(address_id) if address_id else None
            turn.order.payment = last.payment_method
            # A mixed order is repeated mixed: tickets for what they cover, the rest the same way.
            turn.order.tickets = last.payment_method != "ticket" and last.tickets_used > 0
    apply_parsed(turn.order, turn.parsed)
    _keep_tickets(turn)
    if any(sku is None for sku, _ in turn.order.items):
        usual = await queries.usual_sku(turn.user.id)
        turn.order.items = with_usual(turn.order.items, usual, turn.text)
    await resolve_address(turn)
    return _after(prefix, await next_step(turn))


def _after(prefix: str, reply: Reply) -> Reply:
    return Reply(f"{prefix}\n{reply.text}" if prefix else reply.text)


@router.state(*OrderStates)
async def answer(turn: Turn) -> Reply | None:
    """Whatever is said while the draft waits for an answer (see `slot_filling.decide`)."""
    # Decided on a copy: a message passed on leaves the saved draft to whoever answers it.
    draft = OrderDraft.from_json(turn.saved_draft())
    decision = decide(slot_of(turn), said_of(turn), draft)
    uses_tickets = draft.tickets or draft.payment == "ticket"
    declined = uses_tickets and keeps_tickets(turn.text) and _keep_tickets(turn)
    if declined and decision.payment is None:  # 不用水票 alone: priced again, or asked how to pay
        return await next_step(turn)
    return await MOVES[decision.move](turn, decision)


def _keep_tickets(turn: Turn) -> bool:
    """不用水票 / 水票留着: the draft is paid in money only; True when that changed it."""
    draft = turn.order
    if not keeps_tickets(turn.text) or draft.keep_tickets:
        return False
    draft.keep_tickets, draft.tickets = True, False
    if draft.payment == "ticket":
        draft.payment = None
    return True


async def _fill(turn: Turn, decision: Decision) -> Reply:
    slot = slot_of(turn)
    await _apply(turn, decision)
    return await _go_on(turn, slot, decision)


async def _go_on(turn: Turn, slot: Slot, decision: Decision) -> Reply:
    """The next question, after a word on what was taken besides the answer asked for."""
    reply = await next_step(turn)
    if turn.state == OrderStates.CONFIRM:
        return reply  # the confirmation shows everything anyway
    return _after(await noted(turn, slot, decision), reply)


async def _apply(turn: Turn, decision: Decision) -> None:
    """Put the decision's values into the draft (a phone is remembered for the customer)."""
    draft = turn.order
    if decision.items is not None:
        draft.items = list(decision.items)
    if decision.window is not None:
        draft.window = decision.window
    if decision.payment is not None:
        draft.payment = decision.payment
    if decision.phone is not None:
        phone = await customers.set_phone(turn.user.id, decision.phone, "customer")
        turn.customer = replace(turn.user, phone=phone)
    if decision.address is not None:
        draft.address_said, draft.address_id = decision.address, None
        await resolve_address(turn)


async def _choose(turn: Turn, decision: Decision) -> Reply | None:
    choice = decision.choice or 0
    if turn.state != OrderStates.CONFIRM:
        sku = await product_choice(turn, choice)
        if sku is None:
            return await _reject(turn, decision)
        quantity = turn.order.items[0][1] if len(turn.order.items) == 1 else None
        turn.order.items = [(sku, quantity)]
        return await next_step(turn)
    if choice == 1 and turn.order.reconfirm:  # a handoff came between: shown again first
        again = await confirmation(turn)
        return replace(again, text=f"{texts.RECONFIRM}\n{again.text}")
    if choice == 1:
        return await _place(turn)
    if choice == 0:
        return await _drop(turn, decision)
    state, question = EDITS[choice]
    return ask(turn, state, question)


async def _restart(turn: Turn, decision: Decision) -> Reply:
    turn.start_order(new_draft())
    await _apply(turn, decision)
    return _after(texts.DRAFT_RESTARTED, await next_step(turn))


async def _repeat(turn: Turn, decision: Decision) -> Reply:
    had_items = any(sku is not None for sku, _ in turn.order.items)
    reply = await _begin(turn)
    return _after(texts.DRAFT_RESTARTED, reply) if had_items else reply


async def _drop(turn: Turn, decision: Decision) -> Reply:
    """The draft goes; orders already placed stay, and the reply says which they are."""
    turn.reset()
    placed = await queries.open_orders(turn.user.id)
    if not placed:
        return Reply(texts.FLOW_CANCELLED)
    numbers = "、".join(order.number for order in placed)
    return Reply(f"{texts.FLOW_CANCELLED}\n{texts.DRAFT_OPEN_ORDERS.format(numbers=numbers)}")


async def _pass(turn: Turn, decision: Decision) -> None:
    return None  # a question or another request: the routers after this one answer it


async def _reject(turn: Turn, decision: Decision) -> Reply:
    slot = slot_of(turn)
    if slot is Slot.PHONE:
        return _asked(turn, texts.BAD_PHONE)
    if slot is Slot.QUANTITY:
        return _asked(turn, texts.BAD_NUMBER)
    if slot is Slot.CONFIRM:
        return _asked(turn, texts.REASK_CONFIRM)
    return _after(REJECTED[slot], await pending_question(turn))


def _asked(turn: Turn, text: str) -> Reply:
    turn.asked = True
    return Reply(text)


MOVES: dict[Move, Callable[[Turn, Decision], Awaitable[Reply | None]]] = {
    Move.FILL: _fill,
    Move.CHOOSE: _choose,
    Move.RESTART: _restart,
    Move.REPEAT: _repeat,
    Move.DROP: _drop,
    Move.PASS: _pass,
    Move.REJECT: _reject,
}


async def pending_question(turn: Turn) -> Reply:
    """The question the flow waits on, asked again."""
    state = turn.state
    for edit_state, question in EDITS.values():
        if state == edit_state:
            return ask(turn, edit_state, question)
    if state == OrderStates.CONFIRM:
        return ask(turn, OrderStates.CONFIRM, texts.REASK_CONFIRM)
    return await next_step(turn)


async def ask_again(turn: Turn, reply: Reply | None) -> Reply | None:
    """After an answer given outside the order flow while it waits, its question again."""
    if turn.state not in ORDER_FLOW or turn.asked or reply is None or reply.is_silent:
        return reply
    question = await pending_question(turn)
    text = texts.REASK.format(answer=reply.text, question=question.text)
    return Reply(text, reply.image_media_id, reply.card_button)


async def use_location(turn: Turn, text: str, lat: float, lon: float) -> Reply:
    """A location sent while a draft is open, whatever it waits for: its address."""
    slot = slot_of(turn)
    turn.order.address_id = await save_address(turn, text, lat, lon)
    return await _go_on(turn, slot, Decision(Move.FILL, address=text))


async def _balance_short(turn: Turn) -> Reply:
    """The balance no longer covers the order: say what it holds, ask how else to pay."""
    held = (await queries.account_summary(turn.user.id, turn.now)).balance_fen
    turn.order.payment = None
    again = await next_step(turn)
    return replace(again, text=f"{texts.BALANCE_SHORT.format(held=yuan(held))}\n{again.text}")


async def _place(turn: Turn) -> Reply:
    try:
        placed = await place_order(request_of(turn, key=confirm_key(turn)), turn.now)
    except (TicketsChanged, InsufficientTickets) as exc:
        # Tickets expired or were spent since the confirmation: show the new sums, ask again.
        log.info("order draft %s confirmed on stale tickets: %s", turn.order.id, exc.detail)
        again = await confirmation(turn)
        return replace(again, text=f"{texts.TICKETS_CHANGED}\n{again.text}")
    except InsufficientBalance:
        return await _balance_short(turn)
    turn.reset()
    window = window_text(
        datetime.fromisoformat(placed.window_start),
        datetime.fromisoformat(placed.window_end),
        turn.now,
    )
    money = money_text(
        placed.money_due_fen, placed.deposit_fen, placed.floor_fee_fen, placed.discount_fen
    )
    gateway = pay_port.gateway()
    if placed.out_trade_no and gateway is not None:  # paid online: the link to the payment page
        link, minutes = gateway.payment_link(placed.out_trade_no), gateway.close_after_minutes
        return Reply(
            texts.PLACED_PAY_ONLINE.format(
                number=placed.number, window=window, money=money, minutes=minutes, link=link
            )
        )
    return Reply(texts.PLACED.format(number=placed.number, window=window, money=money))
