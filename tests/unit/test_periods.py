"""Reporting periods on the station's calendar."""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from domain.rules.periods import day_starts, last_days, month_period, named_period, parse_month

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)  # a Tuesday


def local(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=TZ)


@pytest.mark.parametrize(
    ("name", "start", "end"),
    [
        ("today", local(2026, 11, 24), local(2026, 11, 25)),
        ("yesterday", local(2026, 11, 23), local(2026, 11, 24)),
        ("week", local(2026, 11, 23), local(2026, 11, 30)),
        ("month", local(2026, 11, 1), local(2026, 12, 1)),
    ],
)
def test_named_periods_follow_the_station_calendar(
    name: str, start: datetime, end: datetime
) -> None:
    period = named_period(name, NOW)
    assert (period.start, period.end) == (start, end)
    assert period.start.tzinfo is TZ


def test_a_day_is_cut_at_local_midnight_whatever_the_zone_of_the_moment() -> None:
    today = named_period("today", NOW)
    assert today.contains(datetime.fromisoformat("2026-11-23T16:00:00+00:00"))  # 00:00 local
    assert not today.contains(datetime.fromisoformat("2026-11-23T15:59:59+00:00"))
    assert not today.contains(local(2026, 11, 25))  # the end is exclusive


def test_week_starts_on_monday_even_on_sunday_and_across_months() -> None:
    sunday = local(2026, 11, 29, 23, 59)
    assert named_period("week", sunday).start == local(2026, 11, 23)
    week = named_period("week", local(2026, 12, 2, 8))
    assert (week.start, week.end) == (local(2026, 11, 30), local(2026, 12, 7))


def test_months_roll_over_the_year_and_february_has_its_days() -> None:
    december = month_period(2026, 12, TZ)
    assert (december.start, december.end) == (local(2026, 12, 1), local(2027, 1, 1))
    assert month_period(2028, 2, TZ).days == 29
    assert month_period(2026, 2, TZ).days == 28


@pytest.mark.parametrize("text", ["2026-11", "2026/11", "2026年11月", "2026.11", "11", "11月"])
def test_parse_month_reads_the_usual_spellings(text: str) -> None:
    assert parse_month(text, NOW) == month_period(2026, 11, TZ)


@pytest.mark.parametrize("text", ["2026-13", "2026-0", "november", "", "1999-01", "2026-11-24"])
def test_parse_month_refuses_what_is_not_a_month(text: str) -> None:
    assert parse_month(text, NOW) is None


def test_last_days_includes_today_and_lists_each_day() -> None:
    period = last_days(30, NOW)
    days = day_starts(period)
    assert len(days) == 30
    assert (days[0], days[-1]) == (date(2026, 10, 26), date(2026, 11, 24))


def test_periods_need_an_aware_now() -> None:
    with pytest.raises(ValueError):
        named_period("today", datetime(2026, 11, 24))
    with pytest.raises(ValueError):
        named_period("fortnight", NOW)
