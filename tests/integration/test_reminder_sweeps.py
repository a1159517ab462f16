"""Reminder sweeps on many nodes: concurrent schedulers, a sweep killed halfway, the jobs.

The concurrent tests are meaningful on PostgreSQL, where the sweeps' transactions really run
in parallel on separate connections; on SQLite the single writer serialises them.
"""

from __future__ import annotations

import asyncio
import sys
from asyncio.subprocess import PIPE
from datetime import UTC, datetime, timedelta

import pytest

from domain.models import Customer, JobRun, OutboxMessage, Reminder
from domain.rules.reminder_rules import FIRST
from domain.services import daily_report, reminders, staff
from scheduler.jobs import Jobs
from tests.integration.reminder_helpers import POLICY, deliver, household
from tests.support import NOW, TZ, on_postgres

pytestmark = pytest.mark.usefixtures("db")

HOUSEHOLDS = 12
DUE = datetime(2026, 12, 10, 10, 0, tzinfo=TZ)


async def due_households(count: int) -> list[Customer]:
    """`count` households whose first reminders are all due at DUE, inside the window."""
    found = [await household(f"o-h{i:02d}", deliveries=1) for i in range(count)]
    await Reminder.filter(kind=FIRST).update(due_at=DUE.astimezone(UTC))
    await Customer.all().update(last_message_at=DUE - timedelta(hours=2))
    return found


async def test_two_schedulers_sweeping_at_once_send_each_reminder_once() -> None:
    await due_households(HOUSEHOLDS)
    # Small batches and many sweeps at once, so that claims really race.
    results = await asyncio.gather(
        *(reminders.sweep(DUE, POLICY, limit=2) for _ in range(HOUSEHOLDS))
    )
    assert sum(r.claimed for r in results) == HOUSEHOLDS  # no row claimed twice
    one, two = Jobs(POLICY, lambda: DUE), Jobs(POLICY, lambda: DUE)
    await asyncio.gather(one.remind(), two.remind())
    sent = await Reminder.filter(kind=FIRST, status="sent").count()
    assert sent == HOUSEHOLDS
    recipients = await OutboxMessage.filter(channel="mp").values_list("recipient", flat=True)
    assert sorted(recipients) == [f"o-h{i:02d}" for i in range(HOUSEHOLDS)]


SWEEPER = """
import asyncio, sys
from datetime import datetime
from domain.infra.db import close_db, init_db
from domain.services import reminders
from tests.integration.reminder_helpers import POLICY

async def main() -> None:
    await init_db(sys.argv[1])
    due = datetime.fromisoformat(sys.argv[2])
    print("ready", flush=True)
    sys.stdin.readline()  # both processes start sweeping together
    sent = 0
    while (result := await reminders.sweep(due, POLICY, limit=1)).claimed:
        sent += result.counts.get("sent", 0)
    print(sent)
    await close_db()

asyncio.run(main())
"""


@pytest.mark.skipif(not on_postgres(), reason="two processes on one PostgreSQL database")
async def test_two_processes_sweeping_one_database_send_each_reminder_once(
    database_url: str,
) -> None:
    await due_households(HOUSEHOLDS)
    other = await asyncio.create_subprocess_exec(
        sys.executable, "-c", SWEEPER, database_url, DUE.isoformat(), stdin=PIPE, stdout=PIPE
    )
    assert other.stdin is not None and other.stdout is not None
    assert await other.stdout.readline() == b"ready\n"
    other.stdin.write(b"go\n")
    await other.stdin.drain()
    mine = 0
    while (result := await reminders.sweep(DUE, POLICY, limit=1)).claimed:
        mine += result.counts.get("sent", 0)
    out, _ = await other.communicate()
    assert other.returncode == 0
    theirs = int(out)
    assert mine + theirs == HOUSEHOLDS
    assert await OutboxMessage.filter(channel="mp").count() == HOUSEHOLDS
    assert await Reminder.filter(kind=FIRST, status="sent").count() == HOUSEHOLDS


async def test_a_sweep_killed_after_claiming_loses_nothing_and_sends_once() -> None:
    await due_households(3)
    crashed = await reminders.claim_due(DUE, (FIRST,))  # then the process dies
    assert len(crashed.ids) == 3
    assert (await reminders.sweep(DUE + timedelta(minutes=1), POLICY)).claimed == 0
    after_lease = DUE + reminders.LEASE + timedelta(seconds=1)
    resumed = await reminders.sweep(after_lease, POLICY)
    assert resumed.counts == {"sent": 3}
    # The dead process's claim, had it woken up late, is worth nothing now.
    assert await reminders.process(crashed.ids[0], crashed.token, after_lease, POLICY) == "lost"
    assert await OutboxMessage.filter(channel="mp").count() == 3


async def test_a_claim_half_processed_then_lost_rolls_back_its_message() -> None:
    await due_households(1)
    first = await reminders.claim_due(DUE, (FIRST,))
    later = DUE + reminders.LEASE + timedelta(seconds=1)
    second = await reminders.claim_due(later, (FIRST,))
    assert first.ids == second.ids and first.token != second.token
    assert await reminders.process(first.ids[0], first.token, later, POLICY) == "lost"
    assert await reminders.process(second.ids[0], second.token, later, POLICY) == "sent"
    assert await OutboxMessage.filter(channel="mp").count() == 1


async def test_daily_report_goes_to_owners_once_however_many_schedulers() -> None:
    customer = await household(deliveries=1)
    await deliver(customer, NOW + timedelta(days=1))
    await staff.add_staff("owner", "店长", "owner", "test")
    morning = (NOW + timedelta(days=2)).replace(hour=8, minute=5)
    jobs = [Jobs(POLICY, lambda: morning) for _ in range(4)]
    results = await asyncio.gather(*(j.report() for j in jobs))
    assert sorted(results) == [False, False, False, True]
    (message,) = await OutboxMessage.filter(channel="work", recipient="owner")
    text = str(message.payload["text"])
    assert "昨日(11月25日)经营日报" in text and "送达 1 单,2 桶" in text and "水票 2张" in text
    assert await JobRun.filter(name="daily_report").count() == 1


async def test_daily_report_waits_for_its_hour() -> None:
    await staff.add_staff("owner", "店长", "owner", "test")
    early = NOW.replace(hour=7, minute=55)
    assert await Jobs(POLICY, lambda: early).report() is False
    assert await OutboxMessage.filter(channel="work").count() == 0


async def test_report_text_on_a_quiet_day() -> None:
    text = await daily_report.report_text(NOW.date(), TZ)
    assert "下单 0 单" in text and "· 无" in text


async def test_alert_job_is_skipped_without_wording_and_runs_with_it() -> None:
    assert await Jobs(POLICY, lambda: NOW).alerts() == 0
    assert await Jobs(POLICY, lambda: NOW, alert_wording=lambda alert: "x").alerts() == 0
