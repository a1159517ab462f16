"""`waterbot bench routing`: Solomon VRPTW files solved by the dispatch solver's core.

One JSON line per file, in order: name, total distance (exact Euclidean), vehicles used,
seconds, dropped customers, feasible (by Solomon's rules, checked by the project's own
evaluator), and with --routes the routes as the file's customer numbers. With --bks the
best-known distances of a CSV (`instance,vehicles,distance`) are added with the gap; with
--pyvrp the same file is also solved by PyVRP (optional: `pip install pyvrp`) for as long.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path
from typing import Any

from domain.routing import parallel, solomon


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `routing` to the `bench` subcommands."""
    parser = kinds.add_parser(
        "routing",
        help="Solomon VRPTW files: distance, vehicles, feasibility per file (JSON lines)",
        description="Solve Solomon-format VRPTW files (any number of customers): minimum total "
        "distance with at most the file's fleet, on both cores. One JSON line per file.",
    )
    parser.add_argument("files", nargs="+", type=Path, metavar="FILE")
    parser.add_argument("--time-limit", type=_seconds, default=10.0, metavar="S")
    parser.add_argument("--workers", type=int, default=2, metavar="N", help="searches in parallel")
    parser.add_argument("--routes", action="store_true", help="print each route's customers")
    parser.add_argument("--bks", type=Path, metavar="CSV", help="best-known distances to compare")
    parser.add_argument("--pyvrp", action="store_true", help="also solve with PyVRP (optional)")
    parser.add_argument(
        "--plain",
        action="store_true",
        help="baseline: one plain OR-Tools search (cheapest insertion + guided local search)",
    )
    parser.set_defaults(handler=run)


def _seconds(value: str) -> float:
    try:
        seconds = float(value)
    except ValueError:
        seconds = 0.0
    if not 0 < seconds <= 3600:
        raise argparse.ArgumentTypeError(f"not a time limit in seconds: {value!r}")
    return seconds


def run(args: argparse.Namespace) -> int:
    """Solve every file in order; exit 1 when a file cannot be read or a plan is infeasible."""
    best = _best_known(args.bks) if args.bks else {}
    parallel.warm_up(args.workers)  # processes started before the first clock starts
    failed = False
    try:
        for path in args.files:
            try:
                problem = solomon.parse(path.read_text(encoding="utf-8"), path.stem)
            except (OSError, UnicodeDecodeError, solomon.SolomonError) as exc:
                print(f"{path}: {exc}", file=sys.stderr)
                failed = True
                continue
            line = _solve(problem, args)
            if problem.name.lower() in best:
                line["bks"] = best[problem.name.lower()]
                line["gap_pct"] = round(100 * (line["distance"] / line["bks"] - 1), 2)
            if args.pyvrp:
                line.update(_pyvrp(problem, args.time_limit, line["distance"]))
            failed = failed or not line["feasible"]
            print(json.dumps(line, ensure_ascii=False), flush=True)
    finally:
        parallel.close_pools()
    return 1 if failed else 0


def _solve(problem: solomon.Solomon, args: argparse.Namespace) -> dict[str, Any]:
    began = time.perf_counter()
    answer = solomon.solve(problem, args.time_limit, args.workers, plain=args.plain)
    seconds = time.perf_counter() - began
    number = [node.number for node in problem.nodes]
    line: dict[str, Any] = {
        "name": problem.name,
        "distance": round(answer.distance(problem), 2),
        "vehicles": len(answer.routes),
        "seconds": round(seconds, 2),
        "dropped": [number[n] for n in answer.dropped],
        "feasible": not answer.dropped and not solomon.violations(problem, answer.routes),
        "search": answer.search,
    }
    if args.routes:
        line["routes"] = [[number[n] for n in route] for route in answer.routes]
    return line


def _best_known(path: Path) -> dict[str, float]:
    rows = [line.split(",") for line in path.read_text(encoding="utf-8").splitlines()[1:]]
    return {row[0].strip().lower(): float(row[2]) for row in rows if len(row) >= 3}


def _pyvrp(problem: solomon.Solomon, time_limit: float, ours: float) -> dict[str, Any]:
    from bot.devtools.pyvrp_compare import solve_with_pyvrp

    answer = solve_with_pyvrp(problem, time_limit)
    if answer is None:
        return {"pyvrp": "not installed (pip install pyvrp)"}
    theirs = answer.distance(problem)
    return {
        "pyvrp_distance": round(theirs, 2),
        "pyvrp_vehicles": len(answer.routes),
        "pyvrp_feasible": not answer.dropped and not solomon.violations(problem, answer.routes),
        "gap_to_pyvrp_pct": round(100 * (ours / theirs - 1), 2),
    }
