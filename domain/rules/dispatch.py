"""Pure dispatch rules: who gets the next order and in which order a courier drives.

Until the optimising dispatcher lands, an order goes to the on-shift, active courier with the
fewest open tasks, but never back to a courier whose delivery of it failed in the same window
(nobody home: the same courier on a new card would only knock again); a courier's route is a
nearest-neighbour walk from the station.
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime

EARTH_RADIUS_M = 6_371_000.0


@dataclass(frozen=True)
class CourierLoad:
    """A courier as the dispatch rule sees them."""

    userid: str
    open_tasks: int
    on_shift: bool = True
    active: bool = True


# The reasons on the event that sends a failed order back to dispatch.
REDISPATCH, RESCHEDULED = "redispatch", "rescheduled"


@dataclass(frozen=True)
class Step:
    """One of an order's state events as dispatch reads it."""

    to_state: str
    reason: str  # an assignment's reason is the courier's user id


def turned_away(history: Iterable[Step]) -> frozenset[str]:
    """Couriers whose delivery of the order failed in its current window, oldest event first.

    A failure turns away the courier it was assigned to; a reschedule gives the order a new
    window, in which nobody is turned away.
    """
    courier, away = "", set[str]()
    for step in history:
        if step.to_state == "assigned":
            courier = step.reason
        elif step.to_state == "failed" and courier:
            away.add(courier)
        elif step.to_state == "awaiting_dispatch" and step.reason == RESCHEDULED:
            away.clear()
    return frozenset(away)


def pick_courier(
    couriers: Sequence[CourierLoad], turned_away: frozenset[str] = frozenset()
) -> CourierLoad | None:
    """The on-shift, active courier with the fewest open tasks (ties: by user id), leaving out
    those `turned_away`; or None."""
    ready = [c for c in couriers if c.on_shift and c.active and c.userid not in turned_away]
    if not ready:
        return None
    return min(ready, key=lambda c: (c.open_tasks, c.userid))


@dataclass(frozen=True)
class Stop:
    """One delivery on a route."""

    key: str
    window_start: datetime
    latitude: float | None = None
    longitude: float | None = None

    @property
    def located(self) -> bool:
        """Both coordinates are known."""
        return self.latitude is not None and self.longitude is not None


def distance_m(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in metres (haversine)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * EARTH_RADIUS_M * math.asin(math.sqrt(a))


def route_order(start: tuple[float, float] | None, stops: Sequence[Stop]) -> list[Stop]:
    """Located stops as a nearest-neighbour walk from `start`, then the rest by window start.

    Without a start point the walk begins at the located stop with the earliest window.
    """
    located = sorted((s for s in stops if s.located), key=lambda s: (s.window_start, s.key))
    rest = sorted((s for s in stops if not s.located), key=lambda s: (s.window_start, s.key))
    ordered: list[Stop] = []
    here = start
    while located:
        if here is None:
            nearest = located[0]
        else:
            lat, lon = here
            nearest = min(
                located,
                key=lambda s: distance_m(lat, lon, s.latitude or 0.0, s.longitude or 0.0),
            )
        located.remove(nearest)
        ordered.append(nearest)
        here = (nearest.latitude or 0.0, nearest.longitude or 0.0)
    return ordered + rest
