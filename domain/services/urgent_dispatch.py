"""An order arriving between cut-offs goes into the best route of the day's current plan.

Runs inside the caller's transaction (dispatch_order, in the order's own). Only today's
orders are inserted, only while a plan exists for today; otherwise the order is dispatched by
the fewest-tasks rule and the next cut-off plans it properly.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable, Callable
from datetime import datetime, timedelta
from typing import Any

from domain.infra.ports import Conn
from domain.models import Courier, Order, PlanStop
from domain.reads import dispatch_inputs, dispatch_plans
from domain.routing.travel import Haversine
from domain.rules.dispatch_problem import build_problem, seconds_since
from domain.rules.errors import InvalidInput
from domain.rules.route_timeline import Insertion, Leg, Matrix, cheapest_insertion
from domain.services.route_notes import send_changed_route

log = logging.getLogger(__name__)


async def insert_urgent(
    conn: Conn,
    order: Order,
    now: datetime,
    away: frozenset[str] = frozenset(),
    before_inputs: Callable[[], Awaitable[None]] | None = None,
) -> Courier | None:
    """The courier whose planned route takes the order at the least cost (recorded in the
    plan, his updated route queued to him), leaving out couriers `away`; None: no plan today,
    or no route can take it.

    `before_inputs` runs once a plan exists, before the plan's inputs are read (a new order
    is written there, as the inputs read it from the database)."""
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    if order.window_start >= day_start + timedelta(days=1):
        return None
    plan_id = await dispatch_plans.current_plan_id(now.date(), conn)
    if plan_id is None:
        return None
    if before_inputs is not None:
        await before_inputs()
    try:
        inputs = await dispatch_inputs.load_inputs(now, conn)
    except InvalidInput:
        return None
    couriers = {c.id: c for c in await Courier.filter(active=True).using_db(conn)}
    open_orders = {o.number for o in inputs.orders} - {order.number}
    routes = await _planned_routes(conn, plan_id, couriers, open_orders)
    kept = {leg.key for legs in routes.values() for leg in legs} | {order.number}
    riders = [c for c in inputs.couriers if c.userid not in away]
    orders = [o for o in inputs.orders if o.number in kept]
    built = build_problem(inputs.depot, riders, orders, inputs.known, inputs.tuning, now)
    urgent = next((s for s in built.problem.stops if s.key == order.number), None)
    if urgent is None:
        return None
    matrix = Matrix(built.problem, Haversine(inputs.tuning.speed_kmh, inputs.tuning.detour))
    best = cheapest_insertion(built.problem, routes, urgent, matrix)
    if best is None:
        return None
    chosen = next(c for c in couriers.values() if c.wecom_userid == best.vehicle)
    legs = routes.get(best.vehicle, [])
    await _record(conn, plan_id, legs, best, order, chosen)
    legs = [*legs[: best.position], Leg(order.number, best.trip), *legs[best.position :]]
    vehicle = next(v for v in built.problem.vehicles if v.key == best.vehicle)
    due = {o.number: seconds_since(built.day_start, o.window_end) for o in orders}
    await send_changed_route(conn, built, vehicle, legs, matrix, due, order.number, now)
    return chosen


async def _planned_routes(
    conn: Conn, plan_id: int, couriers: dict[Any, Courier], open_orders: set[str]
) -> dict[str, list[Leg]]:
    """Each courier's stops in the plan still open, in order, with their trips."""
    rows = await PlanStop.filter(plan_id=plan_id, dropped="").using_db(conn).order_by("sequence")
    numbers: dict[int, str] = dict(
        await Order.filter(id__in=[r.order_id for r in rows])  # type: ignore[attr-defined]
        .using_db(conn)
        .values_list("id", "number")
    )
    routes: dict[str, list[Leg]] = {}
    for row in rows:
        courier, number = couriers.get(row.courier_id), numbers.get(row.order_id)  # type: ignore[attr-defined]
        if courier and number in open_orders:
            routes.setdefault(courier.wecom_userid, []).append(Leg(str(number), row.trip))
    return routes


async def _record(
    conn: Conn, plan_id: int, legs: list[Leg], best: Insertion, order: Order, courier: Courier
) -> None:
    """Put the order where `best` says in the courier's route in the plan, the later stops
    after, in place of a stop that reported it dropped."""
    log.info(
        "order %s inserted into %s's route at %d (+%d m, +%d late)",
        order.number, best.vehicle, best.position + 1, best.added_meters, best.added_late,
    )  # fmt: skip
    later = [leg.key for leg in legs[best.position :]]
    mine = await PlanStop.filter(plan_id=plan_id, courier_id=courier.id).using_db(conn)
    by_number: dict[int, str] = dict(
        await Order.filter(id__in=[r.order_id for r in mine])  # type: ignore[attr-defined]
        .using_db(conn)
        .values_list("id", "number")
    )
    sequence = max((r.sequence for r in mine), default=0) + 1
    for row in sorted(mine, key=lambda r: r.sequence):
        if by_number.get(row.order_id, "") in later:  # type: ignore[attr-defined]
            sequence = min(sequence, row.sequence)
            row.sequence += 1
            await row.save(using_db=conn, update_fields=["sequence"])
    await PlanStop.create(
        plan_id=plan_id, order=order, courier=courier, sequence=sequence, trip=best.trip,
        using_db=conn,
    )  # fmt: skip
    await (
        PlanStop.filter(plan_id=plan_id, order_id=order.id, courier_id=None).using_db(conn).delete()
    )
