"""The aiohttp application: resources in cleanup contexts, routes per feature."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator, Callable

from aiohttp import web

from bot import health
from bot.keys import SETTINGS
from domain.infra.db import connected
from domain.infra.settings import Settings

log = logging.getLogger(__name__)

Extension = Callable[[web.Application], None]


def database_context(
    migrate_on_start: bool,
) -> Callable[[web.Application], AsyncIterator[None]]:
    """Connect (and migrate) on start-up, close on shutdown."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        url = app[SETTINGS].database_url
        async with connected(url, migrate_first=migrate_on_start):
            log.info("database ready (%s)", url.split("://", 1)[0])
            yield

    return context


def build_app(
    settings: Settings,
    *,
    migrate_on_start: bool = True,
    manage_database: bool = True,
    extensions: tuple[Extension, ...] = (),
) -> web.Application:
    """The app factory; `extensions` let the composition root mount admin and scheduler."""
    # Callbacks cap their own bodies at 64 KiB; admin uploads (Excel imports) need more.
    app = web.Application(client_max_size=10 * 1024 * 1024)
    app[SETTINGS] = settings
    if manage_database:
        app.cleanup_ctx.append(database_context(migrate_on_start))
    health.add_routes(app)
    for extend in extensions:
        extend(app)
    return app
