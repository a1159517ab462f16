"""The composition root: settings from the environment and the service assembled from its edges.

The one module that mounts every edge (the two callbacks, the outbound side, the scheduler, the
admin API) into one aiohttp application; the CLI and the developer tools build on it.
"""

from __future__ import annotations

import asyncio
import logging
import os
import sys
from collections.abc import Callable, Coroutine
from functools import partial
from typing import Any

from aiohttp import web

from admin import app as admin_app
from bot import notify, outbound
from bot.app import build_app
from bot.channels import mp, work
from bot.channels.dev import uses_dev_credentials
from bot.handlers import owner_alerts
from bot.pay import setup as pay
from domain.infra.db import connected
from domain.infra.settings import Settings, SettingsError, load_settings
from domain.services.refill import policy_from_settings
from scheduler import runner as scheduler_runner

log = logging.getLogger("waterbot")


def settings_from_env() -> Settings:
    """Settings from the environment; exit with one clear line when one is wrong."""
    try:
        return load_settings(os.environ)
    except SettingsError as exc:
        print(f"waterbot: configuration error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def create_app(settings: Settings) -> web.Application:
    """The whole service as one aiohttp application."""
    notify.install(settings)  # task cards and customer notices go out through the outbox
    # One reminder policy for every edge that plans or sends reminders: deliveries recorded
    # in WeCom or the back office, and the scheduler's sweeps.
    policy = policy_from_settings(settings)
    return build_app(
        settings,
        # The outbound side comes before the callbacks, so that on shutdown its outbox sender
        # still runs while they wait for their late turns (cleanup runs in reverse order).
        extensions=(
            outbound.setup,
            mp.setup,
            pay.setup,  # POST /pay/notify, GET /pay/order/{no}: only when WATERBOT_PAY_* is set
            partial(work.setup, refill_policy=policy),
            scheduler_runner.setup_with(alert_wording=owner_alerts.alert_text, policy=policy),
            partial(admin_app.setup, refill_policy=policy),
        ),
    )


def run_with_db(settings: Settings, job: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Migrate, connect, run `job`, close: for one-shot commands."""

    async def runner() -> int:
        async with connected(settings.database_url):
            return await job()

    return asyncio.run(runner())


def check_exposure(settings: Settings) -> None:
    """Public development credentials may only be used on loopback; say which are in use."""
    if not uses_dev_credentials(settings):
        return
    if not settings.listens_on_loopback:
        print(
            f"waterbot: refusing to listen on {settings.host}: no WATERBOT_MP_TOKEN or "
            "WATERBOT_WORK_TOKEN is set, so the callbacks use public development credentials; "
            "set the real tokens or listen on 127.0.0.1",
            file=sys.stderr,
        )
        raise SystemExit(2)
    log.warning("no WeChat tokens configured: using local development credentials on loopback")
