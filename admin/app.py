"""The admin API: a sub-application at /api/v1 with auth, errors, body cap and metrics."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import datetime
from functools import cache
from typing import Any

from aiohttp import web

from admin import (
    addresses,
    audit,
    campaigns,
    catalog,
    codes,
    complaints,
    customers,
    dispatch,
    exports,
    finance,
    finance_close,
    imports,
    metrics,
    orders,
    returns,
    staff,
    station,
    stats,
    tickets,
    tokens,
)
from admin.api import Operation, aiohttp_handler, json_response
from admin.auth import PUBLIC, THROTTLE, Throttle, auth_middleware
from admin.errors import errors_middleware
from admin.keys import ADMIN_SETTINGS, REFILL_POLICY, find_settings
from admin.limits import body_cap_middleware
from admin.openapi import document
from domain.rules.reminder_rules import ReminderPolicy
from domain.services.api_tokens import seed_token
from domain.services.refill import policy_from_settings

log = logging.getLogger(__name__)

PREFIX = "/api/v1"
API_APP: web.AppKey[web.Application] = web.AppKey("admin_api_app", web.Application)
RESOURCES = (
    customers, addresses, orders, catalog, staff, tickets, codes, returns, complaints, audit,
    tokens, imports, exports, stats, finance, finance_close, campaigns, station, dispatch,
)  # fmt: skip


def operations() -> list[Operation]:
    """Every declared endpoint, in resource order."""
    return [op for module in RESOURCES for op in module.routes.operations]


@cache
def openapi_document() -> dict[str, Any]:
    """The OpenAPI document (built once: the declarations do not change at run time)."""
    return document(operations())


async def openapi_view(request: web.Request) -> web.Response:
    """GET /api/v1/openapi.json, readable without a token."""
    return json_response(openapi_document())


setattr(openapi_view, PUBLIC, True)


def build_subapp() -> web.Application:
    """The /api/v1 application with its middlewares and every route."""
    api = web.Application(middlewares=[errors_middleware, auth_middleware, body_cap_middleware])
    api[THROTTLE] = Throttle()
    api.router.add_get("/openapi.json", openapi_view)
    for op in operations():
        api.router.add_route(op.method, op.path, aiohttp_handler(op))
    return api


async def seed_context(app: web.Application) -> AsyncIterator[None]:
    """Make WATERBOT_ADMIN_TOKEN a working owner token at start-up (idempotent)."""
    settings = app[ADMIN_SETTINGS]
    if settings.admin_token and await seed_token(settings.admin_token, datetime.now(settings.tz)):
        log.info("seeded the owner token from WATERBOT_ADMIN_TOKEN")
    yield


def setup(app: web.Application, refill_policy: ReminderPolicy | None = None) -> None:
    """Mount the admin API at /api/v1 and GET /metrics (after the database context).

    `refill_policy`: how deliveries recorded here plan reminders; else the settings' own.
    """
    app[ADMIN_SETTINGS] = find_settings(app)
    app[REFILL_POLICY] = refill_policy or policy_from_settings(app[ADMIN_SETTINGS])
    metrics.setup(app)
    app.cleanup_ctx.append(seed_context)
    app[API_APP] = build_subapp()
    app.add_subapp(PREFIX, app[API_APP])
