"""The station's own rules as plain values: hours, closed days and delivery area."""

from __future__ import annotations

import math
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from domain.rules.errors import InvalidInput, OutOfArea

# Orders are for the coming weeks; a window in 2099 is a typo or a probe, and would sit in
# every open-orders list until then.
MAX_DAYS_AHEAD = 30


@dataclass(frozen=True)
class StationRules:
    """Everything pricing and scheduling need to know about the station."""

    opens_at: time = time(8, 0)
    closes_at: time = time(21, 0)
    closed_weekdays: frozenset[int] = frozenset()
    closed_dates: frozenset[date] = frozenset()
    communities: tuple[str, ...] = ()
    radius_m: int | None = None
    latitude: float | None = None
    longitude: float | None = None
    min_order_fen: int = 0
    delivery_fee_fen: int = 0
    floor_fee_fen: int = 0
    free_floors: int = 1
    lead_minutes: int = 60

    def is_open_day(self, day: date) -> bool:
        """True when the station delivers on that day (weekday 0 = Monday)."""
        return day.weekday() not in self.closed_weekdays and day not in self.closed_dates


@dataclass(frozen=True)
class Scheduled:
    """A delivery window after the station's hours were applied."""

    start: datetime
    end: datetime
    moved: bool


def schedule_window(
    rules: StationRules, start: datetime, end: datetime, now: datetime
) -> Scheduled:
    """Fit a requested window into business hours; outside them, move to the next opening.

    A window starting more than MAX_DAYS_AHEAD days from `now` is refused.
    """
    if end <= start:
        raise InvalidInput(f"window end {end} not after start {start}", message="送水时间不对")
    if start > now + timedelta(days=MAX_DAYS_AHEAD):
        raise InvalidInput(
            f"window start {start} more than {MAX_DAYS_AHEAD} days ahead",
            message=f"只能预约{MAX_DAYS_AHEAD}天以内的送水时间",
            fields={"window_start": f"{MAX_DAYS_AHEAD}天以内"},
        )
    tz, length = start.tzinfo, end - start
    day, shifted = start.date(), False
    for _ in range(366):
        opening = datetime.combine(day, rules.opens_at, tz)
        closing = datetime.combine(day, rules.closes_at, tz)
        if rules.is_open_day(day):
            s, e = max(start, opening), min(end, closing)
            if s < e:
                return Scheduled(s, e, moved=shifted or s != start)
            if start < opening:
                # Asked for before opening: the next opening, as long a window as asked.
                return Scheduled(opening, min(opening + length, closing), moved=True)
        day += timedelta(days=1)
        start = datetime.combine(day, rules.opens_at, tz)
        end, shifted = start + length, True
    raise InvalidInput("station closed for a year", message="水站近期不营业")


# 尽快 books this long a window from the first moment the station can arrive.
ASAP_LENGTH = timedelta(hours=2)
# A window shorter than this (20:52-21:00) is no promise a courier can keep: the next one.
MIN_WINDOW = timedelta(minutes=30)


def bookable_window(
    rules: StationRules, now: datetime, asked: tuple[datetime, datetime] | None
) -> Scheduled:
    """The first window the station can really serve: lead time, hours, closed days.

    `asked` None means 尽快. The same rule books chat, phone and repeat orders, so the
    confirmation can show the window before the customer says yes.
    """
    earliest = now + timedelta(minutes=rules.lead_minutes)
    start, end = asked or (earliest, earliest + ASAP_LENGTH)
    if start < earliest:
        # Sooner than the station can come: from the earliest; a later end still stands. Not
        # "moved": that tells of closing time, and the window shown is the real one anyway.
        if end - earliest < MIN_WINDOW:
            end = earliest + max(end - start, MIN_WINDOW)
        start = earliest
    slot = schedule_window(rules, start, end, now)
    while slot.end - slot.start < MIN_WINDOW:
        # Only a sliver before closing: the next opening, as long a window as asked.
        nxt = datetime.combine(slot.start.date() + timedelta(days=1), rules.opens_at, now.tzinfo)
        slot = schedule_window(rules, nxt, nxt + max(end - start, MIN_WINDOW), now)
        slot = Scheduled(slot.start, slot.end, moved=True)
    return slot


def haversine_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres."""
    r = 6_371_000.0
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * r * math.asin(math.sqrt(a))


def check_area(
    rules: StationRules, text: str, latitude: float | None, longitude: float | None
) -> None:
    """Raise OutOfArea unless the address is in a served community or within the radius."""
    if not rules.communities and rules.radius_m is None:
        return
    if any(name and name in text for name in rules.communities):
        return
    if (
        rules.radius_m is not None
        and None not in (latitude, longitude, rules.latitude, rules.longitude)
        and haversine_m(rules.latitude, rules.longitude, latitude, longitude)  # type: ignore[arg-type]
        <= rules.radius_m
    ):
        return
    raise OutOfArea(f"address {text!r} outside delivery area")
