"""Merging two workers' cut searches from one solution, and the rounds on both cores."""

from __future__ import annotations

import math
import time

from bot.devtools.routing_files import generate
from domain.routing import solomon
from domain.routing.core import Fleet, Instance, Tour
from domain.routing.exchange import EXCHANGE_ABOVE, assemble, components, merge, split
from domain.routing.search import STRATEGIES, extend, first_solution

# the depot, two visits far east, two far north
POINTS = [(0, 0), (100, 0), (100, 1), (0, 100), (1, 100)]


def _instance() -> Instance:
    distance = [[math.ceil(math.dist(a, b)) for b in POINTS] for a in POINTS]
    return Instance(
        distance=distance,
        duration=distance,
        demand=[0, 1, 1, 1, 1],
        ready=[0] * 5,
        due=[10_000] * 5,
        service=[0] * 5,
        vehicles=tuple(Fleet(capacity=10, close=10_000) for _ in range(4)),
        visits=(1, 2, 3, 4),
    )


def _tours(*routes: tuple[int, ...]) -> list[Tour]:
    return [Tour(v, 1, nodes) for v, nodes in enumerate(routes) if nodes]


def test_overlapping_cuts_join_into_one_component() -> None:
    groups = components([(0, 1), (5, 6), (1, 2), (8,)])
    assert sorted(sorted(g) for g in groups) == [[0, 1, 2], [5, 6], [8]]


def test_disjoint_improvements_of_two_workers_add_up() -> None:
    instance = _instance()
    base = assemble(instance, _tours((1,), (2,), (3,), (4,)), "base")
    east = assemble(instance, _tours((1, 2), (), (3,), (4,)), "base")  # vehicles 0 and 1
    north = assemble(instance, _tours((1,), (2,), (3, 4), ()), "base")  # vehicles 2 and 3
    merged = merge(instance, [(east, [(0, 1)]), (north, [(2, 3)])])
    assert merged.cost < min(east.cost, north.cost) < base.cost
    assert [t.nodes for t in merged.tours] == [(1, 2), (3, 4)] and merged.dropped == ()


def test_an_improvement_touching_the_same_vehicles_is_not_pasted() -> None:
    instance = _instance()
    east = assemble(instance, _tours((1, 2), (), (3,), (4,)), "base")
    mixed = assemble(instance, _tours((1,), (2, 3), (), (4,)), "base")  # shares vehicle 1
    merged = merge(instance, [(mixed, [(1, 2)]), (east, [(0, 1)])])
    assert merged == east


def test_the_split_gives_each_worker_its_own_vehicles_and_cuts_stay_inside() -> None:
    problem = solomon.parse(generate("c1", 60, 5))
    instance = solomon.instance(problem)
    start = first_solution(instance, STRATEGIES[1], 5.0)
    assert start is not None
    for seed in range(3):
        groups = split(instance, start, 2, seed)
        assert groups[0] & groups[1] == set()
        assert groups[0] | groups[1] == set(range(len(instance.vehicles)))
        served = [{t.vehicle for t in start.tours} & g for g in groups]
        assert all(served)  # both have routes to work on
        found, cuts = extend(instance, start, STRATEGIES[1], seed, time.time() + 1.0, groups[0])
        before, after = _by_vehicle(start.tours), _by_vehicle(found.tours)
        moved = {v for v in before.keys() | after.keys() if before.get(v) != after.get(v)}
        assert set().union(*cuts, moved) <= groups[0]
        assert found.cost <= start.cost and found.dropped == ()


def _by_vehicle(tours: tuple[Tour, ...]) -> dict[int, list[tuple[int, ...]]]:
    found: dict[int, list[tuple[int, ...]]] = {}
    for tour in tours:
        found.setdefault(tour.vehicle, []).append(tour.nodes)
    return found


def test_a_large_instance_on_both_cores_goes_through_the_exchange_rounds() -> None:
    problem = solomon.parse(generate("rc1", EXCHANGE_ABOVE + 10, 3))
    answer = solomon.solve(problem, time_limit=4, workers=2)
    assert answer.search.endswith("+exchange")
    assert answer.dropped == [] and solomon.violations(problem, answer.routes) == []
