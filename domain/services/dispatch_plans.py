"""Planned dispatch: solve the day, give each order its courier, send each courier his route.

`plan_dispatch` reads the waiting orders and the couriers on shift, solves off the event loop
(the solver is CPU-bound), then in one transaction assigns what moved (manual assignments and
accepted tasks are pinned to their courier in the problem), keeps the plan and its stops, and
queues each courier's route through the notifier. Plans run one at a time (the station row's
lock); an order that changed while the solver ran is left as it now is.
"""

from __future__ import annotations

import asyncio
import logging
from dataclasses import dataclass
from datetime import datetime, time, timedelta
from typing import Any

from tortoise.transactions import in_transaction

from domain.infra.ports import Conn, RouteNote, notifier
from domain.models import Courier, DispatchPlan, JobRun, Order, PlanStop, Station
from domain.reads import dispatch_inputs
from domain.routing.model import Plan
from domain.routing.parallel import warm_up
from domain.routing.solver import solve
from domain.routing.travel import Haversine, TravelTimes
from domain.rules.dispatch_figures import Figures, drop_label, legs_of, measure
from domain.rules.dispatch_problem import Built, build_problem, seconds_since
from domain.rules.dispatch_waves import solve_in_waves
from domain.rules.order_flow import OrderState
from domain.rules.route_timeline import Matrix, replay
from domain.services.dispatch import assign_to, release, turned_away_from
from domain.services.route_notes import map_place, stop_note
from domain.services.support import audit

log = logging.getLogger(__name__)

ACTOR = "plan"
WORKERS = 2  # the machine's two cores: the solver runs two searches and keeps the better


@dataclass(frozen=True)
class Solved:
    """The solver's plan with its measured figures and each stop's start (seconds)."""

    built: Built
    plan: Plan
    figures: Figures
    starts: dict[str, int]


def figures_json(figures: Figures, placed: frozenset[str], orders: int) -> dict[str, Any]:
    """The plan's figures as kept with it and shown to the owner and the API."""
    return {
        "orders": orders,
        "planned": figures.stops,
        "km": figures.km,
        "meters": figures.meters,
        "late": list(figures.late),
        "couriers": figures.couriers,
        "per_courier_hour": figures.per_courier_hour,
        "dropped": [{"number": n, "reason": r, "label": drop_label(r)} for n, r in figures.dropped],
        "placed": sorted(placed),
        "seconds_to_solve": figures.seconds_to_solve,
    }


def _solve(built: Built, travel: TravelTimes, seconds: float, due: dict[str, int]) -> Solved:
    problem = built.problem
    matrix = Matrix(problem, travel)
    plan = solve_in_waves(
        problem, lambda part, share: solve(part, travel, share, WORKERS), matrix, seconds
    )
    legs = legs_of(plan)
    dropped = [(d.stop, d.reason) for d in plan.dropped]
    figures = measure(problem, legs, matrix, due, dropped, plan.seconds_to_solve)
    starts: dict[str, int] = {}
    for vehicle in problem.vehicles:
        if legs.get(vehicle.key):
            starts |= replay(problem, vehicle, legs[vehicle.key], matrix).starts
    return Solved(built, plan, figures, starts)


async def plan_dispatch(
    now: datetime, trigger: str, actor: str, travel: TravelTimes | None = None
) -> int:
    """Plan the day of `now`, assign, send the routes; returns the plan's id."""
    inputs = await dispatch_inputs.load_inputs(now)
    built = build_problem(
        inputs.depot, inputs.couriers, inputs.orders, inputs.known, inputs.tuning, now
    )
    travel = travel or Haversine(inputs.tuning.speed_kmh, inputs.tuning.detour)
    due = {o.number: seconds_since(built.day_start, o.window_end) for o in inputs.orders}
    # The first solve in a process starts the solver's workers; that is not the plan's time.
    await asyncio.to_thread(warm_up, WORKERS)
    solved = await asyncio.to_thread(_solve, built, travel, inputs.tuning.plan_seconds, due)
    async with in_transaction() as conn:
        plan_id = await _keep(conn, solved, len(inputs.orders), now, trigger, actor)
    f = solved.figures
    log.info(
        "dispatch plan %d (%s): %d orders, %d planned, %.1f km, %d late, %d dropped, %.1fs",
        plan_id, trigger, len(inputs.orders), f.stops, f.km, len(f.late), len(f.dropped),
        f.seconds_to_solve,
    )  # fmt: skip
    return plan_id


async def plan_at_cutoff(now: datetime, actor: str = "scheduler") -> int | None:
    """The scheduled plan: at each cut-off (every N minutes from opening, until closing), once
    across processes; None when this minute is no cut-off or it was planned already."""
    station, tuning = await dispatch_inputs.station_tuning()
    if station is None or tuning.every_minutes <= 0 or station.latitude is None:
        return None
    opens = datetime.combine(now.date(), time.fromisoformat(station.opens_at), now.tzinfo)
    closes = datetime.combine(now.date(), time.fromisoformat(station.closes_at), now.tzinfo)
    if not opens <= now < closes:
        return None
    minutes = int((now - opens).total_seconds() // 60)
    cutoff = opens + timedelta(minutes=minutes - minutes % tuning.every_minutes)
    if now - cutoff >= timedelta(minutes=5):  # a cut-off missed by minutes waits for the next
        return None
    key = cutoff.strftime("%Y-%m-%dT%H:%M")
    async with in_transaction() as conn:
        if await JobRun.filter(name="dispatch", key=key).using_db(conn).exists():
            return None
        await JobRun.create(name="dispatch", key=key, using_db=conn)
    return await plan_dispatch(now, "schedule", actor)


async def _keep(
    conn: Conn, solved: Solved, orders: int, now: datetime, trigger: str, actor: str
) -> int:
    # Plans one at a time: the later one waits, then reads the orders as the first left them.
    await Station.filter(id=1).select_for_update().using_db(conn).first()
    figures, built = solved.figures, solved.built
    plan = await DispatchPlan.create(
        day=now.date(),
        trigger=trigger,
        actor=actor,
        meters=figures.meters,
        late=len(figures.late),
        seconds_to_solve=figures.seconds_to_solve,
        figures=figures_json(figures, built.placed, orders),
        created_at=now,
        using_db=conn,
    )
    couriers = {c.wecom_userid: c for c in await Courier.filter(active=True).using_db(conn)}
    for route in solved.plan.routes:
        courier = couriers.get(route.vehicle)
        if courier is None or not route.visits:
            continue
        notes = []
        for sequence, visit in enumerate(route.visits, 1):
            order = await _take(conn, visit.stop, courier, now)
            if order is None:
                continue
            late = visit.stop in figures.late
            start = solved.starts.get(visit.stop)
            arrival = built.day_start + timedelta(seconds=start) if start is not None else None
            placed = visit.stop in built.placed
            await PlanStop.create(
                plan=plan, order=order, courier=courier, sequence=sequence, trip=visit.trip,
                arrival=arrival, late=late, placed=placed, using_db=conn,
            )  # fmt: skip
            where = map_place(built, visit.stop)
            notes.append(
                await stop_note(conn, order, (sequence, visit.trip), arrival, where, placed, late)
            )
        meters = replay_meters(solved, route.vehicle)
        await notifier().route_planned(
            conn, RouteNote(courier.wecom_userid, meters, tuple(notes)), now
        )
    for dropped in solved.plan.dropped:
        order = await Order.filter(number=dropped.stop).select_for_update().using_db(conn).first()
        if order is None:
            continue
        await PlanStop.create(plan=plan, order=order, dropped=dropped.reason, using_db=conn)
        pinned = await dispatch_inputs.pinned_courier(conn, order)
        if order.state == OrderState.ASSIGNED and pinned is None:
            # Left with a courier who cannot fit it, it would look handled; 待派 shows it.
            await release(conn, order, now, ACTOR, f"plan:{dropped.reason}")
    await audit(conn, actor, "dispatch.plan", "dispatch_plan", plan.id, None, plan.figures)
    return plan.id


def replay_meters(solved: Solved, vehicle: str) -> int:
    """The metres of one route as planned (the solver's own count)."""
    return next((r.meters for r in solved.plan.routes if r.vehicle == vehicle), 0)


async def _take(conn: Conn, number: str, courier: Courier, now: datetime) -> Order | None:
    """The order, given to `courier` if it is not his yet; None when it moved on meanwhile."""
    order = await Order.filter(number=number).select_for_update().using_db(conn).first()
    if order is None or order.state not in dispatch_inputs.PLANNED_STATES:
        return None
    if order.courier_id == courier.id and order.state != OrderState.AWAITING_DISPATCH:  # type: ignore[attr-defined]
        return order
    if order.state == OrderState.DELIVERING:
        return None  # accepted by someone else while the solver ran
    if order.state == OrderState.ASSIGNED and await dispatch_inputs.pinned_courier(conn, order):
        return None  # assigned by hand meanwhile
    if courier.wecom_userid in await turned_away_from(conn, order):
        # His delivery of it failed in this window: knocking again would fail again. It stays
        # where it is (in 待派 when waiting), as the fewest-tasks rule would have left it.
        log.info("plan leaves %s: %s found nobody home", order.number, courier.wecom_userid)
        return None
    await assign_to(conn, order, courier, now, ACTOR)
    return order
