"""The APScheduler that triggers the jobs, living as long as the aiohttp app."""

from __future__ import annotations

import logging
import os
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Any

from aiohttp import web
from apscheduler.schedulers.asyncio import AsyncIOScheduler
from apscheduler.triggers.interval import IntervalTrigger

from domain.infra.settings import Settings, load_settings
from domain.rules.reminder_rules import ReminderPolicy
from domain.services import refill
from scheduler.jobs import Clock, Jobs

log = logging.getLogger(__name__)

Extension = Callable[[web.Application], None]


def build_scheduler(settings: Settings, jobs: Jobs) -> AsyncIOScheduler:
    """Every job on its trigger; a missed run is run once late, never piled up."""
    scheduler = AsyncIOScheduler(timezone=settings.tz)
    plan: list[tuple[str, Callable[[], Awaitable[Any]], Any]] = [
        ("reminders", jobs.remind, IntervalTrigger(minutes=1)),
        ("dormant", jobs.wake_dormant, IntervalTrigger(minutes=15)),
        ("alerts", jobs.alerts, IntervalTrigger(minutes=1)),
        ("dispatch", jobs.dispatch, IntervalTrigger(minutes=1)),
        ("handoffs", jobs.end_handoffs, IntervalTrigger(minutes=1)),
        ("payments", jobs.payments, IntervalTrigger(minutes=1)),
        ("daily_report", jobs.report, IntervalTrigger(minutes=5)),
        ("day_close", jobs.close_day, IntervalTrigger(minutes=10)),
        ("ticket_expiry", jobs.expire_tickets, IntervalTrigger(minutes=5)),
        ("forget_messages", jobs.forget_messages, IntervalTrigger(hours=1)),
        ("refill_season", jobs.fit_season, IntervalTrigger(hours=1)),
    ]
    for name, job, trigger in plan:
        scheduler.add_job(
            _logged(name, job),
            trigger,
            id=name,
            max_instances=1,
            coalesce=True,
            misfire_grace_time=3600,
        )
    return scheduler


def _logged(name: str, job: Callable[[], Awaitable[Any]]) -> Callable[[], Awaitable[None]]:
    async def run() -> None:
        try:
            await job()
        except Exception:  # the next trigger tries again; claimed rows come back after leases
            log.exception("scheduled job %s failed", name)

    return run


def scheduler_context(
    settings: Settings,
    clock: Clock | None = None,
    alert_wording: Callable[[Any], str] | None = None,
    policy: ReminderPolicy | None = None,
) -> Callable[[web.Application], AsyncIterator[None]]:
    """aiohttp cleanup context: start the scheduler after the database, stop it before.

    `policy`: the reminder policy the composition root made; else the settings' own.
    """

    async def context(_app: web.Application) -> AsyncIterator[None]:
        reminders = policy or refill.policy_from_settings(settings)
        now = clock or (lambda: datetime.now(settings.tz))
        jobs = Jobs(
            reminders, now, alert_wording, settings.daily_report_at, close_at=settings.day_close_at
        )
        scheduler = build_scheduler(settings, jobs)
        scheduler.start()
        log.info("scheduler started (%d jobs)", len(scheduler.get_jobs()))
        yield
        scheduler.shutdown(wait=False)
        log.info("scheduler stopped")

    return context


def setup_with(
    alert_wording: Callable[[Any], str] | None = None, policy: ReminderPolicy | None = None
) -> Extension:
    """An extension mounting the scheduler, with the bot's alert wording when it has one."""

    def extend(app: web.Application) -> None:
        context = scheduler_context(_settings_of(app), None, alert_wording, policy)
        app.cleanup_ctx.append(context)

    return extend


setup = setup_with()


def _settings_of(app: web.Application) -> Settings:
    # The app's settings sit under the bot's AppKey, which the scheduler may not import.
    for value in app.values():
        if isinstance(value, Settings):
            return value
    return load_settings(os.environ)
