"""From a decoded callback to a reply: dedupe, per-user serialisation, state, routing, errors.

Both guarantees hold across processes and crashes: a message is claimed as a lease (a retry
takes over from a holder that died), and a user's turns run one at a time because each turn
holds the user's conversation row for as long as it runs.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
import os
import secrets
import socket
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import datetime
from typing import Any
from weakref import WeakValueDictionary

from bot import texts
from bot.channels.incoming import Incoming
from bot.conversation import Reply, Turn, resume, saved_state
from bot.nlu import Parsed
from bot.router import Router, route
from domain.infra.db import is_outage
from domain.infra.ports import Clock
from domain.rules.errors import DomainError
from domain.services.conversations import (
    ConversationBusy,
    Saved,
    finish_turn,
    hold_conversation,
    load_conversation,
    release_conversation,
    renew_conversation,
)
from domain.services.dedupe import (
    Claim,
    claim_message,
    release_message,
    renew_message,
    stored_reply,
)

log = logging.getLogger(__name__)

Identify = Callable[[Turn], Awaitable[Reply | None]]
# Runs after routing: a flow waiting for an answer asks its question again after a reply
# that another handler gave (ordering.ask_again).
FollowUp = Callable[[Turn, Reply | None], Awaitable[Reply | None]]
# How a refused request reads on a channel (the Official Account adds the station's phone).
Refusal = Callable[[DomainError], Awaitable[str]]
Understand = Callable[[str, datetime], Parsed | None]

# Longer texts are parsed in a thread so one essay-length message cannot stall the loop.
INLINE_PARSE_CHARS = 200

REPLAY_POLL_S = 0.05
RENEW_EVERY_S = 1.0
# How long a turn waits for the same user's previous turn (in any process) before giving up.
HOLD_WAIT_S = 30.0
# Well inside the 3 s message lease: a turn that holds its conversation this soon after a
# fresh claim needs no check that another process finished the message meanwhile.
FRESH_S = 1.0

PROCESS_TAG = f"{socket.gethostname()[:24]}:{os.getpid()}"


class LeftForRetry(Exception):
    """A turn let go because the database was unreachable; running it again is safe."""


class TurnRunner:
    """Handles one channel's messages with that channel's root router."""

    def __init__(
        self,
        router: Router,
        understand: Understand,
        identify: Identify,
        clock: Clock,
        budget_s: float = 4.0,
        extra: dict[str, Any] | None = None,
        follow_up: FollowUp | None = None,
        refusal: Refusal | None = None,
    ) -> None:
        self.follow_up = follow_up
        self.refusal = refusal
        self.router = router
        self.understand = understand
        self.identify = identify
        self.clock = clock
        self.budget_s = budget_s
        self.extra = extra or {}
        self._locks: WeakValueDictionary[str, asyncio.Lock] = WeakValueDictionary()

    async def handle(self, incoming: Incoming) -> Reply | None:
        """The reply for a message; a repeat (WeChat retry) gets the first one's reply.

        Raises LeftForRetry when the database could not be reached: nothing of the turn was
        kept, and the message is free for whoever runs it again.
        """
        key = f"{incoming.channel}:{incoming.dedupe_key}"
        try:
            return await self._handle(incoming, key)
        except Exception as exc:
            if is_outage(exc):
                raise LeftForRetry(key) from exc
            raise

    async def _handle(self, incoming: Incoming, key: str) -> Reply | None:
        holder = f"{PROCESS_TAG}:{secrets.token_hex(4)}"
        claim = await self._claim(key, incoming, holder)
        fresh_until = _fresh_until(claim)
        if not claim.claimed:
            log.info("repeat of %s from %s", key, incoming.sender)
            return Reply.from_json(claim.reply) if claim.reply else None
        if claim.taken_over_from:
            log.warning("took over %s from %s, whose lease lapsed", key, claim.taken_over_from)
        try:
            async with self._renewing(key, incoming, holder):
                return await self._serialised(incoming, key, holder, fresh_until)
        except BaseException:
            # The turn did not finish (database gone, shutdown): free it for WeChat's retry.
            await _let_go(key, incoming, holder)
            raise

    async def _claim(self, key: str, incoming: Incoming, holder: str) -> Claim:
        # Another process may be running this message: wait for its reply within the budget,
        # and take the message over if that process stops renewing its claim.
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.budget_s
        while True:
            claim = await claim_message(key, incoming.channel, holder)
            if claim.claimed or claim.done or loop.time() >= deadline:
                return claim
            await asyncio.sleep(REPLAY_POLL_S)

    @contextlib.asynccontextmanager
    async def _renewing(self, key: str, incoming: Incoming, holder: str) -> AsyncIterator[None]:
        renewer = asyncio.create_task(_renew(key, incoming, holder))
        try:
            yield
        finally:
            renewer.cancel()

    async def _serialised(
        self, incoming: Incoming, key: str, holder: str, fresh_until: float
    ) -> Reply | None:
        # Within a process a lock saves polling; the held conversation orders all processes.
        user = f"{incoming.channel}:{incoming.sender}"
        lock = self._locks.get(user)
        if lock is None:
            lock = self._locks[user] = asyncio.Lock()
        async with lock:
            try:
                await hold_conversation(incoming.channel, incoming.sender, holder, HOLD_WAIT_S)
            except ConversationBusy as exc:
                log.error("gave up on %s: %s", key, exc)
                return Reply(texts.STILL_BUSY)
            # A message claimed afresh, held well within its lease, is ours alone; one taken
            # over, or one whose lease may have lapsed while we waited, may be done already.
            mine = asyncio.get_running_loop().time() < fresh_until
            done, stored = (False, None) if mine else await stored_reply(key)
            if done:  # the holder we took over from finished after all
                await release_conversation(incoming.channel, incoming.sender, holder)
                return Reply.from_json(stored) if stored else None
            return await self._turn(incoming, key, holder)

    async def _turn(self, incoming: Incoming, key: str, holder: str) -> Reply | None:
        now = self.clock()
        turn = Turn(incoming, now, await self._understand(incoming, now), extra=dict(self.extra))
        saved = await load_conversation(incoming.channel, incoming.sender)
        turn.state, turn.draft = resume(saved, now)
        after: Saved | None = None  # a refused sender's conversation is left as it was
        try:
            reply = await self.identify(turn)
            if reply is None:
                reply = await route(self.router, turn)
                if self.follow_up is not None:
                    reply = await self.follow_up(turn, reply)
                after = saved_state(turn)
        except DomainError as exc:
            log.info("refused %s for %s: %s", type(exc).__name__, incoming.sender, exc.detail)
            text = await self.refusal(exc) if self.refusal is not None else exc.message
            reply, after = Reply(text), saved_state(turn)
        except Exception as exc:
            if is_outage(exc):
                log.warning("database unreachable in %s; leaving it to WeChat's retry", key)
                raise
            log.exception("handler failed for %s (%s)", incoming.sender, incoming.dedupe_key)
            turn.reset()
            reply, after = Reply(texts.SOMETHING_WENT_WRONG), saved_state(turn)
        stored = reply.to_json() if reply else None
        await finish_turn(incoming.channel, incoming.sender, holder, after, key, stored)
        return reply

    async def _understand(self, incoming: Incoming, now: datetime) -> Parsed | None:
        text = (incoming.content or "").strip()
        if incoming.msg_type not in ("text", "voice") or not text:
            return None
        if len(text) <= INLINE_PARSE_CHARS:
            return self.understand(text, now)
        return await asyncio.to_thread(self.understand, text, now)


def _fresh_until(claim: Claim) -> float:
    """Until when nobody else can have taken a claim over (its lease cannot have lapsed)."""
    if claim.taken_over_from:
        return 0.0
    return asyncio.get_running_loop().time() + FRESH_S


async def _renew(key: str, incoming: Incoming, holder: str) -> None:
    while True:
        await asyncio.sleep(RENEW_EVERY_S)
        try:
            if not await renew_message(key, holder):
                log.error("lost the claim on %s to another process", key)
            await renew_conversation(incoming.channel, incoming.sender, holder)
        except Exception as exc:  # a database blip must not end the renewals
            log.warning("could not renew %s: %s", key, exc)


async def _let_go(key: str, incoming: Incoming, holder: str) -> None:
    try:
        await release_message(key, holder)
        await release_conversation(incoming.channel, incoming.sender, holder)
    except Exception as exc:  # the leases lapse by themselves
        log.warning("could not release %s: %s", key, exc)
