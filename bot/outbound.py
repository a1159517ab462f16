"""Outbound WeChat: one HTTP session, the shared token store, the clients and the outbox sender."""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
from aiohttp import web

from bot.channels.api import MpClient, WorkClient
from bot.channels.outbox_worker import build_clients, outbox_context
from bot.keys import SETTINGS
from domain.services.access_tokens import DbTokenStore

MP_CLIENT: web.AppKey[MpClient | None] = web.AppKey("mp_client")
WORK_CLIENT: web.AppKey[WorkClient | None] = web.AppKey("work_client")


async def outbound_context(app: web.Application) -> AsyncIterator[None]:
    """Open the clients and run the outbox sender for the app's lifetime."""
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        mp, work = build_clients(app[SETTINGS], session, DbTokenStore())
        app[MP_CLIENT], app[WORK_CLIENT] = mp, work
        async for _ in outbox_context(mp, work)(app):
            yield


def setup(app: web.Application) -> None:
    """Mount the outbound side (after the database context)."""
    app.cleanup_ctx.append(outbound_context)
