"""The refill model's station-wide parts on a real database: its own season, the per-hour cap."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta

import pytest

from domain.calendars import load_calendar
from domain.demo_data.refill_variants import generate
from domain.models import Customer, JobRun, Order, Reminder, Station
from domain.rules import refill as model
from domain.rules.refill_season import fit_season_before
from domain.rules.reminder_rules import FIRST, hour_start, pick_slot
from domain.services import refill, refill_season
from domain.services.station import station_row
from domain.services.support import default_connection
from tests.integration.helpers import make_customer
from tests.integration.reminder_helpers import POLICY, first_reminder, household
from tests.support import TZ

pytestmark = pytest.mark.usefixtures("db")

CAL = load_calendar(None, TZ)
AFTER_HISTORY = datetime(2026, 10, 10, 9, 0, tzinfo=TZ)  # the variants run to ~3 Oct 2026


async def _seed_history(households: int = 28) -> list[list[tuple[datetime, int]]]:
    """A generated station history written as delivered orders; the histories it holds."""
    rows = generate(CAL, "tune", seed=7, households=households)
    customers: dict[str, Customer] = {}
    orders = []
    for n, (name, at, quantity) in enumerate(rows):
        if name not in customers:
            customers[name] = await make_customer(f"o-{name}")
        orders.append(
            Order(
                number=f"S{n:09d}",
                customer=customers[name],
                address={},
                window_start=at,
                window_end=at,
                payment_method="cash",
                state="delivered",
                buckets_delivered=quantity,
                delivered_at=at,
            )
        )
    await Order.bulk_create(orders, batch_size=500)
    by_name: dict[str, list[tuple[datetime, int]]] = {}
    for name, at, quantity in rows:
        by_name.setdefault(name, []).append((at, quantity))
    return [sorted(h) for h in by_name.values()]


async def test_the_station_season_is_fitted_once_a_day_on_its_own_deliveries() -> None:
    histories = await _seed_history()
    expected = fit_season_before(histories, AFTER_HISTORY, TZ)
    assert expected is not None  # the seeded station has a clear swing to find
    fitted = await refill_season.refit_station_season(AFTER_HISTORY, TZ)
    assert fitted is not None
    assert fitted[1] == expected[1] and abs(fitted[0] - expected[0]) < 1e-9
    station = await Station.get(id=1)
    assert (station.season_amplitude, station.season_peak_day) == fitted
    assert station.season_fitted_at == AFTER_HISTORY
    # Claimed per day: a second scheduler the same day does nothing; the next day refits.
    assert await refill_season.refit_station_season(AFTER_HISTORY, TZ) is None
    next_day = AFTER_HISTORY + timedelta(days=1)
    assert await refill_season.refit_station_season(next_day, TZ) is not None
    assert await JobRun.filter(name=refill_season.JOB).count() == 2
    # The live model now counts in the station's own swing rather than the default.
    prior = await refill.station_prior(await default_connection(), POLICY)
    assert (prior.season_amplitude, prior.season_peak_day) == fitted
    assert (prior.season_amplitude, prior.season_peak_day) != (
        model.DEFAULT_PRIOR.season_amplitude,
        model.DEFAULT_PRIOR.season_peak_day,
    )


async def test_too_short_a_history_keeps_the_default_season() -> None:
    await _seed_history(households=14)
    early = datetime(2025, 9, 1, 9, 0, tzinfo=TZ)  # eight months in: a trend could pass
    assert await refill_season.refit_station_season(early, TZ) is None
    station = await station_row()
    assert station.season_amplitude is None and station.season_fitted_at is None
    prior = await refill.station_prior(await default_connection(), POLICY)
    assert prior.season_amplitude == model.DEFAULT_PRIOR.season_amplitude
    assert await JobRun.exists(name=refill_season.JOB, key="2025-09-01")  # tried once today


async def test_a_delivery_plans_with_the_fitted_season() -> None:
    await station_row()
    await Station.filter(id=1).update(season_amplitude=0.4, season_peak_day=200)
    customer = await household(deliveries=4)
    state = model.RefillState.from_json(customer.refill_state or {})
    fitted = replace(refill.prior_for(POLICY), season_amplitude=0.4, season_peak_day=200)
    assert customer.refill_due_at == model.predict_need(state, fitted)
    assert customer.refill_due_at != model.predict_need(state, refill.prior_for(POLICY))


async def test_a_full_hour_sends_the_reminder_to_another_hour_of_its_range() -> None:
    customer = await household(deliveries=6)
    state = model.RefillState.from_json(customer.refill_state or {})
    prior = refill.prior_for(POLICY)
    earliest, latest = model.reminder_range(
        state, prior, window=POLICY.lead, allowed_hours=POLICY.allowed_hours
    )
    assert latest - earliest >= timedelta(hours=1)  # room to move: the test means something
    free = await first_reminder(customer)
    assert free.due_at == pick_slot(earliest, latest, str(customer.id), {}, POLICY)
    capped = replace(POLICY, hour_cap=2)
    busy = hour_start(free.due_at, TZ)
    for n in range(2):  # two other customers already planned in that hour
        other = await make_customer(f"o-other-{n}")
        await Reminder.create(customer=other, cycle_key=f"k{n}", kind=FIRST, due_at=busy)
    conn = await default_connection()
    await refill.plan_cycle(conn, customer, state, customer.refill_due_at, capped)
    moved = await first_reminder(customer)
    assert earliest <= moved.due_at <= latest
    assert hour_start(moved.due_at, TZ) != busy
    # Without a cap the same plan stays where the customer's own draw put it.
    await refill.plan_cycle(
        conn, customer, state, customer.refill_due_at, replace(POLICY, hour_cap=0)
    )
    assert (await first_reminder(customer)).due_at == free.due_at
