"""The same Solomon instance solved by PyVRP (a hybrid genetic search), for comparison only.

PyVRP is an optional benchmark extra (`pip install pyvrp`), never a runtime dependency; it is
given the same scaled integer distances and rounded-up durations as our own core.
"""

from __future__ import annotations

from domain.routing import solomon


def solve_with_pyvrp(problem: solomon.Solomon, time_limit: float) -> solomon.Answer | None:
    """PyVRP's best routes within `time_limit` seconds; None when PyVRP is not installed."""
    try:
        from pyvrp import Model
        from pyvrp.stop import MaxRuntime
    except ImportError:
        return None
    core = solomon.instance(problem)
    model = Model()
    locations = [model.add_location(n.x, n.y) for n in problem.nodes]
    depot = model.add_depot(locations[0], tw_early=core.ready[0], tw_late=core.due[0])
    model.add_vehicle_type(
        num_available=problem.vehicles,
        capacity=problem.capacity,
        start_depot=depot,
        end_depot=depot,
        tw_early=core.ready[0],
        tw_late=core.due[0],
    )
    for node in range(1, len(problem.nodes)):
        model.add_client(
            locations[node],
            delivery=core.demand[node],
            service_duration=core.service[node],
            tw_early=core.ready[node],
            tw_late=core.due[node],
        )
    for a, frm in enumerate(locations):
        for b, to in enumerate(locations):
            model.add_edge(frm, to, distance=core.distance[a][b], duration=core.duration[a][b])
    result = model.solve(stop=MaxRuntime(time_limit), seed=1, display=False)
    # a route's activities include its depots; client number i (from 0) is node i + 1
    routes = [[a.idx + 1 for a in route if a.is_client()] for route in result.best.routes()]
    served = {n for route in routes for n in route}
    return solomon.Answer(routes, [n for n in range(1, len(problem.nodes)) if n not in served])
