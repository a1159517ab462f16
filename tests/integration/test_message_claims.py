"""Message claims and conversation holds are leases: kept while renewed, taken over once lapsed."""

from __future__ import annotations

import asyncio
import sys
from asyncio.subprocess import PIPE
from datetime import timedelta

import pytest

from bot.channels.incoming import Incoming, build_incoming
from bot.channels.xmlsafe import parse_xml
from bot.conversation import Reply, Turn
from bot.devtools import wire
from bot.router import Router
from bot.turns import LeftForRetry, TurnRunner
from domain.infra.db import driver_url, tortoise_config
from domain.models import Conversation, ProcessedMessage
from domain.rules.reminder_rules import ReminderPolicy
from domain.services.conversations import (
    ConversationBusy,
    Saved,
    finish_turn,
    hold_conversation,
    release_conversation,
)
from domain.services.dedupe import claim_message, lease_now, renew_message
from scheduler.jobs import Jobs
from tests.support import NOW, TZ

pytestmark = pytest.mark.usefixtures("db")


async def _lapse(key: str) -> None:
    await ProcessedMessage.filter(key=key).update(lease_until=lease_now() - timedelta(seconds=1))


async def test_a_live_claim_is_kept_and_a_lapsed_one_taken_over() -> None:
    assert (await claim_message("mp:1", "mp", "a")).claimed
    held = await claim_message("mp:1", "mp", "b")
    assert not held.claimed and not held.done
    assert await renew_message("mp:1", "a")
    await _lapse("mp:1")
    taken = await claim_message("mp:1", "mp", "b")
    assert taken.claimed and taken.taken_over_from == "a"
    # The old holder finds out when it next renews; a third process must wait again.
    assert not await renew_message("mp:1", "a")
    assert not (await claim_message("mp:1", "mp", "c")).claimed


async def test_a_finished_message_is_replayed_never_rerun() -> None:
    assert (await claim_message("mp:2", "mp", "a")).claimed
    await hold_conversation("mp", "o-1", "a", wait_s=1)
    await finish_turn("mp", "o-1", "a", Saved("idle", {}, None), "mp:2", {"text": "好的"})
    await _lapse("mp:2")
    again = await claim_message("mp:2", "mp", "b")
    assert again.done and again.reply == {"text": "好的"} and not again.claimed


async def test_one_turn_per_user_at_a_time() -> None:
    await hold_conversation("mp", "o-2", "a", wait_s=1)
    with pytest.raises(ConversationBusy):
        await hold_conversation("mp", "o-2", "b", wait_s=0.2)
    await release_conversation("mp", "o-2", "a")
    await hold_conversation("mp", "o-2", "b", wait_s=0.2)
    # A holder that stops renewing (killed) frees the user when its lease lapses.
    await Conversation.filter(user_id="o-2").update(held_until=lease_now() - timedelta(seconds=1))
    await hold_conversation("mp", "o-2", "c", wait_s=0.2)
    assert (await Conversation.get(user_id="o-2")).holder == "c"


def _runner(router: Router) -> TurnRunner:
    async def identify(turn: Turn) -> Reply | None:
        return None

    return TurnRunner(router, lambda text, now: None, identify, lambda: NOW, budget_s=1.0)


def _incoming(msg_id: int) -> Incoming:
    xml = wire.mp_text("o-3", "你好", msg_id=msg_id)
    return build_incoming("mp", xml, parse_xml(xml))


async def test_a_turn_cut_off_from_the_database_is_left_to_the_retry() -> None:
    router = Router("flaky")
    calls: list[int] = []

    @router.on(lambda turn: True)
    async def answer(turn: Turn) -> Reply:
        calls.append(1)
        if len(calls) == 1:
            raise ConnectionResetError("connection to the database lost")
        return Reply("收到")

    runner = _runner(router)
    incoming = _incoming(42)
    with pytest.raises(LeftForRetry):
        await runner.handle(incoming)
    # The claim and the user are free at once: WeChat's retry runs the turn again.
    assert (await ProcessedMessage.get(key="mp:42")).lease_until is None
    assert (await Conversation.get(user_id="o-3")).holder is None
    reply = await runner.handle(incoming)
    assert reply == Reply("收到") and len(calls) == 2


async def test_claims_older_than_two_days_are_forgotten_by_the_hourly_job() -> None:
    for key in ("mp:old", "mp:new"):
        assert (await claim_message(key, "mp", "a")).claimed
    await ProcessedMessage.filter(key="mp:old").update(created_at=NOW - timedelta(days=3))
    await ProcessedMessage.filter(key="mp:new").update(created_at=NOW - timedelta(hours=1))
    assert await Jobs(ReminderPolicy(tz=TZ), lambda: NOW).forget_messages() == 1
    assert await ProcessedMessage.all().values_list("key", flat=True) == ["mp:new"]


async def test_a_pool_size_in_the_url_reaches_tortoise_not_the_server(database_url: str) -> None:
    url = database_url + ("&" if "?" in database_url else "?") + "maxsize=7"
    assert tortoise_config(url)["connections"]["default"].endswith("maxsize=7")
    assert "maxsize" not in driver_url(url)
    # The migration lock connects with asyncpg itself, which would send maxsize to the server.
    # In its own process: migrating closes every tortoise connection, the suite's included.
    migrating = await asyncio.create_subprocess_exec(
        sys.executable, "-c", MIGRATE, url, stdout=PIPE, stderr=PIPE
    )
    out, err = await asyncio.wait_for(migrating.communicate(), 120)
    assert migrating.returncode == 0, err.decode()[-2000:]
    assert out.decode().strip() == "[]"


MIGRATE = (
    "import asyncio, sys; from domain.infra.db import migrate; "
    "print(asyncio.run(migrate(sys.argv[1])))"
)
