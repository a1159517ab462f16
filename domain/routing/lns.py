"""Large neighbourhood search by decomposition: re-solve a few neighbouring routes at a time.

OR-Tools' local search scans whole neighbourhoods; on 200 visits and 50 vehicles one scan
takes seconds, so guided local search hardly moves within a 10 s budget. Cut out the routes
around a random visit (30–60 visits, their vehicles whole with every trip, one unused
vehicle, the dropped visits), solve that small problem from its current routes with guided
local search for a fraction of a second, and keep the result when it is better. Small
problems are where OR-Tools' search is strong.
"""

from __future__ import annotations

import random
import time
from dataclasses import dataclass

from domain.routing.core import DEPOT, Fleet, Instance, Solution, Tour, tour_cost


@dataclass(frozen=True)
class Cut:
    """A sub-problem: its instance, and how its nodes and vehicles map back to the whole."""

    instance: Instance
    nodes: list[int]  # sub node -> node
    vehicles: list[int]  # sub vehicle -> vehicle
    tours: list[Tour]  # the current tours of those vehicles, in sub numbering


class Neighbours:
    """Each visit's other visits, nearest first (computed once per instance)."""

    def __init__(self, instance: Instance) -> None:
        self.of = {i: _nearest(instance.distance[i], instance.visits) for i in instance.visits}


def _nearest(row: list[int], visits: tuple[int, ...]) -> list[int]:
    return sorted(visits, key=row.__getitem__)


def cut(
    instance: Instance,
    current: Solution,
    near: Neighbours,
    rng: random.Random,
    size: int,
    mine: frozenset[int] | None = None,
) -> Cut | None:
    """The vehicles serving the visits nearest a random one, until about `size` visits.

    `mine`: only these vehicles (another worker re-solves the others at the same time).
    """
    by_vehicle: dict[int, list[Tour]] = {}
    where: dict[int, int] = {}
    for tour in current.tours:
        if mine is not None and tour.vehicle not in mine:
            continue
        by_vehicle.setdefault(tour.vehicle, []).append(tour)
        where.update((n, tour.vehicle) for n in tour.nodes)
    if not where:
        return None
    seed = rng.choice(list(where))
    chosen: list[int] = []
    count = 0
    for node in near.of[seed]:
        vehicle = where.get(node)
        if vehicle is not None and vehicle not in chosen:
            chosen.append(vehicle)
            count += sum(len(t.nodes) for t in by_vehicle[vehicle])
            if count >= size:
                break
    idle = [
        v
        for v in range(len(instance.vehicles))
        if v not in by_vehicle and (mine is None or v in mine)
    ]
    if idle:
        chosen.append(rng.choice(idle))
    return _build(instance, current, by_vehicle, chosen)


def _build(
    instance: Instance, current: Solution, by_vehicle: dict[int, list[Tour]], chosen: list[int]
) -> Cut:
    keep = set(chosen)
    visits = [n for v in chosen for t in by_vehicle.get(v, []) for n in t.nodes]
    visits += [n for n in current.dropped if keep.issuperset(instance.allowed.get(n, chosen))]
    starts = {instance.vehicles[v].start for v in chosen} - {DEPOT}
    nodes = [DEPOT, *visits, *sorted(starts)]
    sub = {node: i for i, node in enumerate(nodes)}
    vehicle_at = {v: i for i, v in enumerate(chosen)}
    d, t = instance.distance, instance.duration
    part = Instance(
        distance=[[d[a][b] for b in nodes] for a in nodes],
        duration=[[t[a][b] for b in nodes] for a in nodes],
        demand=[instance.demand[n] for n in nodes],
        ready=[instance.ready[n] for n in nodes],
        due=[instance.due[n] for n in nodes],
        service=[instance.service[n] for n in nodes],
        vehicles=tuple(_fleet(instance.vehicles[v], sub) for v in chosen),
        visits=tuple(range(1, len(visits) + 1)),
        allowed={
            sub[n]: tuple(vehicle_at[v] for v in allowed if v in vehicle_at)
            for n, allowed in instance.allowed.items()
            if n in sub
        },
        reload=instance.reload,
    )
    tours = [
        Tour(vehicle_at[v], tour.trip, tuple(sub[n] for n in tour.nodes))
        for v in chosen
        for tour in by_vehicle.get(v, [])
    ]
    return Cut(part, nodes, chosen, tours)


def _fleet(fleet: Fleet, sub: dict[int, int]) -> Fleet:
    return Fleet(fleet.capacity, sub[fleet.start], fleet.open, fleet.close, fleet.trips)


def paste(instance: Instance, current: Solution, piece: Cut, better: Solution) -> Solution:
    """The whole solution with the cut's vehicles replaced by their re-solved tours."""
    replaced = set(piece.vehicles)
    tours = [t for t in current.tours if t.vehicle not in replaced]
    tours += [
        Tour(piece.vehicles[t.vehicle], t.trip, tuple(piece.nodes[n] for n in t.nodes))
        for t in better.tours
    ]
    tours.sort(key=lambda t: (t.vehicle, t.trip))
    served = {n for t in tours for n in t.nodes}
    dropped = tuple(n for n in instance.visits if n not in served)
    cost = sum(tour_cost(instance, t) for t in tours)
    return Solution(tuple(tours), dropped, cost, current.strategy)


def improve(
    instance: Instance,
    start: Solution,
    deadline: float,
    seed: int,
    seconds: float = 0.3,
    size: tuple[int, int] = (30, 60),
    mine: frozenset[int] | None = None,
) -> tuple[Solution, list[tuple[int, ...]]]:
    """Re-solve cuts among `mine` (default all) until the deadline, each better one kept at once.

    Returns the solution and, per kept cut, the vehicles it changed (for exchange.merge).
    """
    from domain.routing.search import resolve

    rng = random.Random(seed)
    near = Neighbours(instance)
    current = start
    kept: list[tuple[int, ...]] = []
    while time.time() + seconds / 2 < deadline:
        piece = cut(instance, current, near, rng, rng.randint(*size), mine)
        if piece is None:
            break
        limit = min(seconds, deadline - time.time())
        found = resolve(piece.instance, piece.tours, limit)
        if found is not None:
            candidate = paste(instance, current, piece, found)
            if candidate.rank() < current.rank():
                kept.append(_changed(current, candidate, piece.vehicles))
                current = candidate
    return current, kept


def _changed(before: Solution, after: Solution, vehicles: list[int]) -> tuple[int, ...]:
    """The cut's vehicles whose tours changed: their visits moved only among themselves."""

    def tours(solution: Solution, vehicle: int) -> list[tuple[int, ...]]:
        return [t.nodes for t in solution.tours if t.vehicle == vehicle]

    return tuple(v for v in vehicles if tours(before, v) != tours(after, v))
