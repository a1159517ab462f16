"""The Official Account (公众号) callback: customers' messages in, replies out."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import AsyncIterator
from datetime import datetime

from aiohttp import web

from bot.channels.callback import Endpoint, LateSender, mount
from bot.channels.dev import mp_credentials
from bot.channels.incoming import Incoming
from bot.channels.protocol import CallbackCodec
from bot.conversation import Reply, Turn
from bot.handlers import (
    account,
    changes,
    common,
    complaints,
    events,
    follow_up,
    handoff,
    ordering,
    orders_info,
    promo,
    refusals,
    reorder,
    service,
    station_info,
)
from bot.keys import SETTINGS
from bot.nlu import CatalogEntry, Understanding
from bot.notify import notice_payload, notice_template
from bot.router import Router
from bot.turns import TurnRunner
from domain.infra.ports import Clock
from domain.reads.queries import catalog_terms
from domain.services.followers import writer_for_openid
from domain.services.outbox import enqueue_now

log = logging.getLogger(__name__)

PATH = "/wechat/mp"
UNDERSTANDING: web.AppKey[Understanding] = web.AppKey("understanding")
MP_ENDPOINT: web.AppKey[Endpoint] = web.AppKey("mp_endpoint")
CATALOG_REFRESH_S = 30.0

# The order routers are tried in (docs/ARCHITECTURE.md, "Which router answers").
ROUTER = Router("mp")
ROUTER.include_routers(
    handoff.router,
    events.router,
    common.router,
    promo.router,
    reorder.router,
    complaints.flow,
    changes.router,
    ordering.router,
    station_info.router,
    account.router,
    orders_info.router,
    service.router,
    complaints.router,
    common.fallback,
)


async def catalog_entries() -> list[CatalogEntry]:
    """What the understanding step needs to know about active products."""
    return [CatalogEntry(p.sku, p.name, p.aliases, p.unit) for p in await catalog_terms()]


async def identify_customer(turn: Turn) -> Reply | None:
    """Every OA sender is a customer, created on first contact; note the 48-hour window."""
    turn.customer = await writer_for_openid(turn.incoming.sender, turn.now)
    return None


def late_sender(template: tuple[str, str] | None) -> LateSender:
    """Replies that missed the passive budget go out as customer-service messages."""

    async def send_late(incoming: Incoming, reply: Reply) -> None:
        payload = notice_payload(reply.text, template)
        await enqueue_now("mp", incoming.sender, "text", payload, datetime.now().astimezone())

    return send_late


def understanding_context(app: web.Application) -> AsyncIterator[None]:
    """Load jieba and the catalog off the event loop; refresh the catalog while running."""

    async def context(app: web.Application) -> AsyncIterator[None]:
        entries = await catalog_entries()
        app[UNDERSTANDING] = await asyncio.to_thread(Understanding, entries)
        refresher = asyncio.create_task(_refresh(app[UNDERSTANDING], entries))
        yield
        refresher.cancel()

    return context(app)


async def _refresh(understanding: Understanding, known: list[CatalogEntry]) -> None:
    # Products added in the admin API are understood within a refresh, without a restart.
    while True:
        await asyncio.sleep(CATALOG_REFRESH_S)
        try:
            entries = await catalog_entries()
        except Exception as exc:  # a database blip must not end the refresher
            log.warning("catalog refresh failed: %s", exc)
            continue
        if entries != known:
            await asyncio.to_thread(understanding.update_catalog, entries)
            known = entries
            log.info("understanding reloaded with %d products", len(entries))


async def reload_catalog(app: web.Application) -> None:
    """Re-read the catalog now (after an edit in this process); others follow within 30 s."""
    entries = await catalog_entries()
    await asyncio.to_thread(app[UNDERSTANDING].update_catalog, entries)


def build_endpoint(app: web.Application, clock: Clock) -> Endpoint:
    """The MP endpoint for this app's settings."""
    settings = app[SETTINGS]
    appid, token, aes_key = mp_credentials(settings)
    codec = CallbackCodec.mp(token, appid, aes_key)
    runner = TurnRunner(
        ROUTER,
        lambda text, now: app[UNDERSTANDING].parse(text, now),
        identify_customer,
        clock,
        extra={"code_secret": settings.code_secret},
        follow_up=follow_up.after_route,
        refusal=refusals.refusal_text,
    )
    return Endpoint(codec, runner, late_sender(notice_template(settings)), set())


def setup(app: web.Application, clock: Clock | None = None) -> None:
    """Mount GET/POST /wechat/mp."""
    tz = app[SETTINGS].tz
    app.cleanup_ctx.append(understanding_context)
    endpoint = build_endpoint(app, clock or (lambda: datetime.now(tz)))
    app[MP_ENDPOINT] = endpoint
    mount(app, PATH, endpoint)
