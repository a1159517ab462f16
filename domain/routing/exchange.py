"""Two workers' cut searches from one solution, combined: their improvements add up.

A cut re-solves a few vehicles' tours among themselves, so the visits of the vehicles a worker
touched through overlapping cuts (a component) only moved inside that component. Two workers
that started from the same solution improved it in different places: each component of the
second worker that shares no vehicle with a component of the first is pasted on top of the
first's result. Only one worker's progress would survive if the better solution were just
kept; this way each exchange round gets the cuts of both cores.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Sequence

from domain.routing.core import Instance, Solution, Tour, tour_cost

EXCHANGE_ABOVE = 150  # visits; below, worker 0 runs guided local search on the whole problem
Changed = tuple[Solution, list[tuple[int, ...]]]  # a worker's result and the vehicles of its cuts


def components(cuts: Iterable[Iterable[int]]) -> list[set[int]]:
    """The vehicle sets of overlapping cuts merged: each a closed group of moved visits."""
    groups: list[set[int]] = []
    for cut in cuts:
        joined = set(cut)
        rest = []
        for group in groups:
            if group & joined:
                joined |= group
            else:
                rest.append(group)
        groups = [*rest, joined]
    return groups


def split(instance: Instance, base: Solution, parts: int, seed: int) -> list[frozenset[int]]:
    """The vehicles in `parts` groups of about as many visits, by nearness to a random visit.

    Each worker re-solves cuts inside its group only, so their improvements never collide;
    a new pivot each round moves the borders.
    """
    pivot = random.Random(seed).choice(instance.visits)
    row = instance.distance[pivot]
    served: dict[int, list[int]] = {}
    for tour in base.tours:
        served.setdefault(tour.vehicle, []).extend(tour.nodes)
    order = sorted(served, key=lambda v: min(row[n] for n in served[v]))
    share = sum(len(nodes) for nodes in served.values()) / parts
    groups: list[set[int]] = [set() for _ in range(parts)]
    count = 0
    for vehicle in order:
        groups[min(parts - 1, int(count // share))].add(vehicle)
        count += len(served[vehicle])
    idle = [v for v in range(len(instance.vehicles)) if v not in served]
    for i, vehicle in enumerate(idle):
        groups[i % parts].add(vehicle)
    return [frozenset(g) for g in groups]


def assemble(instance: Instance, tours: Iterable[Tour], name: str) -> Solution:
    """A solution from tours: dropped and cost recomputed."""
    ordered = tuple(sorted(tours, key=lambda t: (t.vehicle, t.trip)))
    served = {n for t in ordered for n in t.nodes}
    dropped = tuple(n for n in instance.visits if n not in served)
    return Solution(ordered, dropped, sum(tour_cost(instance, t) for t in ordered), name)


def merge(instance: Instance, results: Sequence[Changed]) -> Solution:
    """The best result, with the disjoint improvements of the others pasted on when better."""
    ranked = sorted(results, key=lambda r: r[0].rank())
    current, cuts = ranked[0]
    taken = set().union(*components(cuts)) if cuts else set()
    for other, other_cuts in ranked[1:]:
        for group in components(other_cuts):
            if group & taken:
                continue
            candidate = _paste(instance, current, other, group)
            if candidate is not None and candidate.rank() < current.rank():
                current = candidate
                taken |= group
    return current


def _paste(
    instance: Instance, onto: Solution, source: Solution, group: set[int]
) -> Solution | None:
    """`onto` with the tours of `group`'s vehicles taken from `source`; None if a visit repeats."""
    tours = [t for t in onto.tours if t.vehicle not in group]
    tours += [t for t in source.tours if t.vehicle in group]
    visits = [n for t in tours for n in t.nodes]
    if len(visits) != len(set(visits)):  # both picked up the same dropped visit
        return None
    return assemble(instance, tours, onto.strategy)
