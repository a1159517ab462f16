"""The HTTP side of a WeChat callback, shared by the Official Account and WeCom endpoints.

Refusals happen here, before anything reaches the domain: bad signature or stale timestamp
403, malformed body 400, too large 413. A reply not ready within the budget is answered with
`success` and sent later through the messaging API.
"""

from __future__ import annotations

import asyncio
import logging
import secrets
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass

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


@dataclass
class Endpoint:
    """One channel's callback: its codec, its turn runner and how to send a late reply."""

    codec: CallbackCodec
    runner: TurnRunner
    send_late: LateSender
    pending: set[asyncio.Task[Reply | None]]

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
        task = asyncio.create_task(self.runner.handle(incoming))
        try:
            return await asyncio.wait_for(asyncio.shield(task), self.runner.budget_s)
        except TimeoutError:
            # WeChat gives up after 5 s and retries; answer now, deliver the reply later.
            log.warning("reply for %s over budget; will send it later", incoming.dedupe_key)
            self._follow(task, incoming, tries=0)
            return None

    def _late(self, incoming: Incoming, task: asyncio.Task[Reply | None], tries: int = 0) -> None:
        self.pending.discard(task)
        if task.cancelled():
            return
        failure = task.exception()
        if isinstance(failure, LeftForRetry) and tries < len(LATE_RETRY_S):
            log.warning("%s; running it again in %.0f s", failure, LATE_RETRY_S[tries])
            self._follow(asyncio.create_task(self._again(incoming, tries)), incoming, tries + 1)
            return
        if failure is not None:
            log.error("late turn %s failed for good: %r", incoming.dedupe_key, failure)
            return
        reply = task.result()
        if reply is None or reply.is_silent:
            return
        sender = asyncio.ensure_future(self.send_late(incoming, reply))
        sender.add_done_callback(_log_failure)

    async def _again(self, incoming: Incoming, tries: int) -> Reply | None:
        await asyncio.sleep(LATE_RETRY_S[tries])
        return await self.runner.handle(incoming)

    def _follow(self, task: asyncio.Task[Reply | None], incoming: Incoming, tries: int) -> None:
        # A turn that outlived its request: answered late, or run again after an outage.
        self.pending.add(task)
        task.add_done_callback(lambda done: self._late(incoming, done, tries))


def _log_failure(task: asyncio.Future[None]) -> None:
    if not task.cancelled() and task.exception() is not None:
        log.error("late reply not queued: %s", task.exception())


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
    """Serve a callback endpoint at `path`."""
    app.router.add_get(path, endpoint.verify_url)
    app.router.add_post(path, endpoint.receive)
