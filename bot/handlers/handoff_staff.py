"""Owners and dispatchers answer a customer handed to them: 回复 12 … and 结束 12 (WeCom),
or the buttons of the handoff's card: 回复 asks for the answer, whose next text goes to the
customer; 结束 gives the customer back to the bot.

The number can be left out while only one customer waits for this staff member. These are
owner commands (included in `owner.commands`): the owner router's guard admits owners and
dispatchers, and a courier trying one is refused. `reply_router` (the text after 回复 was
tapped) is tried before every other owner command, so that text is never read as one.
"""

from __future__ import annotations

import re

from bot import texts
from bot.buttons import HandoffAction, HandoffButton
from bot.conversation import Reply, Turn
from bot.handlers.courier_common import answer as tap_answer
from bot.handlers.states import StaffReplyStates
from bot.router import Router
from domain.reads import handoffs as handoff_reads
from domain.rules.handoff import (
    ANSWER_PATTERN,
    END_PATTERN,
    answer_command,
    end_command,
    read_staff_command,
)
from domain.services import handoffs
from domain.services.outbox import enqueue_now

router = Router("handoff_staff")
reply_router = Router("handoff_staff_reply")
CANCEL_WORDS = ("取消", "算了", "不发了", "退出")


def _key(turn: Turn) -> str:
    return f"{turn.incoming.channel}:{turn.incoming.dedupe_key}"


async def _send(turn: Turn, number: int | None, text: str) -> Reply:
    me = turn.member
    done = await handoffs.answer_customer(
        me.wecom_userid, me.name, number, text, turn.now, _key(turn)
    )
    sent = texts.HANDOFF_SENT if done.status == "sent" else texts.HANDOFF_SENT_LAPSED
    return Reply(sent.format(number=done.number))


@router.button(HandoffButton.unpack)
async def tap(turn: Turn, button: HandoffButton) -> Reply:
    """回复: ask for the answer (the next text); 结束: end it and grey the card."""
    number = button.number
    if not await handoff_reads.is_open(number):
        text = texts.HANDOFF_NOT_OPEN.format(number=number)
        return await tap_answer(turn, text, texts.HANDOFF_CARD_ENDED)
    if button.action == HandoffAction.END:
        await handoffs.end_by_staff(turn.member.wecom_userid, number, turn.now, tapped=True)
        text = texts.HANDOFF_CLOSED.format(number=number)
        return await tap_answer(turn, text, texts.HANDOFF_CARD_ENDED)
    turn.reset()
    turn.go(StaffReplyStates.TEXT, handoff=number)
    turn.asked = True
    # The passive answer to a tap can only update the card, and the card stays live for
    # further answers: the question goes as an app message.
    ask = texts.HANDOFF_ASK_REPLY.format(number=number)
    await enqueue_now("work", turn.member.wecom_userid, "text", {"text": ask}, turn.now)
    return Reply("")


@reply_router.state(StaffReplyStates.TEXT)
async def reply_text(turn: Turn) -> Reply | None:
    """The text after 回复 was tapped goes to that customer; 取消 sends nothing; a typed 回复 N …
    or 结束 is the command it says."""
    if turn.incoming.msg_type != "text" or not turn.text:
        return None  # a tap or a picture: answered as usual
    number = int(turn.draft.get("handoff", 0))
    turn.reset()
    if read_staff_command(turn.text) is not None:
        return None
    if turn.text.strip() in CANCEL_WORDS:
        return Reply(texts.HANDOFF_REPLY_CANCELLED.format(number=number))
    return await _send(turn, number, turn.text)


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
    return await _send(turn, command.number, command.text)
