"""Variant delivery histories for validating the refill model on behaviours the dev set lacks.

Deterministic: a (set, seed) pair always gives the same rows. Each household follows one
behaviour, named at the start of its customer_id (`workday-s3-0007`) so a score can be split
by behaviour. The `tune` and `unseen` sets draw from different seeds *and* parameter ranges;
the model is tuned on the first and reported on the second.
"""

from __future__ import annotations

import math
import random
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date, datetime, time, timedelta

from domain.rules.station_calendar import StationCalendar

BEHAVIOURS = ("plain", "workday", "weekend", "weekday", "spring", "season", "late")
HistoryRow = tuple[str, datetime, int]


@dataclass(frozen=True)
class VariantRanges:
    """The parameter ranges one variant set draws its stations and households from."""

    home_days_per_bucket: tuple[float, float]
    office_days_per_bucket: tuple[float, float]
    noise: tuple[float, float]  # log-sd of a household's pace from one cycle to the next
    station_season: tuple[float, float]  # log amplitude; a bucket lasts longest in winter
    strong_season: tuple[float, float]  # the `season` households' multiplier of it
    festival_away: tuple[int, int]  # days a `spring` household is away
    late_share: tuple[float, float]  # of busy-time deliveries that arrive a day late
    order_early: tuple[float, float]  # days before running dry a household orders


SETS: dict[str, tuple[VariantRanges, int]] = {
    "tune": (
        VariantRanges(
            (4.0, 9.0),
            (0.5, 1.2),
            (0.05, 0.12),
            (0.05, 0.20),
            (0.0, 2.5),
            (7, 12),
            (0.4, 0.7),
            (0.0, 1.0),
        ),
        1000,
    ),
    "unseen": (
        VariantRanges(
            (3.0, 12.0),
            (0.3, 1.6),
            (0.03, 0.16),
            (0.0, 0.28),
            (0.0, 3.0),
            (6, 16),
            (0.3, 0.9),
            (0.0, 1.5),
        ),
        9000,
    ),
}
START = date(2025, 1, 1)
DAYS = 640  # ~21 months: two Spring Festivals


def generate(
    calendar: StationCalendar, variant_set: str, seed: int, households: int = 140
) -> list[HistoryRow]:
    """One station's history: `households` customers, behaviours in turn, sorted by time."""
    ranges, offset = SETS[variant_set]
    rng = random.Random(offset + seed)
    station = _Station(
        calendar,
        amplitude=rng.uniform(*ranges.station_season),
        peak_day=rng.randint(0, 45),
        late_share=rng.uniform(*ranges.late_share),
    )
    rows: list[HistoryRow] = []
    for n in range(households):
        behaviour = BEHAVIOURS[n % len(BEHAVIOURS)]
        name = f"{behaviour}-s{seed}-{n:04d}"
        rows += _household(station, ranges, behaviour, name, random.Random(rng.getrandbits(64)))
    rows.sort(key=lambda row: (row[1], row[0]))
    return rows


@dataclass(frozen=True)
class _Station:
    calendar: StationCalendar
    amplitude: float
    peak_day: int
    late_share: float

    def season(self, day: date, strength: float) -> float:
        phase = 2.0 * math.pi * (day.timetuple().tm_yday - self.peak_day) / 365.25
        return math.exp(self.amplitude * strength * math.cos(phase))

    def busy(self, day: date) -> bool:
        # Summer heat and the fortnight before Spring Festival keep every courier out.
        near = self.calendar.festival_near(self.calendar.midnight(day), timedelta(days=14))
        return day.month in (6, 7, 8) or (near is not None and day <= near)


def _household(
    station: _Station, ranges: VariantRanges, behaviour: str, name: str, rng: random.Random
) -> list[HistoryRow]:
    office = behaviour == "workday"
    pace = rng.uniform(*(ranges.office_days_per_bucket if office else ranges.home_days_per_bucket))
    favourite = rng.choice((3, 4, 5, 6)) if office else rng.choice((1, 1, 2, 2, 2, 3))
    strength = rng.uniform(*ranges.strong_season) if behaviour == "season" else 1.0
    away = rng.randint(*ranges.festival_away) if behaviour == "spring" else 0
    ahead = rng.uniform(*ranges.order_early)
    noise = rng.uniform(*ranges.noise)
    preferred = {5, 6} if behaviour == "weekend" else {rng.randrange(7)}
    day = START + timedelta(days=rng.randrange(60))
    rows: list[HistoryRow] = []
    end = START + timedelta(days=DAYS)
    while day < end:
        while office and not station.calendar.is_working_day(day):
            day += timedelta(days=1)  # nobody there to take the delivery
        quantity = favourite if rng.random() < 0.8 else max(1, favourite + rng.choice((-1, 1)))
        if behaviour == "late" and station.busy(day) and rng.random() < station.late_share:
            day += timedelta(days=1)  # ordered on time, delivered (and recorded) a day later
        rows.append((name, _moment(station, rng, day, office), quantity))
        cycle_pace = pace * math.exp(rng.gauss(0.0, noise))
        dry = _run_dry(station, day, quantity * cycle_pace, strength, office, away)
        order = dry - timedelta(days=round(ahead))
        if behaviour in ("weekend", "weekday"):
            order = _preferred_day(order, day, preferred)
        if office:
            while not station.calendar.is_working_day(order):
                order -= timedelta(days=1)
        day = max(order, day + timedelta(days=1))
    return rows


def _run_dry(
    station: _Station, day: date, stock: float, strength: float, office: bool, away: int
) -> date:
    # Each day drinks 1/pace of a bucket, scaled by the season; none on days nobody is there.
    cal = station.calendar
    while stock > 0:
        day += timedelta(days=1)
        if office and not cal.is_working_day(day):
            continue
        festival = cal.festival_near(cal.midnight(day), timedelta(days=away))
        if away and festival and -away // 3 <= (day - festival).days < away - away // 3:
            continue
        stock -= 1.0 / station.season(day, strength)
    return day


def _preferred_day(order: date, last: date, preferred: set[int]) -> date:
    # Waits for its day: the latest one before running dry, else the first one after.
    for back in range(7):
        day = order - timedelta(days=back)
        if day.weekday() in preferred and day > last + timedelta(days=1):
            return day
    ahead = order
    while ahead.weekday() not in preferred:
        ahead += timedelta(days=1)
    return ahead


def _moment(station: _Station, rng: random.Random, day: date, office: bool) -> datetime:
    hour = rng.uniform(9.0, 17.0) if office else rng.uniform(8.0, 20.5)
    local = datetime.combine(day, time(0), station.calendar.tz) + timedelta(hours=hour)
    return local.replace(microsecond=0)


def iter_csv_rows(rows: list[HistoryRow]) -> Iterator[tuple[str, str, int]]:
    """Rows as `customer_id,delivered_at,quantity` CSV fields."""
    for customer, at, quantity in rows:
        yield customer, at.isoformat(timespec="seconds"), quantity
