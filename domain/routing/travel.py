"""Travel distances and times between places, behind a port a road-distance provider can fill."""

from __future__ import annotations

import math
from collections.abc import Sequence
from typing import Protocol

from domain.routing.model import Place

EARTH_RADIUS_M = 6_371_000.0


class TravelTimes(Protocol):
    """Metres and seconds between every pair of places, as two square integer matrices."""

    def matrix(self, places: Sequence[Place]) -> tuple[list[list[int]], list[list[int]]]:
        """(metres, seconds), each indexed [from][to] in the order of `places`."""
        ...


def haversine_m(a: Place, b: Place) -> float:
    """Great-circle distance in metres."""
    la1, la2 = math.radians(a.latitude), math.radians(b.latitude)
    dlat = la2 - la1
    dlon = math.radians(b.longitude - a.longitude)
    h = math.sin(dlat / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(dlon / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(min(1.0, math.sqrt(h)))


class Haversine:
    """Straight-line distance × a detour factor, driven at a constant speed."""

    def __init__(self, speed_kmh: float = 20.0, detour: float = 1.3) -> None:
        if speed_kmh <= 0 or detour < 1:
            raise ValueError("speed must be positive and detour at least 1")
        self.speed_ms = speed_kmh / 3.6
        self.detour = detour

    def matrix(self, places: Sequence[Place]) -> tuple[list[list[int]], list[list[int]]]:
        """(metres, seconds), rounded to whole units; seconds rounded up, never optimistic."""
        metres: list[list[int]] = []
        seconds: list[list[int]] = []
        for a in places:
            road = [haversine_m(a, b) * self.detour for b in places]
            metres.append([round(d) for d in road])
            seconds.append([math.ceil(d / self.speed_ms - 1e-9) for d in road])
        return metres, seconds
