"""The pure parts of planned dispatch: time at the door, placing orders without coordinates,
where a courier starts, replaying a route, cheapest insertion and today's rule."""

from __future__ import annotations

from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from domain.routing.model import Place, Plan, Problem, Route, Stop, Vehicle, Visit
from domain.routing.travel import Haversine
from domain.rules.dispatch_figures import drop_label, measure, todays_rule
from domain.rules.dispatch_problem import (
    LOCATION_PRECISE_M,
    CourierInput,
    KnownPlace,
    OrderInput,
    Tuning,
    build_problem,
    place_of,
    service_seconds,
    start_of,
)
from domain.rules.dispatch_waves import Solve, solve_in_waves
from domain.rules.route_timeline import Leg, Matrix, cheapest_insertion, replay

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)
DEPOT = Place(31.2304, 121.4737)


def north(metres: float) -> Place:
    return Place(DEPOT.latitude + metres / 111_320, DEPOT.longitude)


def order(
    number: str, place: Place | None, start: int = 13, end: int = 18, **kw: object
) -> OrderInput:
    day = NOW.replace(hour=0)
    return OrderInput(
        number=number,
        buckets=int(kw.pop("buckets", 1)),  # type: ignore[call-overload]
        window_start=day + timedelta(hours=start),
        window_end=day + timedelta(hours=end),
        latitude=place.latitude if place else None,
        longitude=place.longitude if place else None,
        **kw,  # type: ignore[arg-type]
    )


def rider(userid: str, **kw: object) -> CourierInput:
    day = NOW.replace(hour=0)
    return CourierInput(userid, 10, day + timedelta(hours=8), day + timedelta(hours=21), **kw)  # type: ignore[arg-type]


def test_time_at_the_door_counts_buckets_and_floors_climbed_without_a_lift() -> None:
    tuning = Tuning(service_base_s=100, service_per_bucket_s=20, service_per_floor_s=30)
    assert service_seconds(tuning, 2, 6, has_lift=True) == 140
    assert service_seconds(tuning, 2, 6, has_lift=False) == 140 + 30 * 5 * 2
    assert service_seconds(tuning, 1, None, has_lift=False) == 120  # floor unknown: no climb
    assert service_seconds(tuning, 1, 1, has_lift=False) == 120  # ground floor


def test_an_order_without_coordinates_is_placed_by_address_building_community_or_station() -> None:
    known = (
        KnownPlace("阳光花园3栋502", "阳光花园", "3栋", 31.0, 121.0),
        KnownPlace("阳光花园5栋101", "阳光花园", "5栋", 31.2, 121.2),
    )
    lost = order("1", None, text="阳光花园3栋502")
    assert place_of(lost, known, DEPOT) == (Place(31.0, 121.0), True)
    same_building = order("2", None, text="阳光花园3栋9", community="阳光花园", building="3栋")
    assert place_of(same_building, known, DEPOT) == (Place(31.0, 121.0), True)
    same_community = order("3", None, community="阳光花园", building="9栋")
    assert place_of(same_community, known, DEPOT)[0] == Place(31.1, 121.1)
    assert place_of(order("4", None, text="无名路"), known, DEPOT) == (DEPOT, True)
    assert place_of(order("5", north(100)), known, DEPOT) == (north(100), False)


def test_a_courier_starts_where_he_last_reported_while_the_report_is_fresh() -> None:
    spot = north(900)
    fresh = rider("c1", latitude=spot.latitude, longitude=spot.longitude, located_at=NOW)
    assert start_of(fresh, NOW + timedelta(minutes=30)) == spot
    assert start_of(fresh, NOW + timedelta(hours=3)) is None
    assert start_of(rider("c2"), NOW) is None


def test_a_vague_reported_location_is_no_start_but_a_precise_or_unrated_one_is() -> None:
    spot = north(900)

    def reported(within: float | None) -> CourierInput:
        return rider(
            "c1",
            latitude=spot.latitude,
            longitude=spot.longitude,
            located_at=NOW,
            located_within_m=within,
        )

    assert start_of(reported(25.0), NOW) == spot
    assert start_of(reported(LOCATION_PRECISE_M), NOW) == spot
    assert start_of(reported(1500.0), NOW) is None  # a cell-tower fix: the station instead
    assert start_of(reported(None), NOW) == spot  # reported before Precision was kept


def test_the_problem_pins_orders_starts_no_one_before_now_and_keeps_overdue_orders() -> None:
    overdue = order("old", north(200), start=8, end=9)
    pinned = order("mine", north(300), pinned="c1")
    built = build_problem(DEPOT, [rider("c1")], [overdue, pinned], (), Tuning(), NOW)
    [vehicle] = built.problem.vehicles
    assert vehicle.shift_start == 10 * 3600  # now, not the 08:00 shift start
    stops = {s.key: s for s in built.problem.stops}
    assert stops["mine"].vehicle == "c1"
    assert stops["old"].window_start == 10 * 3600 and stops["old"].window_end > 21 * 3600


def _problem(*stops: Stop, vehicles: tuple[Vehicle, ...] | None = None) -> Problem:
    fleet = vehicles or (Vehicle("a", 4, 8 * 3600, 21 * 3600), Vehicle("b", 4, 8 * 3600, 21 * 3600))
    return Problem(DEPOT, fleet, stops)


def _stop(
    key: str, place: Place, buckets: int = 1, end: int = 18, vehicle: str | None = None
) -> Stop:
    return Stop(key, buckets, 13 * 3600, end * 3600, 120, place, vehicle)


def test_a_replay_counts_metres_there_and_back_and_late_stops() -> None:
    far = _stop("far", north(20_000), end=13)
    problem = _problem(far)
    matrix = Matrix(problem, Haversine(20, 1.0))
    driven = replay(problem, problem.vehicles[0], [Leg("far")], matrix)
    assert 39_900 < driven.meters < 40_100
    assert driven.late == ()  # leaves early enough to be there at 13:00
    late = replay(problem, problem.vehicles[0], [Leg("far")], matrix, due={"far": 12 * 3600})
    assert late.late == ("far",)


def test_an_urgent_stop_goes_where_it_adds_least_within_capacity_and_pins() -> None:
    stops = (
        _stop("n1", north(3000)), _stop("n2", north(3100)),
        _stop("s1", north(-3000)), _stop("s2", north(-3100)),
        _stop("u", north(3050)),
    )  # fmt: skip
    problem = _problem(*stops)
    matrix = Matrix(problem, Haversine())
    routes = {"a": [Leg("n1"), Leg("n2")], "b": [Leg("s1"), Leg("s2")]}
    best = cheapest_insertion(problem, routes, stops[-1], matrix)
    assert best is not None and (best.vehicle, best.position) == ("a", 1)
    assert best.added_late == 0 and best.added_meters < 200
    heavy = _stop("u", north(3050), buckets=3)  # each trip already carries 2 of 4
    best = cheapest_insertion(_problem(*stops[:-1], heavy), routes, heavy, matrix)
    assert best is not None and (best.position, best.trip) == (2, 2)  # a second trip
    assert best.added_meters > 6000
    pinned = _stop("u", north(3050), vehicle="b")
    best = cheapest_insertion(_problem(*stops[:-1], pinned), routes, pinned, matrix)
    assert best is not None and best.vehicle == "b"


def test_todays_rule_spreads_orders_by_count_and_walks_nearest_first() -> None:
    stops = tuple(_stop(f"o{i}", north(1000 * (i + 1))) for i in range(4))
    routes = todays_rule(_problem(*stops))
    assert [leg.key for leg in routes["a"]] == ["o0", "o2"]
    assert [leg.key for leg in routes["b"]] == ["o1", "o3"]
    matrix = Matrix(_problem(*stops), Haversine())
    figures = measure(_problem(*stops), routes, matrix)
    assert figures.stops == 4 and figures.couriers == 2 and figures.km > 0


def test_drop_reasons_read_in_chinese() -> None:
    assert drop_label("capacity") == "超出车载量"
    assert drop_label("window") == "时间窗赶不上"
    assert drop_label("unknown") == "unknown"


def _one_vehicle_solver(calls: list[tuple[Problem, float]]) -> Solve:
    """A stand-in solver: every stop on the first vehicle, by window, served at window start."""

    def solve(problem: Problem, seconds: float) -> Plan:
        calls.append((problem, seconds))
        first = problem.vehicles[0].key
        ordered = sorted(problem.stops, key=lambda s: (s.window_start, s.key))
        visits = tuple(Visit(s.key, s.window_start, s.window_start, 1) for s in ordered)
        return Plan((Route(first, visits, 0, 0),), (), 0, 0.5)

    return solve


def test_a_long_day_is_solved_slot_by_slot_and_each_courier_starts_the_next_when_back() -> None:
    morning = [Stop(f"m{i}", 1, 9 * 3600, 12 * 3600, 60, north(100 + i), None) for i in range(50)]
    evening = [Stop(f"e{i}", 1, 18 * 3600, 21 * 3600, 60, north(200 + i), None) for i in range(40)]
    problem = _problem(*morning, *evening)
    calls: list[tuple[Problem, float]] = []
    plan = solve_in_waves(problem, _one_vehicle_solver(calls), Matrix(problem, Haversine()), 9.0)
    assert [len(p.stops) for p, _ in calls] == [50, 40]
    assert [round(s, 1) for _, s in calls] == [5.0, 4.0]  # the time shared by stops
    back = calls[1][0].vehicles[0]
    assert back.shift_start > 9 * 3600 and back.start is None  # after the morning round
    [route] = plan.routes
    assert {v.trip for v in route.visits if v.stop.startswith("e")} == {2}
    assert route.meters > 0 and plan.seconds_to_solve == 1.0
    small = _problem(*morning[:10], *evening[:10])
    calls.clear()
    solve_in_waves(small, _one_vehicle_solver(calls), Matrix(small, Haversine()), 9.0)
    assert [len(p.stops) for p, _ in calls] == [20]  # a small day in one piece
