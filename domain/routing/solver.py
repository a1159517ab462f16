"""Plan a day: stops pre-checked one by one, the rest solved on the shared core, read back."""

from __future__ import annotations

import time

from domain.routing.checks import Legs, reason_alone
from domain.routing.core import DEPOT, Fleet, Instance, Solution, Tour
from domain.routing.model import (
    NO_VEHICLE,
    TIME_LIMIT,
    Dropped,
    Place,
    Plan,
    Problem,
    Route,
    Visit,
)
from domain.routing.parallel import solve_instance
from domain.routing.travel import TravelTimes


def solve(problem: Problem, travel: TravelTimes, time_limit: float, workers: int = 2) -> Plan:
    """The shortest plan found within `time_limit` seconds; every stop left out has a reason."""
    began = time.perf_counter()
    places, starts = _places(problem)
    metres, seconds = travel.matrix(places)
    legs = Legs(seconds, starts)
    reasons = {s: reason_alone(problem, legs, s) for s in range(len(problem.stops))}
    dropped = [Dropped(problem.stops[s].key, r) for s, r in reasons.items() if r is not None]
    served = [s for s, r in reasons.items() if r is None]
    if not problem.vehicles:
        dropped = [Dropped(stop.key, NO_VEHICLE) for stop in problem.stops]
        served = []
    routes: list[Route] = []
    if served:
        instance, nodes = _instance(problem, metres, seconds, starts, served)
        solution = solve_instance(instance, time_limit, workers)
        left = set(served) if solution is None else {nodes[n] for n in solution.dropped}
        dropped += [Dropped(problem.stops[s].key, TIME_LIMIT) for s in sorted(left)]
        if solution is not None:
            routes = _routes(problem, legs, metres, solution, nodes)
    return Plan(
        routes=tuple(routes),
        dropped=tuple(dropped),
        meters=sum(r.meters for r in routes),
        seconds_to_solve=time.perf_counter() - began,
    )


def _places(problem: Problem) -> tuple[list[Place], dict[str, int]]:
    """Depot, stops, then each vehicle's own start; and where each vehicle starts."""
    places = [problem.depot, *(stop.place for stop in problem.stops)]
    starts: dict[str, int] = {}
    for vehicle in problem.vehicles:
        starts[vehicle.key] = DEPOT if vehicle.start is None else len(places)
        if vehicle.start is not None:
            places.append(vehicle.start)
    return places, starts


def _instance(
    problem: Problem,
    metres: list[list[int]],
    seconds: list[list[int]],
    starts: dict[str, int],
    served: list[int],
) -> tuple[Instance, list[int]]:
    """The core instance over the depot, the servable stops and the start places.

    Returns it with `nodes`: core node -> stop number (only meaningful for visit nodes).
    """
    first_start = 1 + len(problem.stops)
    picked = [DEPOT, *(s + 1 for s in served), *range(first_start, len(metres))]
    position = {place: node for node, place in enumerate(picked)}
    stops = [problem.stops[s] for s in served]
    horizon = max(v.shift_end for v in problem.vehicles)
    padding = len(picked) - 1 - len(stops)
    keys = {v.key: i for i, v in enumerate(problem.vehicles)}
    instance = Instance(
        distance=[[metres[a][b] for b in picked] for a in picked],
        duration=[[seconds[a][b] for b in picked] for a in picked],
        demand=[0, *(stop.buckets for stop in stops), *[0] * padding],
        ready=[0, *(stop.window_start for stop in stops), *[0] * padding],
        due=[horizon, *(stop.window_end for stop in stops), *[horizon] * padding],
        service=[0, *(stop.service for stop in stops), *[0] * padding],
        vehicles=tuple(
            Fleet(
                v.capacity, position[starts[v.key]], v.shift_start, v.shift_end, problem.max_trips
            )
            for v in problem.vehicles
        ),
        visits=tuple(range(1, len(stops) + 1)),
        reload=problem.reload_seconds,
        allowed={
            n + 1: (keys[stop.vehicle],) for n, stop in enumerate(stops) if stop.vehicle is not None
        },
    )
    return instance, [-1, *served, *[-1] * padding]


def _routes(
    problem: Problem, legs: Legs, metres: list[list[int]], solution: Solution, nodes: list[int]
) -> list[Route]:
    """Each used vehicle's trips as one route with the earliest schedule the order allows."""
    routes = []
    for v, vehicle in enumerate(problem.vehicles):
        tours = [t for t in solution.tours if t.vehicle == v]
        if tours:
            routes.append(_route(problem, legs, metres, vehicle.key, tours, nodes))
    return routes


def _route(
    problem: Problem,
    legs: Legs,
    metres: list[list[int]],
    key: str,
    tours: list[Tour],
    nodes: list[int],
) -> Route:
    vehicle = next(v for v in problem.vehicles if v.key == key)
    here = legs.starts[key]
    clock = vehicle.shift_start
    driven = 0
    visits: list[Visit] = []
    departure: int | None = None
    for trip, tour in enumerate(sorted(tours, key=lambda t: t.trip), start=1):
        if trip > 1:
            clock, driven, here = (
                clock + legs.time(here, DEPOT) + problem.reload_seconds,
                driven + metres[here][DEPOT],
                DEPOT,
            )
        for node in tour.nodes:
            s = nodes[node]
            stop, place = problem.stops[s], s + 1
            if departure is None:  # leave so as to arrive just in time for the first stop
                departure = clock = max(clock, stop.window_start - legs.time(here, place))
            arrival = clock + legs.time(here, place)
            start = max(arrival, stop.window_start)
            visits.append(Visit(stop.key, arrival, start, trip))
            clock, driven, here = start + stop.service, driven + metres[here][place], place
    back = clock + legs.time(here, DEPOT)
    driven += metres[here][DEPOT]
    return Route(key, tuple(visits), driven, back - (departure or vehicle.shift_start))
