"""The OR-Tools routing model of an Instance, and routes read from and written to it.

Multi-trip by reload nodes: each vehicle making up to k trips gets k - 1 optional copies of
the depot of its own. Passing one empties the load (its demand is minus the capacity, the
load's slack, allowed only there, absorbs what was left), so a trip carries at most one load
and time simply flows on. The search's filters see the whole rule in two dimensions, where
chained vehicle copies would need side constraints the local search cannot see.
"""

from __future__ import annotations

from dataclasses import dataclass

from ortools.constraint_solver import pywrapcp

from domain.routing.core import DEPOT, Instance, Solution, Tour, tour_cost


@dataclass
class Formulation:
    """The model with its index manager and each vehicle's reload nodes."""

    manager: pywrapcp.RoutingIndexManager
    routing: pywrapcp.RoutingModel
    reloads: list[list[int]]  # vehicle -> its reload nodes (numbered after the instance's)

    def is_reload(self, node: int) -> bool:
        """Whether a model node is a reload stop at the depot."""
        return node >= self.size

    @property
    def size(self) -> int:
        """Nodes of the instance (reload nodes come after)."""
        return self.manager.GetNumberOfNodes() - sum(len(r) for r in self.reloads)


def build(instance: Instance) -> Formulation:
    """Distance cost, load and time dimensions, optional visits, pinned vehicles, reloads."""
    reloads, owner = _reload_nodes(instance)
    nodes = [*range(instance.size), *[DEPOT] * len(owner)]  # model node -> place
    starts = [fleet.start for fleet in instance.vehicles]
    vehicles = len(instance.vehicles)
    manager = pywrapcp.RoutingIndexManager(len(nodes), vehicles, starts, [DEPOT] * vehicles)
    routing = pywrapcp.RoutingModel(manager)
    distance = [[instance.distance[a][b] for b in nodes] for a in nodes]
    routing.SetArcCostEvaluatorOfAllVehicles(routing.RegisterTransitMatrix(distance))
    model = Formulation(manager, routing, reloads)
    _load(instance, model, owner)
    _time(instance, model, nodes)
    penalty = instance.drop_penalty()
    for node in instance.visits:
        index = manager.NodeToIndex(node)
        routing.AddDisjunction([index], penalty)
        if node in instance.allowed:
            routing.VehicleVar(index).SetValues([-1, *instance.allowed[node]])  # -1: dropped
    for node, vehicle in owner.items():
        index = manager.NodeToIndex(node)
        routing.AddDisjunction([index], 0)  # a reload is free to skip
        routing.VehicleVar(index).SetValues([-1, vehicle])
    return model


def _reload_nodes(instance: Instance) -> tuple[list[list[int]], dict[int, int]]:
    reloads: list[list[int]] = []
    owner: dict[int, int] = {}
    node = instance.size
    for v, fleet in enumerate(instance.vehicles):
        mine = list(range(node, node + fleet.trips - 1))
        owner.update((n, v) for n in mine)
        reloads.append(mine)
        node += len(mine)
    return reloads, owner


def _load(instance: Instance, model: Formulation, owner: dict[int, int]) -> None:
    routing, manager = model.routing, model.manager
    capacity = [fleet.capacity for fleet in instance.vehicles]
    demand = [*instance.demand, *(-capacity[owner[n]] for n in sorted(owner))]
    top = max(capacity, default=0)
    routing.AddDimensionWithVehicleCapacity(
        routing.RegisterUnaryTransitVector(demand), top, capacity, True, "load"
    )
    load = routing.GetDimensionOrDie("load")
    for node in range(len(demand)):
        index = manager.NodeToIndex(node)
        if node not in owner and index >= 0 and not routing.IsEnd(index):
            load.SlackVar(index).SetValue(0)  # only a reload may drop load


def _time(instance: Instance, model: Formulation, nodes: list[int]) -> None:
    """Service-inclusive travel times; waiting is slack; each vehicle within its shift."""
    routing, manager = model.routing, model.manager
    service = [*instance.service, *[instance.reload] * (len(nodes) - instance.size)]
    transit = [[instance.duration[a][b] + service[i] for b in nodes] for i, a in enumerate(nodes)]
    horizon = max([*instance.due, *(v.close for v in instance.vehicles)])
    routing.AddDimension(routing.RegisterTransitMatrix(transit), horizon, horizon, False, "time")
    clock = routing.GetDimensionOrDie("time")
    for node in instance.visits:
        clock.CumulVar(manager.NodeToIndex(node)).SetRange(instance.ready[node], instance.due[node])
    for v, fleet in enumerate(instance.vehicles):
        clock.CumulVar(routing.Start(v)).SetRange(fleet.open, fleet.close)
        clock.CumulVar(routing.End(v)).SetRange(fleet.open, fleet.close)


def read(
    instance: Instance, model: Formulation, assignment: pywrapcp.Assignment, name: str
) -> Solution:
    """The solution in an assignment: non-empty trips numbered from 1 per vehicle."""
    routing, manager = model.routing, model.manager
    tours: list[Tour] = []
    for v in range(len(instance.vehicles)):
        trips: list[list[int]] = [[]]
        index = assignment.Value(routing.NextVar(routing.Start(v)))
        while not routing.IsEnd(index):
            node = manager.IndexToNode(index)
            if model.is_reload(node):
                trips.append([])
            else:
                trips[-1].append(node)
            index = assignment.Value(routing.NextVar(index))
        trips = [t for t in trips if t]
        tours += [Tour(v, k, tuple(t)) for k, t in enumerate(trips, start=1)]
    served = {n for t in tours for n in t.nodes}
    dropped = tuple(n for n in instance.visits if n not in served)
    cost = sum(tour_cost(instance, t) for t in tours)
    return Solution(tuple(tours), dropped, cost, name)


def write(model: Formulation, tours: list[Tour]) -> pywrapcp.Assignment | None:
    """An assignment of the given trips (reloads between them), or None if the model refuses it."""
    routes: list[list[int]] = [[] for _ in model.reloads]
    for tour in sorted(tours, key=lambda t: (t.vehicle, t.trip)):
        route = routes[tour.vehicle]
        if route:
            route.append(model.manager.NodeToIndex(model.reloads[tour.vehicle][tour.trip - 2]))
        route += [model.manager.NodeToIndex(n) for n in tour.nodes]
    return model.routing.ReadAssignmentFromRoutes(routes, True)
