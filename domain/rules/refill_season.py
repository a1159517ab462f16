"""Fits the cohort's seasonal swing in days per bucket from full delivery histories (pure)."""

from __future__ import annotations

import math
from bisect import bisect_left
from collections.abc import Iterable, Sequence
from datetime import datetime, timedelta
from itertools import pairwise
from statistics import median
from zoneinfo import ZoneInfo

from domain.rules.refill_estimators import STATION_TZ, days_between

MIN_INTERVALS = 6  # per household: fewer give no stable centre to measure the swing against
MAX_SHIFT = 0.5  # log; bigger deviations are holidays or habit changes, not seasons
MIN_MONTHS = 9  # the fit needs most of the year covered to tell a swing from a trend
SEASON_AFTER = timedelta(days=365)  # less history: a trend would pass for a (weak) season


def fit_season(
    histories: Iterable[Sequence[tuple[datetime, int]]],
    min_intervals: int = 200,
    tz: ZoneInfo = STATION_TZ,
) -> tuple[float, int] | None:
    """(log amplitude, day of year a bucket lasts longest) across households; None if unclear."""
    rows: list[tuple[float, float, float]] = []
    months: set[int] = set()
    for history in histories:
        logs: list[float] = []
        phases: list[float] = []
        for (start, quantity), (end, _) in pairwise(sorted(history)):
            span = days_between(start, end)
            if span <= 0:
                continue
            middle = (start + (end - start) / 2).astimezone(tz)
            months.add(middle.month)
            logs.append(math.log(span / quantity))
            phases.append(2.0 * math.pi * middle.timetuple().tm_yday / 365.25)
        if len(logs) < MIN_INTERVALS:
            continue
        centre = median(logs)
        rows += [
            (math.cos(w), math.sin(w), x - centre)
            for w, x in zip(phases, logs, strict=True)
            if abs(x - centre) < MAX_SHIFT
        ]
    if len(rows) < min_intervals or len(months) < MIN_MONTHS:
        return None
    _, a, b = _least_squares(rows)
    peak = round(math.atan2(b, a) * 365.25 / (2.0 * math.pi)) % 365
    return math.hypot(a, b), peak


def fit_season_before(
    histories: Iterable[Sequence[tuple[datetime, int]]], cut: datetime, tz: ZoneInfo = STATION_TZ
) -> tuple[float, int] | None:
    """`fit_season` on the deliveries before `cut` (each history oldest first), once a year of
    history lies before it; None before that or when the fit is unclear."""
    past = [h[: bisect_left(h, (cut, 0))] for h in histories]
    first = min((h[0][0] for h in past if h), default=None)
    if first is None or cut - first < SEASON_AFTER:
        return None
    return fit_season(past, tz=tz)


def _least_squares(rows: Sequence[tuple[float, float, float]]) -> tuple[float, float, float]:
    # y ~ c + a*cos + b*sin, by the 3x3 normal equations (Cramer's rule).
    xs = [(1.0, c, s) for c, s, _ in rows]
    m = [[sum(x[i] * x[j] for x in xs) for j in range(3)] for i in range(3)]
    v = [sum(x[i] * y for x, (_, _, y) in zip(xs, rows, strict=True)) for i in range(3)]
    det = _det3(m)
    out = []
    for col in range(3):
        swapped = [[v[r] if c == col else m[r][c] for c in range(3)] for r in range(3)]
        out.append(_det3(swapped) / det)
    return out[0], out[1], out[2]


def _det3(m: Sequence[Sequence[float]]) -> float:
    return (
        m[0][0] * (m[1][1] * m[2][2] - m[1][2] * m[2][1])
        - m[0][1] * (m[1][0] * m[2][2] - m[1][2] * m[2][0])
        + m[0][2] * (m[1][0] * m[2][1] - m[1][1] * m[2][0])
    )
