"""GET /healthz: is the service up and can it reach its database."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from aiohttp import web

import domain
from domain.infra.db import ping

Pinger = Callable[[], Awaitable[bool]]
PINGER: web.AppKey[Pinger] = web.AppKey("database_pinger")


async def healthz(request: web.Request) -> web.Response:
    """200 with status ok, or 503 when the database does not answer."""
    database_ok = await request.app.get(PINGER, ping)()
    body = {
        "status": "ok" if database_ok else "degraded",
        "database": "ok" if database_ok else "unreachable",
        "version": domain.__version__,
    }
    return web.json_response(body, status=200 if database_ok else 503)


def add_routes(app: web.Application) -> None:
    """Mount the health check."""
    app.router.add_get("/healthz", healthz)
