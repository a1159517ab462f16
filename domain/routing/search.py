"""One OR-Tools routing search over an Instance: the model, a strategy, a wall-clock deadline.

Runs in a worker process (see parallel.py), so it takes and returns plain values only.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, replace

from ortools.constraint_solver import pywrapcp, routing_enums_pb2
from ortools.util import optional_boolean_pb2

from domain.routing.core import Fleet, Instance, Solution, Tour
from domain.routing.exchange import EXCHANGE_ABOVE
from domain.routing.formulation import build, read, write

FIRST = routing_enums_pb2.FirstSolutionStrategy
META = routing_enums_pb2.LocalSearchMetaheuristic


@dataclass(frozen=True)
class Strategy:
    """How one search starts and improves; workers run different ones."""

    name: str
    first: int = FIRST.PARALLEL_CHEAPEST_INSERTION
    meta: int = META.GUIDED_LOCAL_SEARCH
    gls_lambda: float = 0.1
    neighbors: float = 1.0  # share of the nearest nodes each move looks at
    ils: bool = False  # iterated local search: SISR ruin and recreate, annealed acceptance
    sisr_visits: int = 10
    temperature: float = 100.0
    off: tuple[str, ...] = ()  # local search operators switched off
    on: tuple[str, ...] = ()  # and switched on
    lns: float = 0.0  # share of the time for the whole-problem search before cuts (0: no cuts)
    seed: int = 1
    cut_seconds: float = 0.3
    cut_size: tuple[int, int] = (30, 60)  # visits per cut, drawn at random between
    cuts_above: int = 0  # cuts only for more visits than this; guided local search below
    reserve: int | None = None  # idle vehicles of each kind kept after the first solution


# Worker 1 re-solves neighbouring routes (lns.py) from a savings start. Worker 0 runs guided
# local search on the whole problem from parallel cheapest insertion up to 150 visits, where
# its neighbourhood scans are quick enough (better on Solomon's 100-customer sets), and cuts
# too above that (better on 5 of 6 200-customer sets). The better plan is kept.
# The baseline the issue measured: parallel cheapest insertion + guided local search, one core.
PLAIN = Strategy("plain pci+gls")
STRATEGIES = (
    Strategy("pci+gls/cuts", reserve=3, lns=0.001, cuts_above=EXCHANGE_ABOVE, seed=1),
    Strategy("savings+cuts", first=FIRST.SAVINGS, reserve=3, lns=0.001, seed=2),
)


def parameters(strategy: Strategy, seconds: float) -> pywrapcp.DefaultRoutingSearchParameters:
    """Search parameters for a strategy with a time limit."""
    params = pywrapcp.DefaultRoutingSearchParameters()
    params.first_solution_strategy = strategy.first
    params.local_search_metaheuristic = strategy.meta
    params.guided_local_search_lambda_coefficient = strategy.gls_lambda
    params.ls_operator_neighbors_ratio = strategy.neighbors
    params.ls_operator_min_neighbors = 10
    for name in strategy.off:
        setattr(params.local_search_operators, name, optional_boolean_pb2.BOOL_FALSE)
    for name in strategy.on:
        setattr(params.local_search_operators, name, optional_boolean_pb2.BOOL_TRUE)
    if strategy.ils:
        params.use_iterated_local_search = True
        ils = params.iterated_local_search_parameters
        ruin = ils.ruin_recreate_parameters.ruin_strategies.add()
        ruin.sisr.avg_num_removed_visits = strategy.sisr_visits
        ruin.sisr.max_removed_sequence_size = 10
        ruin.sisr.bypass_factor = 0.01
        annealing = ils.reference_solution_acceptance_strategy.simulated_annealing
        annealing.initial_temperature = strategy.temperature
    params.time_limit.FromMilliseconds(max(50, int(seconds * 1000)))
    return params


def run(instance: Instance, strategy: Strategy, deadline: float) -> Solution | None:
    """Search until the wall-clock `deadline` (time.time()); None when nothing was found."""
    start = first_solution(instance, strategy, deadline - time.time())
    if start is None:
        return None
    kept = _trimmed_fleet(instance, start, strategy.reserve)
    small = replace(instance, vehicles=tuple(instance.vehicles[v] for v in kept))
    position = {v: i for i, v in enumerate(kept)}
    tours = [replace(t, vehicle=position[t.vehicle]) for t in start.tours]
    budget = deadline - time.time()
    cuts = strategy.lns > 0 and len(instance.visits) > strategy.cuts_above
    if cuts:  # the whole problem searched for a share of the time, cuts for the rest
        budget *= strategy.lns
    found = resolve(small, tours, budget, strategy) or replace(start, tours=tuple(tours))
    if cuts:
        from domain.routing.lns import improve

        found, _ = improve(
            small, found, deadline, strategy.seed, strategy.cut_seconds, strategy.cut_size
        )
    back = tuple(replace(t, vehicle=kept[t.vehicle]) for t in found.tours)
    return replace(found, tours=back, strategy=strategy.name)


def extend(
    instance: Instance,
    base: Solution,
    strategy: Strategy,
    seed: int,
    deadline: float,
    mine: frozenset[int] | None = None,
) -> tuple[Solution, list[tuple[int, ...]]]:
    """Cuts among `mine` until `deadline`: the result and the vehicles each kept cut changed."""
    from domain.routing.lns import improve

    kept = _trimmed_fleet(instance, base, strategy.reserve)
    small = replace(instance, vehicles=tuple(instance.vehicles[v] for v in kept))
    position = {v: i for i, v in enumerate(kept)}
    tours = tuple(replace(t, vehicle=position[t.vehicle]) for t in base.tours)
    ours = None if mine is None else frozenset(position[v] for v in mine if v in position)
    found, cuts = improve(
        small,
        replace(base, tours=tours),
        deadline,
        seed,
        strategy.cut_seconds,
        strategy.cut_size,
        ours,
    )
    back = tuple(replace(t, vehicle=kept[t.vehicle]) for t in found.tours)
    return replace(found, tours=back), [tuple(kept[v] for v in c) for c in cuts]


def first_solution(instance: Instance, strategy: Strategy, seconds: float) -> Solution | None:
    """The strategy's first solution alone (a cheap construction, no local search)."""
    model = build(instance)
    params = parameters(strategy, seconds)
    params.solution_limit = 1
    assignment = model.routing.SolveWithParameters(params)
    return None if assignment is None else read(instance, model, assignment, strategy.name)


def _trimmed_fleet(instance: Instance, start: Solution, reserve: int | None) -> list[int]:
    """Vehicles kept for the search: all used, and up to `reserve` idle ones of each kind.

    Idle identical vehicles multiply the moves every scan tries without adding any new one.
    """
    used = {t.vehicle for t in start.tours}
    idle: dict[Fleet, int] = {}
    kept = []
    for v, fleet in enumerate(instance.vehicles):
        if v not in used:
            idle[fleet] = idle.get(fleet, 0) + 1
            if reserve is not None and idle[fleet] > reserve:
                continue
        kept.append(v)
    return kept


def resolve(
    instance: Instance, tours: list[Tour], seconds: float, strategy: Strategy | None = None
) -> Solution | None:
    """The strategy's local search (guided by default) from the given tours."""
    model = build(instance)
    initial = write(model, tours)
    if initial is None:
        return None
    params = parameters(strategy or Strategy("cut"), seconds)
    found = model.routing.SolveFromAssignmentWithParameters(initial, params)
    return None if found is None else read(instance, model, found, "cut")
