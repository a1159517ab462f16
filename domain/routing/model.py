"""The routing problem and its plan as plain frozen values.

Times are integer seconds since the plan's day start (00:00 local); distances are metres.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Place:
    """A point on the map (WGS-84 degrees)."""

    latitude: float
    longitude: float


@dataclass(frozen=True)
class Vehicle:
    """A courier: buckets per trip, shift hours, and where the day starts (None: the depot)."""

    key: str
    capacity: int
    shift_start: int
    shift_end: int
    start: Place | None = None


@dataclass(frozen=True)
class Stop:
    """An order to deliver: buckets, the window service must start in, service seconds."""

    key: str
    buckets: int
    window_start: int
    window_end: int
    service: int
    place: Place
    vehicle: str | None = None  # pinned: a manual assignment or a task already accepted


@dataclass(frozen=True)
class Problem:
    """One day's dispatch: the station, the couriers on shift and the stops."""

    depot: Place
    vehicles: tuple[Vehicle, ...]
    stops: tuple[Stop, ...]
    max_trips: int = 3
    reload_seconds: int = 0  # at the station between two trips, loading the next one


@dataclass(frozen=True)
class Visit:
    """A stop on a route: arrival, service start (after waiting) and which trip from the depot."""

    stop: str
    arrival: int
    start: int
    trip: int


@dataclass(frozen=True)
class Route:
    """One courier's day: visits in order, metres driven and seconds from leaving to return."""

    vehicle: str
    visits: tuple[Visit, ...]
    meters: int
    seconds: int


# Why a stop was left out, as stable codes (the Chinese labels live with the edges).
CAPACITY = "capacity"  # more buckets than any vehicle carries in one trip
WINDOW = "window"  # its window cannot be reached in any shift
SHIFT = "shift"  # reachable, but service and the way back do not fit in any shift
NO_VEHICLE = "no_vehicle"  # no vehicle at all, or pinned to one not on shift
TIME_LIMIT = "time_limit"  # feasible alone, but no room found within the time limit
REASONS = (CAPACITY, WINDOW, SHIFT, NO_VEHICLE, TIME_LIMIT)


@dataclass(frozen=True)
class Dropped:
    """A stop the plan leaves out, with a reason code from REASONS."""

    stop: str
    reason: str


@dataclass(frozen=True)
class Plan:
    """The solver's answer: routes of the vehicles used, dropped stops, total metres."""

    routes: tuple[Route, ...]
    dropped: tuple[Dropped, ...]
    meters: int
    seconds_to_solve: float
