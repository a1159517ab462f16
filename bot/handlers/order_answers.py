"""The order flow's side of slot filling: a message as the rule reads it, and what was noted."""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Turn
from bot.handlers.states import OrderStates
from bot.presentation import window_text
from bot.understanding.numbers import parse_number
from domain.infra import pay_port
from domain.reads import queries
from domain.rules.slot_filling import Decision, Said, SaidItem, Slot

UNIT_WORDS = re.compile(r"[桶个箱瓶件份只]|就行|吧|好的|要")
# What each state of the flow waits for.
SLOTS = {
    OrderStates.PRODUCT: Slot.PRODUCT,
    OrderStates.QUANTITY: Slot.QUANTITY,
    OrderStates.EDIT_QUANTITY: Slot.QUANTITY,
    OrderStates.ADDRESS: Slot.ADDRESS,
    OrderStates.EDIT_ADDRESS: Slot.ADDRESS,
    OrderStates.PAYMENT: Slot.PAYMENT,
    OrderStates.PHONE: Slot.PHONE,
    OrderStates.EDIT_TIME: Slot.TIME,
    OrderStates.CONFIRM: Slot.CONFIRM,
}


def slot_of(turn: Turn) -> Slot:
    """The slot the turn's state waits for."""
    return SLOTS[OrderStates(turn.state)]


def answer_number(text: str) -> int | None:
    """The whole message as an amount: 2, 两桶, 三个 … (0 and huge ones too, to be refused)."""
    value = parse_number(UNIT_WORDS.sub("", text).strip())
    return value if value is not None and 0 <= value < 100_000 else None


def said_of(turn: Turn) -> Said:
    """The message as the slot-filling rule reads it."""
    parsed = turn.parsed
    if parsed is None:
        return Said(turn.text, number=answer_number(turn.text))
    return Said(
        turn.text,
        intent=parsed.intent,
        items=tuple(SaidItem(i.sku, i.quantity, i.counted) for i in parsed.items),
        repeat=parsed.repeat,
        address=parsed.address,
        window=parsed.window,
        payment=parsed.payment,
        topic=parsed.topic,
        order_ref=parsed.order_ref,
        number=answer_number(turn.text),
    )


async def noted(turn: Turn, slot: Slot, decision: Decision) -> str:
    """好的,电话 138…: what a message gave besides the answer asked for, so it is not lost
    from sight (empty when it answered only the question)."""
    parts = []
    if decision.items is not None and not _answers_items(slot, decision):
        parts.append(await _items_text(decision))
    address = decision.address
    if address is not None and slot is not Slot.ADDRESS and not address.startswith("@"):
        parts.append(texts.NOTED_ADDRESS.format(address=address))  # 家 / 公司: asked or shown
    if decision.window is not None and slot is not Slot.TIME:
        parts.append(window_text(*decision.window, turn.now))
    if decision.payment is not None and slot is not Slot.PAYMENT:
        parts.append(texts.payment_name(decision.payment, pay_port.online()))
    if decision.phone is not None and slot is not Slot.PHONE:
        parts.append(texts.NOTED_PHONE.format(phone=decision.phone))
    return texts.NOTED.format(parts=",".join(parts)) if parts else ""


def _answers_items(slot: Slot, decision: Decision) -> bool:
    if slot is Slot.QUANTITY:
        return True
    named = decision.items is not None and all(sku for sku, _ in decision.items)
    return slot is Slot.PRODUCT and named


async def _items_text(decision: Decision) -> str:
    products = await queries.product_names()
    lines = []
    for sku, qty in decision.items or ():
        product = products.get(sku or "")
        unit = product.unit if product else "桶"
        if product is None:
            lines.append(texts.NOTED_AMOUNT.format(quantity=qty, unit=unit))
        elif qty is None:
            lines.append(product.name)
        else:
            lines.append(texts.NOTED_LINE.format(name=product.name, quantity=qty))
    return "、".join(lines)
