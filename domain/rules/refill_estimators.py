"""Pure numeric helpers of the refill model: robust level, seasons, weekends, reminder placement."""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from statistics import NormalDist
from zoneinfo import ZoneInfo

STATION_TZ = ZoneInfo("Asia/Shanghai")
DAY = timedelta(days=1)
# Evenly spaced quantiles of N(0, 1): a deterministic stand-in for sampling the forecast.
ENSEMBLE_Z: tuple[float, ...] = tuple(NormalDist().inv_cdf((i + 0.5) / 101) for i in range(101))
SATURDAY = 5


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


def season_factor(moment: datetime, amplitude: float, peak_day: int) -> float:
    """How much longer than average a bucket lasts at `moment` (peak on day-of-year `peak_day`)."""
    day = moment.astimezone(STATION_TZ).timetuple().tm_yday
    return math.exp(amplitude * math.cos(2.0 * math.pi * (day - peak_day) / 365.25))


def past_weekend(moment: datetime) -> datetime:
    """A weekend moment moved to the same hour on Monday; weekdays unchanged."""
    local = moment.astimezone(STATION_TZ)
    weekday = local.weekday()
    if weekday < SATURDAY:
        return local
    return local + timedelta(days=7 - weekday)


def weekend_start_before(moment: datetime) -> datetime:
    """Midnight starting the most recent Saturday at or before `moment`."""
    local = moment.astimezone(STATION_TZ)
    back = (local.weekday() - SATURDAY) % 7
    day = local.date() - timedelta(days=back)
    return datetime.combine(day, time(0), STATION_TZ)


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


def clamp_earlier(moment: datetime, allowed: tuple[time, time]) -> datetime:
    """The latest moment within the daily `allowed` hours (local, inclusive) not after `moment`."""
    local = moment.astimezone(STATION_TZ)
    start, end = allowed
    if start <= local.time() <= end:
        return local
    day = local.date() if local.time() > end else local.date() - DAY
    return datetime.combine(day, end, STATION_TZ)
