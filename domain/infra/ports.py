"""What the domain calls out through. The bot supplies the implementations.

Notifications are written in the caller's transaction (through the outbox), so a notice exists
iff the change that caused it committed. The domain says *what* happened (plain values); the
edge decides how it looks on WeChat (cards, texts, templates) and in which words.

Registration: the composition root (`bot.bootstrap.create_app`) calls `set_notifier` once. Until
then the `NullNotifier` is in place, so one-shot CLI commands (demo data, imports) and tests
that do not install a channel notifier change orders without queuing any message.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Protocol

from tortoise.backends.base.client import BaseDBAsyncClient

log = logging.getLogger(__name__)

Conn = BaseDBAsyncClient  # the connection (or transaction) a query runs on
Clock = Callable[[], datetime]  # where an edge's idea of now comes from; tests pass a fixed one


@dataclass(frozen=True)
class TaskLine:
    """A product and how many of it."""

    name: str
    quantity: int


@dataclass(frozen=True)
class TaskInfo:
    """A delivery task as a courier needs to see it; money in fen."""

    task_id: str
    courier_userid: str
    number: str
    lines: tuple[TaskLine, ...]
    address: str
    latitude: float | None
    longitude: float | None
    window_start: datetime
    window_end: datetime
    payment_method: str
    money_due_fen: int  # what the courier collects on delivery (cash or scan)
    tickets_used: int
    deposit_fen: int
    note: str
    customer_name: str
    phone: str
    packs: tuple[tuple[str, int], ...] = ()  # ticket packs riding on it: (name, price)
    door_code: bool = False  # the card offers the 收款码 (WeChat Pay connected, money due)


# Customer notices (the `notice` argument of customer_notice) and their facts.
DELIVERED = "delivered"  # number, buckets, empties, cash_fen
MISSED = "missed"  # number
RESCHEDULED = "rescheduled"  # number, window_start, window_end (ISO)

# Task changes a courier hears about without tapping (task_changed's `change`).
REASSIGNED = "reassigned"
CANCELLED = "cancelled"
CHANGED = "changed"  # the customer changed time, address or quantity: a new card follows


# What happened in a conversation handed to staff (HandoffNote.event).
HANDOFF_OPENED = "opened"  # the customer asked for a person: who they are, their open orders
HANDOFF_SAID = "said"  # the customer wrote text
HANDOFF_PICTURE = "picture"  # the customer sent a picture (media_id on the OA, picture_url)
HANDOFF_ANSWERED = "answered"  # staff answered (text, staff_name)
HANDOFF_ENDED = "ended"  # ended_by: customer, lapse or staff


@dataclass(frozen=True)
class HandoffNote:
    """One event of a conversation handed to staff, as plain values."""

    number: int
    event: str
    customer_name: str
    customer_phone: str
    text: str = ""
    picture_url: str = ""
    media_id: str = ""  # the Official Account's media id of a picture
    staff_name: str = ""
    ended_by: str = ""
    open_orders: tuple[tuple[str, str], ...] = ()  # (order number, state)


@dataclass(frozen=True)
class RouteStopNote:
    """One stop of a courier's planned route."""

    sequence: int
    trip: int
    number: str
    window_start: datetime
    window_end: datetime
    arrival: datetime | None
    address: str
    latitude: float | None
    longitude: float | None
    phone: str
    lines: tuple[TaskLine, ...]
    placed: bool = False  # no coordinates: its place on the route is a guess from its building
    late: bool = False


@dataclass(frozen=True)
class RouteNote:
    """A courier's planned route for the day, stops in the order to drive them."""

    courier_userid: str
    meters: int
    stops: tuple[RouteStopNote, ...]
    added: str = ""  # the order put into the route between cut-offs: an updated route


class Notifier(Protocol):
    """Outbound notices, queued inside the caller's transaction."""

    async def task_assigned(self, conn: Conn, task: TaskInfo, now: datetime) -> None:
        """A task card for the courier the order was given to."""

    async def task_changed(
        self, conn: Conn, courier_userid: str, number: str, change: str, now: datetime
    ) -> None:
        """Tell a courier that one of their tasks was taken away (reassigned, cancelled)."""

    async def card_closed(
        self, conn: Conn, courier_userid: str, task_id: str, outcome: str, now: datetime
    ) -> None:
        """A task card is done with (delivered, failed, rescheduled, reassigned, cancelled)."""

    async def customer_notice(
        self, conn: Conn, openid: str, notice: str, facts: Mapping[str, Any], now: datetime
    ) -> None:
        """A notice to the customer on the Official Account."""

    async def handoff_to_staff(
        self, conn: Conn, userids: Sequence[str], note: HandoffNote, now: datetime
    ) -> None:
        """Relay a handed-over conversation's event to these staff members in WeCom."""

    async def handoff_to_customer(
        self, conn: Conn, openid: str, note: HandoffNote, now: datetime
    ) -> None:
        """Tell the customer what staff said, or that the conversation went back to the bot."""

    async def handoff_closed(
        self, conn: Conn, number: int, now: datetime, tapped_by: str | None = None
    ) -> None:
        """Handoff `number` is over: its cards' buttons stop acting (`tapped_by`'s card was
        already greyed by the answer to their tap)."""

    async def route_planned(self, conn: Conn, route: RouteNote, now: datetime) -> None:
        """Send a courier the day's route in the planned order."""


class NullNotifier:
    """Sends nothing; the default until the composition root installs a real one."""

    async def task_assigned(self, conn: Conn, task: TaskInfo, now: datetime) -> None:
        """Drop the card."""
        log.debug("no notifier installed: task card for %s not queued", task.number)

    async def task_changed(
        self, conn: Conn, courier_userid: str, number: str, change: str, now: datetime
    ) -> None:
        """Drop the change notice."""
        log.debug("no notifier installed: %s of %s not sent", change, number)

    async def card_closed(
        self, conn: Conn, courier_userid: str, task_id: str, outcome: str, now: datetime
    ) -> None:
        """Leave the card as it is."""
        log.debug("no notifier installed: card %s (%s) not updated", task_id, outcome)

    async def customer_notice(
        self, conn: Conn, openid: str, notice: str, facts: Mapping[str, Any], now: datetime
    ) -> None:
        """Drop the customer notice."""
        log.debug("no notifier installed: %s notice not sent", notice)

    async def handoff_to_staff(
        self, conn: Conn, userids: Sequence[str], note: HandoffNote, now: datetime
    ) -> None:
        """Drop the relay."""
        log.debug("no notifier installed: handoff %d %s not relayed", note.number, note.event)

    async def handoff_to_customer(
        self, conn: Conn, openid: str, note: HandoffNote, now: datetime
    ) -> None:
        """Drop the message to the customer."""
        log.debug("no notifier installed: handoff %d %s not sent", note.number, note.event)

    async def handoff_closed(
        self, conn: Conn, number: int, now: datetime, tapped_by: str | None = None
    ) -> None:
        """Leave the cards as they are."""
        log.debug("no notifier installed: handoff %d cards not closed", number)

    async def route_planned(self, conn: Conn, route: RouteNote, now: datetime) -> None:
        """Drop the route."""
        log.debug("no notifier installed: route for %s not sent", route.courier_userid)


_current: Notifier = NullNotifier()


def set_notifier(notifier: Notifier) -> Notifier:
    """Install the notifier the use cases call; returns the previous one (tests restore it)."""
    global _current
    previous, _current = _current, notifier
    return previous


def notifier() -> Notifier:
    """The installed notifier."""
    return _current
