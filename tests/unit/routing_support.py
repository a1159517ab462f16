"""Small station days for the routing tests: places given in kilometres from the depot."""

from __future__ import annotations

import math

from domain.routing.model import Place, Problem, Stop, Vehicle
from domain.routing.travel import Haversine

DEPOT = Place(31.2, 121.4)
HOUR = 3600
TRAVEL = Haversine(speed_kmh=20, detour=1.3)  # 1 km of straight line ≈ 234 s


def at(north_km: float, east_km: float) -> Place:
    """A place `north_km` north and `east_km` east of the depot."""
    lat = DEPOT.latitude + north_km / 111.2
    lon = DEPOT.longitude + east_km / (111.2 * math.cos(math.radians(DEPOT.latitude)))
    return Place(lat, lon)


def courier(
    key: str, capacity: int = 10, hours: tuple[int, int] = (8, 18), **kw: object
) -> Vehicle:
    """A courier on shift for the given hours."""
    return Vehicle(key, capacity, hours[0] * HOUR, hours[1] * HOUR, **kw)  # type: ignore[arg-type]


def order(
    key: str,
    place: Place,
    buckets: int = 1,
    window: tuple[float, float] = (8, 18),
    service: int = 300,
    vehicle: str | None = None,
) -> Stop:
    """A stop with its window given in hours of the day."""
    return Stop(key, buckets, int(window[0] * HOUR), int(window[1] * HOUR), service, place, vehicle)


def day(vehicles: list[Vehicle], stops: list[Stop], max_trips: int = 3) -> Problem:
    """The problem at the test depot."""
    return Problem(DEPOT, tuple(vehicles), tuple(stops), max_trips)
