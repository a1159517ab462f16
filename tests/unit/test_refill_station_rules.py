"""Pure tests of the station-wide refill settings: per-hour cap, calendar file, time zone."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from domain.calendars import load_calendar
from domain.demo_data.refill_variants import generate
from domain.infra.settings import SettingsError, load_settings
from domain.rules.refill import DEFAULT_PRIOR, Delivery, summarize
from domain.rules.refill_backtest import backtest_station
from domain.rules.refill_score import spread_figures
from domain.rules.reminder_rules import ReminderPolicy, hour_start, hours_of, pick_slot
from domain.rules.station_calendar import StationCalendar
from domain.services.refill import policy_from_settings, prior_for

TZ = ZoneInfo("Asia/Shanghai")
EARLIEST = datetime(2026, 5, 6, 17, 10, tzinfo=TZ)
LATEST = datetime(2026, 5, 6, 20, 0, tzinfo=TZ)
CAPPED = ReminderPolicy(hour_cap=3)


def test_the_drawn_time_stands_while_its_hour_has_room() -> None:
    wanted = pick_slot(EARLIEST, LATEST, "c1", {}, CAPPED)
    assert EARLIEST <= wanted <= LATEST
    almost = {hour_start(wanted, TZ): 2}
    assert pick_slot(EARLIEST, LATEST, "c1", almost, CAPPED) == wanted


def test_a_full_hour_moves_the_reminder_to_the_nearest_open_hour_in_range() -> None:
    hours = hours_of(EARLIEST, LATEST, TZ)
    assert [h.hour for h in hours] == [17, 18, 19, 20]
    wanted = pick_slot(EARLIEST, LATEST, "c1", {}, CAPPED)
    full = {hour_start(wanted, TZ): 3}
    moved = pick_slot(EARLIEST, LATEST, "c1", full, CAPPED)
    assert EARLIEST <= moved <= LATEST and hour_start(moved, TZ) != hour_start(wanted, TZ)
    assert abs(hour_start(moved, TZ) - hour_start(wanted, TZ)) == timedelta(hours=1)
    # Every hour full: the least loaded one, never outside the range, never dropped.
    crowded = {h: 9 for h in hours} | {hours[0]: 4}
    last = pick_slot(EARLIEST, LATEST, "c1", crowded, CAPPED)
    assert hour_start(last, TZ) == hours[0] and EARLIEST <= last <= LATEST
    # 0 means no cap.
    assert pick_slot(EARLIEST, LATEST, "c1", crowded, replace(CAPPED, hour_cap=0)) == wanted


def test_reminders_of_a_station_spread_under_the_cap() -> None:
    planned: dict[datetime, int] = {}
    for n in range(60):
        slot = pick_slot(EARLIEST, LATEST, f"c{n}", planned, replace(CAPPED, hour_cap=15))
        planned[hour_start(slot, TZ)] = planned.get(hour_start(slot, TZ), 0) + 1
    assert max(planned.values()) == 15 and sum(planned.values()) == 60


def test_the_calendar_setting_reads_the_stations_own_file(tmp_path: Path) -> None:
    path = tmp_path / "station.json"
    year = {"spring_festival": "2026-02-17", "holidays": ["2026-05-06"]}
    path.write_text(json.dumps({"years": {"2026": year}}), encoding="utf-8")
    settings = load_settings({"WATERBOT_CALENDAR": str(path), "WATERBOT_TZ": "Europe/Berlin"})
    calendar = prior_for(policy_from_settings(settings)).calendar
    assert not calendar.is_working_day(date(2026, 5, 6))  # its own holiday
    assert calendar.is_working_day(date(2026, 10, 2))  # not National Day: not in this file
    assert calendar.tz.key == "Europe/Berlin"
    bundled = prior_for(policy_from_settings(load_settings({}))).calendar
    assert not bundled.is_working_day(date(2026, 10, 2)) and bundled.is_working_day(
        date(2026, 5, 6)
    )


@pytest.mark.parametrize("value", ["/no/such/calendar.json", "README.md"])
def test_a_bad_calendar_file_stops_the_start(value: str) -> None:
    with pytest.raises(SettingsError, match="WATERBOT_CALENDAR"):
        load_settings({"WATERBOT_CALENDAR": value})


def test_the_hour_cap_setting() -> None:
    assert policy_from_settings(load_settings({})).hour_cap == 30
    policy = policy_from_settings(load_settings({"WATERBOT_REMINDER_HOUR_CAP": "0"}))
    assert policy.hour_cap == 0
    with pytest.raises(SettingsError, match="WATERBOT_REMINDER_HOUR_CAP"):
        load_settings({"WATERBOT_REMINDER_HOUR_CAP": "-5"})


def test_weekdays_are_counted_in_the_stations_time_zone() -> None:
    # Friday 23:30 in Berlin is already Saturday morning in Shanghai.
    berlin = replace(DEFAULT_PRIOR, calendar=StationCalendar(ZoneInfo("Europe/Berlin")))
    friday_night = datetime(2026, 5, 8, 23, 30, tzinfo=ZoneInfo("Europe/Berlin"))
    state = summarize([Delivery(friday_night, 1)], berlin)
    assert state is not None and state.weekdays == (0, 0, 0, 0, 1, 0, 0)
    shanghai = summarize([Delivery(friday_night, 1)])
    assert shanghai is not None and shanghai.weekdays == (0, 0, 0, 0, 0, 1, 0)


def test_the_backtest_replays_the_hour_cap_in_delivery_order() -> None:
    calendar = load_calendar(None, TZ)
    rows = generate(calendar, "tune", seed=3, households=28)
    free = list(backtest_station(rows, calendar))
    assert list(backtest_station(rows, calendar, hour_cap=100_000)) == free  # never binds
    capped = list(backtest_station(rows, calendar, hour_cap=1))
    unspread = list(backtest_station(rows, calendar, spread_span=timedelta(0)))
    assert [r[:2] for r in capped] == [r[:2] for r in free]
    for (_, _, mine), (_, _, edge) in zip(capped, unspread, strict=True):
        assert mine is not None and edge is not None
        assert edge - timedelta(hours=3) <= mine <= edge  # inside its useful range

    def busiest(rows: list[tuple[str, datetime, datetime | None]]) -> float:
        return spread_figures([r for _, _, r in rows], time(20), TZ)[1]

    assert busiest(capped) < busiest(free)
