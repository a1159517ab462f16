"""One routing vocabulary: routers of handlers, nested, each maybe behind a guard.

A router is an ordered list of entries, each either a route (a filter and a handler) or an
included router. `route()` tries a router's entries in the order they were added, routes and
included routers alike (unlike aiogram, which tries a router's own handlers before its
children): so `include_router` placed between two registrations sits between them. A router
whose guard fails is skipped whole, with everything included in it.

A filter either passes or not (`on`, `state`, `intent`, `event`, `message`, `text`), or finds a
value it hands to the handler (`match`; `command` hands the regular-expression match, `button`
the typed payload of a card button). A handler gets the `Turn` (and that value) and returns a
`Reply`, or None to let the next entry try.
"""

from __future__ import annotations

import re
from collections.abc import Awaitable, Callable, Iterable
from dataclasses import dataclass, field
from typing import Any, Generic, Protocol, TypeVar

from bot.conversation import Reply, Turn
from domain.rules.chat_states import ChatState

T = TypeVar("T")

Handler = Callable[[Turn], Awaitable[Reply | None]]
H = TypeVar("H", bound=Handler)  # a registration decorator returns the handler as it was
Filter = Callable[[Turn], bool]
# A filter that finds what the handler needs in the turn (a match, a payload), or None.
Select = Callable[[Turn], T | None]
ValueHandler = Callable[[Turn, T], Awaitable[Reply | None]]
Command = Callable[[Turn, re.Match[str]], Awaitable[Reply | None]]
C = TypeVar("C", bound=Command)

# The WeCom event of a press on a template card button.
CARD_TAP = "template_card_event"


class Entry(Protocol):
    """A route or an included router: answers the turn, or None to let the next one try."""

    async def attempt(self, turn: Turn) -> Reply | None:
        """The reply, or None when this entry does not take the turn."""

    def selects(self, turn: Turn) -> bool:
        """Whether a filter here passes for the turn (nothing is run)."""


@dataclass(frozen=True)
class Route(Generic[T]):
    """A filter and the handler it hands its value to."""

    select: Callable[[Turn], T | None]
    handler: Callable[[Turn, T], Awaitable[Reply | None]]

    async def attempt(self, turn: Turn) -> Reply | None:
        """Run the handler when the filter finds its value."""
        found = self.select(turn)
        return None if found is None else await self.handler(turn, found)

    def selects(self, turn: Turn) -> bool:
        """Whether the filter passes."""
        return self.select(turn) is not None


@dataclass(eq=False)  # routers are compared by identity (include_router refuses cycles)
class Router:
    """The routes of one feature, or a tree of routers, in the order they are tried."""

    name: str
    guard: Filter | None = None
    entries: list[Entry] = field(default_factory=list)

    def include_router(self, child: Router) -> Router:
        """Try `child` (and its guard) at this point among this router's entries."""
        if any(node is self for node in child.walk()):
            raise ValueError(f"router {child.name!r} would include itself")
        self.entries.append(child)
        return child

    def include_routers(self, *children: Router) -> None:
        """Include several routers, in this order."""
        for child in children:
            self.include_router(child)

    def walk(self) -> Iterable[Router]:
        """This router and every router included in it, depth first."""
        yield self
        for entry in self.entries:
            if isinstance(entry, Router):
                yield from entry.walk()

    def admits(self, turn: Turn) -> bool:
        """The guard passes (or there is none)."""
        return self.guard is None or self.guard(turn)

    async def attempt(self, turn: Turn) -> Reply | None:
        """The first entry that answers, if the guard admits the turn."""
        if not self.admits(turn):
            return None
        for entry in self.entries:
            reply = await entry.attempt(turn)
            if reply is not None:
                return reply
        return None

    def selects(self, turn: Turn) -> bool:
        """Whether some filter in this tree passes (guards included); no handler runs."""
        return self.admits(turn) and any(entry.selects(turn) for entry in self.entries)

    def match(self, select: Select[T]) -> Callable[[ValueHandler[T]], ValueHandler[T]]:
        """Handle turns in which `select` finds a value; the handler gets it."""

        def register(handler: ValueHandler[T]) -> ValueHandler[T]:
            self.entries.append(Route(select, handler))
            return handler

        return register

    def on(self, check: Filter) -> Callable[[H], H]:
        """Handle turns that pass `check`."""

        def register(handler: H) -> H:
            self.entries.append(Route(lambda turn: True if check(turn) else None, _plain(handler)))
            return handler

        return register

    def command(self, pattern: str | re.Pattern[str]) -> Callable[[C], C]:
        """Handle text the pattern matches as a whole; the handler gets the match."""
        compiled = re.compile(pattern)

        def register(handler: C) -> C:
            self.match(lambda turn: compiled.fullmatch(turn.text))(handler)
            return handler

        return register

    def button(
        self, unpack: Callable[[str], T | None]
    ) -> Callable[[ValueHandler[T]], ValueHandler[T]]:
        """Handle card taps whose key `unpack` reads; the handler gets the typed payload."""
        return self.match(
            lambda turn: unpack(turn.incoming.event_key or "") if is_tap(turn) else None
        )

    def text(self, *words: str) -> Callable[[H], H]:
        """Handle text that is exactly one of these words."""
        return self.on(lambda turn: turn.text in words)

    def state(self, *states: ChatState) -> Callable[[H], H]:
        """Handle turns while the conversation is in one of these declared states."""
        return self.on(lambda turn: turn.state in states)

    def intent(self, *names: str) -> Callable[[H], H]:
        """Handle text whose understood intent is one of these."""
        return self.on(lambda turn: turn.parsed is not None and turn.parsed.intent in names)

    def event(self, *names: str) -> Callable[[H], H]:
        """Handle WeChat events (subscribe, CLICK …)."""
        return self.on(lambda turn: (turn.incoming.event or "").lower() in names)

    def message(self, *types: str) -> Callable[[H], H]:
        """Handle non-text message types (location, image …)."""
        return self.on(lambda turn: turn.incoming.msg_type in types)


def _plain(handler: Handler) -> Callable[[Turn, Any], Awaitable[Reply | None]]:
    """A handler of the turn alone, as a route's handler (the filter's value is `True`)."""
    return lambda turn, _: handler(turn)


def is_tap(turn: Turn) -> bool:
    """A press on a template card button."""
    return (turn.incoming.event or "") == CARD_TAP


def with_argument(word: str) -> re.Pattern[str]:
    """`word` and what follows it (lines included) as the group `arg`: 客户 王 → arg '王'."""
    return re.compile(rf"{re.escape(word)}\s*(?P<arg>.*)", re.S)


async def route(router: Router, turn: Turn) -> Reply | None:
    """The first handler in the tree whose filter passes and which answers."""
    return await router.attempt(turn)
