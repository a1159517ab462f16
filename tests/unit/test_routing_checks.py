"""The evaluator that trusts no solver, the Solomon reader, `bench routing` as a process."""

from __future__ import annotations

import importlib.util
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from bot.devtools.routing_files import generate
from domain.routing import solomon
from domain.routing.evaluate import violations
from domain.routing.model import Dropped, Plan, Route, Visit
from domain.routing.solver import solve
from tests.unit.routing_support import TRAVEL, at, courier, day, order

SOLOMON = Path(__file__).resolve().parents[3] / "shared" / "routing" / "solomon"
REPO = Path(__file__).resolve().parents[2]

PROBLEM = day(
    [courier("a", capacity=4), courier("b", capacity=4, start=at(2, 2))],
    [
        order("o1", at(1, 0), buckets=2, window=(9, 10)),
        order("o2", at(1, 1), buckets=2, window=(9, 11)),
        order("o3", at(-1, 1), buckets=2, window=(10, 12)),
        order("o4", at(2, 1), buckets=2, window=(8, 18), vehicle="b"),
    ],
    max_trips=1,
)


@pytest.fixture(scope="module")
def good() -> Plan:
    """A plan the evaluator accepts."""
    plan = solve(PROBLEM, TRAVEL, 0.4, workers=1)
    assert violations(PROBLEM, TRAVEL, plan) == [] and plan.dropped == ()
    return plan


def _with_route(plan: Plan, index: int, route: Route) -> Plan:
    routes = list(plan.routes)
    routes[index] = route
    return replace(plan, routes=tuple(routes), meters=sum(r.meters for r in routes))


def _visits(plan: Plan) -> list[tuple[int, Visit]]:
    return [(i, v) for i, r in enumerate(plan.routes) for v in r.visits]


def _found(plan: Plan, words: str) -> bool:
    return any(words in problem for problem in violations(PROBLEM, TRAVEL, plan))


def test_a_missing_or_twice_served_stop_is_caught(good: Plan) -> None:
    route = good.routes[0]
    missing = _with_route(good, 0, replace(route, visits=route.visits[1:]))
    assert _found(missing, f"stop {route.visits[0].stop} is served or dropped 0 times")
    dropped_too = replace(good, dropped=(Dropped(route.visits[0].stop, "capacity"),))
    assert _found(dropped_too, "served or dropped 2 times")
    strange = replace(good, dropped=(Dropped("o9", "bad luck"),))
    assert _found(strange, "unknown stop o9") and _found(strange, "unknown reason")


def test_an_overloaded_trip_and_a_stop_off_its_pinned_vehicle_are_caught(good: Plan) -> None:
    everything = [v for _, v in _visits(good)]
    one = Route("a", tuple(everything), 0, 0)
    plan = replace(good, routes=(one,), meters=0)
    assert _found(plan, "a trip 1: 6 buckets > capacity 4")
    assert _found(plan, "stop o4 pinned to b is on a")


def test_times_the_drive_does_not_allow_or_outside_the_window_are_caught(good: Plan) -> None:
    i, visit = _visits(good)[0]
    route = good.routes[i]
    early = replace(visit, arrival=0, start=max(visit.start, 0))
    plan = _with_route(good, i, replace(route, visits=(early, *route.visits[1:])))
    assert _found(plan, "before it can be reached")
    stop = next(s for s in PROBLEM.stops if s.key == visit.stop)
    late = replace(visit, arrival=stop.window_end + 60, start=stop.window_end + 60)
    plan = _with_route(good, i, replace(route, visits=(late, *route.visits[1:])))
    assert _found(plan, "after window end")
    impatient = replace(visit, start=visit.arrival - 1)
    plan = _with_route(good, i, replace(route, visits=(impatient, *route.visits[1:])))
    assert _found(plan, "before arrival or window")


def test_metres_that_do_not_match_the_path_are_caught(good: Plan) -> None:
    route = good.routes[0]
    plan = _with_route(good, 0, replace(route, meters=route.meters - 100))
    assert _found(plan, "reports")
    assert _found(replace(good, meters=good.meters + 1), "add up to another figure")


def test_a_shift_overrun_and_an_unknown_vehicle_are_caught(good: Plan) -> None:
    short = replace(
        PROBLEM, vehicles=tuple(replace(v, shift_end=9 * 3600) for v in PROBLEM.vehicles)
    )
    assert any("shift" in p for p in violations(short, TRAVEL, good))
    stray = _with_route(good, 0, replace(good.routes[0], vehicle="z"))
    assert _found(stray, "route for unknown vehicle z")


@pytest.mark.skipif(not SOLOMON.is_dir(), reason="../shared/routing is not beside the checkout")
def test_the_solomon_reader_on_a_real_file_and_its_rules() -> None:
    problem = solomon.parse((SOLOMON / "c101.txt").read_text(), "c101")
    assert (problem.name, problem.vehicles, problem.capacity) == ("c101", 25, 200)
    assert len(problem.nodes) == 101 and problem.nodes[0].due == 1236
    first = problem.nodes[1]
    assert (first.x, first.y, first.demand, first.ready, first.due, first.service) == (
        45,
        68,
        10,
        912,
        967,
        90,
    )
    every = [[n] for n in range(1, 101)]
    broken = solomon.violations(problem, every[:-1])
    assert "100 routes for a fleet of 25" in broken[0] or any("fleet" in b for b in broken)
    assert any("customer 100 served 0 times" in b for b in broken)
    heavy = solomon.violations(problem, [list(range(1, 101))])
    assert any("carries 1810 > capacity 200" in b for b in heavy)
    assert any("starts" in b for b in heavy)  # one vehicle cannot keep 100 windows


def test_a_generated_instance_of_another_size_reads_back() -> None:
    problem = solomon.parse(generate("rc1", 30, 7))
    assert len(problem.nodes) == 31 and problem.vehicles == 10
    assert generate("rc1", 30, 7) == generate("rc1", 30, 7)  # fixed seeds


def _bench_routing(*args: str) -> subprocess.CompletedProcess[str]:
    """`waterbot bench routing ARGS` as a child process, as a user runs it."""
    command = [sys.executable, "-m", "bot.main", "bench", "routing", *args]
    return subprocess.run(
        command, cwd=REPO, capture_output=True, text=True, timeout=120, check=False
    )


def test_bench_routing_runs_as_a_process_and_prints_one_json_line_per_file(tmp_path: Path) -> None:
    small = tmp_path / "r1_25_1.txt"
    small.write_text(generate("r1", 25, 1))
    files = [str(small), *([str(SOLOMON / "c101.txt")] if SOLOMON.is_dir() else [])]
    done = _bench_routing("--time-limit", "1", "--routes", *files)
    assert done.returncode == 0, done.stderr
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["name"] for line in lines] == [Path(f).stem for f in files]
    for line, path in zip(lines, files, strict=True):
        problem = solomon.parse(Path(path).read_text())
        assert line["feasible"] is True and line["dropped"] == []
        numbers = sorted(n for route in line["routes"] for n in route)
        assert numbers == [node.number for node in problem.nodes[1:]]
        assert len(line["routes"]) == line["vehicles"] <= problem.vehicles
        nodes = {node.number: i for i, node in enumerate(problem.nodes)}
        exact = sum(solomon.route_distance(problem, [nodes[n] for n in r]) for r in line["routes"])
        assert abs(line["distance"] - exact) < 0.01


def test_the_plain_baseline_and_the_pyvrp_comparison_run_from_the_command_line(
    tmp_path: Path,
) -> None:
    small = tmp_path / "c1_20_3.txt"
    small.write_text(generate("c1", 20, 3))
    done = _bench_routing("--time-limit", "0.5", "--plain", "--pyvrp", str(small))
    assert done.returncode == 0, done.stderr
    (line,) = [json.loads(text) for text in done.stdout.splitlines()]
    assert line["search"] == "plain pci+gls" and line["feasible"] is True
    if importlib.util.find_spec("pyvrp") is None:
        assert line["pyvrp"].startswith("not installed")
    else:
        assert line["pyvrp_feasible"] is True and line["pyvrp_distance"] > 0
        expected = 100 * (line["distance"] / line["pyvrp_distance"] - 1)
        assert abs(line["gap_to_pyvrp_pct"] - expected) < 0.05
