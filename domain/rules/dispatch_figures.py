"""What a plan comes to: km, late stops, orders per courier-hour, dropped orders and why.

Pure. Every plan is measured by replaying its routes (`route_timeline.replay`), so the
optimiser's plan and today's rule (`todays_rule`) are compared on one yardstick.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.routing.model import Plan, Problem
from domain.rules.dispatch import CourierLoad, Stop, pick_courier, route_order
from domain.rules.route_timeline import Leg, Matrix, replay

# The solver's reasons for leaving an order out, as the owner reads them.
DROP_LABELS = {
    "capacity": "超出车载量",
    "window": "时间窗赶不上",
    "shift": "送水员班次内送不完",
    "no_vehicle": "没有可用的送水员",
    "time_limit": "规划超时未排上",
}


def drop_label(reason: str) -> str:
    """The Chinese label of a drop reason (the code itself when unknown)."""
    return DROP_LABELS.get(reason, reason)


@dataclass(frozen=True)
class Figures:
    """A plan's figures; `dropped` pairs an order number with the solver's reason code."""

    meters: int
    stops: int
    late: tuple[str, ...]
    working_seconds: int
    couriers: int
    dropped: tuple[tuple[str, str], ...]
    seconds_to_solve: float

    @property
    def km(self) -> float:
        """Kilometres driven, one decimal."""
        return round(self.meters / 1000, 1)

    @property
    def per_courier_hour(self) -> float:
        """Orders delivered per hour of couriers' working time."""
        hours = self.working_seconds / 3600
        return round(self.stops / hours, 2) if hours else 0.0


def legs_of(plan: Plan) -> dict[str, list[Leg]]:
    """Each vehicle's stops in order with their trips."""
    return {r.vehicle: [Leg(v.stop, v.trip) for v in r.visits] for r in plan.routes}


def measure(
    problem: Problem,
    routes: Mapping[str, Sequence[Leg]],
    matrix: Matrix,
    due: Mapping[str, int] | None = None,
    dropped: Sequence[tuple[str, str]] = (),
    seconds_to_solve: float = 0.0,
) -> Figures:
    """Replay every route and add the figures up."""
    meters = stops = working = couriers = 0
    late: list[str] = []
    for vehicle in problem.vehicles:
        legs = routes.get(vehicle.key, ())
        if not legs:
            continue
        driven = replay(problem, vehicle, legs, matrix, due)
        meters, stops = meters + driven.meters, stops + driven.stops
        working, couriers = working + driven.working_seconds, couriers + 1
        late += driven.late
    return Figures(
        meters, stops, tuple(late), working, couriers, tuple(dropped), round(seconds_to_solve, 2)
    )


def todays_rule(problem: Problem) -> dict[str, list[Leg]]:
    """The dispatch before the optimiser: each order, by window start, to the courier with the
    fewest tasks; each courier's stops as a nearest-neighbour walk from the station, a new trip
    whenever the next stop would overload the vehicle."""
    loads = {v.key: 0 for v in problem.vehicles}
    mine: dict[str, list[Stop]] = {v.key: [] for v in problem.vehicles}
    by_key = {s.key: s for s in problem.stops}
    for order in sorted(problem.stops, key=lambda s: (s.window_start, s.key)):
        key = order.vehicle or _fewest(loads)
        if key is None:
            continue
        loads[key] += 1
        where = order.place
        mine[key].append(
            Stop(order.key, _clock(order.window_start), where.latitude, where.longitude)
        )
    home = (problem.depot.latitude, problem.depot.longitude)
    capacity = {v.key: v.capacity for v in problem.vehicles}
    routes: dict[str, list[Leg]] = {}
    for key, stops in mine.items():
        trip, load, legs = 1, 0, []
        for walked in route_order(home, stops):
            buckets = by_key[walked.key].buckets
            if load and load + buckets > capacity[key]:
                trip, load = trip + 1, 0
            load += buckets
            legs.append(Leg(walked.key, trip))
        routes[key] = legs
    return routes


def _fewest(loads: Mapping[str, int]) -> str | None:
    picked = pick_courier([CourierLoad(k, n) for k, n in loads.items()])
    return picked.userid if picked else None


def _clock(seconds: int) -> datetime:
    # route_order breaks ties by window start, a datetime; any fixed day will do.
    return datetime(2000, 1, 1) + timedelta(seconds=seconds)
