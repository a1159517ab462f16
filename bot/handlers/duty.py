"""Owners and dispatchers go on and off duty in WeCom: 值班, 下班, 谁值班.

Customers asking for a person (人工) are handed to those on duty; with nobody on duty, to every
owner. These are owner commands (included in `owner.commands`); a courier's 下班 is the courier
router's (stop taking orders), which runs first, and a courier's 值班 is refused.
"""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Reply, Turn
from bot.router import Router
from domain.services import duty

router = Router("duty")


def _roster(names: tuple[str, ...]) -> str:
    if not names:
        return texts.DUTY_NOBODY
    return texts.DUTY_ROSTER.format(names="、".join(names))


@router.command(r"值班|我值班|开始值班")
async def on_duty(turn: Turn, _: re.Match[str]) -> Reply:
    """值班: customers asking for a person come to me."""
    me = turn.member
    done = await duty.set_duty(True, me.wecom_userid, wecom_userid=me.wecom_userid)
    return Reply(texts.DUTY_ON + _roster(done.on_duty_names))


@router.command(r"下班|不值班|结束值班|取消值班")
async def off_duty(turn: Turn, _: re.Match[str]) -> Reply:
    """下班: no more new handoffs for me (those already mine stay mine)."""
    me = turn.member
    done = await duty.set_duty(False, me.wecom_userid, wecom_userid=me.wecom_userid)
    return Reply(texts.DUTY_OFF + _roster(done.on_duty_names))


@router.command(r"谁值班|值班表")
async def roster(turn: Turn, _: re.Match[str]) -> Reply:
    """谁值班: who customers asking for a person go to now."""
    return Reply(_roster(await duty.on_duty_names()))
