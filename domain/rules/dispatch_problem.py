"""A station day as a routing problem: the station as depot, couriers as vehicles, orders as stops.

Pure: plain records in (read from the database by `domain/reads/dispatch_inputs.py`), a
`domain.routing.model.Problem` out. Times become integer seconds since the day's 00:00 in the
station's time zone, which is what the solver counts in.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.routing.model import Place, Problem, Stop, Vehicle

DAY = 24 * 3600
# A reported location older than this says where the courier was, not where he is.
LOCATION_FRESH = timedelta(hours=2)
# A reported location vaguer than this (WeCom's Precision, metres) is not a route's start: GPS
# fixes come within tens of metres, cell-tower and Wi-Fi ones often miss by a kilometre or more,
# which at 20 km/h is minutes of a route planned from the wrong street.
LOCATION_PRECISE_M = 300.0


@dataclass(frozen=True)
class Tuning:
    """The station's dispatch settings (the station row; docs/DISPATCH.md)."""

    every_minutes: int = 30
    speed_kmh: float = 20.0
    detour: float = 1.3
    service_base_s: int = 120
    service_per_bucket_s: int = 30
    service_per_floor_s: int = 40
    plan_seconds: int = 5


@dataclass(frozen=True)
class CourierInput:
    """An on-shift courier as the plan sees him."""

    userid: str
    capacity: int
    shift_start: datetime
    shift_end: datetime
    latitude: float | None = None
    longitude: float | None = None
    located_at: datetime | None = None
    located_within_m: float | None = None


@dataclass(frozen=True)
class OrderInput:
    """An order to place on a route; `pinned`: the courier it must stay with."""

    number: str
    buckets: int
    window_start: datetime
    window_end: datetime
    latitude: float | None
    longitude: float | None
    text: str = ""
    community: str = ""
    building: str = ""
    floor: int | None = None
    has_lift: bool = True
    pinned: str | None = None


@dataclass(frozen=True)
class KnownPlace:
    """An address whose coordinates are known, to place orders that have none."""

    text: str
    community: str
    building: str
    latitude: float
    longitude: float


@dataclass(frozen=True)
class Built:
    """The problem, and what the builder had to guess."""

    problem: Problem
    day_start: datetime
    placed: frozenset[str]  # orders without coordinates, placed by their building or the station


def service_seconds(tuning: Tuning, buckets: int, floor: int | None, has_lift: bool) -> int:
    """Time at the door: a base, each bucket, and each floor climbed where there is no lift."""
    climbed = 0 if has_lift or floor is None else max(0, floor - 1)
    return (
        tuning.service_base_s
        + tuning.service_per_bucket_s * buckets
        + tuning.service_per_floor_s * climbed * max(1, buckets)
    )


def seconds_since(day_start: datetime, when: datetime) -> int:
    """Whole seconds from the day's start (negative before it)."""
    return int((when - day_start).total_seconds())


def place_of(order: OrderInput, known: Sequence[KnownPlace], depot: Place) -> tuple[Place, bool]:
    """The order's coordinates, or its best guess and True: the same address text, the same
    building of the same community, the same community (its centre), else the station."""
    if order.latitude is not None and order.longitude is not None:
        return Place(order.latitude, order.longitude), False
    tests = []
    if order.text:
        tests.append(lambda k: k.text == order.text)
    if order.community and order.building:
        tests.append(lambda k: k.community == order.community and k.building == order.building)
    if order.community:
        tests.append(lambda k: k.community == order.community)
    for test in tests:
        matches = [k for k in known if test(k)]
        if matches:
            return _centre(matches), True
    return depot, True


def _centre(places: Iterable[KnownPlace]) -> Place:
    found = list(places)
    return Place(
        sum(p.latitude for p in found) / len(found), sum(p.longitude for p in found) / len(found)
    )


def start_of(courier: CourierInput, now: datetime) -> Place | None:
    """Where the courier sets off: his reported location while fresh and precise, else the
    station (None)."""
    if courier.latitude is None or courier.longitude is None or courier.located_at is None:
        return None
    if now - courier.located_at > LOCATION_FRESH:
        return None
    if courier.located_within_m is not None and courier.located_within_m > LOCATION_PRECISE_M:
        return None  # a cell-tower fix: the station is the better guess
    return Place(courier.latitude, courier.longitude)


def build_problem(
    depot: Place,
    couriers: Sequence[CourierInput],
    orders: Sequence[OrderInput],
    known: Sequence[KnownPlace],
    tuning: Tuning,
    now: datetime,
    max_trips: int = 3,
) -> Built:
    """The day of `now` as a Problem; no courier starts before now, overdue windows run to the
    end of the day (they are late whatever happens, but still to be delivered)."""
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    at = seconds_since(day_start, now)
    vehicles = tuple(
        Vehicle(
            key=c.userid,
            capacity=c.capacity,
            shift_start=max(at, seconds_since(day_start, c.shift_start)),
            shift_end=max(at, seconds_since(day_start, c.shift_end)),
            start=start_of(c, now),
        )
        for c in couriers
    )
    stops, placed = [], set()
    for order in orders:
        place, guessed = place_of(order, known, depot)
        if guessed:
            placed.add(order.number)
        start = max(0, seconds_since(day_start, order.window_start))
        end = min(DAY * 2, seconds_since(day_start, order.window_end))
        if end <= at:
            start, end = at, DAY * 2
        stops.append(
            Stop(
                key=order.number,
                buckets=order.buckets,
                window_start=start,
                window_end=max(start, end),
                service=service_seconds(tuning, order.buckets, order.floor, order.has_lift),
                place=place,
                vehicle=order.pinned,
            )
        )
    problem = Problem(depot=depot, vehicles=vehicles, stops=tuple(stops), max_trips=max_trips)
    return Built(problem, day_start, frozenset(placed))
