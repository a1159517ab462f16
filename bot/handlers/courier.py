"""Couriers in WeCom: their tasks, taps on task cards, deliveries and their day."""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.router import Router

router = Router("courier")


def is_courier(turn: Turn) -> bool:
    """The writer is a courier."""
    return turn.staff is not None and turn.staff.role == "courier"


@router.on(lambda turn: is_courier(turn) and turn.text in ("帮助", "菜单", "help"))
async def courier_help(turn: Turn) -> Reply:
    """What a courier can say."""
    return Reply(texts.COURIER_HELP)
