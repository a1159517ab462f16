"""Which stops no plan can serve, and why: checked one stop at a time before the search."""

from __future__ import annotations

from dataclasses import dataclass

from domain.routing.model import CAPACITY, NO_VEHICLE, SHIFT, WINDOW, Problem, Stop, Vehicle


@dataclass(frozen=True)
class Legs:
    """Seconds between places: index 0 the depot, 1..n the stops, then the vehicles' starts."""

    seconds: list[list[int]]
    starts: dict[str, int]  # vehicle key -> place index of its start (0: the depot)

    def time(self, a: int, b: int) -> int:
        """Seconds from place a to place b."""
        return self.seconds[a][b]


def reason_alone(problem: Problem, legs: Legs, s: int) -> str | None:
    """Why stop number s (0-based) cannot be served even on its own, or None if it can."""
    stop = problem.stops[s]
    vehicles = [v for v in problem.vehicles if stop.vehicle in (None, v.key)]
    if not vehicles:
        return NO_VEHICLE
    vehicles = [v for v in vehicles if v.capacity >= stop.buckets]
    if not vehicles:
        return CAPACITY
    fits = [_fit(problem, legs, v, stop, s + 1) for v in vehicles]
    if None in fits:
        return None
    return SHIFT if SHIFT in fits else WINDOW


def _fit(problem: Problem, legs: Legs, vehicle: Vehicle, stop: Stop, node: int) -> str | None:
    start = legs.starts[vehicle.key]
    travel = legs.time(start, node)
    if problem.max_trips > 1:  # a later trip leaves from the depot
        travel = min(travel, legs.time(start, 0) + legs.time(0, node))
    begin = max(vehicle.shift_start + travel, stop.window_start)
    if stop.window_end < stop.window_start or begin > stop.window_end or begin > vehicle.shift_end:
        return WINDOW
    if begin + stop.service + legs.time(node, 0) > vehicle.shift_end:
        return SHIFT
    return None
