"""Couriers in WeCom: their tasks, taps on task cards, deliveries and their day.

The courier router is assembled from its parts, in this order: card taps, the delivery and
reschedule questions, 帮助, text commands, and last a nudge for an answer nobody took.
"""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers import courier_commands, courier_flow, courier_taps
from bot.handlers.courier_common import is_courier
from bot.router import Router

router = Router("courier")
router.routes.extend(courier_taps.router.routes)
router.routes.extend(courier_flow.router.routes)


@router.on(lambda turn: is_courier(turn) and turn.text in ("帮助", "菜单", "help"))
async def courier_help(turn: Turn) -> Reply:
    """What a courier can say."""
    turn.reset()
    return Reply(texts.COURIER_HELP)


router.routes.extend(courier_commands.router.routes)
router.routes.extend(courier_flow.reask.routes)

__all__ = ["is_courier", "router"]
