"""While an order draft waits for an answer: which slot a message fills, and whether it fits.

A customer asked one thing may answer it, answer another slot (a phone at the payment question),
change their mind (换成怡宝), start over with a whole new order sentence, give up, or ask
something else. `decide` says which, from plain values: the slot asked for, what the message
said (`Said`: the bot's reading of it, as plain values) and the draft so far. The bot applies
the decision; nothing here reads or writes. What single words mean (a phone, a place, a
payment, a yes) is `slot_words`; how the products and amounts change is `draft_items`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from domain.rules.customer_requests import is_pack_cancel
from domain.rules.draft_items import MAX_QUANTITY, SWITCH, merge_items, with_quantity
from domain.rules.order_draft import Item, OrderDraft
from domain.rules.slot_words import compact, confirm_words, find_phone, payment_word, place_like


class Slot(StrEnum):
    """What the order flow is waiting for."""

    PRODUCT = "product"
    QUANTITY = "quantity"
    ADDRESS = "address"
    PAYMENT = "payment"
    PHONE = "phone"
    TIME = "time"
    CONFIRM = "confirm"


class Move(StrEnum):
    """What to do with the message."""

    FILL = "fill"  # put the decision's values into the draft and go on
    CHOOSE = "choose"  # a numbered choice of the pending question (`choice`)
    RESTART = "restart"  # a whole new order sentence: a new draft from it, said so
    REPEAT = "repeat"  # 老样子: a new draft from the last order
    DROP = "drop"  # the customer gives up on this draft
    PASS = "pass"  # a question or another request: answered elsewhere, then asked again
    REJECT = "reject"  # meant for the pending question but does not fit it (12345 as a phone)


PAYMENT_CHOICES = ("cash", "wechat_pay", "balance")  # the numbered payment question, in order


@dataclass(frozen=True)
class SaidItem:
    """One product line of the message; `counted` False when no amount was written (怡宝)."""

    sku: str | None
    quantity: int
    counted: bool = True


@dataclass(frozen=True)
class Said:
    """What one message said, as the bot's understanding read it."""

    text: str
    intent: str = "unknown"
    items: tuple[SaidItem, ...] = ()
    repeat: bool = False
    address: str | None = None  # address words in the shape of one, or @default / @家 / @公司
    window: tuple[datetime, datetime] | None = None
    payment: str | None = None
    topic: str | None = None
    order_ref: str | None = None
    number: int | None = None  # the whole message read as an amount: 2, 两桶, 三个


@dataclass(frozen=True)
class Decision:
    """The move, and the values a FILL or RESTART puts into the draft (None: not said)."""

    move: Move
    items: tuple[Item, ...] | None = None
    address: str | None = None
    window: tuple[datetime, datetime] | None = None
    payment: str | None = None
    phone: str | None = None
    choice: int | None = None

    @property
    def fills(self) -> bool:
        """Whether it carries any value for the draft."""
        return any(
            value is not None
            for value in (self.items, self.address, self.window, self.payment, self.phone)
        )


# Intents under which a message may still be about the draft; any other is a question or
# another request (水票还有几张, 投诉), answered by whoever answers it.
_ABOUT_DRAFT = frozenset({"order", "unknown", "cancel"})
_DIGITS = re.compile(r"\d+")
_GIVE_UP = frozenset({"取消", "算了", "不要了", "退出", "不买了", "不订了"})
# Words that make a message a new order rather than an answer (送三桶景田到…).
_ORDER_VERB = re.compile(r"送|来|要|订|买|拿|下单")


def decide(slot: Slot, said: Said, draft: OrderDraft) -> Decision:
    """What the message does to the draft while the flow waits for `slot`."""
    text = compact(said.text)
    direct = _direct(slot, said, text, draft)
    if direct is not None:
        return direct
    gives_up = said.intent == "cancel" or text in _GIVE_UP
    switching = bool(said.items) and SWITCH.search(text) is not None
    if gives_up and not switching:
        # A placed order named by number, or a pack bought in chat (取消水票), is cancelled
        # where orders and packs are; the draft stays.
        about_other = said.order_ref is not None or is_pack_cancel(said.text)
        return Decision(Move.PASS if about_other else Move.DROP)
    if said.repeat:
        return Decision(Move.REPEAT)
    if said.intent not in _ABOUT_DRAFT or said.topic is not None:
        return Decision(Move.PASS)
    values = _values(slot, said, text)
    if _is_new_order(said, text, draft):
        items = tuple((item.sku, item.quantity) for item in said.items)
        return replace(values, move=Move.RESTART, items=items)
    filled = replace(values, items=merge_items(draft.items, said.items, text))
    if filled.fills or said.intent == "order":
        return filled  # 送水 / 下单 with nothing new: go on, the question comes again
    return _misfit(slot, text)


def _direct(slot: Slot, said: Said, text: str, draft: OrderDraft) -> Decision | None:
    """An answer in the pending question's own terms: its numbers, its words."""
    if slot is Slot.PHONE and _DIGITS.fullmatch(text):
        phone = find_phone(text)
        return Decision(Move.FILL, phone=phone) if phone else Decision(Move.REJECT)
    if slot is Slot.QUANTITY and said.number is not None and not said.items:
        if not 0 < said.number <= MAX_QUANTITY:
            return Decision(Move.REJECT)
        return Decision(Move.FILL, items=with_quantity(draft.items, said.number))
    if slot is Slot.PAYMENT and (payment := payment_word(text)):
        return Decision(Move.FILL, payment=payment)
    if slot is Slot.CONFIRM:
        choice = confirm_words(text)
        if choice is not None:
            return Decision(Move.CHOOSE, choice=choice)
    if not (text.isdigit() and len(text) <= 3):
        return None
    return _numbered(slot, int(text))


def _numbered(slot: Slot, number: int) -> Decision:
    """A bare number: a choice from the numbered question, or a number where none fits."""
    if slot is Slot.PRODUCT and number >= 1:
        return Decision(Move.CHOOSE, choice=number)
    if slot is Slot.PAYMENT and 1 <= number <= len(PAYMENT_CHOICES):
        return Decision(Move.FILL, payment=PAYMENT_CHOICES[number - 1])
    if slot is Slot.CONFIRM and number <= 4:
        return Decision(Move.CHOOSE, choice=number)
    return Decision(Move.REJECT)


def _values(slot: Slot, said: Said, text: str) -> Decision:
    """The slots a message gives besides its items, whichever slot was asked for."""
    address = said.address
    if address is None and slot is Slot.ADDRESS and not said.items and place_like(text):
        address = text  # 创业大厦 / 翠湖小区: a place named without a number
    return Decision(
        Move.FILL,
        address=address,
        window=said.window,
        payment=said.payment,
        phone=find_phone(text),
    )


def _is_new_order(said: Said, text: str, draft: OrderDraft) -> bool:
    """送三桶景田到创业大厦A座1608 while another product is drafted: a new order, not an edit."""
    named = any(item.sku is not None for item in said.items)
    if not named or said.intent != "order" or SWITCH.search(text):
        return False
    if not any(sku is not None for sku, _ in draft.items):
        return False  # nothing chosen yet: the products answer the draft
    counted = all(item.counted for item in said.items)
    return counted and (
        _ORDER_VERB.search(text) is not None or said.address is not None or said.window is not None
    )


def _misfit(slot: Slot, text: str) -> Decision:
    """Nothing for the draft: digits meant for the question are refused, the rest passes on."""
    if _DIGITS.fullmatch(text) and slot in (Slot.ADDRESS, Slot.QUANTITY, Slot.TIME, Slot.PHONE):
        return Decision(Move.REJECT)
    return Decision(Move.PASS)
