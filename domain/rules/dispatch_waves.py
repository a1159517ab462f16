"""A long day solved in waves: the morning, afternoon and evening stops one after the other.

Pure (the solver is passed in). A station's orders come in slots (上午, 下午, 晚上) and couriers
reload at the station between them anyway; solving each slot on its own, with each courier
starting the next slot when he is back from the last, keeps every solve small and the day's
work on fewer couriers (docs/DISPATCH.md has the figures). The solver gets the whole day in one
piece while the day is small (`WHOLE_DAY_STOPS`).
"""

from __future__ import annotations

import dataclasses
from collections.abc import Callable
from dataclasses import dataclass

from domain.routing.model import Dropped, Plan, Problem, Route, Stop, Visit
from domain.rules.route_timeline import Leg, Matrix, replay

Solve = Callable[[Problem, float], Plan]
WHOLE_DAY_STOPS = 80
# Slot boundaries by window start: before 12:00, before 18:00, the evening.
BOUNDARIES = (12 * 3600, 18 * 3600)


@dataclass
class _Day:
    """What the waves built so far: each vehicle's visits, when he is free, and the drops."""

    visits: dict[str, list[Visit]]
    free_at: dict[str, int]
    dropped: list[Dropped]
    meters: int = 0


def waves(stops: tuple[Stop, ...]) -> list[tuple[Stop, ...]]:
    """The stops grouped by the slot their window starts in, earliest first; empty ones left out."""
    groups: list[list[Stop]] = [[] for _ in range(len(BOUNDARIES) + 1)]
    for stop in stops:
        index = sum(stop.window_start >= b for b in BOUNDARIES)
        groups[index].append(stop)
    return [tuple(g) for g in groups if g]


def solve_in_waves(problem: Problem, solve: Solve, matrix: Matrix, time_limit: float) -> Plan:
    """The day's plan; small days in one solve, larger ones slot by slot, the time shared out
    by the number of stops."""
    parts = waves(problem.stops)
    if len(problem.stops) <= WHOLE_DAY_STOPS or len(parts) == 1:
        return solve(problem, time_limit)
    day = _Day({v.key: [] for v in problem.vehicles}, {}, [])
    seconds = 0.0
    for part in parts:
        share = time_limit * len(part) / len(problem.stops)
        plan = solve(_wave(problem, part, day), share)
        seconds += plan.seconds_to_solve
        _add(problem, plan, day, matrix)
    routes = tuple(Route(key, tuple(found), 0, 0) for key, found in day.visits.items() if found)
    routes = tuple(_measured(problem, route, matrix) for route in routes)
    return Plan(routes, tuple(day.dropped), sum(r.meters for r in routes), seconds)


def _wave(problem: Problem, part: tuple[Stop, ...], day: _Day) -> Problem:
    """The slot's stops; a courier busy in an earlier slot starts at the station when back."""
    vehicles = tuple(
        dataclasses.replace(v, shift_start=max(v.shift_start, day.free_at[v.key]), start=None)
        if v.key in day.free_at
        else v
        for v in problem.vehicles
    )
    return dataclasses.replace(problem, vehicles=vehicles, stops=part)


def _add(problem: Problem, plan: Plan, day: _Day, matrix: Matrix) -> None:
    stops = {s.key: s for s in problem.stops}
    day.dropped += plan.dropped
    for route in plan.routes:
        if not route.visits:
            continue
        before = day.visits[route.vehicle]
        offset = before[-1].trip if before else 0
        before += [dataclasses.replace(v, trip=v.trip + offset) for v in route.visits]
        last = route.visits[-1]
        _, back = matrix.leg(stops[last.stop].place, problem.depot)
        day.free_at[route.vehicle] = last.start + stops[last.stop].service + back


def _measured(problem: Problem, route: Route, matrix: Matrix) -> Route:
    vehicle = next(v for v in problem.vehicles if v.key == route.vehicle)
    driven = replay(problem, vehicle, [Leg(v.stop, v.trip) for v in route.visits], matrix)
    return dataclasses.replace(route, meters=driven.meters, seconds=driven.working_seconds)
