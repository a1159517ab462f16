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
    clamp_earlier,
    days_between,
    decayed_median,
    past_weekend,
    require_aware,
    season_factor,
    spread_into_hours,
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
from domain.rules.refill_state import MAX_SAMPLES, RefillState
from domain.rules.station_calendar import WEEKENDS_ONLY, StationCalendar

HALF_LIFE = 3.0  # samples; seasons and habits drift, so recent intervals count most
CHANGE_RUN = 3  # this many intervals in a row off to one side means the habit changed
CHANGE_SIGMAS = 2.5  # each beyond 2.5 sd of one interval's noise: not chance, three times
WEEKDAY_ONLY_MIN_DELIVERIES = 10  # (5/7)^10 ~ 3%: a home rarely looks weekday-only by chance
WEEKDAY_ONLY_MAX_WEEKEND_SHARE = 0.05
SAME_ORDER_WITHIN = timedelta(hours=6)  # a second drop the same day tops up one order
HIT_WINDOW = timedelta(days=2)  # a reminder helps when it comes at most this long before the order
LATE_COST = 0.5  # a reminder after the customer already ordered costs half a useful one
CHURN_GRACE = timedelta(days=14)  # a holiday's worth of silence before calling a household gone


@dataclass(frozen=True)
class Delivery:
    """Buckets delivered to one household at one moment."""

    at: datetime
    quantity: int

    def __post_init__(self) -> None:
        require_aware(self.at, "delivery time")
        if self.quantity <= 0:
            raise ValueError(f"delivery quantity must be positive, got {self.quantity}")


@dataclass(frozen=True)
class CohortPrior:
    """What holds before a household has history, and the noise all households share."""

    # (smallest order size, days per bucket): big orders come from offices drinking far faster.
    days_per_bucket: tuple[tuple[int, float], ...] = ((1, 10.0), (4, 1.0))
    spread: float = 0.5  # log-sd of days per bucket between households of one band
    noise_rel: float = 0.08  # log-sd of one interval around the household's pace
    noise_days: float = 0.7  # plus this many days of sd whatever the interval's length
    season_amplitude: float = 0.12  # log amplitude; a bucket lasts longest in midwinter
    season_peak_day: int = 20  # day of year, ~大寒 (Jan 20); shortest ~大暑 (Jul 23)
    calendar: StationCalendar = WEEKENDS_ONLY  # time zone, days off and 春节 of the station

    def band_of(self, quantity: int) -> int:
        """Index of the size band an order of `quantity` buckets falls in."""
        index = 0
        for i, (smallest, _) in enumerate(self.days_per_bucket):
            if quantity >= smallest:
                index = i
        return index

    def days_per_bucket_for(self, quantity: int) -> float:
        """Prior days per bucket for a household ordering `quantity` buckets."""
        return self.days_per_bucket[self.band_of(quantity)][1]


DEFAULT_PRIOR = CohortPrior()


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
        return RefillState(at, delivery.quantity, 1, (), _count_weekday((0,) * 7, at))
    if at < state.last_at:
        raise ValueError(f"delivery at {at.isoformat()} is older than {state.last_at.isoformat()}")
    if at - state.last_at < SAME_ORDER_WITHIN:
        return replace(state, last_quantity=state.last_quantity + delivery.quantity)
    weekdays = _count_weekday(state.weekdays, at)
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
    than the model's moment: with a `spread_key` (the customer) at a time of that day spread
    by the key, else at the end of the previous allowed span. An office hears on a working day.
    """
    prior = prior or DEFAULT_PRIOR
    forecast = _forecast(state, prior)
    points = _need_points(state, prior, forecast, ENSEMBLE_Z)
    remind = best_window_start(points, window, late_cost)
    if forecast.working_days:
        remind = to_working_day(remind, prior.calendar)
    if allowed_hours is None:
        return remind
    if not allowed_hours[0] < allowed_hours[1]:
        raise ValueError(f"allowed_hours needs start < end, got {allowed_hours}")
    tz = prior.calendar.tz
    if spread_key is None or spread_span <= timedelta(0):
        return max(clamp_earlier(remind, allowed_hours, tz), state.last_at)
    spread = spread_into_hours(remind, spread_key, allowed_hours, tz, spread_span)
    return max(spread, state.last_at)


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


def cohort_prior(states: Iterable[RefillState], base: CohortPrior | None = None) -> CohortPrior:
    """`base` with each size band's days per bucket and the spread learned from `states`."""
    base = base or DEFAULT_PRIOR
    bands: list[list[float]] = [[] for _ in base.days_per_bucket]
    for state in states:
        if len(state.samples) >= 3:  # fewer says more about noise than about the household
            level = decayed_median(state.samples, HALF_LIFE)
            bands[base.band_of(state.last_quantity)].append(math.log(level))
    table = []
    deviations: list[float] = []
    for (smallest, days), logs in zip(base.days_per_bucket, bands, strict=True):
        if len(logs) >= 5:
            centre = median(logs)
            days = math.exp(centre)
            deviations.extend(abs(x - centre) for x in logs)
        table.append((smallest, days))
    spread = 1.4826 * median(deviations) if len(deviations) >= 10 else base.spread
    return replace(base, days_per_bucket=tuple(table), spread=spread)


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
    if at.weekday() != 0 or weekend <= state.last_at or not _weekday_only(state.weekdays):
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
    return tuple(n + (day == at.weekday()) for day, n in enumerate(weekdays))
