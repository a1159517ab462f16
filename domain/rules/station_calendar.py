"""The station's calendar as data: its time zone, public holidays, make-up working days, 春节.

Offices drink on working days only and many households leave for Spring Festival, so the refill
model counts time against this calendar. The dates come from a data file (see docs/REFILL.md);
a year the file lacks has only Saturdays and Sundays off.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

DEFAULT_TZ = ZoneInfo("Asia/Shanghai")
SATURDAY = 5
ONE_DAY = timedelta(days=1)


@dataclass(frozen=True)
class StationCalendar:
    """Days off and Spring Festivals in the station's own time zone."""

    tz: ZoneInfo = DEFAULT_TZ
    holidays: frozenset[date] = frozenset()
    working_weekend_days: frozenset[date] = frozenset()
    spring_festivals: tuple[date, ...] = ()  # lunar new year's day, one per year, sorted
    _cache: dict[date, bool] = field(default_factory=dict, compare=False, repr=False)

    def local(self, moment: datetime) -> datetime:
        """`moment` in station time."""
        return moment.astimezone(self.tz)

    def is_working_day(self, day: date) -> bool:
        """True on a day an office is open: a weekday not a holiday, or a make-up working day."""
        known = self._cache.get(day)
        if known is None:
            if day in self.working_weekend_days:
                known = True
            else:
                known = day.weekday() < SATURDAY and day not in self.holidays
            self._cache[day] = known
        return known

    def working_days_between(self, start: datetime, end: datetime) -> float:
        """Elapsed working days from `start` to `end` (fractions of a day counted at each end)."""
        a, b = self.local(start), self.local(end)
        if b <= a:
            return 0.0
        total = 0.0
        day = a.date()
        while day <= b.date():
            if self.is_working_day(day):
                lo = max(a, self.midnight(day))
                hi = min(b, self.midnight(day + ONE_DAY))
                total += max((hi - lo).total_seconds(), 0.0) / 86400.0
            day += ONE_DAY
        return total

    def add_working_days(self, start: datetime, days: float) -> datetime:
        """The moment `days` working days after `start` (non-working days pass without counting)."""
        moment = self.local(start)
        left = max(days, 0.0)
        for _ in range(3700):  # ten years of days: a bound, never reached by real paces
            day = moment.date()
            day_end = self.midnight(day + ONE_DAY)
            if self.is_working_day(day):
                span = (day_end - moment).total_seconds() / 86400.0
                if left <= span:
                    return moment + timedelta(days=left)
                left -= span
            moment = day_end
        return moment

    def midnight(self, day: date) -> datetime:
        """Midnight starting `day`, station time."""
        return datetime.combine(day, time(0), self.tz)

    def festival_near(self, moment: datetime, within: timedelta) -> date | None:
        """The Spring Festival within `within` of `moment`, if any."""
        day = self.local(moment).date()
        for festival in self.spring_festivals:
            if abs(festival - day) <= within:
                return festival
        return None

    def festivals_between(self, start: datetime, end: datetime) -> list[date]:
        """Spring Festivals falling between `start` and `end`."""
        a, b = self.local(start).date(), self.local(end).date()
        return [f for f in self.spring_festivals if a <= f <= b]


def calendar_from_data(data: Mapping[str, Any], tz: ZoneInfo = DEFAULT_TZ) -> StationCalendar:
    """The calendar a `{"years": {...}}` document describes; ValueError names what is wrong."""
    years = data.get("years")
    if not isinstance(years, Mapping):
        raise ValueError('calendar data needs a "years" object')
    holidays: set[date] = set()
    working: set[date] = set()
    festivals: list[date] = []
    for year, spec in years.items():
        try:
            if spec.get("spring_festival"):
                festivals.append(date.fromisoformat(spec["spring_festival"]))
            for item in spec.get("holidays", []):
                holidays.update(_days(item))
            for item in spec.get("working_weekend_days", []):
                working.update(_days(item))
        except (AttributeError, TypeError, ValueError) as exc:
            raise ValueError(f"calendar year {year}: {exc}") from None
    return StationCalendar(tz, frozenset(holidays), frozenset(working), tuple(sorted(festivals)))


def _days(item: str) -> list[date]:
    # "2025-10-01" is one day, "2025-10-01/2025-10-08" a span with both ends included.
    first, _, last = item.partition("/")
    start = date.fromisoformat(first)
    end = date.fromisoformat(last) if last else start
    if end < start:
        raise ValueError(f"span ends before it starts: {item!r}")
    return [start + timedelta(days=i) for i in range((end - start).days + 1)]


WEEKENDS_ONLY = StationCalendar()
