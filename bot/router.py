"""One router per feature: handlers picked by conversation state, intent, event or message type.

A handler gets the `Turn` and returns a `Reply`, or None to let the next handler try.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

from bot.conversation import Reply, Turn
from domain.rules.chat_states import ChatState

Handler = Callable[[Turn], Awaitable[Reply | None]]
Filter = Callable[[Turn], bool]


@dataclass
class Router:
    """An ordered list of (filter, handler) pairs for one feature."""

    name: str
    routes: list[tuple[Filter, Handler]] = field(default_factory=list)

    def on(self, check: Filter) -> Callable[[Handler], Handler]:
        """Register a handler for turns that pass `check`."""

        def register(handler: Handler) -> Handler:
            self.routes.append((check, handler))
            return handler

        return register

    def state(self, *states: ChatState) -> Callable[[Handler], Handler]:
        """Handle turns while the conversation is in one of these declared states."""
        return self.on(lambda turn: turn.state in states)

    def intent(self, *names: str) -> Callable[[Handler], Handler]:
        """Handle text whose understood intent is one of these."""
        return self.on(lambda turn: turn.parsed is not None and turn.parsed.intent in names)

    def event(self, *names: str) -> Callable[[Handler], Handler]:
        """Handle WeChat events (subscribe, CLICK …)."""
        return self.on(lambda turn: (turn.incoming.event or "").lower() in names)

    def message(self, *types: str) -> Callable[[Handler], Handler]:
        """Handle non-text message types (location, image …)."""
        return self.on(lambda turn: turn.incoming.msg_type in types)


async def route(routers: list[Router], turn: Turn) -> Reply | None:
    """The first handler whose filter passes and which answers."""
    for router in routers:
        for check, handler in router.routes:
            if check(turn):
                reply = await handler(turn)
                if reply is not None:
                    return reply
    return None
