"""Owners and dispatchers answer a customer handed to them: 回复 12 … and 结束 12 (WeCom).

The number can be left out while only one customer waits for this staff member. These are
owner commands (included in `owner.commands`): the owner router's guard admits owners and
dispatchers, and a courier trying one is refused.
"""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Reply, Turn
from bot.router import Router
from domain.rules.handoff import ANSWER_PATTERN, END_PATTERN, answer_command, end_command
from domain.services import handoffs

router = Router("handoff_staff")


@router.command(END_PATTERN)
async def end(turn: Turn, said: re.Match[str]) -> Reply:
    """结束 [N]: the customer goes back to the bot and is told so."""
    me = turn.member
    number = await handoffs.end_by_staff(me.wecom_userid, end_command(said).number, turn.now)
    return Reply(texts.HANDOFF_CLOSED.format(number=number))


@router.command(ANSWER_PATTERN)
async def answer(turn: Turn, said: re.Match[str]) -> Reply:
    """回复 [N] text: to the customer as a customer-service message."""
    command = answer_command(said)
    if not command.text:
        return Reply(texts.HANDOFF_USAGE)
    me = turn.member
    key = f"{turn.incoming.channel}:{turn.incoming.dedupe_key}"
    done = await handoffs.answer_customer(
        me.wecom_userid, me.name, command.number, command.text, turn.now, key
    )
    sent = texts.HANDOFF_SENT if done.status == "sent" else texts.HANDOFF_SENT_LAPSED
    return Reply(sent.format(number=done.number))
