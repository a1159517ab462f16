"""Planned dispatch on a real database: what the plan keeps, what it cannot place and why, an
urgent order between cut-offs, the courier's reported location, and the scheduled cut-offs."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.models import DispatchPlan, OrderEvent, PlanStop
from domain.reads import dispatch_inputs, dispatch_plans
from domain.routing.model import Place
from domain.rules.dispatch_problem import build_problem
from domain.rules.reminder_rules import DEFAULT_POLICY
from domain.services import courier_tasks, order_moves, staff
from domain.services.dispatch_plans import plan_dispatch
from scheduler.jobs import Jobs
from tests.fakes.notifier import RecordingNotifier
from tests.integration.dispatch_seed import (
    courier,
    courier_of,
    near,
    open_station,
    order_at,
    state_of,
)
from tests.integration.owner_seed import at

pytestmark = pytest.mark.usefixtures("db")

NOW = at(11, 24, 10)
AFTERNOON = (at(11, 24, 13), at(11, 24, 18))
# Half an hour: one courier cannot serve clusters 10 km apart in it, so the plan must split.
TIGHT = (at(11, 24, 13), at(11, 24, 13, 30))


async def test_a_plan_assigns_waiting_orders_and_keeps_manual_and_accepted_ones(
    notices: RecordingNotifier,
) -> None:
    await open_station()
    await courier("c1")
    await courier("c2")
    north = [await order_at(near(1500 + 100 * i), NOW, AFTERNOON) for i in range(3)]
    south = [await order_at(near(-1500 - 100 * i), NOW, AFTERNOON) for i in range(3)]
    # By hand: a southern order to c1; accepted: a northern order c2 set off with.
    await order_moves.assign_order(south[0], "c1", "owner", NOW)
    await order_moves.assign_order(north[0], "c2", "owner", NOW)
    await courier_tasks.accept_task(north[0], "c2", NOW)
    await order_moves.assign_order(north[1], "c2", "owner", NOW)
    plan_id = await plan_dispatch(NOW, "command", "owner")
    assert await courier_of(south[0]) == "c1"  # assigned by hand: kept
    assert await courier_of(north[0]) == "c2"  # accepted: kept, still on the way
    assert await state_of(north[0]) == "delivering"
    assert await courier_of(north[1]) == "c2"  # also by hand
    view = await dispatch_plans.plan_view(plan_id)
    planned = {s.number for r in view.routes for s in r.stops}
    assert planned == set(north + south) and not view.dropped
    assert view.figures["planned"] == 6 and view.figures["orders"] == 6
    # Each courier got his route, in the plan's order, through the notifier.
    sent = {r.courier_userid: [s.number for s in r.stops] for r in notices.routes}
    assert sent == {r.courier: [s.number for s in r.stops] for r in view.routes}
    assert await DispatchPlan.filter(id=plan_id, trigger="command").exists()


async def test_the_plan_moves_automatic_assignments_to_the_better_route() -> None:
    await open_station()
    await courier("c1")
    await courier("c2")
    # The fewest-tasks rule alternates couriers: placed N N S S N S, each gets both sides.
    sides = (1, 1, -1, -1, 1, -1)
    numbers = [
        await order_at(near(side * (5000 + 20 * i)), NOW, TIGHT) for i, side in enumerate(sides)
    ]
    assert {await courier_of(n) for n in numbers[0:2]} == {"c1", "c2"}
    await plan_dispatch(NOW, "api", "test")
    north = {await courier_of(n) for n, side in zip(numbers, sides, strict=True) if side > 0}
    south = {await courier_of(n) for n, side in zip(numbers, sides, strict=True) if side < 0}
    assert len(north) == len(south) == 1 and north != south
    moved = await OrderEvent.filter(actor="plan", to_state="assigned").count()
    assert moved >= 2


async def test_orders_the_plan_cannot_place_are_reported_with_a_reason() -> None:
    await open_station()
    await courier("c1", capacity=2)
    too_big = await order_at(near(500), NOW, AFTERNOON, quantity=3)
    fits = await order_at(near(600), NOW, AFTERNOON, quantity=1)
    plan_id = await plan_dispatch(NOW, "command", "owner")
    view = await dispatch_plans.plan_view(plan_id)
    assert [(d.number, d.reason, d.label) for d in view.dropped] == [
        (too_big, "capacity", "超出车载量")
    ]
    assert view.figures["dropped"][0]["label"] == "超出车载量"
    # Not left with a courier who cannot carry it: back to dispatch, the owner sees it in 待派.
    assert (await state_of(too_big), await courier_of(too_big)) == ("awaiting_dispatch", None)
    assert await courier_of(fits) == "c1"


async def test_a_courier_whose_shift_ends_is_not_given_orders_after_it() -> None:
    await open_station()
    await courier("c1")
    await staff_shift("c1", "08:00", "11:00")
    late = await order_at(near(800), NOW, AFTERNOON)
    view = await dispatch_plans.plan_view(await plan_dispatch(NOW, "command", "owner"))
    assert [(d.number, d.reason) for d in view.dropped] in (
        [(late, "window")],
        [(late, "shift")],
    )


async def staff_shift(userid: str, starts: str, ends: str) -> None:
    """Shift hours through the back office's courier edit."""
    from domain.models import Courier
    from domain.services import backoffice

    found = await Courier.get(wecom_userid=userid)
    await backoffice.update_courier(found.id, {"shift_starts": starts, "shift_ends": ends}, "t")


async def test_an_urgent_order_joins_the_route_it_costs_least_in(
    notices: RecordingNotifier,
) -> None:
    await open_station()
    await courier("c1")
    await courier("c2")
    north = [await order_at(near(5000 + 50 * i), NOW, TIGHT) for i in range(3)]
    south = [await order_at(near(-5000 - 50 * i), NOW, TIGHT) for i in range(3)]
    plan_id = await plan_dispatch(NOW, "schedule", "scheduler")
    northern = await courier_of(north[0])
    assert {await courier_of(n) for n in north} == {northern}
    assert {await courier_of(n) for n in south} != {northern}
    # Between cut-offs: an order next to the northern stops goes to that route, not by load.
    urgent = await order_at(near(5020), NOW + timedelta(minutes=10), AFTERNOON)
    assert await courier_of(urgent) == northern
    stop = await PlanStop.get(plan_id=plan_id, order__number=urgent)
    assert stop.courier_id is not None and stop.sequence >= 1  # type: ignore[attr-defined]
    view = await dispatch_plans.plan_view(plan_id)
    [route] = [r for r in view.routes if r.courier == northern]
    assert urgent in [s.number for s in route.stops]
    assert [s.sequence for s in route.stops] == sorted(s.sequence for s in route.stops)
    # Only that courier hears of it: his whole route again, the urgent order in its place.
    sent = notices.routes[-1]
    assert (sent.courier_userid, sent.added) == (northern, urgent)
    assert [s.number for s in sent.stops] == [s.number for s in route.stops]
    assert [s.sequence for s in sent.stops] == list(range(1, len(route.stops) + 1))
    assert all(s.arrival is not None for s in sent.stops) and sent.meters > 0
    assert not any(r.added for r in notices.routes[:-1])  # the cut-off's routes


async def test_a_courier_reported_location_is_where_his_route_starts() -> None:
    await open_station()
    await courier("c1")
    await courier("c2")
    spot = near(-2500, 400)
    assert await staff.record_location("c1", spot[0], spot[1], NOW - timedelta(minutes=20), 25.0)
    await courier("c3")  # reported from a cell tower, 1.5 km either way: no start
    assert await staff.record_location("c3", spot[0], spot[1], NOW, 1500.0)
    assert not await staff.record_location("owner", spot[0], spot[1], NOW)  # not a courier
    assert not await staff.record_location("c2", 123.0, spot[1], NOW)  # off the map
    inputs = await dispatch_inputs.load_inputs(NOW)
    built = build_problem(
        inputs.depot, inputs.couriers, inputs.orders, inputs.known, inputs.tuning, NOW
    )
    starts = {v.key: v.start for v in built.problem.vehicles}
    assert starts == {"c1": Place(*spot), "c2": None, "c3": None}
    # Hours later the report says where he was, not where he is.
    later = build_problem(
        inputs.depot, inputs.couriers, inputs.orders, inputs.known, inputs.tuning,
        NOW + timedelta(hours=3),
    )  # fmt: skip
    assert all(v.start is None for v in later.problem.vehicles)


async def test_an_order_without_coordinates_is_placed_by_its_building_and_flagged(
    notices: RecordingNotifier,
) -> None:
    await open_station()
    await courier("c1")
    known = near(1200, 300)
    await order_at(known, NOW, AFTERNOON, address="阳光花园3栋502", community="阳光花园",
                   building="3栋")  # fmt: skip
    lost = await order_at(None, NOW, AFTERNOON, address="阳光花园3栋1101", community="阳光花园",
                          building="3栋")  # fmt: skip
    nowhere = await order_at(None, NOW, AFTERNOON, address="无名路1号")
    inputs = await dispatch_inputs.load_inputs(NOW)
    built = build_problem(
        inputs.depot, inputs.couriers, inputs.orders, inputs.known, inputs.tuning, NOW
    )
    places = {s.key: s.place for s in built.problem.stops}
    assert places[lost] == Place(*known)
    assert places[nowhere] == inputs.depot
    assert built.placed == {lost, nowhere}
    view = await dispatch_plans.plan_view(await plan_dispatch(NOW, "command", "owner"))
    assert view.figures["placed"] == sorted([lost, nowhere])
    flagged = {s.number for r in view.routes for s in r.stops if s.placed}
    assert flagged == {lost, nowhere}
    # The courier's map link goes to the building's guess; none rather than to the station.
    sent = {s.number: s for r in notices.routes for s in r.stops}
    assert (sent[lost].latitude, sent[lost].longitude) == known and sent[lost].placed
    assert sent[nowhere].latitude is None and sent[nowhere].placed


async def test_the_scheduler_plans_once_at_each_cut_off() -> None:
    await open_station(dispatch_every_minutes=30)
    await courier("c1")
    await order_at(near(700), NOW, AFTERNOON)
    now = [NOW]
    jobs = Jobs(DEFAULT_POLICY, lambda: now[0])
    assert await jobs.dispatch()  # 10:00 is a cut-off (from 08:00, every 30 minutes)
    assert not await jobs.dispatch()  # once, however many processes ask
    now[0] = NOW + timedelta(minutes=12)
    assert not await jobs.dispatch()  # between cut-offs
    now[0] = NOW + timedelta(minutes=31)
    assert await jobs.dispatch()
    assert await DispatchPlan.filter(trigger="schedule").count() == 2
    now[0] = at(11, 24, 21, 30)  # after closing
    assert not await jobs.dispatch()


async def test_no_scheduled_plan_when_the_station_plans_only_on_request() -> None:
    await open_station(dispatch_every_minutes=0)
    await courier("c1")
    assert not await Jobs(DEFAULT_POLICY, lambda: NOW).dispatch()
    assert await DispatchPlan.all().count() == 0


async def test_with_nobody_on_shift_orders_are_dropped_as_no_vehicle_and_an_empty_day_plans() -> (
    None
):
    await open_station()
    empty = await dispatch_plans.plan_view(await plan_dispatch(NOW, "command", "owner"))
    assert (empty.figures["orders"], empty.routes, empty.dropped) == (0, (), ())
    waiting = await order_at(near(400), NOW, AFTERNOON)  # nobody registered: it waits
    view = await dispatch_plans.plan_view(await plan_dispatch(NOW, "command", "owner"))
    assert [(d.number, d.reason, d.label) for d in view.dropped] == [
        (waiting, "no_vehicle", "没有可用的送水员")
    ]


async def test_the_plan_never_sends_an_order_back_to_whoever_found_nobody_home() -> None:
    await open_station()
    await courier("c1")
    number = await order_at(near(600), NOW, AFTERNOON)
    await order_moves.fail_delivery(number, "c1", NOW, "无人在家", courier_userid="c1")
    assert await state_of(number) == "awaiting_dispatch"  # nobody else on shift
    view = await dispatch_plans.plan_view(await plan_dispatch(NOW, "command", "owner"))
    assert (await state_of(number), await courier_of(number)) == ("awaiting_dispatch", None)
    assert number not in {s.number for r in view.routes for s in r.stops}
