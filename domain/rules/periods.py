"""Reporting periods on the station's calendar: a day, a week (Monday first), a month."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, tzinfo

NAMED = ("today", "yesterday", "week", "month")
_MONTH = re.compile(r"^(\d{4})[-/.年](\d{1,2})月?$")


@dataclass(frozen=True)
class Period:
    """A span of station time: `start` inclusive, `end` exclusive, both timezone-aware."""

    kind: str  # day, week or month
    start: datetime
    end: datetime

    def contains(self, moment: datetime) -> bool:
        """True when `moment` (any time zone) falls inside the period."""
        return self.start <= moment < self.end

    @property
    def days(self) -> int:
        """Calendar days covered."""
        return (self.end.date() - self.start.date()).days


def _midnight(day: date, tz: tzinfo) -> datetime:
    # Built from the wall-clock date, so a zone with daylight saving still gets local midnight.
    return datetime(day.year, day.month, day.day, tzinfo=tz)


def _tz(now: datetime) -> tzinfo:
    if now.tzinfo is None:
        raise ValueError("periods need a timezone-aware now")
    return now.tzinfo


def day_period(day: date, tz: tzinfo) -> Period:
    """One calendar day in the station's time zone."""
    return Period("day", _midnight(day, tz), _midnight(day + timedelta(days=1), tz))


def week_period(day: date, tz: tzinfo) -> Period:
    """The Monday-to-Sunday week holding `day`."""
    monday = day - timedelta(days=day.weekday())
    return Period("week", _midnight(monday, tz), _midnight(monday + timedelta(days=7), tz))


def month_period(year: int, month: int, tz: tzinfo) -> Period:
    """One calendar month; ValueError for a month that does not exist."""
    if not 1 <= month <= 12 or not 2000 <= year <= 2100:
        raise ValueError(f"no such month: {year}-{month}")
    following = date(year + 1, 1, 1) if month == 12 else date(year, month + 1, 1)
    return Period("month", _midnight(date(year, month, 1), tz), _midnight(following, tz))


def named_period(name: str, now: datetime) -> Period:
    """today / yesterday / week / month, as seen at `now` (in `now`'s time zone)."""
    tz = _tz(now)
    today = now.date()
    if name == "today":
        return day_period(today, tz)
    if name == "yesterday":
        return day_period(today - timedelta(days=1), tz)
    if name == "week":
        return week_period(today, tz)
    if name == "month":
        return month_period(today.year, today.month, tz)
    raise ValueError(f"unknown period {name!r}")


def parse_month(text: str, now: datetime) -> Period | None:
    """'2026-11', '2026/11', '2026年11月' or a bare '11' (this year); None when not a month."""
    text = text.strip()
    bare = re.fullmatch(r"(\d{1,2})月?", text)
    try:
        if bare:
            return month_period(now.year, int(bare.group(1)), _tz(now))
        found = _MONTH.match(text)
        if found:
            return month_period(int(found.group(1)), int(found.group(2)), _tz(now))
    except ValueError:
        return None
    return None


def last_days(days: int, now: datetime) -> Period:
    """The `days` calendar days ending with today (today included)."""
    if days < 1:
        raise ValueError("at least one day")
    tz = _tz(now)
    start = now.date() - timedelta(days=days - 1)
    return Period("days", _midnight(start, tz), _midnight(now.date() + timedelta(days=1), tz))


def day_starts(period: Period) -> list[date]:
    """Every calendar day in the period, oldest first."""
    first = period.start.date()
    return [first + timedelta(days=i) for i in range(period.days)]
