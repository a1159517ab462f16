"""From a decoded callback to a reply: dedupe, per-user serialisation, state, routing, errors."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from weakref import WeakValueDictionary

from bot import texts
from bot.channels.incoming import Incoming
from bot.conversation import Reply, Turn, load_state, save_state
from bot.nlu import Parsed
from bot.router import Router, route
from domain.errors import DomainError
from domain.services.dedupe import claim_message, finish_message, stored_reply

log = logging.getLogger(__name__)

Identify = Callable[[Turn], Awaitable[Reply | None]]
Clock = Callable[[], datetime]
Understand = Callable[[str, datetime], Parsed | None]

# Longer texts are parsed in a thread so one essay-length message cannot stall the loop.
INLINE_PARSE_CHARS = 200

REPLAY_POLL_S = 0.05


class Dispatcher:
    """Handles one channel's messages with that channel's routers."""

    def __init__(
        self,
        routers: list[Router],
        understand: Understand,
        identify: Identify,
        clock: Clock,
        budget_s: float = 4.0,
        extra: dict[str, Any] | None = None,
    ) -> None:
        self.routers = routers
        self.understand = understand
        self.identify = identify
        self.clock = clock
        self.budget_s = budget_s
        self.extra = extra or {}
        self._locks: WeakValueDictionary[str, asyncio.Lock] = WeakValueDictionary()

    async def handle(self, incoming: Incoming) -> Reply | None:
        """The reply for a message; a repeat (WeChat retry) gets the first one's reply."""
        key = f"{incoming.channel}:{incoming.dedupe_key}"
        if not await claim_message(key, incoming.channel):
            log.info("repeat of %s from %s", key, incoming.sender)
            return await self._replay(key)
        reply = await self._serialised(incoming)
        await finish_message(key, reply.to_json() if reply else None)
        return reply

    async def _replay(self, key: str) -> Reply | None:
        # The first delivery may still be running; wait for it within the reply budget.
        loop = asyncio.get_running_loop()
        deadline = loop.time() + self.budget_s
        while loop.time() < deadline:
            done, stored = await stored_reply(key)
            if done:
                return Reply.from_json(stored) if stored else None
            await asyncio.sleep(REPLAY_POLL_S)
        return None

    async def _serialised(self, incoming: Incoming) -> Reply | None:
        # One user's messages run one at a time, so a draft is never updated by two turns.
        user = f"{incoming.channel}:{incoming.sender}"
        lock = self._locks.get(user)
        if lock is None:
            lock = self._locks[user] = asyncio.Lock()
        async with lock:
            return await self._turn(incoming)

    async def _turn(self, incoming: Incoming) -> Reply | None:
        now = self.clock()
        turn = Turn(incoming, now, await self._understand(incoming, now), extra=dict(self.extra))
        try:
            refused = await self.identify(turn)
            if refused is not None:
                return refused
            turn.state, turn.draft = await load_state(incoming.channel, incoming.sender, now)
            reply = await route(self.routers, turn)
        except DomainError as exc:
            log.info("refused %s for %s: %s", type(exc).__name__, incoming.sender, exc.detail)
            reply = Reply(exc.message)
        except Exception:
            log.exception("handler failed for %s (%s)", incoming.sender, incoming.dedupe_key)
            turn.reset()
            reply = Reply(texts.SOMETHING_WENT_WRONG)
        await save_state(incoming.channel, incoming.sender, turn)
        return reply

    async def _understand(self, incoming: Incoming, now: datetime) -> Parsed | None:
        text = (incoming.content or "").strip()
        if incoming.msg_type not in ("text", "voice") or not text:
            return None
        if len(text) <= INLINE_PARSE_CHARS:
            return self.understand(text, now)
        return await asyncio.to_thread(self.understand, text, now)
