"""Review of issue 10: a reminder sent while one of the customer's turns holds their chat."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.channels.incoming import Incoming, build_incoming
from bot.channels.xmlsafe import parse_xml
from bot.conversation import Reply, Turn
from bot.devtools import wire
from bot.router import Router
from bot.turns import TurnRunner
from domain.models import Conversation, Customer, Reminder
from domain.rules.reminder_rules import ReminderStates
from domain.services import reminders
from tests.integration.reminder_helpers import POLICY, first_reminder, household

pytestmark = pytest.mark.usefixtures("db")


def _incoming(openid: str, msg_id: int) -> Incoming:
    xml = wire.mp_text(openid, "余额", msg_id=msg_id)
    return build_incoming("mp", xml, parse_xml(xml))


async def test_a_reminder_sent_during_a_turn_keeps_its_reply_1() -> None:
    customer = await household("o-wang")
    row = await first_reminder(customer)
    await Customer.filter(id=customer.id).update(last_message_at=row.due_at - timedelta(hours=5))
    started, go_on = asyncio.Event(), asyncio.Event()
    router = Router("slow")

    @router.on(lambda turn: True)
    async def answer(turn: Turn) -> Reply:
        # An ordinary question (余额) whose turn is still running when the sweep comes.
        started.set()
        await go_on.wait()
        return Reply("您的余额…")

    async def identify(turn: Turn) -> Reply | None:
        return None

    clock = lambda: row.due_at  # noqa: E731
    runner = TurnRunner(router, lambda text, now: None, identify, clock, budget_s=4.0)
    turn = asyncio.create_task(runner.handle(_incoming("o-wang", 9_100_001)))
    await started.wait()
    outcome = await reminders.sweep(row.due_at, POLICY)
    go_on.set()
    assert await turn == Reply("您的余额…")
    sent = (await Reminder.get(id=row.id)).status == "sent"
    chat = await Conversation.get(channel="mp", user_id="o-wang")
    # Either the sweep waits for the turn (not sent yet), or the customer's 1 still places
    # the offer: a reminder counted as sent whose 回复 1 no longer works is a lost reorder.
    seen = (outcome.counts, chat.state, chat.draft)
    assert not sent or chat.state == ReminderStates.REORDER, seen
