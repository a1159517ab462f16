"""Alerts to owners and dispatchers: a task not accepted, a window missed, a delivery failed
or rescheduled, cash short at the door.

`sweep_alerts` runs on a schedule (on any number of nodes). Each alert is keyed by what caused
it (kind + the assignment, the window or the failure), recorded in `alert_sent` together with
its WeCom messages in one transaction; the unique key makes a second sender's insert fail, so
an alert goes out once however many sweeps race. New complaints are not swept: the complaint
use case tells the owner in its own transaction (`requests.log_complaint`).
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from domain.models import AlertSent, Courier, Customer, Order, OrderEvent, TaskCard
from domain.rules.dispatch import RESCHEDULED as RESCHEDULED_BACK
from domain.rules.door_cash import OWING
from domain.services.requests import STAFF_ROLES, notify_staff

log = logging.getLogger(__name__)

NOT_ACCEPTED, OVERDUE, FAILED = "not_accepted", "overdue", "failed"
RESCHEDULED = "rescheduled"  # a failure that moved the window: 改约, not 配送失败
CASH_SHORT = "cash_short"
ACCEPT_WITHIN = timedelta(minutes=15)
FAILED_LOOKBACK = timedelta(hours=24)  # older failures are history, not news
SLACK = timedelta(days=1)  # SQLite compares ISO text; the exact cut is made in Python
OPEN_TASK_STATES = ("awaiting_dispatch", "assigned", "delivering")


@dataclass(frozen=True)
class Alert:
    """One thing owners and dispatchers should hear about, as plain values."""

    kind: str
    ref: str  # unique per kind: what exactly this alert is about
    number: str
    customer: str
    phone: str
    address: str
    courier: str  # the courier's name (for a failure, who failed it), or "" when none
    window_start: datetime
    window_end: datetime
    state: str
    since: datetime  # the assignment, the end of the window, or the failure
    noticed_at: datetime  # when the sweep found it
    reason: str = ""
    due_fen: int = 0  # cash_short: what was due at the door and what was taken
    collected_fen: int = 0
    assigned_to: str = ""  # a failure: the courier the order went to next, if any


Wording = Callable[[Alert], str]


async def sweep_alerts(now: datetime, word: Wording) -> int:
    """Send every alert that is due and was not sent before; returns how many were sent."""
    found = await due_alerts(now)
    sent = 0
    for alert in found:
        if await _send_once(alert, word(alert), now):
            sent += 1
    if sent:
        log.info("sent %d staff alerts", sent)
    return sent


@dataclass(frozen=True)
class _Due:
    kind: str
    ref: str
    order: Order
    since: datetime
    courier_userid: str | None = None  # who failed it; otherwise the order's courier
    reason: str = ""


async def due_alerts(now: datetime) -> list[Alert]:
    """Alerts whose moment has come and which no sweep has sent yet."""
    found = await _not_accepted(now) + await _overdue(now) + await _failed(now) + await _short(now)
    sent = set(await AlertSent.filter(ref__in=[d.ref for d in found]).values_list("kind", "ref"))
    return [await _alert(d, now) for d in found if (d.kind, d.ref) not in sent]


async def _send_once(alert: Alert, text: str, now: datetime) -> bool:
    try:
        async with in_transaction() as conn:
            await AlertSent.create(
                kind=alert.kind,
                ref=alert.ref,
                order_number=alert.number,
                sent_at=now.astimezone(UTC),
                using_db=conn,
            )
            count = await notify_staff(conn, text, now, STAFF_ROLES)
            await (
                AlertSent.filter(kind=alert.kind, ref=alert.ref)
                .using_db(conn)
                .update(recipients=count)
            )
    except IntegrityError:
        log.info("alert %s %s already sent by another sweep", alert.kind, alert.ref)
        return False
    return True


async def _alert(due: _Due, now: datetime) -> Alert:
    tz = now.tzinfo  # the station's zone, whatever the database handed back
    order = due.order
    customer = await Customer.get_or_none(id=order.customer_id)  # type: ignore[attr-defined]
    current = await Courier.get_or_none(id=order.courier_id) if order.courier_id else None  # type: ignore[attr-defined]
    name, assigned_to = (current.name if current else ""), ""
    if due.courier_userid is not None:
        courier = await Courier.get_or_none(wecom_userid=due.courier_userid)
        name, assigned_to = (courier.name if courier else due.courier_userid), name
    return Alert(
        kind=due.kind,
        ref=due.ref,
        number=order.number,
        customer=customer.name if customer else "",
        phone=(customer.phone or "") if customer else "",
        address=str(order.address.get("text") or ""),
        courier=name,
        window_start=order.window_start.astimezone(tz),
        window_end=order.window_end.astimezone(tz),
        state=order.state,
        since=due.since.astimezone(tz),
        noticed_at=now,
        reason=due.reason,
        due_fen=order.cash_due_fen or 0,
        collected_fen=order.cash_collected_fen or 0,
        assigned_to=assigned_to,
    )


async def _not_accepted(now: datetime) -> list[_Due]:
    """Assigned 15 minutes ago or more and still neither set off nor accepted on the card."""
    orders = await Order.filter(state="assigned")
    if not orders:
        return []
    ids = [o.id for o in orders]
    accepted = set(
        await TaskCard.filter(order_id__in=ids, state="accepted").values_list("order_id", flat=True)
    )
    events = await OrderEvent.filter(order_id__in=ids, to_state="assigned").order_by("at", "id")
    latest = {e.order_id: e for e in events}  # type: ignore[attr-defined]
    due = []
    for order in orders:
        event = latest.get(order.id)
        if order.id in accepted or event is None or event.at > now - ACCEPT_WITHIN:
            continue
        # Keyed by the assignment: a reassigned order that again sits unaccepted alerts again.
        due.append(_Due(NOT_ACCEPTED, f"{order.number}@{event.id}", order, event.at))
    return due


async def _overdue(now: datetime) -> list[_Due]:
    """Open tasks whose delivery window has ended."""
    orders = await Order.filter(state__in=OPEN_TASK_STATES, window_end__lt=now + SLACK)
    # Keyed by the window: a rescheduled order that misses its new window alerts again.
    return [
        _Due(OVERDUE, f"{o.number}@{int(o.window_end.timestamp())}", o, o.window_end)
        for o in orders
        if o.window_end < now
    ]


async def _failed(now: datetime) -> list[_Due]:
    """Deliveries that failed (nobody home) or were rescheduled in the last day."""
    since = now - FAILED_LOOKBACK
    events = [
        e
        for e in await OrderEvent.filter(
            to_state="failed", at__gte=since - SLACK, at__lte=now + SLACK
        ).prefetch_related("order")
        if since <= e.at <= now
    ]
    moved = await _rescheduled([(e.id, e.order_id) for e in events])  # type: ignore[attr-defined]
    return [
        _Due(
            RESCHEDULED if e.id in moved else FAILED,
            f"{e.order.number}@{e.id}",
            e.order,
            e.at,
            e.actor,
            e.reason,
        )
        for e in events
    ]


async def _rescheduled(failures: list[tuple[int, int]]) -> set[int]:
    """Of these failures (event id, order id), those whose order went back to dispatch with a
    new window."""
    backs = await OrderEvent.filter(
        order_id__in=[order_id for _, order_id in failures], to_state="awaiting_dispatch"
    ).values_list("order_id", "id", "reason")
    moved = set()
    for failure_id, order_id in failures:
        # The event right after a failure sends the order back, saying whether it moved.
        after = [(i, reason) for o, i, reason in backs if o == order_id and i > failure_id]
        if after and min(after)[1] == RESCHEDULED_BACK:
            moved.add(failure_id)
    return moved


async def _short(now: datetime) -> list[_Due]:
    """Deliveries in the last day that left the customer owing: the cash taken fell short."""
    since = now - FAILED_LOOKBACK
    orders = await Order.filter(
        payment_status=OWING, delivered_at__gte=since - SLACK, delivered_at__lte=now + SLACK
    )
    # Keyed by the order: it is delivered once, so its shortfall is told once.
    return [
        _Due(CASH_SHORT, o.number, o, o.delivered_at)
        for o in orders
        if o.delivered_at is not None and since <= o.delivered_at <= now
    ]
