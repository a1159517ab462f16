"""Predictive refill: when a household will want water next, and when to remind it.

Each interval between two deliveries is one sample of *days per bucket* (3 buckets last ~3x
longer than 1), with the season divided out. The household's pace is a recency-weighted median
of its last samples (robust to holidays; history before a clear habit change is forgotten),
times the season at the forecast. New customers start from a cohort prior. Households that
never order at weekends get their weekend needs moved to Monday. The reminder goes where a
two-day window catches the most of the forecast spread, a late reminder counting against it.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime, time, timedelta
from statistics import median

from domain.rules.refill_estimators import (
    ENSEMBLE_Z,
    SATURDAY,
    SPREAD_SPAN,
    best_window_start,
    cheap_span,
    clamp_earlier,
    days_between,
    decayed_median,
    hashed_between,
    past_weekend,
    require_aware,
    season_factor,
    weekend_start_before,
)
from domain.rules.refill_patterns import (
    counts_working_days,
    festival_pause_seen,
    festival_shift,
    preferred_days,
    snap_to_days,
    to_working_day,
)
from domain.rules.refill_prior import (
    DEFAULT_PRIOR,
    HALF_LIFE,
    CohortPrior,
    Delivery,
)
from domain.rules.refill_prior import cohort_prior as cohort_prior  # re-exported
from domain.rules.refill_state import MAX_SAMPLES, RefillState

CHANGE_RUN = 3  # this many intervals in a row off to one side means the habit changed
CHANGE_SIGMAS = 2.5  # each beyond 2.5 sd of one interval's noise: not chance, three times
WEEKDAY_ONLY_MIN_DELIVERIES = 10  # (5/7)^10 ~ 3%: a home rarely looks weekday-only by chance
WEEKDAY_ONLY_MAX_WEEKEND_SHARE = 0.05
SAME_ORDER_WITHIN = timedelta(hours=6)  # a second drop the same day tops up one order
HIT_WINDOW = timedelta(days=2)  # a reminder helps when it comes at most this long before the order
LATE_COST = 0.5  # a reminder after the customer already ordered costs half a useful one
CHURN_GRACE = timedelta(days=14)  # a holiday's worth of silence before calling a household gone


@dataclass(frozen=True)
class Explanation:
    """The numbers behind the owner's card: "约每 N 天 1 桶,预计 X 需要"."""

    days_per_bucket: float  # at this time of year
    buckets: int  # delivered last time
    expected_at: datetime | None  # None when the household looks gone
    intervals_used: int  # 0: the estimate is the cohort prior
    weekday_only: bool  # orders only on weekdays (an office)


@dataclass(frozen=True)
class _Forecast:
    days: float  # median days from the last delivery until the need
    sigma: float  # log-sd of that
    days_per_bucket: float
    weekday_only: bool
    working_days: bool  # `days` counts working days only (an office)


def record_delivery(
    state: RefillState | None, delivery: Delivery, prior: CohortPrior | None = None
) -> RefillState:
    """The household's state after one more delivery (deliveries must come oldest first)."""
    prior = prior or DEFAULT_PRIOR
    at = require_aware(delivery.at, "delivery time")
    if state is None:
        return RefillState(
            at, delivery.quantity, 1, (), _count_weekday((0,) * 7, prior.calendar.local(at))
        )
    if at < state.last_at:
        raise ValueError(f"delivery at {at.isoformat()} is older than {state.last_at.isoformat()}")
    if at - state.last_at < SAME_ORDER_WITHIN:
        return replace(state, last_quantity=state.last_quantity + delivery.quantity)
    weekdays = _count_weekday(state.weekdays, prior.calendar.local(at))
    need = _observed_need(state, at, prior)
    middle = state.last_at + (need - state.last_at) / 2
    season = season_factor(middle, prior.season_amplitude, prior.season_peak_day, prior.calendar.tz)
    sample = days_between(state.last_at, need) / state.last_quantity / season
    work = prior.calendar.working_days_between(state.last_at, need) / state.last_quantity / season
    pause = state.festival_pause
    if state.samples and prior.calendar.festivals_between(state.last_at, at):
        # An interval over 春节 much longer than forecast was a trip away, not the pace.
        forecast = _forecast(state, prior)
        observed = work * state.last_quantity * season if forecast.working_days else None
        pause = festival_pause_seen(observed or days_between(state.last_at, at), forecast.days)
        if pause:
            return replace(
                state,
                last_at=at,
                last_quantity=delivery.quantity,
                deliveries=state.deliveries + 1,
                weekdays=weekdays,
                festival_pause=pause,
            )
    # Rounded: four decimals of a day are far below the noise and keep the stored state small.
    sample, work = round(sample, 4), round(max(work, 0.01), 4)
    samples = _forget_before_change((*state.samples, sample)[-MAX_SAMPLES:], prior)
    works = _forget_before_change((*state.work_samples, work)[-MAX_SAMPLES:], prior)
    return RefillState(at, delivery.quantity, state.deliveries + 1, samples, weekdays, works, pause)


def summarize(
    deliveries: Iterable[Delivery], prior: CohortPrior | None = None
) -> RefillState | None:
    """The state after all `deliveries` (any order), or None when there are none."""
    state: RefillState | None = None
    for delivery in sorted(deliveries, key=lambda d: d.at):
        state = record_delivery(state, delivery, prior)
    return state


def predict_need(
    state: RefillState, prior: CohortPrior | None = None, now: datetime | None = None
) -> datetime | None:
    """When the household most likely orders next; None when, as of `now`, it looks gone."""
    prior = prior or DEFAULT_PRIOR
    forecast = _forecast(state, prior)
    need = _need_points(state, prior, forecast, (0.0,))[0]
    # Gone: a whole further cycle plus a holiday overdue.
    overdue_after = need + timedelta(days=forecast.days) + CHURN_GRACE
    if now is not None and require_aware(now, "now") > overdue_after:
        return None
    return need


def reminder_time(
    state: RefillState,
    prior: CohortPrior | None = None,
    *,
    window: timedelta = HIT_WINDOW,
    late_cost: float = LATE_COST,
    allowed_hours: tuple[time, time] | None = None,
    spread_key: str | None = None,
    spread_span: timedelta = SPREAD_SPAN,
) -> datetime:
    """When to remind: a `window`-long span before the order catching most of the forecast.

    `allowed_hours` (local start, end; start < end) keeps it inside those hours, never later
    than the model's moment: with a `spread_key` (the customer) at a time of `reminder_range`
    drawn from the key, else at its latest. An office hears on a working day.
    """
    if allowed_hours is None:
        return _model_moment(state, prior or DEFAULT_PRIOR, window, late_cost)
    earliest, latest = reminder_range(
        state,
        prior,
        window=window,
        late_cost=late_cost,
        allowed_hours=allowed_hours,
        spread_span=spread_span if spread_key is not None else timedelta(0),
    )
    return latest if spread_key is None else hashed_between(earliest, latest, spread_key)


def reminder_range(
    state: RefillState,
    prior: CohortPrior | None = None,
    *,
    window: timedelta = HIT_WINDOW,
    late_cost: float = LATE_COST,
    allowed_hours: tuple[time, time],
    spread_span: timedelta = SPREAD_SPAN,
) -> tuple[datetime, datetime]:
    """(earliest, latest) useful reminder times inside `allowed_hours`, station time.

    The latest is the model's moment, moved back into the allowed hours; the earliest is as
    far before it, on the same day and at most `spread_span`, as the forecast says costs
    little (`cheap_span`). Anywhere between serves the household about as well, so a station
    spreads its reminders there rather than ringing everyone at the edge of the hours.
    """
    prior = prior or DEFAULT_PRIOR
    if not allowed_hours[0] < allowed_hours[1]:
        raise ValueError(f"allowed_hours needs start < end, got {allowed_hours}")
    tz = prior.calendar.tz
    moment = _model_moment(state, prior, window, late_cost)
    latest = max(clamp_earlier(moment, allowed_hours, tz), state.last_at).astimezone(tz)
    if spread_span <= timedelta(0):
        return latest, latest
    opens = max(datetime.combine(latest.date(), allowed_hours[0], tz), state.last_at)
    points = _need_points(state, prior, _forecast(state, prior), ENSEMBLE_Z)
    span = cheap_span(points, latest, opens, window, late_cost, spread_span)
    return latest - span, latest


def _model_moment(
    state: RefillState, prior: CohortPrior, window: timedelta, late_cost: float
) -> datetime:
    forecast = _forecast(state, prior)
    points = _need_points(state, prior, forecast, ENSEMBLE_Z)
    remind = best_window_start(points, window, late_cost)
    return to_working_day(remind, prior.calendar) if forecast.working_days else remind


def explain(
    state: RefillState, prior: CohortPrior | None = None, now: datetime | None = None
) -> Explanation:
    """Days per bucket at this time of year and the expected need date, for the owner's card."""
    forecast = _forecast(state, prior or DEFAULT_PRIOR)
    return Explanation(
        days_per_bucket=forecast.days_per_bucket,
        buckets=state.last_quantity,
        expected_at=predict_need(state, prior, now),
        intervals_used=len(state.samples),
        weekday_only=forecast.weekday_only,
    )


def _forecast(state: RefillState, prior: CohortPrior) -> _Forecast:
    buckets = state.last_quantity
    working = counts_working_days(state.weekdays, state.samples, state.work_samples)
    if working:
        level = decayed_median(state.work_samples, HALF_LIFE)
    elif state.samples:
        level = decayed_median(state.samples, HALF_LIFE)
    else:
        level = prior.days_per_bucket_for(state.last_quantity)
    middle = state.last_at + timedelta(days=buckets * level / 2)
    season = season_factor(middle, prior.season_amplitude, prior.season_peak_day, prior.calendar.tz)
    per_bucket = level * season
    days = buckets * per_bucket
    sigma = math.hypot(prior.noise_rel, prior.noise_days / days)
    if not state.samples:
        sigma = max(sigma, prior.spread)
    return _Forecast(days, sigma, per_bucket, _weekday_only(state.weekdays), working)


def _need_points(
    state: RefillState, prior: CohortPrior, forecast: _Forecast, zs: tuple[float, ...]
) -> list[datetime]:
    # The forecast's quantiles as moments: counted in working days for an office, past the
    # weekend for a weekday-only orderer, on its day for one who waits for it, after 春节.
    calendar = prior.calendar
    spans = [forecast.days * math.exp(forecast.sigma * z) for z in zs]
    if forecast.working_days:
        points = [calendar.add_working_days(state.last_at, d) for d in spans]
    else:
        points = [state.last_at + timedelta(days=d) for d in spans]
    days = preferred_days(state.weekdays)
    if days:
        points = [snap_to_days(p, days, calendar) for p in points]
    elif forecast.weekday_only and not forecast.working_days:
        points = [past_weekend(p, calendar.tz) for p in points]
    return [festival_shift(state.last_at, p, state.festival_pause, calendar) for p in points]


def _observed_need(state: RefillState, at: datetime, prior: CohortPrior) -> datetime:
    # A weekday-only household ordering on a Monday may have run dry at the weekend: the need
    # lies between the weekend's start and the order, so take the old forecast clamped there.
    weekend = weekend_start_before(at, prior.calendar.tz)
    if (
        prior.calendar.local(at).weekday() != 0
        or weekend <= state.last_at
        or not _weekday_only(state.weekdays)
    ):
        return at
    expected = state.last_at + timedelta(days=_forecast(state, prior).days)
    return min(max(expected, weekend), at)


def _forget_before_change(samples: tuple[float, ...], prior: CohortPrior) -> tuple[float, ...]:
    if len(samples) < CHANGE_RUN + 3:
        return samples
    before = median(samples[:-CHANGE_RUN])
    shifts = [math.log(x / before) for x in samples[-CHANGE_RUN:]]
    limit = CHANGE_SIGMAS * prior.noise_rel
    if all(s > limit for s in shifts) or all(s < -limit for s in shifts):
        return samples[-CHANGE_RUN:]
    return samples


def _weekday_only(weekdays: tuple[int, ...]) -> bool:
    total = sum(weekdays)
    share = sum(weekdays[SATURDAY:]) / max(total, 1)
    return total >= WEEKDAY_ONLY_MIN_DELIVERIES and share <= WEEKDAY_ONLY_MAX_WEEKEND_SHARE


def _count_weekday(weekdays: tuple[int, ...], at: datetime) -> tuple[int, ...]:
    # `at` in station time (WATERBOT_TZ): a delivery late on Friday in Berlin is not Saturday.
    return tuple(n + (day == at.weekday()) for day, n in enumerate(weekdays))
