"""The scheduler's life in the app, and `waterbot refill report`."""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from asyncio.subprocess import PIPE
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import build_app
from domain.infra.settings import load_settings
from domain.services import reminders
from scheduler import runner
from scheduler.jobs import Jobs
from scheduler.runner import build_scheduler
from tests.integration.reminder_helpers import POLICY, first_reminder, household
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

WATERBOT = Path(sys.executable).with_name("waterbot")
SETTINGS = load_settings(
    {"WATERBOT_REMINDER_LEAD_HOURS": "72", "WATERBOT_MP_REMINDER_TEMPLATE_ID": "TPL"}
)


def test_every_job_is_scheduled_once() -> None:
    scheduler = build_scheduler(SETTINGS, Jobs(POLICY, lambda: NOW))
    assert sorted(job.id for job in scheduler.get_jobs()) == [
        "alerts",
        "daily_report",
        "day_close",
        "dispatch",
        "dormant",
        "forget_messages",
        "handoffs",
        "payments",
        "refill_season",
        "reminders",
        "ticket_expiry",
    ]


async def test_the_scheduler_starts_and_stops_with_the_app(
    caplog: pytest.LogCaptureFixture,
) -> None:
    caplog.set_level(logging.INFO, logger=runner.__name__)
    # Mounted as bot.bootstrap does: the extension finds the app's settings by itself.
    app = build_app(SETTINGS, manage_database=False, extensions=(runner.setup,))
    client = TestClient(TestServer(app))
    await client.start_server()
    try:
        assert "scheduler started (11 jobs)" in caplog.messages
    finally:
        await client.close()
    assert caplog.messages[-1] == "scheduler stopped"


async def test_refill_report_command(database_url: str) -> None:
    customer = await household()
    row = await first_reminder(customer)
    await reminders.sweep(row.due_at, POLICY)
    due = row.due_at.date()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    env["WATERBOT_DATABASE_URL"] = database_url
    since, until = str(due - timedelta(days=40)), str(due)
    command = await asyncio.create_subprocess_exec(
        str(WATERBOT), "refill", "report", "--since", since, "--until", until, env=env, stdout=PIPE
    )
    out, _ = await command.communicate()
    assert command.returncode == 0
    text = out.decode()
    assert "sent: 1 (first 1)" in text and "skipped: 4" in text and "superseded: 4" in text
    assert "hit rate n/a" in text and "waiting for an outcome: 1" in text
