"""Incremental refill prediction: a delivery updates the household's state and plans reminders.

Runs inside the delivery's transaction with the customer's row locked, so the prediction, the
due time and the planned reminders change together with the delivery or not at all.
"""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

from domain.calendars import load_calendar
from domain.infra.ports import Conn
from domain.infra.settings import Settings
from domain.models import Customer, Reminder, Station
from domain.rules import refill
from domain.rules.reminder_rules import (
    FIRST,
    PENDING,
    SKIPPED,
    WAKE_UP,
    ReminderPolicy,
    dormant_at,
    hour_start,
    hours_of,
    parse_template_fields,
    pick_slot,
)

log = logging.getLogger(__name__)


def cycle_key(state: refill.RefillState) -> str:
    """The delivery a prediction comes from, as a stable key (UTC, to the second)."""
    return state.last_at.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def load_state(customer: Customer) -> refill.RefillState | None:
    """The stored state; a malformed one is dropped (the next deliveries rebuild it)."""
    if not customer.refill_state:
        return None
    try:
        return refill.RefillState.from_json(customer.refill_state)
    except ValueError as exc:
        log.warning("customer %s: discarding refill state: %s", customer.id, exc)
        return None


async def on_delivery(
    conn: Conn, customer: Customer, buckets: int, at: datetime, policy: ReminderPolicy
) -> None:
    """Fold one delivery into the household's prediction and plan its reminders by `policy`."""
    if buckets <= 0:
        return  # a delivery of no buckets (a pump, say) says nothing about drinking
    state = load_state(customer)
    prior = await station_prior(conn, policy)
    try:
        new = refill.record_delivery(state, refill.Delivery(at, buckets), prior)
    except ValueError as exc:
        # A delivery recorded after a later one (a courier's late confirmation) cannot be
        # folded in without replaying history; the prediction stays as it was.
        log.info("customer %s: refill state unchanged: %s", customer.id, exc)
        return
    need = refill.predict_need(new, prior)
    customer.refill_state, customer.refill_due_at = new.to_json(), need
    await (
        Customer.filter(id=customer.id)
        .using_db(conn)
        .update(refill_state=customer.refill_state, refill_due_at=need)
    )
    await plan_cycle(conn, customer, new, need, policy, prior)


async def plan_cycle(
    conn: Conn,
    customer: Customer,
    state: refill.RefillState,
    need: datetime | None,
    policy: ReminderPolicy,
    prior: refill.CohortPrior | None = None,
) -> None:
    """Plan the first reminder and the wake-up of this cycle; drop the last cycle's plans."""
    key = cycle_key(state)
    await (
        Reminder.filter(customer_id=customer.id, status=PENDING)
        .exclude(cycle_key=key)
        .using_db(conn)
        .update(status=SKIPPED, skip_reason="superseded")
    )
    earliest, latest = refill.reminder_range(
        state,
        prior or await station_prior(conn, policy),
        window=policy.lead,
        allowed_hours=policy.allowed_hours,
    )
    # Spread inside the useful range, away from hours the station has already filled.
    planned = await _planned_per_hour(conn, customer, earliest, latest, policy)
    plans = {FIRST: pick_slot(earliest, latest, str(customer.id), planned, policy)}
    if need is not None:
        plans[WAKE_UP] = dormant_at(state.last_at, need, policy)
    for kind, due in plans.items():
        await _upsert(conn, customer, key, kind, due.astimezone(UTC), need)


async def _upsert(
    conn: Conn, customer: Customer, key: str, kind: str, due: datetime, need: datetime | None
) -> None:
    # A second drop within hours of the first tops up the same cycle: its plan moves.
    found = await Reminder.filter(customer_id=customer.id, cycle_key=key, kind=kind).using_db(conn)
    if not found:
        await Reminder.create(
            customer=customer, cycle_key=key, kind=kind, due_at=due, need_at=need, using_db=conn
        )
    elif found[0].status == PENDING:
        await Reminder.filter(id=found[0].id).using_db(conn).update(due_at=due, need_at=need)


async def _planned_per_hour(
    conn: Conn, customer: Customer, earliest: datetime, latest: datetime, policy: ReminderPolicy
) -> dict[datetime, int]:
    hours = hours_of(earliest, latest, policy.tz)
    if policy.hour_cap <= 0 or len(hours) < 2:
        return {}
    dues = await (
        Reminder.filter(
            kind=FIRST,
            status=PENDING,
            # In UTC, as stored: SQLite compares the text.
            due_at__gte=hours[0].astimezone(UTC),
            due_at__lt=(hours[-1] + timedelta(hours=1)).astimezone(UTC),
        )
        .exclude(customer_id=customer.id)
        .using_db(conn)
        .values_list("due_at", flat=True)
    )
    return dict(Counter(hour_start(cast(datetime, due), policy.tz) for due in dues))


async def station_prior(conn: Conn, policy: ReminderPolicy) -> refill.CohortPrior:
    """`prior_for(policy)` with the station's own fitted season, once the job has fitted one."""
    prior = prior_for(policy)
    station = await Station.filter(id=1).using_db(conn).first()
    if station is None or station.season_amplitude is None or station.season_peak_day is None:
        return prior
    return replace(
        prior, season_amplitude=station.season_amplitude, season_peak_day=station.season_peak_day
    )


def prior_for(policy: ReminderPolicy) -> refill.CohortPrior:
    """The refill model's prior counting time in the policy's station calendar (WATERBOT_TZ)."""
    calendar = policy.calendar
    if calendar.tz != policy.tz:  # a policy built with its own tz: its days are in that zone
        calendar = replace(calendar, tz=policy.tz)
    return replace(refill.DEFAULT_PRIOR, calendar=calendar)


def policy_from_settings(settings: Settings) -> ReminderPolicy:
    """The reminder policy the WATERBOT_* settings describe."""
    return ReminderPolicy(
        calendar=load_calendar(Path(settings.calendar) if settings.calendar else None, settings.tz),
        hour_cap=settings.reminder_hour_cap,
        lead=timedelta(hours=settings.reminder_lead_hours),
        allowed_hours=settings.reminder_hours,
        tz=settings.tz,
        template_id=settings.mp_reminder_template_id,
        template_fields=parse_template_fields(settings.mp_reminder_template_fields),
    )
