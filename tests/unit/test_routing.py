"""The routing solver on small station days, each plan re-checked by the independent evaluator."""

from __future__ import annotations

from dataclasses import replace

from domain.routing.evaluate import violations
from domain.routing.model import CAPACITY, NO_VEHICLE, SHIFT, TIME_LIMIT, WINDOW, Plan, Problem
from domain.routing.solver import solve
from tests.unit.routing_support import HOUR, TRAVEL, at, courier, day, order

QUICK = 0.4  # seconds per solve: these days are tiny


def planned(problem: Problem, workers: int = 1) -> Plan:
    """Solve, and fail the test if the evaluator finds anything wrong with the plan."""
    plan = solve(problem, TRAVEL, QUICK, workers=workers)
    assert violations(problem, TRAVEL, plan) == []
    return plan


def on(plan: Plan) -> dict[str, str]:
    """Stop key -> the vehicle that serves it."""
    return {v.stop: r.vehicle for r in plan.routes for v in r.visits}


def test_capacity_and_windows_are_honoured_on_both_cores() -> None:
    stops = [
        order(f"o{i}", at(i % 3 - 1, i // 3 - 1), buckets=2, window=(8 + i % 4, 9 + i % 4))
        for i in range(6)
    ]
    problem = day([courier("a", capacity=6), courier("b", capacity=6)], stops, max_trips=1)
    plan = planned(problem, workers=2)
    assert plan.dropped == () and len(plan.routes) == 2
    windows = {s.key: (s.window_start, s.window_end) for s in stops}
    for route in plan.routes:
        assert len(route.visits) * 2 <= 6
        for visit in route.visits:
            assert windows[visit.stop][0] <= visit.start <= windows[visit.stop][1]
            assert visit.arrival <= visit.start
    assert plan.meters == sum(r.meters for r in plan.routes) > 0


def test_a_shift_bounds_the_day_and_what_falls_outside_is_reported() -> None:
    stops = [
        order("morning", at(1, 0), window=(9, 11)),
        order("after-hours", at(1, 1), window=(13, 14)),
        order("too-late-to-return", at(2, 2), window=(11.9, 12), service=30 * 60),
    ]
    plan = planned(day([courier("a", hours=(9, 12))], stops))
    assert on(plan) == {"morning": "a"}
    assert {d.stop: d.reason for d in plan.dropped} == {
        "after-hours": WINDOW,
        "too-late-to-return": SHIFT,
    }
    visit = plan.routes[0].visits[0]
    assert visit.start >= 9 * HOUR and visit.start + 300 <= 12 * HOUR


def test_stops_no_plan_can_serve_are_reported_with_a_reason_never_silently() -> None:
    stops = [
        order("too-big", at(1, 0), buckets=20),
        order("pinned-to-nobody", at(1, 1), vehicle="ghost"),
        order("first", at(0, 3), window=(9, 9.1)),
        order("second", at(0, -3), window=(9, 9.1)),  # 6 km apart, same 6 minutes
    ]
    plan = planned(day([courier("a")], stops, max_trips=1))
    reasons = {d.stop: d.reason for d in plan.dropped}
    assert reasons["too-big"] == CAPACITY and reasons["pinned-to-nobody"] == NO_VEHICLE
    assert len(on(plan)) == 1 and next(iter(on(plan))) in ("first", "second")
    assert TIME_LIMIT in reasons.values()  # each fits alone, not both: no room, said so
    nobody = solve(day([], stops), TRAVEL, QUICK, workers=1)
    assert {d.reason for d in nobody.dropped} == {NO_VEHICLE} and len(nobody.dropped) == 4


def test_pinned_stops_stay_on_their_vehicle_even_when_another_is_nearer() -> None:
    stops = [order(f"near{i}", at(0.5, 0.2 * i)) for i in range(4)]
    stops.append(order("pinned", at(0.5, 0.5), vehicle="far", window=(8, 9)))
    vehicles = [courier("home"), courier("far", capacity=1, start=at(0, 8))]
    free = planned(day(vehicles, [*stops[:4], order("pinned", at(0.5, 0.5), window=(8, 9))]))
    assert set(on(free).values()) == {"home"}  # unpinned, the courier at hand takes it all
    plan = planned(day(vehicles, stops))
    assert on(plan)["pinned"] == "far"
    assert all(on(plan)[f"near{i}"] == "home" for i in range(4))  # "far" carries one bucket


def test_a_courier_starts_where_he_reported_his_location() -> None:
    # 10 km north of the station: from there the 8:00–8:20 window is reachable, from the
    # station (about 39 minutes away) it is not
    there = at(10, 0)
    stop = order("up-north", at(10.3, 0), window=(8, 8 + 1 / 3))
    plan = planned(day([courier("a", hours=(8, 18), start=there)], [stop]))
    assert on(plan) == {"up-north": "a"} and plan.dropped == ()
    visit = plan.routes[0].visits[0]
    assert visit.arrival < 8 * HOUR + 20 * 60
    metres, _ = TRAVEL.matrix([there, stop.place, at(0, 0)])
    assert plan.routes[0].meters == metres[0][1] + metres[1][2]
    from_depot = planned(day([courier("a", hours=(8, 18))], [stop]))
    assert [(d.stop, d.reason) for d in from_depot.dropped] == [("up-north", WINDOW)]


def test_a_day_over_one_load_goes_back_to_the_station_to_reload() -> None:
    stops = [order(f"o{i}", at(1, i - 1), buckets=3) for i in range(3)]
    plan = planned(day([courier("a", capacity=4)], stops, max_trips=3))
    assert plan.dropped == ()
    assert sorted(v.trip for v in plan.routes[0].visits) == [1, 2, 3]
    two = planned(day([courier("a", capacity=4)], stops, max_trips=2))
    assert [d.reason for d in two.dropped] == [TIME_LIMIT]
    assert [v.trip for v in two.routes[0].visits] == [1, 2]
    loading = planned(replace(day([courier("a", capacity=4)], stops), reload_seconds=1800))
    first, second = loading.routes[0].visits[:2]
    assert second.arrival - (first.start + 300) > 1800  # back, half an hour loading, out again
