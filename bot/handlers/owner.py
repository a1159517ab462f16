"""Owners and dispatchers in WeCom: figures, dispatch, customers, complaints."""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.router import Router

router = Router("owner")

MANAGER_ROLES = ("owner", "dispatcher")


def is_manager(turn: Turn) -> bool:
    """The writer is an owner or a dispatcher."""
    return turn.staff is not None and turn.staff.role in MANAGER_ROLES


@router.on(lambda turn: is_manager(turn) and turn.text in ("帮助", "菜单", "help"))
async def owner_help(turn: Turn) -> Reply:
    """What an owner or dispatcher can say."""
    return Reply(texts.OWNER_HELP)


fallback = Router("staff_fallback")


@fallback.on(lambda turn: True)
async def unknown_command(turn: Turn) -> Reply:
    """Anything else: the commands for this person's role."""
    if is_manager(turn):
        return Reply(texts.OWNER_HELP)
    return Reply(texts.COURIER_HELP)
