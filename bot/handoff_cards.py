"""The card staff get in WeCom when a customer asks for a person: who, their orders, and
two buttons, 回复 (the next text goes to the customer) and 结束 (back to the bot).

Each button's key is a packed `HandoffButton` (bot/buttons.py); the taps are answered by
`bot/handlers/handoff_staff.py`. The typed command (回复 N 内容 / 结束 N) works as well.
"""

from __future__ import annotations

import secrets
from typing import Any

from bot import texts
from bot.buttons import HandoffAction, HandoffButton
from bot.presentation import call_link
from domain.infra.ports import HandoffNote
from domain.rules.handoff import card_task_prefix

VALUE_LIMIT = 26  # WeCom cuts a horizontal row's value beyond this


def card_task_id(number: int) -> str:
    """A task id of its own for each card sent (WeCom refuses one used before)."""
    return f"{card_task_prefix(number)}{secrets.token_hex(6)}"


def _orders(note: HandoffNote) -> str:
    return "、".join(
        texts.HANDOFF_ORDER.format(number=number, state=texts.STATE_NAMES.get(state, state))
        for number, state in note.open_orders
    )


def _rows(note: HandoffNote) -> list[dict[str, Any]]:
    rows: list[dict[str, Any]] = [
        {"keyname": texts.TASK_CARD_CUSTOMER, "value": note.customer_name or "客户"}
    ]
    if note.customer_phone:
        phone = note.customer_phone
        rows.append(
            {"keyname": texts.TASK_CARD_PHONE, "value": phone, "type": 1, "url": call_link(phone)}
        )
    orders = _orders(note) or texts.HANDOFF_NO_ORDERS
    rows.append({"keyname": texts.HANDOFF_CARD_ORDERS, "value": orders[:VALUE_LIMIT]})
    return rows


def handoff_card(note: HandoffNote, task_id: str) -> dict[str, Any]:
    """The button_interaction template_card announcing handoff `note.number`."""
    name, number = note.customer_name or "客户", note.number
    card: dict[str, Any] = {
        "card_type": "button_interaction",
        "source": {"desc": texts.HANDOFF_CARD_SOURCE, "desc_color": 0},
        "main_title": {
            "title": texts.HANDOFF_CARD_TITLE.format(number=number),
            "desc": texts.HANDOFF_CARD_DESC.format(
                name=name, phone=note.customer_phone or "无电话"
            ),
        },
        "sub_title_text": texts.HANDOFF_CARD_HINT.format(number=number),
        "horizontal_content_list": _rows(note),
        "task_id": task_id,
        "button_list": [
            {
                "text": texts.HANDOFF_BUTTON_REPLY,
                "style": 1,
                "key": HandoffButton(HandoffAction.REPLY, number).pack(),
            },
            {
                "text": texts.HANDOFF_BUTTON_END,
                "style": 2,
                "key": HandoffButton(HandoffAction.END, number).pack(),
            },
        ],
    }
    orders = _orders(note)
    if len(orders) > VALUE_LIMIT:  # the row is cut: the whole list in the quote
        card["quote_area"] = {"type": 0, "title": texts.HANDOFF_CARD_ORDERS, "quote_text": orders}
    return card
