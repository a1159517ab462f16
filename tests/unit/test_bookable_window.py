"""The first window a station can really serve: lead time, hours, closed days (issue 12 item 8)."""

from __future__ import annotations

from datetime import datetime, time, timedelta

from domain.rules import pricing
from domain.rules.station import StationRules, bookable_window
from tests.support import NOW

# NOW is 2026-11-24 (a Tuesday); the station rests on Sundays.
RULES = StationRules(
    opens_at=time(8), closes_at=time(21), closed_weekdays=frozenset({6}), lead_minutes=60
)


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return NOW.replace(day=day, hour=hour, minute=minute, second=0, microsecond=0)


def _span(slot: object) -> tuple[datetime, datetime, bool]:
    return (slot.start, slot.end, slot.moved)  # type: ignore[attr-defined]


def test_asap_in_the_day_is_lead_time_then_two_hours() -> None:
    slot = bookable_window(RULES, _at(24, 10), None)
    assert _span(slot) == (_at(24, 11), _at(24, 13), False)


def test_asap_near_closing_is_clipped_to_closing() -> None:
    slot = bookable_window(RULES, _at(24, 19, 30), None)
    assert _span(slot) == (_at(24, 20, 30), _at(24, 21), False)


def test_asap_at_2052_is_tomorrow_morning_not_eight_minutes() -> None:
    slot = bookable_window(RULES, _at(24, 20, 52), None)
    assert (slot.start, slot.end) == (_at(25, 8), _at(25, 10))


def test_a_sliver_before_closing_goes_to_the_next_opening() -> None:
    slot = bookable_window(RULES, _at(24, 19, 45), None)  # earliest 20:45, only 15 minutes left
    assert (slot.start, slot.end) == (_at(25, 8), _at(25, 10))


def test_asap_on_saturday_night_skips_the_closed_sunday() -> None:
    slot = bookable_window(RULES, _at(28, 22), None)
    assert (slot.start, slot.end) == (_at(30, 8), _at(30, 10))


def test_asked_window_already_begun_starts_at_the_earliest_and_keeps_its_end() -> None:
    slot = bookable_window(RULES, _at(24, 13), (_at(24, 12), _at(24, 18)))
    assert _span(slot) == (_at(24, 14), _at(24, 18), False)


def test_asked_window_too_soon_starts_at_the_earliest_as_long_as_asked() -> None:
    slot = bookable_window(RULES, _at(24, 14, 30), (_at(24, 14), _at(24, 15)))
    assert (slot.start, slot.end) == (_at(24, 15, 30), _at(24, 16, 30))


def test_asked_window_later_is_kept() -> None:
    slot = bookable_window(RULES, _at(24, 10), (_at(25, 8), _at(25, 9)))
    assert _span(slot) == (_at(25, 8), _at(25, 9), False)


def test_asked_window_after_closing_moves_to_next_opening() -> None:
    slot = bookable_window(RULES, _at(24, 20, 58), (_at(24, 20, 58), _at(24, 21)))
    assert slot.start == _at(25, 8) and slot.moved


def test_lead_time_is_the_stations_own() -> None:
    quick = StationRules(opens_at=time(8), closes_at=time(21), lead_minutes=15)
    slot = bookable_window(quick, _at(24, 10), None)
    assert slot.start == _at(24, 10) + timedelta(minutes=15)


def test_over_limit_is_any_line_above_the_most() -> None:
    limit = pricing.MAX_LINE_QUANTITY
    assert pricing.over_limit([("a", limit + 1)])
    assert not pricing.over_limit([("a", limit), ("b", None), (None, 2)])
