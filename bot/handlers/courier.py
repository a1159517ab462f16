"""Couriers in WeCom: their tasks, taps on task cards, deliveries and their day.

The courier router admits couriers only (its guard); the routers included in it check no role
themselves. They are tried in this order: card taps, the delivery and reschedule questions,
帮助, text commands, and last a nudge for an answer nobody took.
"""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers import courier_code, courier_commands, courier_flow, courier_taps
from bot.handlers.courier_common import is_courier
from bot.router import Router

help_router = Router("courier_help")


@help_router.text("帮助", "菜单", "help")
async def courier_help(turn: Turn) -> Reply:
    """What a courier can say."""
    turn.reset()
    return Reply(texts.COURIER_HELP)


router = Router("courier", guard=is_courier)
router.include_routers(
    courier_taps.router,
    courier_flow.router,
    help_router,
    courier_code.router,
    courier_commands.router,
    courier_flow.reask,
)

__all__ = ["is_courier", "router"]
