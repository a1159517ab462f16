"""The delivery window a message asks for, by the time rules of the parse contract."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from bot.understanding.clock import (
    DAY_END,
    DAY_START,
    PARTS,
    ClockMatch,
    find_clock,
    find_parts,
    find_relative,
)
from bot.understanding.days import find_days
from bot.understanding.text import MASK, Span, mask

SHANGHAI = ZoneInfo("Asia/Shanghai")

Window = tuple[datetime, datetime]


@dataclass(frozen=True)
class TimeReading:
    """The window (or None) and the spans of text the time words took."""

    window: Window | None
    spans: tuple[Span, ...]


def to_shanghai(now: datetime) -> datetime:
    """`now` in Asia/Shanghai, whole seconds; a naive value is taken as Shanghai time."""
    if now.tzinfo is None:
        now = now.replace(tzinfo=SHANGHAI)
    return now.astimezone(SHANGHAI).replace(microsecond=0)


def read_time(text: str, now: datetime) -> TimeReading:
    """Find the delivery window in `text` relative to `now` (already in Shanghai time)."""
    spans: list[Span] = []
    days = find_days(text, now.date())
    spans.extend((d.start, d.end) for d in days)
    day = days[0] if days else None
    rest = mask(text, spans)
    parts = find_parts(rest)
    part_name = parts[0].name if parts else (day.part if day else None)
    clock = find_clock(rest, part_name)
    if clock is not None:
        spans.append((clock.start, clock.end))
        rest = mask(rest, [(clock.start, clock.end)])
    spans.extend((p.start, p.end) for p in find_parts(rest))
    relative = find_relative(mask(text, spans))
    if relative is not None:
        spans.append(relative[1])
    times = _times_of_day(clock, part_name)
    window = _compose(now, day.day if day else None, times, relative[0] if relative else None)
    return TimeReading(window, tuple(spans))


def _times_of_day(clock: ClockMatch | None, part: str | None) -> tuple[int, int] | None:
    if clock is not None:
        return clock.start_min, clock.end_min
    if part is not None:
        return PARTS[part]
    return None


def _compose(
    now: datetime, day: date | None, times: tuple[int, int] | None, within: timedelta | None
) -> Window | None:
    today = now.date()
    if within is not None and times is None and day in (None, today):
        return now, now + within
    if day is None and times is None:
        return None
    start_min, end_min = times if times is not None else (DAY_START, DAY_END)
    if day is None:
        # A time of day alone is today while its end is still ahead, else tomorrow.
        day = today if _at(today, end_min) > now else today + timedelta(days=1)
    start, end = _at(day, start_min), _at(day, end_min)
    if start < now < end:
        start = now
    return start, end


def _at(day: date, minutes: int) -> datetime:
    midnight = datetime.combine(day, time(0), tzinfo=SHANGHAI)
    return midnight + timedelta(minutes=minutes)


__all__ = ["MASK", "SHANGHAI", "TimeReading", "Window", "read_time", "to_shanghai"]
