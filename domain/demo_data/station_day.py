"""A generated station day for `waterbot bench dispatch`: buildings, couriers and orders.

Deterministic for a seed. Buildings lie within about 3 km of the station: older walk-ups of
6-7 floors without a lift, towers of 11-33 floors with one; orders fall in three slots
(morning, afternoon, evening), one to three buckets each, to any floor.
"""

from __future__ import annotations

import math
import random
from dataclasses import dataclass
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from domain.routing.model import Place
from domain.rules.dispatch_problem import CourierInput, OrderInput

STATION = Place(31.2304, 121.4737)
# (start hour, end hour, share of the day's orders)
SLOTS = ((9, 12, 0.4), (13, 17, 0.35), (18, 21, 0.25))
# An electric tricycle's load; three trips a day then carry the day's ~330 buckets.
TRIP_BUCKETS = 16


@dataclass(frozen=True)
class Building:
    """A building orders go to."""

    community: str
    name: str
    place: Place
    floors: int
    has_lift: bool


@dataclass(frozen=True)
class StationDay:
    """A day to plan: the station, its couriers, its orders, and when the plan is made."""

    depot: Place
    couriers: tuple[CourierInput, ...]
    orders: tuple[OrderInput, ...]
    buildings: tuple[Building, ...]
    now: datetime


def _offset(place: Place, metres: float, bearing: float) -> Place:
    dlat = metres * math.cos(bearing) / 111_320
    dlon = metres * math.sin(bearing) / (111_320 * math.cos(math.radians(place.latitude)))
    return Place(place.latitude + dlat, place.longitude + dlon)


def buildings(rng: random.Random, count: int, radius_m: float) -> tuple[Building, ...]:
    """`count` buildings in communities of about five, half without a lift."""
    found, centre = [], STATION
    for index in range(count):
        community = f"小区{index // 5 + 1:02d}"
        if index % 5 == 0:
            centre = _offset(
                STATION, radius_m * math.sqrt(rng.random()), rng.uniform(0, 2 * math.pi)
            )
        place = _offset(centre, rng.uniform(20, 150), rng.uniform(0, 2 * math.pi))
        lift = rng.random() < 0.5
        floors = rng.randint(11, 33) if lift else rng.randint(6, 7)
        found.append(Building(community, f"{index % 5 + 1}栋", place, floors, lift))
    return tuple(found)


def station_day(
    seed: int = 7, orders: int = 200, couriers: int = 8, day: datetime | None = None
) -> StationDay:
    """The generated day; the plan is made at 07:30, before the first slot."""
    rng = random.Random(seed)
    start = day or datetime(2026, 12, 1, tzinfo=ZoneInfo("Asia/Shanghai"))
    start = start.replace(hour=0, minute=0, second=0, microsecond=0)
    places = buildings(rng, 60, 3000)
    riders = tuple(
        CourierInput(
            f"courier{i + 1}",
            TRIP_BUCKETS,
            start + timedelta(hours=8),
            start + timedelta(hours=21, minutes=30),
        )
        for i in range(couriers)
    )
    made = []
    for number in range(1, orders + 1):
        begin, end, _ = rng.choices(SLOTS, weights=[s[2] for s in SLOTS])[0]
        building = rng.choice(places)
        made.append(
            OrderInput(
                number=f"{start:%Y%m%d}{number:03d}",
                buckets=rng.choices((1, 2, 3), weights=(50, 35, 15))[0],
                window_start=start + timedelta(hours=begin),
                window_end=start + timedelta(hours=end),
                latitude=building.place.latitude,
                longitude=building.place.longitude,
                text=f"{building.community}{building.name}",
                community=building.community,
                building=building.name,
                floor=rng.randint(1, building.floors),
                has_lift=building.has_lift,
            )
        )
    return StationDay(STATION, riders, tuple(made), places, start + timedelta(hours=7, minutes=30))
