"""Bundled station calendars (public holidays, make-up working days, Spring Festival dates)."""

from __future__ import annotations

import json
from importlib import resources
from pathlib import Path
from zoneinfo import ZoneInfo

from domain.rules.station_calendar import DEFAULT_TZ, StationCalendar, calendar_from_data

BUNDLED = "cn.json"


def load_calendar(path: Path | None = None, tz: ZoneInfo = DEFAULT_TZ) -> StationCalendar:
    """The calendar in `path` (JSON, see docs/REFILL.md), or the bundled mainland-China one."""
    if path is None:
        text = resources.files(__package__).joinpath(BUNDLED).read_text(encoding="utf-8")
    else:
        text = path.read_text(encoding="utf-8")
    try:
        data = json.loads(text)
    except json.JSONDecodeError as exc:
        raise ValueError(f"not JSON: {exc}") from None
    return calendar_from_data(data, tz)
