"""A reminder opens its reply state through the conversation store, never over a turn under way."""

from __future__ import annotations

from datetime import UTC, timedelta

import pytest
from tortoise.transactions import in_transaction

from domain.models import Conversation, OutboxMessage, Reminder
from domain.rules.reminder_rules import ReminderStates
from domain.services import reminders
from domain.services.conversations import (
    Saved,
    finish_turn,
    hold_conversation,
    open_reply,
    release_conversation,
)
from domain.services.dedupe import claim_message
from tests.integration.reminder_helpers import POLICY, first_reminder, household
from tests.support import NOW, TZ

pytestmark = pytest.mark.usefixtures("db")

OFFER = Saved(ReminderStates.REORDER, {"reminder_id": 1, "items": [["nfsq-19l", 2]]}, NOW)


async def _open(user_id: str) -> bool:
    async with in_transaction() as conn:
        return await open_reply(conn, "mp", user_id, OFFER)


async def test_a_reply_state_opens_for_a_new_or_a_free_conversation() -> None:
    assert await _open("o-new")  # no row yet: created
    chat = await Conversation.get(channel="mp", user_id="o-new")
    assert (chat.state, chat.draft, chat.holder) == ("reminder.reorder", OFFER.draft, None)
    await hold_conversation("mp", "o-free", "turn-1", 1)
    await release_conversation("mp", "o-free", "turn-1")
    assert await _open("o-free")
    assert (await Conversation.get(user_id="o-free")).state == "reminder.reorder"


async def test_a_held_conversation_is_left_to_its_turn() -> None:
    await hold_conversation("mp", "o-busy", "turn-1", 1)
    assert not await _open("o-busy")
    # The turn finishes as it would have anyway: its state stands, nothing was mixed in.
    await claim_message("mp:9", "mp", "turn-1")
    await finish_turn("mp", "o-busy", "turn-1", Saved("idle", {}, None), "mp:9", None)
    chat = await Conversation.get(user_id="o-busy")
    assert (chat.state, chat.draft, chat.holder) == ("idle", {}, None)


async def test_a_reminder_due_during_a_turn_waits_a_minute_and_then_goes() -> None:
    customer = await household()
    row = await first_reminder(customer)
    noon = row.due_at.astimezone(TZ).replace(hour=12, minute=0)
    await Reminder.filter(id=row.id).update(due_at=noon.astimezone(UTC))
    await hold_conversation("mp", "o-wang", "turn-1", 1)
    assert (await reminders.sweep(noon, POLICY)).counts == {"deferred": 1}
    waiting = await Reminder.get(id=row.id)
    assert (waiting.status, waiting.due_at) == ("pending", noon + timedelta(minutes=1))
    assert not await OutboxMessage.exists(recipient="o-wang")  # no offer the chat cannot take
    assert (await Conversation.get(user_id="o-wang")).state == "idle"
    await release_conversation("mp", "o-wang", "turn-1")
    later = noon + timedelta(minutes=1)
    assert (await reminders.sweep(later, POLICY)).counts == {"sent": 1}
    chat = await Conversation.get(user_id="o-wang")
    assert chat.state == ReminderStates.REORDER and chat.draft["reminder_id"] == row.id
    assert chat.draft["id"] and chat.draft["items"] == [["nfsq-19l", 2]]
