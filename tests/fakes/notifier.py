"""A recording Notifier: what the domain said happened, kept as plain values for a test to read.

Where a test's claim is about the domain (an order reached a courier, a customer was told it
was delivered) rather than about WeChat, it installs this instead of `bot.notify`'s
`WeChatNotifier`; the outbox, the cards' wording and the wire are that notifier's own tests.

It records calls, not commits: a use case that notifies and then fails leaves its call here,
where the real notifier's outbox row would have been rolled back with it.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

from domain.infra.ports import Conn, HandoffNote, Notifier, RouteNote, TaskInfo, set_notifier

N = TypeVar("N", bound=Notifier)


@dataclass(frozen=True)
class Changed:
    """A courier told that one of their tasks was taken away."""

    courier_userid: str
    number: str
    change: str


@dataclass(frozen=True)
class Closed:
    """A task card that is done with."""

    courier_userid: str
    task_id: str
    outcome: str


@dataclass(frozen=True)
class CustomerNotice:
    """A notice to a customer on the Official Account."""

    openid: str
    notice: str
    facts: dict[str, Any]


@dataclass(frozen=True)
class HandoffSent:
    """A handed-over conversation's event, to staff (WeCom user ids) or to the customer."""

    to: tuple[str, ...]
    note: HandoffNote


@dataclass
class RecordingNotifier:
    """The domain's Notifier, keeping every call in order of arrival, one list per kind."""

    assigned: list[TaskInfo] = field(default_factory=list)
    changed: list[Changed] = field(default_factory=list)
    closed: list[Closed] = field(default_factory=list)
    notices: list[CustomerNotice] = field(default_factory=list)
    handoffs: list[HandoffSent] = field(default_factory=list)
    handoffs_closed: list[int] = field(default_factory=list)
    routes: list[RouteNote] = field(default_factory=list)

    async def route_planned(self, conn: Conn, route: RouteNote, now: datetime) -> None:
        """Keep the route."""
        self.routes.append(route)

    async def task_assigned(self, conn: Conn, task: TaskInfo, now: datetime) -> None:
        """Keep the task."""
        self.assigned.append(task)

    async def task_changed(
        self, conn: Conn, courier_userid: str, number: str, change: str, now: datetime
    ) -> None:
        """Keep the change."""
        self.changed.append(Changed(courier_userid, number, change))

    async def card_closed(
        self, conn: Conn, courier_userid: str, task_id: str, outcome: str, now: datetime
    ) -> None:
        """Keep the closing."""
        self.closed.append(Closed(courier_userid, task_id, outcome))

    async def customer_notice(
        self, conn: Conn, openid: str, notice: str, facts: Mapping[str, Any], now: datetime
    ) -> None:
        """Keep the notice and a copy of its facts."""
        self.notices.append(CustomerNotice(openid, notice, dict(facts)))

    async def handoff_to_staff(
        self, conn: Conn, userids: Sequence[str], note: HandoffNote, now: datetime
    ) -> None:
        """Keep the relay and who it went to."""
        self.handoffs.append(HandoffSent(tuple(userids), note))

    async def handoff_to_customer(
        self, conn: Conn, openid: str, note: HandoffNote, now: datetime
    ) -> None:
        """Keep what the customer was told."""
        self.handoffs.append(HandoffSent((openid,), note))

    async def handoff_closed(
        self, conn: Conn, number: int, now: datetime, tapped_by: str | None = None
    ) -> None:
        """Keep which handoff's cards were closed."""
        self.handoffs_closed.append(number)


@contextmanager
def installed(notifier: N) -> Iterator[N]:
    """`notifier` is the one the use cases call inside the block; the previous one after it."""
    previous = set_notifier(notifier)
    try:
        yield notifier
    finally:
        set_notifier(previous)
