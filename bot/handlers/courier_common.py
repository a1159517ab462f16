"""What the courier handlers share: who is a courier, the answers to a card tap, formatting."""

from __future__ import annotations

import re

from bot.conversation import Reply, Turn
from bot.presentation import collect_text, window_text
from bot.router import is_tap
from domain.reads.courier_queries import TaskRow
from domain.rules.order_numbers import short_number
from domain.services.outbox import enqueue_now

YES_WORDS = ("好", "好的", "对", "是", "是的", "没错", "确认", "嗯", "ok", "OK", "默认")
MONEY = re.compile(r"^(\d{1,6})(?:\.(\d{1,2}))?\s*元?$")


def is_courier(turn: Turn) -> bool:
    """The writer is a courier."""
    return turn.staff is not None and turn.staff.role == "courier"


def userid(turn: Turn) -> str:
    """The courier's WeCom user id."""
    return turn.member.wecom_userid


async def answer(turn: Turn, text: str, card_button: str | None = None) -> Reply:
    """A reply; to a card tap it greys the button out and the words go as an app message.

    The passive answer to a tap can only update the card, so the text is queued separately.
    """
    if card_button is None or not is_tap(turn):
        return Reply(text)
    await enqueue_now("work", userid(turn), "text", {"text": text}, turn.now)
    return Reply(text, card_button=card_button)


def parse_fen(text: str) -> int | None:
    """'44', '44.5', '44.50元' -> fen; None when it is not an amount."""
    found = MONEY.match(text.strip())
    if found is None:
        return None
    return int(found.group(1)) * 100 + int((found.group(2) or "0").ljust(2, "0"))


def items_text(items: tuple[tuple[str, int], ...]) -> str:
    """农夫山泉×2、怡宝×1"""
    return "、".join(f"{name}×{qty}" for name, qty in items)


def task_payment(row: TaskRow) -> str:
    """What to collect for a task in the list: the task card's words."""
    return collect_text(row.collect)


def task_window(row: TaskRow, turn: Turn) -> str:
    """The task's window relative to now."""
    return window_text(row.window_start, row.window_end, turn.now)


def short(number: str) -> str:
    """The short form couriers may type."""
    return short_number(number)
