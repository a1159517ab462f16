"""Solomon VRPTW files: read one, turn it into an Instance, and check routes by Solomon's rules.

Format: a name line, `VEHICLE` with the fleet size and capacity, then `CUSTOMER` rows of
number, x, y, demand, ready time, due date, service time; node 0 is the depot. Travel time is
the Euclidean distance. Any number of customers in the same layout is read.
"""

from __future__ import annotations

import itertools
import math
from dataclasses import dataclass

from domain.routing.core import Fleet, Instance

SCALE = 1000  # distances and times × 1000 as integers: 0.001 resolution, rounded, not truncated
EPSILON = 1e-6


class SolomonError(ValueError):
    """The text is not a Solomon instance."""


@dataclass(frozen=True)
class Customer:
    """One row: the depot (number 0) or a customer."""

    number: int
    x: float
    y: float
    demand: int
    ready: float
    due: float
    service: float


@dataclass(frozen=True)
class Solomon:
    """A whole instance: name, fleet size, capacity, depot first then customers in file order."""

    name: str
    vehicles: int
    capacity: int
    nodes: tuple[Customer, ...]

    def distance(self, a: int, b: int) -> float:
        """Euclidean distance (= travel time) between node positions a and b."""
        p, q = self.nodes[a], self.nodes[b]
        return math.hypot(p.x - q.x, p.y - q.y)


def parse(text: str, name: str = "") -> Solomon:
    """Read the text of a Solomon file."""
    lines = [line.split() for line in text.splitlines()]
    words = [w for w in lines if w]
    try:
        fleet_at = next(i for i, w in enumerate(words) if w[0].upper() == "VEHICLE")
        vehicles, capacity = int(words[fleet_at + 2][0]), int(words[fleet_at + 2][1])
        rows = [w for w in words[fleet_at + 3 :] if w[0].isdigit() and len(w) >= 7]
        nodes = tuple(
            Customer(
                int(w[0]),
                float(w[1]),
                float(w[2]),
                int(float(w[3])),
                float(w[4]),
                float(w[5]),
                float(w[6]),
            )
            for w in rows
        )
    except (StopIteration, IndexError, ValueError) as exc:
        raise SolomonError(f"not a Solomon instance: {exc}") from exc
    if not nodes or nodes[0].number != 0:
        raise SolomonError("no depot row (customer 0)")
    return Solomon(name or (words[0][0] if words else ""), vehicles, capacity, nodes)


def instance(problem: Solomon) -> Instance:
    """The scaled integer Instance: cost rounded, travel time rounded up, windows scaled."""
    size = len(problem.nodes)
    exact = [[problem.distance(a, b) * SCALE for b in range(size)] for a in range(size)]
    depot = problem.nodes[0]
    fleet = Fleet(problem.capacity, 0, round(depot.ready * SCALE), round(depot.due * SCALE))
    return Instance(
        distance=[[round(d) for d in row] for row in exact],
        duration=[[math.ceil(d - 1e-6) for d in row] for row in exact],
        demand=[n.demand for n in problem.nodes],
        ready=[round(n.ready * SCALE) for n in problem.nodes],
        due=[round(n.due * SCALE) for n in problem.nodes],
        service=[round(n.service * SCALE) for n in problem.nodes],
        vehicles=(fleet,) * problem.vehicles,
        visits=tuple(range(1, size)),
    )


def route_distance(problem: Solomon, route: list[int]) -> float:
    """Exact length of a route of node positions, from the depot and back."""
    path = [0, *route, 0]
    return sum(problem.distance(a, b) for a, b in itertools.pairwise(path))


def violations(problem: Solomon, routes: list[list[int]]) -> list[str]:
    """Solomon's rules on exact times: fleet, capacity, windows with service, each once."""
    found: list[str] = []
    if len(routes) > problem.vehicles:
        found.append(f"{len(routes)} routes for a fleet of {problem.vehicles}")
    seen: dict[int, int] = {}
    for r, route in enumerate(routes):
        found += _route_violations(problem, r, route)
        for node in route:
            seen[node] = seen.get(node, 0) + 1
    for node in range(1, len(problem.nodes)):
        if seen.get(node, 0) != 1:
            found.append(f"customer {problem.nodes[node].number} served {seen.get(node, 0)} times")
    found += [f"route visits unknown node {n}" for n in seen if not 0 < n < len(problem.nodes)]
    return found


def _route_violations(problem: Solomon, r: int, route: list[int]) -> list[str]:
    found: list[str] = []
    nodes = problem.nodes
    if any(not 0 < n < len(nodes) for n in route):
        return [f"route {r} visits a node outside the instance"]
    load = sum(nodes[n].demand for n in route)
    if load > problem.capacity:
        found.append(f"route {r} carries {load} > capacity {problem.capacity}")
    clock, here = nodes[0].ready, 0
    for n in route:
        clock = max(clock + problem.distance(here, n), nodes[n].ready)
        if clock > nodes[n].due + EPSILON:
            found.append(
                f"route {r}: customer {nodes[n].number} starts {clock:.3f} > {nodes[n].due}"
            )
        clock += nodes[n].service
        here = n
    back = clock + problem.distance(here, 0)
    if back > nodes[0].due + EPSILON:
        found.append(f"route {r} returns at {back:.3f} > depot due {nodes[0].due}")
    return found


@dataclass(frozen=True)
class Answer:
    """Routes as node positions in visiting order (depot left out), and positions left out."""

    routes: list[list[int]]
    dropped: list[int]
    search: str = ""  # which worker's plan was kept

    def distance(self, problem: Solomon) -> float:
        """Total exact distance."""
        return sum(route_distance(problem, route) for route in self.routes)


def solve(problem: Solomon, time_limit: float, workers: int = 2, plain: bool = False) -> Answer:
    """Minimum total distance with at most the file's fleet, on the shared core.

    `plain`: the baseline instead, one plain OR-Tools search in this process.
    """
    import time

    from domain.routing.parallel import solve_instance
    from domain.routing.search import PLAIN, run

    if plain:
        found = run(instance(problem), PLAIN, time.time() + time_limit)
    else:
        found = solve_instance(instance(problem), time_limit, workers)
    if found is None:
        return Answer([], list(range(1, len(problem.nodes))))
    return Answer([list(t.nodes) for t in found.tours], list(found.dropped), found.strategy)
