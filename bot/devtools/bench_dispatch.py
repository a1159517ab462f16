"""`waterbot bench dispatch`: a generated station day planned by the optimiser and by today's rule.

Both plans are replayed on the same travel model (`route_timeline.replay`), so km, late stops
and orders per courier-hour compare; seconds to plan are wall-clock seconds.
"""

from __future__ import annotations

import argparse
import json
import time

from bot.devtools.bench_support import positive
from domain.demo_data.station_day import station_day
from domain.routing.parallel import warm_up
from domain.routing.solver import solve
from domain.routing.travel import Haversine
from domain.rules.dispatch_figures import Figures, legs_of, measure, todays_rule
from domain.rules.dispatch_problem import Tuning, build_problem, seconds_since
from domain.rules.dispatch_waves import solve_in_waves
from domain.rules.route_timeline import Matrix

WORKERS = 2
HEADER = f"{'':<22}{'optimiser':>12}{'today':>12}"


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `dispatch` to the `bench` subcommands."""
    parser = kinds.add_parser(
        "dispatch",
        help="a station day planned by the optimiser beside today's rule",
        description="Generate a station day (orders over three slots, couriers, buildings with "
        "and without lifts; fixed seed), plan it with the OR-Tools optimiser and with today's "
        "rule (fewest open tasks + nearest neighbour), and print km driven, late stops, orders "
        "per courier-hour and seconds to plan side by side.",
    )
    parser.add_argument("--orders", type=positive, default=200, metavar="N")
    parser.add_argument("--couriers", type=positive, default=8, metavar="C")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--time-limit", type=float, default=8.0, metavar="S")
    parser.add_argument("--json", action="store_true", help="one JSON object instead of a table")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Plan the day both ways and print the figures."""
    day = station_day(args.seed, args.orders, args.couriers)
    tuning = Tuning()
    built = build_problem(day.depot, day.couriers, day.orders, (), tuning, day.now)
    problem = built.problem
    travel = Haversine(tuning.speed_kmh, tuning.detour)
    due = {o.number: seconds_since(built.day_start, o.window_end) for o in day.orders}
    # The solver's worker processes live as long as the service; starting them is not planning.
    warm_up(WORKERS)
    matrix = Matrix(problem, travel)
    began = time.perf_counter()
    plan = solve_in_waves(
        problem, lambda part, share: solve(part, travel, share, WORKERS), matrix, args.time_limit
    )
    solved_in = time.perf_counter() - began
    dropped = [(d.stop, d.reason) for d in plan.dropped]
    optimiser = measure(problem, legs_of(plan), matrix, due, dropped, solved_in)
    began = time.perf_counter()
    routes = todays_rule(problem)
    ruled_in = time.perf_counter() - began
    today = measure(problem, routes, matrix, due, (), ruled_in)
    if args.json:
        print(json.dumps({"optimiser": _json(optimiser), "today": _json(today)}))
        return 0
    print(
        f"bench dispatch: {len(day.orders)} orders over 3 slots, {len(day.couriers)} couriers, "
        f"{sum(not b.has_lift for b in day.buildings)} of {len(day.buildings)} buildings without "
        f"a lift, seed {args.seed}, {tuning.speed_kmh:g} km/h × {tuning.detour:g} detour"
    )
    print(HEADER)
    for label, pick in ROWS:
        print(f"{label:<22}{pick(optimiser):>12}{pick(today):>12}")
    return 0


ROWS = (
    ("km driven", lambda f: f"{f.km:.1f}"),
    ("late stops", lambda f: str(len(f.late))),
    ("dropped", lambda f: str(len(f.dropped))),
    ("orders/courier-hour", lambda f: f"{f.per_courier_hour:.2f}"),
    ("couriers used", lambda f: str(f.couriers)),
    ("seconds to plan", lambda f: f"{f.seconds_to_solve:.2f}"),
)


def _json(figures: Figures) -> dict[str, object]:
    return {
        "km": figures.km,
        "late": len(figures.late),
        "dropped": [{"number": n, "reason": r} for n, r in figures.dropped],
        "per_courier_hour": figures.per_courier_hour,
        "couriers": figures.couriers,
        "seconds": figures.seconds_to_solve,
    }
