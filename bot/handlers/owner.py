"""Owners and dispatchers in WeCom: figures, dispatch, customers, complaints, charts.

Each command is a word, maybe followed by an argument (统计 2026-11, 客户 王, 派 7 courier1),
registered with its pattern next to its handler (owner_figures, owner_charts, owner_dispatch,
owner_lookup, owner_requests, and handoff_staff's 回复 / 结束 to a customer handed to staff),
which gets the match. The owner router admits owners and dispatchers only (its guard). Other
staff trying a command are refused (`refusal`), except 今日 / 本月, which are the courier's own
commands (`bot/handlers/courier.py`, routed first) and otherwise fall through to the courier
help.
"""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers import (
    duty,
    handoff_staff,
    owner_cash,
    owner_charts,
    owner_dispatch,
    owner_figures,
    owner_lookup,
    owner_requests,
)
from bot.router import Router

MANAGER_ROLES = ("owner", "dispatcher")
HELP_WORDS = ("帮助", "菜单", "help")
COURIER_WORDS = ("今日", "本月")  # a courier's own commands of the same name


def is_manager(turn: Turn) -> bool:
    """The writer is an owner or a dispatcher."""
    return turn.staff is not None and turn.staff.role in MANAGER_ROLES


def is_other_staff(turn: Turn) -> bool:
    """The writer is staff, but neither an owner nor a dispatcher."""
    return turn.staff is not None and not is_manager(turn)


commands = Router("owner_commands")
commands.include_routers(
    owner_figures.router,
    owner_cash.router,
    owner_charts.router,
    owner_dispatch.router,
    owner_lookup.router,
    owner_requests.router,
    handoff_staff.router,
    duty.router,
)

router = Router("owner", guard=is_manager)
# The text after a handoff card's 回复 goes to the customer, whatever command it looks like.
router.include_router(handoff_staff.reply_router)


@router.text(*HELP_WORDS)
async def owner_help(turn: Turn) -> Reply:
    """What an owner or dispatcher can say."""
    return Reply(texts.OWNER_HELP + texts.OWNER_HELP_MORE)


router.include_router(commands)

refusal = Router("owner_refusal", guard=is_other_staff)


@refusal.on(lambda turn: turn.text not in COURIER_WORDS and commands.selects(turn))
async def refuse(turn: Turn) -> Reply:
    """An owner command from anyone else."""
    return Reply(texts.STAFF_FORBIDDEN)


fallback = Router("staff_fallback")


@fallback.on(lambda turn: True)
async def unknown_command(turn: Turn) -> Reply:
    """Anything else: the commands for this person's role."""
    if is_manager(turn):
        return Reply(texts.OWNER_HELP + texts.OWNER_HELP_MORE)
    return Reply(texts.COURIER_HELP)
