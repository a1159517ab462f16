"""Words that work in any state (取消, 帮助, 菜单), and the fallback that comes last."""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.states import IDLE, OrderStates
from bot.router import Router

router = Router("common")
fallback = Router("fallback")

CANCEL_WORDS = ("取消", "算了", "不要了", "退出")
# An order draft gives up through its own flow, which also names the orders already placed.
ORDER_FLOW = frozenset(OrderStates)
HELP_WORDS = ("帮助", "菜单", "help", "?", "?")


@router.on(
    lambda turn: turn.state != IDLE and turn.state not in ORDER_FLOW and turn.text in CANCEL_WORDS
)
async def leave_flow(turn: Turn) -> Reply:
    """取消 inside a flow leaves the flow (outside one it cancels an order)."""
    turn.reset()
    return Reply(texts.FLOW_CANCELLED)


@router.on(lambda turn: turn.text.lower() in HELP_WORDS)
async def help_menu(turn: Turn) -> Reply:
    """帮助 / 菜单 from anywhere."""
    turn.reset()
    return Reply(texts.HELP)


@router.intent("help")
async def help_intent(turn: Turn) -> Reply:
    """How to use the service."""
    return Reply(texts.HELP)


@fallback.on(lambda turn: True)
async def unknown(turn: Turn) -> Reply:
    """Anything else: a short menu."""
    return Reply(texts.UNKNOWN)
