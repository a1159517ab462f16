"""Typed keys on the app and the request, and how handlers reach settings and the clock."""

from __future__ import annotations

from datetime import datetime

from aiohttp import web

from domain.infra.ports import Clock
from domain.infra.settings import Settings
from domain.rules.reminder_rules import ReminderPolicy
from domain.services.api_tokens import TokenInfo

ADMIN_SETTINGS: web.AppKey[Settings] = web.AppKey("admin_settings", Settings)
# How a delivery recorded here plans the household's reminders (the composition root's).
REFILL_POLICY: web.AppKey[ReminderPolicy] = web.AppKey("admin_refill_policy", ReminderPolicy)
# Set on the parent app to fix the time (tests); otherwise the station's wall clock.
CLOCK: web.AppKey[Clock] = web.AppKey("admin_clock")
PRINCIPAL: web.RequestKey[TokenInfo] = web.RequestKey("admin_principal", TokenInfo)


def settings_of(request: web.Request) -> Settings:
    """The service settings the admin API was mounted with."""
    return request.config_dict[ADMIN_SETTINGS]


def refill_policy_of(request: web.Request) -> ReminderPolicy:
    """The reminder policy deliveries are recorded with."""
    return request.config_dict[REFILL_POLICY]


def clock_of(request: web.Request) -> Clock:
    """Now, in the station's time zone."""
    clock = request.config_dict.get(CLOCK)
    if clock is not None:
        return clock
    tz = settings_of(request).tz
    return lambda: datetime.now(tz)


def find_settings(app: web.Application) -> Settings:
    """The Settings the app factory stored; admin cannot import the bot's key, so it looks."""
    found = [value for value in app.values() if isinstance(value, Settings)]
    if len(found) != 1:
        raise RuntimeError("admin.setup needs an app carrying exactly one Settings value")
    return found[0]
