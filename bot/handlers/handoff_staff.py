"""Owners and dispatchers answer a customer handed to them: 回复 12 … and 结束 12 (WeCom).

The number can be left out while only one customer waits for this staff member.
"""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.router import Router
from domain.rules.handoff import END, read_staff_command
from domain.services import handoffs
from domain.services.requests import STAFF_ROLES

router = Router("handoff_staff")


def _is_command(turn: Turn) -> bool:
    staff = turn.staff
    return staff is not None and staff.role in STAFF_ROLES and bool(read_staff_command(turn.text))


@router.on(_is_command)
async def staff_command(turn: Turn) -> Reply:
    """回复 [N] text: to the customer as a customer-service message; 结束 [N]: back to the bot."""
    command = read_staff_command(turn.text)
    assert command is not None
    me = turn.member
    if command.action == END:
        number = await handoffs.end_by_staff(me.wecom_userid, command.number, turn.now)
        return Reply(texts.HANDOFF_CLOSED.format(number=number))
    if not command.text:
        return Reply(texts.HANDOFF_USAGE)
    key = f"{turn.incoming.channel}:{turn.incoming.dedupe_key}"
    done = await handoffs.answer_customer(
        me.wecom_userid, me.name, command.number, command.text, turn.now, key
    )
    sent = texts.HANDOFF_SENT if done.status == "sent" else texts.HANDOFF_SENT_LAPSED
    return Reply(sent.format(number=done.number))
