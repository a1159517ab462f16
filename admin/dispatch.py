"""Planned dispatch: make the day's plan now, and read the current plan with its figures."""

from __future__ import annotations

from datetime import date
from typing import Any

from admin.api import Call, Reply, Routes
from admin.schema import BOOL, DATE, DATETIME, array, integer, nullable, obj, ref, string
from domain.reads import dispatch_plans
from domain.reads.dispatch_plans import PlanView
from domain.rules.errors import InvalidInput, NotFound
from domain.services import dispatch_plans as planning

routes = Routes("dispatch")
NUMBER = {"type": "number"}
DROPPED = obj(
    ("number", "reason", "label"), number=string(16), reason=string(16), label=string(32)
)
FIGURES = obj(
    ("orders", "planned", "km", "meters", "late", "couriers", "per_courier_hour", "dropped",
     "placed", "seconds_to_solve"),
    orders=integer(), planned=integer(), km=NUMBER, meters=integer(),
    late=array(string(16), 10_000), couriers=integer(), per_courier_hour=NUMBER,
    dropped=array(DROPPED, 10_000), placed=array(string(16), 10_000), seconds_to_solve=NUMBER,
)  # fmt: skip
STOP = obj(
    ("number", "sequence", "trip", "arrival", "window_start", "window_end", "address", "state",
     "late", "placed"),
    number=string(16), sequence=integer(), trip=integer(), arrival=nullable(DATETIME),
    window_start=DATETIME, window_end=DATETIME, address=string(200), state=string(24),
    late=BOOL, placed=BOOL,
)  # fmt: skip
ROUTE = obj(
    ("courier", "name", "stops"), courier=string(64), name=string(64), stops=array(STOP, 10_000)
)
PLAN = ref(
    "DispatchPlan",
    obj(
        ("id", "day", "created_at", "trigger", "actor", "figures", "routes", "dropped"),
        id=integer(), day=DATE, created_at=DATETIME, trigger=string(16), actor=string(64),
        figures=FIGURES, routes=array(ROUTE, 1000), dropped=array(DROPPED, 10_000),
    ),
)  # fmt: skip


def plan_json(plan: PlanView) -> dict[str, Any]:
    """A plan as the API shows it."""
    return {
        "id": plan.id,
        "day": plan.day.isoformat(),
        "created_at": plan.created_at.isoformat(),
        "trigger": plan.trigger,
        "actor": plan.actor,
        "figures": plan.figures,
        "routes": [
            {
                "courier": route.courier,
                "name": route.name,
                "stops": [
                    {
                        "number": s.number,
                        "sequence": s.sequence,
                        "trip": s.trip,
                        "arrival": s.arrival.isoformat() if s.arrival else None,
                        "window_start": s.window_start.isoformat(),
                        "window_end": s.window_end.isoformat(),
                        "address": s.address,
                        "state": s.state,
                        "late": s.late,
                        "placed": s.placed,
                    }
                    for s in route.stops
                ],
            }
            for route in plan.routes
        ],
        "dropped": [
            {"number": d.number, "reason": d.reason, "label": d.label} for d in plan.dropped
        ],
    }


@routes.op(
    "POST",
    "/dispatch/plan",
    summary="Plan today's dispatch now: assign waiting orders, send each courier his route",
    area="dispatch",
    body=obj(),
    response=PLAN,
    status=201,
)
async def make_plan(call: Call) -> Any:
    """Solve, assign and send; manual assignments and accepted tasks stay where they are."""
    plan_id = await planning.plan_dispatch(call.now.astimezone(call.tz), "api", call.actor)
    return Reply(plan_json(await dispatch_plans.plan_view(plan_id)), 201)


@routes.op(
    "GET",
    "/dispatch/plan",
    summary="The current dispatch plan of a day (default today) with its figures",
    area="dispatch",
    query={"day": DATE},
    response=PLAN,
)
async def current_plan(call: Call) -> Any:
    """The day's newest plan; 404 before the first."""
    day = _day(call.query.get("day")) or call.now.astimezone(call.tz).date()
    plan = await dispatch_plans.current_plan(day)
    if plan is None:
        raise NotFound(f"no dispatch plan for {day}", message=f"{day} 还没有派单计划")
    return plan_json(plan)


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise InvalidInput(
            f"bad day {value!r}", message="日期格式应为 YYYY-MM-DD", fields={"day": "YYYY-MM-DD"}
        ) from None
