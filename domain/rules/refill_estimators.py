"""Pure numeric helpers of the refill model: robust level, seasons, weekends, reminder placement."""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from statistics import NormalDist
from zoneinfo import ZoneInfo

STATION_TZ = ZoneInfo("Asia/Shanghai")  # the default; a station's own comes from WATERBOT_TZ
DAY = timedelta(days=1)
# Evenly spaced quantiles of N(0, 1): a deterministic stand-in for sampling the forecast.
ENSEMBLE_Z: tuple[float, ...] = tuple(NormalDist().inv_cdf((i + 0.5) / 101) for i in range(101))
SATURDAY = 5
# How far before the model's moment a reminder may be spread at most, and how much of the
# forecast (hits lost less late ones saved) moving it may cost: a reminder is only spread as
# far as its own forecast says is cheap (on the dev history a flat 2 hours cost 0.013 hit@2d;
# this costs 0.008 and leaves a fifth of reminders at the edge instead of three fifths).
SPREAD_SPAN = timedelta(hours=3)
SPREAD_TOLERANCE = 0.01
SPREAD_STEP = timedelta(minutes=15)


def require_aware(moment: datetime, what: str = "time") -> datetime:
    """The same moment in station time; a naive datetime is a ValueError."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{what} must be timezone-aware, got naive {moment.isoformat()}")
    return moment.astimezone(STATION_TZ)


def days_between(start: datetime, end: datetime) -> float:
    """Elapsed days, as a float."""
    return (end - start).total_seconds() / 86400.0


def weighted_median(values: Sequence[float], weights: Sequence[float]) -> float:
    """The value where half of the total weight lies on each side."""
    pairs = sorted(zip(values, weights, strict=True))
    half = sum(weights) / 2.0
    running = 0.0
    for value, weight in pairs:
        running += weight
        if running >= half:
            return value
    return pairs[-1][0]


def decayed_median(values: Sequence[float], half_life: float) -> float:
    """Weighted median where a value loses half its weight every `half_life` newer values."""
    n = len(values)
    weights = [0.5 ** ((n - 1 - i) / half_life) for i in range(n)]
    return weighted_median(values, weights)


def season_factor(
    moment: datetime, amplitude: float, peak_day: int, tz: ZoneInfo = STATION_TZ
) -> float:
    """How much longer than average a bucket lasts at `moment` (peak on day-of-year `peak_day`)."""
    day = moment.astimezone(tz).timetuple().tm_yday
    return math.exp(amplitude * math.cos(2.0 * math.pi * (day - peak_day) / 365.25))


def past_weekend(moment: datetime, tz: ZoneInfo = STATION_TZ) -> datetime:
    """A weekend moment moved to the same hour on Monday; weekdays unchanged."""
    local = moment.astimezone(tz)
    weekday = local.weekday()
    if weekday < SATURDAY:
        return local
    return local + timedelta(days=7 - weekday)


def weekend_start_before(moment: datetime, tz: ZoneInfo = STATION_TZ) -> datetime:
    """Midnight starting the most recent Saturday at or before `moment`."""
    local = moment.astimezone(tz)
    back = (local.weekday() - SATURDAY) % 7
    day = local.date() - timedelta(days=back)
    return datetime.combine(day, time(0), tz)


def best_window_start(points: Sequence[datetime], window: timedelta, late_cost: float) -> datetime:
    """Start of the `window` catching most points, each point before it costing `late_cost`."""
    ordered = sorted(points)
    best_value = -math.inf
    ties: list[datetime] = []
    for late, candidate in enumerate(ordered):
        value = (bisect_right(ordered, candidate + window) - late) - late_cost * late
        if value > best_value + 1e-9:
            best_value, ties = value, [candidate]
        elif value >= best_value - 1e-9:
            ties.append(candidate)
    # Equal scores form a plateau; its middle is least sensitive to the forecast being off.
    return ties[len(ties) // 2]


def clamp_earlier(
    moment: datetime, allowed: tuple[time, time], tz: ZoneInfo = STATION_TZ
) -> datetime:
    """The latest moment within the daily `allowed` hours (local, inclusive) not after `moment`."""
    local = moment.astimezone(tz)
    start, end = allowed
    if start <= local.time() <= end:
        return local
    day = local.date() if local.time() > end else local.date() - DAY
    return datetime.combine(day, end, tz)


def cheap_span(
    points: Sequence[datetime],
    edge: datetime,
    earliest: datetime,
    window: timedelta,
    late_cost: float,
    limit: timedelta = SPREAD_SPAN,
) -> timedelta:
    """How far before `edge` (not before `earliest`) a reminder may move at little cost.

    Moving it earlier by h loses the forecast points in the last h of its window and catches
    the ones in the h before it (each worth 1 + `late_cost`: a hit instead of a late one);
    the span stops where the net loss passes SPREAD_TOLERANCE of all points.
    """
    ordered = sorted(points)
    end = edge + window
    span = timedelta(0)
    step = SPREAD_STEP
    while span + step <= limit and edge - (span + step) >= earliest:
        h = span + step
        lost = bisect_right(ordered, end) - bisect_right(ordered, end - h)
        caught = bisect_left(ordered, edge) - bisect_left(ordered, edge - h)
        if (lost - (1.0 + late_cost) * caught) / max(len(ordered), 1) > SPREAD_TOLERANCE:
            break
        span = h
    return span


def hashed_between(earliest: datetime, latest: datetime, key: str) -> datetime:
    """A stable moment between the two, drawn from `key` and the day, rounded down to the minute.

    The same customer on the same day always gets the same minute; different customers (and
    one customer on different days) spread evenly over the span.
    """
    digest = hashlib.sha256(f"{key}|{latest.date().isoformat()}".encode()).digest()
    fraction = int.from_bytes(digest[:8], "big") / 2.0**64
    return max(
        (earliest + (latest - earliest) * fraction).replace(second=0, microsecond=0), earliest
    )
