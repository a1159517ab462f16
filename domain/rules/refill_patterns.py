"""A household's weekly pattern and its Spring Festival pause, learned from its deliveries (pure).

Offices drink on working days only: their intervals are steadier counted in working days, so
that count is used when it is clearly steadier. Some households order on one weekday or wait
for the weekend: their forecast is moved to the nearest such day. A household that once went
away for Spring Festival is expected to do so again, for as long.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import datetime, timedelta
from statistics import median

from domain.rules.station_calendar import ONE_DAY, SATURDAY, StationCalendar

WORK_MIN_SAMPLES = 5  # fewer intervals say more about noise than about a working week
WORK_STEADIER = 0.5  # working-day intervals must spread at most this much of calendar ones
WORK_MAX_WEEKEND_SHARE = 0.05  # an office takes no delivery at weekends
PREFERRED_MIN_DELIVERIES = 8
ONE_DAY_SHARE = 0.7  # (1/7 by chance): most deliveries on one weekday is a habit
WEEKEND_SHARE = 0.85  # (2/7 by chance)
FESTIVAL_EXCESS_DAYS = 6.0  # an interval over 春节 this much longer than forecast: away
MAX_PAUSE_DAYS = 30.0


def spread_of(values: Sequence[float]) -> float:
    """Median absolute deviation of the logs: how unsteady a series of intervals is."""
    logs = [math.log(v) for v in values]
    centre = median(logs)
    return median(abs(x - centre) for x in logs)


def counts_working_days(
    weekdays: Sequence[int], samples: Sequence[float], work_samples: Sequence[float]
) -> bool:
    """True when the household drinks on working days only (an office)."""
    total = sum(weekdays)
    if len(work_samples) < WORK_MIN_SAMPLES or len(samples) < WORK_MIN_SAMPLES or total == 0:
        return False
    if sum(weekdays[SATURDAY:]) / total > WORK_MAX_WEEKEND_SHARE:
        return False
    return spread_of(work_samples) <= WORK_STEADIER * spread_of(samples)


def preferred_days(weekdays: Sequence[int]) -> frozenset[int]:
    """The weekdays (Monday 0) the household waits for to order; empty when it does not."""
    total = sum(weekdays)
    if total < PREFERRED_MIN_DELIVERIES:
        return frozenset()
    top = max(range(7), key=lambda d: weekdays[d])
    if _share_beyond_weekend(weekdays, top) >= ONE_DAY_SHARE:
        return frozenset({top})
    if sum(weekdays[SATURDAY:]) / total >= WEEKEND_SHARE:
        return frozenset({5, 6})
    return frozenset()


def _share_beyond_weekend(weekdays: Sequence[int], day: int) -> float:
    """`day`'s share of deliveries, not counting what a weekday-only orderer's weekend explains.

    A household that never orders at weekends takes its weekend needs on Monday: Monday then
    carries 3 of 7 days' needs without any habit (offices order there half the time), so only
    Monday's share beyond those 2 extra days counts as waiting for Monday.
    """
    total = sum(weekdays)
    share = weekdays[day] / total
    weekend = sum(weekdays[SATURDAY:]) / total
    if day != 0 or weekend > WORK_MAX_WEEKEND_SHARE:
        return share
    carried = 2.0 / 7.0
    return max(share - carried, 0.0) / (1.0 - carried)


def snap_to_days(point: datetime, days: frozenset[int], calendar: StationCalendar) -> datetime:
    """The start of the preferred day nearest `point` (ties go earlier: a late reminder is lost)."""
    local = calendar.local(point)
    for distance in range(4):
        for day in (local.date() - distance * ONE_DAY, local.date() + distance * ONE_DAY):
            if day.weekday() in days:
                return calendar.midnight(day)
    return local


def festival_pause_seen(observed_days: float, expected_days: float) -> float:
    """Days the household was away over 春节 (0 when the interval was ordinary)."""
    excess = observed_days - expected_days
    return min(excess, MAX_PAUSE_DAYS) if excess >= FESTIVAL_EXCESS_DAYS else 0.0


def festival_shift(
    last_at: datetime, point: datetime, pause_days: float, calendar: StationCalendar
) -> datetime:
    """`point` moved later by the part of an expected 春节 absence after `last_at`."""
    if pause_days <= 0:
        return point
    pause = timedelta(days=pause_days)
    for festival in calendar.festivals_between(last_at - pause, point + pause):
        away_from = calendar.midnight(festival) - pause / 2
        back_at = away_from + pause
        if point > away_from and back_at > last_at:
            point += back_at - max(away_from, last_at)
    return point


def to_working_day(moment: datetime, calendar: StationCalendar) -> datetime:
    """The end of the last working day at or before `moment` when `moment` falls on a day off."""
    local = calendar.local(moment)
    day = local.date()
    if calendar.is_working_day(day):
        return local
    for _ in range(31):
        day -= ONE_DAY
        if calendar.is_working_day(day):
            return calendar.midnight(day + ONE_DAY) - timedelta(seconds=1)
    return local
