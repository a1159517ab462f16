"""Owners and dispatchers in WeCom: figures, dispatch, customers, complaints, charts.

Each command is a word, maybe followed by an argument (统计 2026-11, 客户 王, 派 7 courier1).
Couriers trying one are refused, except 今日 / 本月, which are the courier's own commands
(`bot/handlers/courier.py`, routed first) and otherwise fall through to the courier help.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers import owner_charts, owner_dispatch, owner_figures, owner_lookup, owner_requests
from bot.router import Router

router = Router("owner")

MANAGER_ROLES = ("owner", "dispatcher")
HELP_WORDS = ("帮助", "菜单", "help")
COURIER_WORDS = ("今日", "本月")  # a courier's own commands of the same name

Command = Callable[[Turn, str], Awaitable[Reply]]


def _named(name: str) -> Command:
    async def command(turn: Turn, arg: str) -> Reply:
        return await owner_figures.named_figures(turn, name)

    return command


# word -> (handler, takes an argument)
COMMANDS: dict[str, tuple[Command, bool]] = {
    "今日": (_named("today"), False),
    "昨日": (_named("yesterday"), False),
    "本周": (_named("week"), False),
    "本月": (_named("month"), False),
    "统计": (owner_figures.month_figures, True),
    "排行图": (owner_charts.ranking_chart, True),
    "排行": (owner_figures.ranking, True),
    "待派": (owner_dispatch.unassigned, False),
    "派": (owner_dispatch.assign, True),
    "水票": (owner_figures.tickets, False),
    "押金": (owner_figures.deposits, False),
    "沉睡": (owner_lookup.sleepers, False),
    "客户": (owner_lookup.customer, True),
    "订单": (owner_lookup.order, True),
    "投诉": (owner_lookup.complaints, False),
    "处理": (owner_lookup.close_complaint, True),
    "趋势": (owner_charts.trend, False),
    "品牌": (owner_charts.brands, False),
    "退桶": (owner_requests.returns, False),
    "收桶": (owner_requests.collect_buckets, True),
    "票款": (owner_requests.packs, False),
    "收票款": (owner_requests.settle_pack, True),
}
# Longest first, so 排行图 is not read as 排行 with the argument 图.
WORDS = sorted(COMMANDS, key=len, reverse=True)


def is_manager(turn: Turn) -> bool:
    """The writer is an owner or a dispatcher."""
    return turn.staff is not None and turn.staff.role in MANAGER_ROLES


def parse_command(text: str) -> tuple[str, str] | None:
    """(command word, argument) when the text is an owner command, else None."""
    text = text.strip()
    for word in WORDS:
        if text.startswith(word):
            rest = text[len(word) :].strip()
            if rest and not COMMANDS[word][1]:
                continue
            return word, rest
    return None


@router.on(lambda turn: is_manager(turn) and turn.text in HELP_WORDS)
async def owner_help(turn: Turn) -> Reply:
    """What an owner or dispatcher can say."""
    return Reply(texts.OWNER_HELP + texts.OWNER_HELP_MORE)


@router.on(lambda turn: turn.staff is not None and parse_command(turn.text) is not None)
async def owner_command(turn: Turn) -> Reply | None:
    """Run an owner command; anyone else is refused (a courier's 今日/本月 falls through)."""
    word, arg = parse_command(turn.text) or ("", "")
    if not is_manager(turn):
        return None if word in COURIER_WORDS else Reply(texts.STAFF_FORBIDDEN)
    handler, _ = COMMANDS[word]
    return await handler(turn, arg)


fallback = Router("staff_fallback")


@fallback.on(lambda turn: True)
async def unknown_command(turn: Turn) -> Reply:
    """Anything else: the commands for this person's role."""
    if is_manager(turn):
        return Reply(texts.OWNER_HELP + texts.OWNER_HELP_MORE)
    return Reply(texts.COURIER_HELP)
