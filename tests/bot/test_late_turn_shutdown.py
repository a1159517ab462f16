"""A process with a turn still running past the reply budget exits, and loses nothing.

The owner's 趋势 turn is held past the 4 s budget (tests/bot/slow_turns.py), so WeChat has been
answered `success` and the reply is due through the outbox when shutdown begins. A turn that
finishes within shutdown's short wait has its reply queued; one that would take longer is
cancelled and lets its message claim go. Either way the process exits, and the database says
which: the message done with one late reply queued, or not done and free for whoever runs it
again. Before, the turn outlived the database, reopened it and kept the process alive for good.

Real processes: `waterbot demo` on its own SQLite file; `waterbot serve` stopped with SIGTERM
on the test database (SQLite, and PostgreSQL with WATERBOT_TEST_DATABASE_URL).
"""

from __future__ import annotations

import asyncio
import json
import re
import sqlite3
import subprocess
import sys
from contextlib import closing
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

import aiohttp
import pytest

from bot.channels.dev import DEV_WORK_AGENT_ID, DEV_WORK_CORP_ID
from bot.devtools import wire
from bot.devtools.wires import WorkWire
from domain.infra.settings import load_settings
from domain.models import Conversation, OutboxMessage, ProcessedMessage
from domain.services.dedupe import LEASE
from domain.services.demo import load_demo_data
from tests.bot.serve_harness import Served, start_serve
from tests.support import NOW

EXIT_WITHIN_S = 90  # generous on a busy machine; a process that hangs never exits at all
FINISHES_S = 4.5  # past the 4 s budget, well inside the 5 s shutdown gives a late turn
NEVER_S = 3600.0  # the process must not wait for this one
LATE = {"finishes": FINISHES_S, "cancelled": NEVER_S}
OUTCOME = {"finishes": "queued", "cancelled": "let go"}
TREND = "近30天"  # in the trend reply, which can only reach the owner late
MSG_ID = 8_100_000_001


@dataclass(frozen=True)
class Left:
    """What the late turn left in the database once its process had exited."""

    done: bool
    lapses_by: datetime | None  # the message claim's lease (None: let go)
    held_until: datetime | None  # the owner's conversation hold (None: free)
    late_replies: int  # text messages to the owner carrying the trend

    def outcome(self, exited_at: datetime) -> str:
        """'queued' or 'let go'; fails when the message is neither done nor free."""
        for lease in (self.lapses_by, self.held_until):
            assert lease is None or lease <= exited_at + LEASE, self  # no holder left alive
        if self.done:
            assert self.late_replies == 1, self
            return "queued"
        assert self.late_replies == 0, self
        return "let go"


def _moment(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value)


def _left_in_file(path: Path, key: str) -> Left:
    with closing(sqlite3.connect(path)) as db:
        status, lease = db.execute(
            "SELECT status, lease_until FROM processed_message WHERE key = ?", (key,)
        ).fetchone()
        (held,) = db.execute(
            "SELECT held_until FROM conversation WHERE channel = 'work' AND user_id = 'owner'"
        ).fetchone()
        texts = db.execute(
            "SELECT payload FROM outbox_message WHERE recipient = 'owner' AND kind = 'text'"
        ).fetchall()
    late = sum(TREND in json.loads(payload)["text"] for (payload,) in texts)
    return Left(status == "done", _moment(lease), _moment(held), late)


@pytest.mark.parametrize("late", LATE)
def test_the_demo_exits_with_its_last_reply_late(late: str, tmp_path: Path) -> None:
    path = tmp_path / "demo.db"
    command = [sys.executable, "-m", "tests.bot.slow_turns", str(LATE[late]), "demo"]
    try:
        done = subprocess.run(
            [*command, "--db", str(path)], capture_output=True, text=True,
            timeout=EXIT_WITHIN_S, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"`waterbot demo` did not exit within {exc.timeout} s")
    exited_at = datetime.now(UTC)
    # The trend step alone missed its passive reply; the summary says so.
    assert done.returncode == 1 and "1/58 步未达到预期" in done.stdout, done.stdout[-2000:]
    over = re.search(r"reply for (\S+) over budget", done.stderr)
    assert over is not None, done.stderr[-2000:]
    left = _left_in_file(path, f"work:{over[1]}")
    assert left.outcome(exited_at) == OUTCOME[late], done.stderr[-2000:]


async def _left_in_db(key: str) -> Left:
    claim = await ProcessedMessage.get(key=key)
    chat = await Conversation.get(channel="work", user_id="owner")
    texts = await OutboxMessage.filter(recipient="owner", kind="text")
    late = sum(TREND in str(m.payload.get("text")) for m in texts)
    return Left(claim.status == "done", claim.lease_until, chat.held_until, late)


async def _terminated(served: Served) -> datetime:
    served.process.terminate()
    try:
        await asyncio.wait_for(served.process.wait(), EXIT_WITHIN_S)
    except TimeoutError:
        served.kill()
        await served.process.wait()
        pytest.fail(f"serve did not exit within {EXIT_WITHIN_S} s of SIGTERM")
    assert served.process.returncode == 0, served.log.read_text(errors="replace")[-3000:]
    return datetime.now(UTC)


@pytest.mark.usefixtures("db")
@pytest.mark.parametrize("late", LATE)
async def test_serve_exits_on_sigterm_with_a_late_turn(
    late: str, database_url: str, tmp_path: Path
) -> None:
    await load_demo_data(NOW)  # the owner, and a history for the trend
    log = tmp_path / "serve.log"
    command = ("-m", "tests.bot.slow_turns", str(LATE[late]), "serve")
    served = await start_serve(database_url, log, command)
    try:
        trend = wire.work_text(
            "owner", "趋势", corp_id=DEV_WORK_CORP_ID, agent_id=DEV_WORK_AGENT_ID, msg_id=MSG_ID
        )
        async with aiohttp.ClientSession() as session:
            owner = WorkWire(session, f"http://127.0.0.1:{served.port}", load_settings({}))
            answered = await owner.send(trend)
        assert answered is None  # `success`: the reply is due later, through the outbox
    finally:
        exited_at = await _terminated(served)
    left = await _left_in_db(f"work:{MSG_ID}")
    assert left.outcome(exited_at) == OUTCOME[late], log.read_text(errors="replace")[-3000:]
