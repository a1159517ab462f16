"""One courier's route replayed leg by leg, and an urgent stop put where it costs least.

Pure. The replay is the one yardstick for every plan: the optimiser's, today's rule in the
benchmark, and a route with an urgent order inserted, so their km and late stops compare.
A new trip goes back to the station to reload first; the day ends back at the station.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from domain.routing.model import Place, Problem, Stop, Vehicle
from domain.routing.travel import TravelTimes


@dataclass(frozen=True)
class Leg:
    """A stop on a route and the trip it is delivered on (1, 2 …)."""

    key: str
    trip: int = 1


@dataclass(frozen=True)
class Replayed:
    """A route as driven: distance, stops, late stops, working time and each stop's start."""

    meters: int
    stops: int
    late: tuple[str, ...]
    working_seconds: int
    starts: Mapping[str, int]


class Matrix:
    """Travel between the problem's places, asked once: depot, couriers' starts, stops."""

    def __init__(self, problem: Problem, travel: TravelTimes, extra: Sequence[Place] = ()) -> None:
        places = [problem.depot]
        places += [v.start for v in problem.vehicles if v.start is not None]
        places += [s.place for s in problem.stops]
        places += list(extra)
        self.index: dict[Place, int] = {}
        for place in places:
            self.index.setdefault(place, len(self.index))
        self.metres, self.seconds = travel.matrix(list(self.index))

    def leg(self, a: Place, b: Place) -> tuple[int, int]:
        """Metres and seconds from a to b."""
        i, j = self.index[a], self.index[b]
        return self.metres[i][j], self.seconds[i][j]


def replay(
    problem: Problem,
    vehicle: Vehicle,
    legs: Sequence[Leg],
    matrix: Matrix,
    due: Mapping[str, int] | None = None,
) -> Replayed:
    """Drive `legs` in order from the vehicle's start; late: a stop begun after `due` (default:
    the stop's window end). The courier leaves as late as the first window allows."""
    stops = {s.key: s for s in problem.stops}
    here = vehicle.start or problem.depot
    meters, starts, late = 0, dict[str, int](), []
    clock, departed, trip = vehicle.shift_start, None, legs[0].trip if legs else 1
    for leg in legs:
        stop = stops[leg.key]
        if leg.trip != trip:
            m, s = matrix.leg(here, problem.depot)
            meters, clock, here, trip = meters + m, clock + s, problem.depot, leg.trip
        m, s = matrix.leg(here, stop.place)
        if departed is None:
            departed = max(clock, stop.window_start - s)
            clock = departed
        meters, clock = meters + m, clock + s
        begin = max(clock, stop.window_start)
        starts[stop.key] = begin
        if begin > (due or {}).get(stop.key, stop.window_end):
            late.append(stop.key)
        clock, here = begin + stop.service, stop.place
    if legs:
        m, s = matrix.leg(here, problem.depot)
        meters, clock = meters + m, clock + s
    working = clock - departed if departed is not None else 0
    return Replayed(meters, len(legs), tuple(late), working, starts)


@dataclass(frozen=True)
class Insertion:
    """Where an urgent stop goes: the courier, its position, and what it costs."""

    vehicle: str
    position: int
    trip: int
    added_meters: int
    added_late: int


def _loads(legs: Sequence[Leg], stops: Mapping[str, Stop]) -> dict[int, int]:
    loads: dict[int, int] = {}
    for leg in legs:
        loads[leg.trip] = loads.get(leg.trip, 0) + stops[leg.key].buckets
    return loads


def _slots(legs: Sequence[Leg], max_trips: int) -> list[tuple[int, int]]:
    """(position, trip) pairs to try: beside each stop on its trip, or a new trip at the end."""
    if not legs:
        return [(0, 1)]
    slots = [(0, legs[0].trip)] + [(i, legs[i - 1].trip) for i in range(1, len(legs) + 1)]
    if legs[-1].trip < max_trips:
        slots.append((len(legs), legs[-1].trip + 1))
    return slots


def cheapest_insertion(
    problem: Problem,
    routes: Mapping[str, Sequence[Leg]],
    urgent: Stop,
    matrix: Matrix,
) -> Insertion | None:
    """The position adding the fewest late stops, then the fewest metres, among the vehicles
    that may take it (its pin, trip capacity); None: no vehicle can.

    `problem` must hold `urgent` among its stops, so the matrix knows its place.
    """
    stops = {s.key: s for s in problem.stops}
    best: Insertion | None = None
    for vehicle in problem.vehicles:
        if urgent.vehicle is not None and urgent.vehicle != vehicle.key:
            continue
        legs = list(routes.get(vehicle.key, ()))
        before = replay(problem, vehicle, legs, matrix)
        loads = _loads(legs, stops)
        for position, trip in _slots(legs, problem.max_trips):
            if loads.get(trip, 0) + urgent.buckets > vehicle.capacity:
                continue
            tried = [*legs[:position], Leg(urgent.key, trip), *legs[position:]]
            after = replay(problem, vehicle, tried, matrix)
            candidate = Insertion(
                vehicle.key,
                position,
                trip,
                after.meters - before.meters,
                len(after.late) - len(before.late),
            )
            if best is None or (candidate.added_late, candidate.added_meters) < (
                best.added_late,
                best.added_meters,
            ):
                best = candidate
    return best
