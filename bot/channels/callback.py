"""The HTTP side of a WeChat callback, shared by the Official Account and WeCom endpoints.

Refusals happen here, before anything reaches the domain: bad signature or stale timestamp
403, malformed body 400, too large 413. A reply not ready within the budget is answered with
`success` and sent later through the messaging API. On shutdown, turns still running get a few
seconds to finish, then are cancelled, before the database closes.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from dataclasses import dataclass
from typing import Any, TypeVar

from aiohttp import web

from bot.channels.incoming import Incoming
from bot.channels.protocol import MAX_BODY_BYTES, BodyTooLarge, CallbackCodec, CallbackRejected
from bot.channels.replies import ReplyXml, image_reply, text_reply, update_button_reply
from bot.conversation import Reply
from bot.turns import LeftForRetry, TurnRunner
from domain.infra.telemetry import webhook_message

log = logging.getLogger(__name__)

LateSender = Callable[[Incoming, Reply], Awaitable[None]]

# A turn that lost the database after WeChat was answered `success` gets no retry from WeChat,
# so the endpoint runs it again itself, after these waits.
LATE_RETRY_S = (1.0, 5.0, 15.0)
# How long shutdown waits for turns still running (a late reply then still reaches the outbox)
# before cancelling them; the database closes only after.
DRAIN_S = 5.0
T = TypeVar("T")


@dataclass
class Endpoint:
    """One channel's callback: its codec, its turn runner and how to send a late reply."""

    codec: CallbackCodec
    runner: TurnRunner
    send_late: LateSender
    pending: set[asyncio.Task[Any]]

    async def verify_url(self, request: web.Request) -> web.Response:
        """GET: WeChat's URL check."""
        try:
            echo = self.codec.verify_url(request.query, now=time.time())
        except CallbackRejected as exc:
            return _refuse(request, exc)
        return web.Response(text=echo)

    async def receive(self, request: web.Request) -> web.Response:
        """POST: one message or event."""
        try:
            body = await request.content.read(MAX_BODY_BYTES + 1)
            if len(body) > MAX_BODY_BYTES:
                raise BodyTooLarge(f"body larger than {MAX_BODY_BYTES} bytes")
            incoming, encrypted = self.codec.decode(request.query, body, time.time())
        except CallbackRejected as exc:
            return _refuse(request, exc)
        webhook_message(incoming.channel, incoming.event or incoming.msg_type)
        reply = await self._within_budget(incoming)
        if reply is None or reply.is_silent:
            return web.Response(text="success")
        xml = self.codec.encode_reply(
            incoming,
            _render(incoming, reply),
            encrypted=encrypted,
            nonce=secrets.token_hex(8),
            timestamp=int(time.time()),
        )
        return web.Response(text=xml, content_type="application/xml")

    async def _within_budget(self, incoming: Incoming) -> Reply | None:
        task = self._track(asyncio.create_task(self.runner.handle(incoming)))
        try:
            return await asyncio.wait_for(asyncio.shield(task), self.runner.budget_s)
        except TimeoutError:
            # WeChat gives up after 5 s and retries; answer now, deliver the reply later.
            log.warning("reply for %s over budget; will send it later", incoming.dedupe_key)
            self._track(asyncio.create_task(self._answer_late(incoming, task)))
            return None

    async def _answer_late(self, incoming: Incoming, turn: Awaitable[Reply | None]) -> None:
        # WeChat was answered `success` and will not retry: the reply goes out through the
        # outbox, and a turn that lost the database is run again here.
        try:
            reply = await self._finished(incoming, turn)
            if reply is not None and not reply.is_silent:
                await self.send_late(incoming, reply)
        except Exception as exc:
            log.error("late turn %s failed for good: %r", incoming.dedupe_key, exc)

    async def _finished(self, incoming: Incoming, turn: Awaitable[Reply | None]) -> Reply | None:
        for wait in LATE_RETRY_S:
            try:
                return await turn
            except LeftForRetry as failure:
                log.warning("%s; running it again in %.0f s", failure, wait)
            await asyncio.sleep(wait)
            turn = self.runner.handle(incoming)
        return await turn

    def _track(self, task: asyncio.Task[T]) -> asyncio.Task[T]:
        # Every turn and late reply is known, so that shutdown can wait for it (see `drain`).
        self.pending.add(task)
        task.add_done_callback(self.pending.discard)
        return task

    async def drain(self, app: web.Application) -> AsyncIterator[None]:
        """Cleanup context: on shutdown, let running turns finish briefly, then cancel them.

        Left running, a turn outlived the database and kept the process from exiting. A
        cancelled turn saves no conversation and lets its message claim go (`TurnRunner.handle`).
        """
        yield
        if self.pending:
            log.info("waiting up to %.0f s for %d turn(s)", DRAIN_S, len(self.pending))
            await asyncio.wait(set(self.pending), timeout=DRAIN_S)
        if self.pending:
            log.warning("cancelling %d turn task(s) still running at shutdown", len(self.pending))
            for task in set(self.pending):
                task.cancel()
            await asyncio.gather(*self.pending, return_exceptions=True)


def _render(incoming: Incoming, reply: Reply) -> ReplyXml:
    if reply.card_button is not None:
        return update_button_reply(incoming, reply.card_button)
    if reply.image_media_id is not None:
        return image_reply(incoming, reply.image_media_id)
    return text_reply(incoming, reply.text)


def _refuse(request: web.Request, exc: CallbackRejected) -> web.Response:
    log.warning(
        "refused %s %s from %s: %s", request.method, request.path, request.remote, exc.reason
    )
    return web.Response(status=exc.status, text=type(exc).__name__)


def mount(app: web.Application, path: str, endpoint: Endpoint) -> None:
    """Serve a callback endpoint at `path`; its turns are drained on shutdown."""
    app.router.add_get(path, endpoint.verify_url)
    app.router.add_post(path, endpoint.receive)
    app.cleanup_ctx.append(endpoint.drain)
