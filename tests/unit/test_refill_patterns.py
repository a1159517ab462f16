"""Pure tests of the learned weekly patterns, the station calendar, 春节, seasons and spreading."""

from __future__ import annotations

import math
from dataclasses import replace
from datetime import date, datetime, time, timedelta

from domain.calendars import load_calendar
from domain.demo_data.refill_variants import BEHAVIOURS, SETS, generate
from domain.infra.settings import load_settings
from domain.rules.refill import (
    DEFAULT_PRIOR,
    Delivery,
    predict_need,
    reminder_range,
    reminder_time,
    summarize,
)
from domain.rules.refill_backtest import _monthly_priors, backtest_station
from domain.rules.refill_estimators import SPREAD_TOLERANCE, cheap_span
from domain.rules.refill_patterns import counts_working_days, preferred_days
from domain.rules.refill_score import score, total
from domain.rules.refill_season import fit_season
from domain.services.refill import policy_from_settings, prior_for

CAL = load_calendar()
PRIOR = replace(DEFAULT_PRIOR, calendar=CAL, season_amplitude=0.0)
HOURS = (time(9), time(20))


def at(day: date, hour: int = 10) -> datetime:
    return datetime.combine(day, time(hour), CAL.tz)


def test_calendar_holidays_and_make_up_days() -> None:
    assert not CAL.is_working_day(date(2025, 10, 3))  # National Day
    assert CAL.is_working_day(date(2025, 9, 28))  # a Sunday worked to make up for it
    assert not CAL.is_working_day(date(2025, 9, 27))  # an ordinary Saturday
    # Thursday 30 Sept 10:00 plus two working days: the holiday (1-8 Oct) passes uncounted.
    later = CAL.add_working_days(at(date(2025, 9, 30)), 2.0)
    assert later.date() == date(2025, 10, 10)
    assert math.isclose(CAL.working_days_between(at(date(2025, 9, 30)), later), 2.0)
    assert CAL.spring_festivals[:2] == (date(2024, 2, 10), date(2025, 1, 29))


def office_history(days_per_bucket: float, buckets: int = 4) -> list[Delivery]:
    """An office drinking on working days only, ordering when it runs dry."""
    moment, out = at(date(2025, 3, 3)), []
    while moment < at(date(2025, 9, 20)):
        out.append(Delivery(moment, buckets))
        moment = CAL.add_working_days(moment, buckets * days_per_bucket)
    return out


def test_a_working_day_household_counts_working_days_past_a_holiday() -> None:
    state = summarize(office_history(1.5), PRIOR)
    assert state is not None
    assert counts_working_days(state.weekdays, state.samples, state.work_samples)
    need = predict_need(state, PRIOR)
    assert need is not None
    # Six working days from its last delivery: National Day (1-8 Oct) is not drunk through.
    assert (
        need == CAL.add_working_days(state.last_at, 6.0)
        or abs(CAL.working_days_between(state.last_at, need) - 6.0) < 0.3
    )
    assert CAL.is_working_day(reminder_time(state, PRIOR, allowed_hours=HOURS).date())


def test_a_home_drinking_every_day_is_not_taken_for_an_office() -> None:
    moment, rows = at(date(2025, 3, 3)), []
    for i in range(14):
        rows.append(Delivery(moment, 2))
        moment += timedelta(days=9 + (i % 3))
    state = summarize(rows, PRIOR)
    assert state is not None
    assert not counts_working_days(state.weekdays, state.samples, state.work_samples)


def test_an_offices_monday_pile_up_is_not_a_monday_habit() -> None:
    # Never at weekends, so Monday carries the weekend's needs: 60% there is no habit...
    assert preferred_days((12, 2, 2, 2, 2, 0, 0)) == frozenset()
    assert preferred_days((14, 1, 1, 1, 3, 0, 0)) == frozenset()  # 70%: still the weekend
    # ...but a household that waits for Monday orders there nearly always.
    assert preferred_days((17, 1, 0, 1, 1, 0, 0)) == frozenset({0})
    # A household that also orders at weekends has no weekend to carry: 70% is a habit.
    assert preferred_days((14, 1, 1, 1, 1, 1, 1)) == frozenset({0})
    assert preferred_days((1, 14, 1, 1, 3, 0, 0)) == frozenset({1})  # Tuesday carries none


def test_a_weekend_orderer_is_expected_at_the_weekend() -> None:
    assert preferred_days((0, 0, 0, 0, 1, 5, 4)) == frozenset({5, 6})
    assert preferred_days((0, 0, 8, 1, 0, 0, 1)) == frozenset({2})
    assert preferred_days((2, 2, 1, 2, 1, 1, 1)) == frozenset()  # no habit
    saturday, rows = at(date(2025, 3, 1)), []
    for i in range(12):
        rows.append(Delivery(saturday + timedelta(days=14 * i + (i % 2)), 2))  # Sat or Sun
    state = summarize(rows, PRIOR)
    assert state is not None
    need = predict_need(state, PRIOR)
    assert need is not None and CAL.local(need).weekday() in (5, 6)
    remind = reminder_time(state, PRIOR, allowed_hours=HOURS)
    assert timedelta(0) < need - remind <= timedelta(days=2)


def test_a_spring_festival_pause_is_learned_and_expected_next_year() -> None:
    moment, rows = at(date(2024, 11, 1)), []
    while moment < at(date(2026, 1, 31)):
        rows.append(Delivery(moment, 1))
        moment += timedelta(days=10)
        if rows[-1].at < at(date(2025, 1, 29)) <= moment:
            moment += timedelta(days=12)  # away for 春节 2025
    learned = summarize(rows, PRIOR)
    assert learned is not None and 8.0 <= learned.festival_pause <= 16.0
    state = replace(learned, last_at=at(date(2026, 2, 8)))  # a need on 18 Feb, just after 春节
    need = predict_need(state, PRIOR)
    assert need is not None
    plain = replace(state, festival_pause=0.0)
    steady = predict_need(plain, PRIOR)
    assert steady is not None
    # Its need around 春节 2026 (17 Feb) moves later by the time it will be away.
    assert need - steady >= timedelta(days=5)


def test_a_late_delivering_station_is_still_reminded_before_its_deliveries() -> None:
    rows = generate(CAL, "tune", seed=7, households=70)
    late = [row for row in rows if row[0].startswith("late-")]
    reminders = {(c, a): r for c, a, r in backtest_station(rows, CAL)}
    tally = score(late, reminders)["late"]
    assert tally.scored > 200
    assert tally.share("late") <= 0.15 and tally.share("hit") > tally.share("hit", baseline=True)


def test_season_fit_finds_the_station_swing_and_uses_only_the_past() -> None:
    histories = []
    for n in range(40):
        moment, history = at(date(2025, 1, 1)) + timedelta(days=n % 7), []
        while moment < at(date(2026, 6, 1)):
            history.append((moment, 1))
            phase = 2 * math.pi * (CAL.local(moment).timetuple().tm_yday - 30) / 365.25
            moment += timedelta(days=6 * math.exp(0.3 * math.cos(phase)))
        histories.append(history)
    fitted = fit_season(histories, tz=CAL.tz)
    assert fitted is not None
    amplitude, peak = fitted
    assert 0.2 < amplitude < 0.4
    assert min((peak - 30) % 365, (30 - peak) % 365) < 25
    rows = [(f"c{n}", a, q) for n, h in enumerate(histories) for a, q in h]
    priors = _monthly_priors(rows, PRIOR)
    assert date(2025, 3, 1) not in priors  # too little of a year seen yet
    assert date(2026, 3, 1) in priors and priors[date(2026, 3, 1)].season_amplitude > 0.15


def test_a_reminder_spreads_only_as_far_as_its_forecast_makes_cheap() -> None:
    edge = datetime(2025, 5, 6, 20, tzinfo=CAL.tz)
    opens = edge.replace(hour=9)
    window = timedelta(days=2)
    # Half the forecast right at the end of the window: moving earlier loses it at once.
    sharp = [edge + window - timedelta(minutes=1)] * 50 + [edge + timedelta(days=1)] * 50
    assert cheap_span(sharp, edge, opens, window, 0.5) == timedelta(0)
    # Spread evenly over days: an hour earlier loses ~1% and catches as many late ones.
    flat = [edge - timedelta(days=3) + timedelta(hours=h) for h in range(200)]
    assert cheap_span(flat, edge, opens, window, 0.5, timedelta(hours=3)) == timedelta(hours=3)
    assert cheap_span(flat, edge, edge - timedelta(hours=1), window, 0.5) == timedelta(hours=1)
    # Only late ones behind it and nothing near the window's end: a lot to gain by moving.
    behind = [edge - timedelta(minutes=10 * k) for k in range(1, 30)] + [edge + timedelta(days=1)]
    assert cheap_span(behind, edge, opens, window, 0.5) > timedelta(0)
    assert SPREAD_TOLERANCE < 0.05  # a spread reminder stays nearly as useful as the model's


def test_spread_reminders_stay_in_their_cheap_range_in_hours_and_are_stable() -> None:
    state = summarize(
        [Delivery(at(date(2025, 4, 1)) + timedelta(days=12 * k), 1) for k in range(9)],
        PRIOR,
    )
    assert state is not None
    earliest, latest = reminder_range(state, PRIOR, allowed_hours=HOURS)
    assert latest == reminder_time(state, PRIOR, allowed_hours=HOURS)  # the model's own time
    assert earliest <= latest and earliest.date() == latest.date()
    assert time(9) <= earliest.time() and latest.time() <= time(20)
    out = [reminder_time(state, PRIOR, allowed_hours=HOURS, spread_key=f"c{n}") for n in range(200)]
    assert all(earliest <= o <= latest for o in out)
    assert reminder_time(state, PRIOR, allowed_hours=HOURS, spread_key="c1") == out[1]
    assert latest - earliest >= timedelta(hours=1)  # a slow, steady household: cheap to move
    assert len({o.replace(minute=o.minute // 15 * 15) for o in out}) >= 4
    none = reminder_range(state, PRIOR, allowed_hours=HOURS, spread_span=timedelta(0))
    assert none == (latest, latest)


def test_the_generator_is_deterministic_and_the_sets_differ() -> None:
    first = generate(CAL, "unseen", seed=3, households=21)
    assert first == generate(CAL, "unseen", seed=3, households=21)
    assert first != generate(CAL, "unseen", seed=4, households=21)
    assert first != generate(CAL, "tune", seed=3, households=21)
    assert {c.split("-")[0] for c, _, _ in first} == set(BEHAVIOURS)
    (tune, tune_seeds), (unseen, unseen_seeds) = SETS["tune"], SETS["unseen"]
    assert tune_seeds != unseen_seeds and tune != unseen  # other seeds and other ranges
    # Offices take no delivery on a day off.
    offices = [a for c, a, _ in first if c.startswith("workday-")]
    assert offices and all(CAL.is_working_day(CAL.local(a).date()) for a in offices)


def test_unseen_variants_beat_the_baseline() -> None:
    rows = generate(CAL, "unseen", seed=11, households=70)
    reminders = {(c, a): r for c, a, r in backtest_station(rows, CAL)}
    tally = total(score(rows, reminders).values())
    assert tally.share("hit") > tally.share("hit", baseline=True)


def test_the_service_counts_in_the_settings_time_zone_and_calendar() -> None:
    settings = load_settings({"WATERBOT_TZ": "Europe/Berlin"})
    prior = prior_for(policy_from_settings(settings))
    assert prior.calendar.tz.key == "Europe/Berlin"
    assert not prior.calendar.is_working_day(date(2025, 10, 1))  # the bundled calendar
    berlin = replace(PRIOR, calendar=prior.calendar)
    state = summarize(office_history(1.5), berlin)
    assert state is not None
    remind = reminder_time(state, berlin, allowed_hours=HOURS, spread_key="c1")
    assert time(9) <= remind.astimezone(prior.calendar.tz).time() <= time(20)
