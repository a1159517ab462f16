"""Pure numeric helpers of the refill model: robust level, seasons, weekends, reminder placement."""

from __future__ import annotations

import hashlib
import math
from bisect import bisect_right
from collections.abc import Sequence
from datetime import datetime, time, timedelta
from statistics import NormalDist
from zoneinfo import ZoneInfo

STATION_TZ = ZoneInfo("Asia/Shanghai")  # the default; a station's own comes from WATERBOT_TZ
DAY = timedelta(days=1)
# Evenly spaced quantiles of N(0, 1): a deterministic stand-in for sampling the forecast.
ENSEMBLE_Z: tuple[float, ...] = tuple(NormalDist().inv_cdf((i + 0.5) / 101) for i in range(101))
SATURDAY = 5
# How far before the model's moment a reminder may be spread: wide enough that a station's
# evening reminders spread over hours, narrow enough to stay inside the two-day window
# (each hour cost about 0.006 hit@2d on the dev history, and took 0.004 off late).
SPREAD_SPAN = timedelta(hours=2)


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


def spread_into_hours(
    moment: datetime,
    key: str,
    allowed: tuple[time, time],
    tz: ZoneInfo = STATION_TZ,
    span: timedelta = SPREAD_SPAN,
) -> datetime:
    """A time inside the `allowed` hours, not after `moment`, spread over the day by `key`.

    The day is the one `clamp_earlier` picks; the time is a stable fraction of the allowed
    span of `span` before that, drawn from `key` (the customer) and the day, so one station's
    reminders do not all ring at the edge of the hours and a customer is not always rung at
    the same minute. Never later than `moment`: a reminder after the order is wasted.
    """
    edge = clamp_earlier(moment, allowed, tz)
    opens = max(datetime.combine(edge.date(), allowed[0], tz), edge - span)
    digest = hashlib.sha256(f"{key}|{edge.date().isoformat()}".encode()).digest()
    fraction = int.from_bytes(digest[:8], "big") / 2.0**64
    return (opens + (edge - opens) * fraction).replace(second=0, microsecond=0)
