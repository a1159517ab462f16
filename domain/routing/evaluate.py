"""Check a plan against its problem without trusting the solver: what is wrong, in English.

Every stop served once or reported dropped with a known reason; each route on a known vehicle,
pinned stops on theirs; per trip no more buckets than the capacity; the reported times
reachable (arrival no earlier than the drive allows, service inside the window and the shift,
back at the depot before the shift ends); metres as driven.
"""

from __future__ import annotations

from collections import Counter

from domain.routing.model import REASONS, Place, Plan, Problem, Route, Stop, Vehicle, Visit
from domain.routing.travel import TravelTimes


def violations(problem: Problem, travel: TravelTimes, plan: Plan) -> list[str]:
    """Every broken rule found; an empty list means the plan is feasible."""
    found = _coverage(problem, plan)
    vehicles = {v.key: v for v in problem.vehicles}
    stops = {s.key: s for s in problem.stops}
    for key, count in Counter(r.vehicle for r in plan.routes).items():
        if key not in vehicles:
            found.append(f"route for unknown vehicle {key}")
        elif count > 1:
            found.append(f"vehicle {key} has {count} routes")
    for route in plan.routes:
        if route.vehicle in vehicles and all(v.stop in stops for v in route.visits):
            found += _route(problem, travel, vehicles[route.vehicle], stops, route)
    if plan.meters != sum(r.meters for r in plan.routes):
        found.append(f"plan reports {plan.meters} m, its routes add up to another figure")
    return found


def _coverage(problem: Problem, plan: Plan) -> list[str]:
    found = []
    counts = Counter(v.stop for r in plan.routes for v in r.visits)
    counts.update(d.stop for d in plan.dropped)
    for stop in problem.stops:
        if counts[stop.key] != 1:
            found.append(f"stop {stop.key} is served or dropped {counts[stop.key]} times")
    known = {s.key for s in problem.stops}
    found += [f"unknown stop {key} in the plan" for key in counts if key not in known]
    found += [
        f"stop {d.stop} dropped with unknown reason {d.reason!r}"
        for d in plan.dropped
        if d.reason not in REASONS
    ]
    return found


def _route(
    problem: Problem, travel: TravelTimes, vehicle: Vehicle, stops: dict[str, Stop], route: Route
) -> list[str]:
    found: list[str] = []
    visits = route.visits
    places: list[Place] = [problem.depot, vehicle.start or problem.depot]
    places += [stops[v.stop].place for v in visits]
    metres, seconds = travel.matrix(places)
    here, clock, driven, trip, load = 1, vehicle.shift_start, 0, 1, 0
    if visits and visits[0].trip != 1:
        found.append(f"{vehicle.key}: first trip numbered {visits[0].trip}")
    for i, visit in enumerate(visits, start=2):
        stop = stops[visit.stop]
        if visit.trip not in (trip, trip + 1):
            found.append(f"{vehicle.key}: trip {visit.trip} after trip {trip}")
        if visit.trip != trip:  # back to the depot to reload
            clock, driven = (
                clock + seconds[here][0] + problem.reload_seconds,
                driven + metres[here][0],
            )
            here, load = 0, 0
            trip = visit.trip
        load += stop.buckets
        if load > vehicle.capacity:
            found.append(f"{vehicle.key} trip {trip}: {load} buckets > capacity {vehicle.capacity}")
        found += _timing(vehicle, stop, visit, clock + seconds[here][i])
        clock, driven, here = max(visit.start, clock) + stop.service, driven + metres[here][i], i
        if stop.vehicle is not None and stop.vehicle != vehicle.key:
            found.append(f"stop {stop.key} pinned to {stop.vehicle} is on {vehicle.key}")
    if trip > problem.max_trips:
        found.append(f"{vehicle.key}: {trip} trips > {problem.max_trips}")
    if visits and clock + seconds[here][0] > vehicle.shift_end:
        found.append(f"{vehicle.key}: back at {clock + seconds[here][0]} after shift end")
    if visits and driven + metres[here][0] != route.meters:
        found.append(f"{vehicle.key}: reports {route.meters} m, drives {driven + metres[here][0]}")
    return found


def _timing(vehicle: Vehicle, stop: Stop, visit: Visit, earliest: int) -> list[str]:
    found = []
    if visit.arrival < earliest:
        found.append(
            f"stop {stop.key}: arrival {visit.arrival} before it can be reached {earliest}"
        )
    if visit.start < max(visit.arrival, stop.window_start):
        found.append(f"stop {stop.key}: service starts {visit.start} before arrival or window")
    if visit.start > stop.window_end:
        found.append(f"stop {stop.key}: service starts {visit.start} after window end")
    if visit.start < vehicle.shift_start or visit.start + stop.service > vehicle.shift_end:
        found.append(f"stop {stop.key}: served outside {vehicle.key}'s shift")
    return found
