"""The current dispatch plan of a day: its figures, each courier's route, what was dropped."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from domain.infra.ports import Conn
from domain.models import Courier, DispatchPlan, Order, PlanStop
from domain.rules.dispatch_figures import drop_label


@dataclass(frozen=True)
class PlannedStop:
    """An order on a courier's route, as planned."""

    number: str
    sequence: int
    trip: int
    arrival: datetime | None
    window_start: datetime
    window_end: datetime
    address: str
    state: str
    late: bool
    placed: bool


@dataclass(frozen=True)
class PlannedRoute:
    """One courier's stops in the order to drive them."""

    courier: str
    name: str
    stops: tuple[PlannedStop, ...]


@dataclass(frozen=True)
class DroppedOrder:
    """An order the plan could not place, with the solver's reason and its Chinese label."""

    number: str
    reason: str
    label: str


@dataclass(frozen=True)
class PlanView:
    """A plan with its figures as computed when it was made."""

    id: int
    day: date
    created_at: datetime
    trigger: str
    actor: str
    figures: dict[str, Any]
    routes: tuple[PlannedRoute, ...]
    dropped: tuple[DroppedOrder, ...]


async def current_plan_id(day: date, conn: Conn | None = None) -> int | None:
    """The newest plan of the day, or None."""
    found = await DispatchPlan.filter(day=day).using_db(conn).order_by("-id").first()
    return found.id if found else None


async def plan_view(plan_id: int) -> PlanView:
    """A plan with its routes and dropped orders."""
    plan = await DispatchPlan.get(id=plan_id)
    rows = await PlanStop.filter(plan_id=plan_id).order_by("courier_id", "sequence", "id")
    orders = {o.id: o for o in await Order.filter(id__in=[r.order_id for r in rows])}  # type: ignore[attr-defined]
    ids = {r.courier_id for r in rows if r.courier_id}  # type: ignore[attr-defined]
    couriers = {c.id: c for c in await Courier.filter(id__in=list(ids))}
    routes: dict[str, list[PlannedStop]] = {}
    dropped = []
    for row in rows:
        order = orders[row.order_id]  # type: ignore[attr-defined]
        if row.dropped:
            dropped.append(DroppedOrder(order.number, row.dropped, drop_label(row.dropped)))
            continue
        courier = couriers[row.courier_id]  # type: ignore[attr-defined]
        routes.setdefault(courier.wecom_userid, []).append(_stop(row, order))
    names = {c.wecom_userid: c.name for c in couriers.values()}
    return PlanView(
        id=plan.id,
        day=plan.day,
        created_at=plan.created_at,
        trigger=plan.trigger,
        actor=plan.actor,
        figures=dict(plan.figures),
        routes=tuple(
            PlannedRoute(userid, names[userid], tuple(stops))
            for userid, stops in sorted(routes.items())
        ),
        dropped=tuple(dropped),
    )


def _stop(row: PlanStop, order: Order) -> PlannedStop:
    return PlannedStop(
        number=order.number,
        sequence=row.sequence,
        trip=row.trip,
        arrival=row.arrival,
        window_start=order.window_start,
        window_end=order.window_end,
        address=str(order.address.get("text") or ""),
        state=order.state,
        late=row.late,
        placed=row.placed,
    )


async def current_plan(day: date) -> PlanView | None:
    """The day's newest plan, or None before the first."""
    plan_id = await current_plan_id(day)
    return await plan_view(plan_id) if plan_id is not None else None


async def planned_sequence(courier_id: object, day: date) -> dict[str, int]:
    """Order number -> place on the courier's route in the day's current plan (empty: none)."""
    plan_id = await current_plan_id(day)
    if plan_id is None:
        return {}
    rows = await PlanStop.filter(plan_id=plan_id, courier_id=courier_id, dropped="").order_by(
        "sequence", "id"
    )
    orders = await Order.filter(id__in=[r.order_id for r in rows]).values_list("id", "number")  # type: ignore[attr-defined]
    numbers = dict(orders)
    return {numbers[r.order_id]: index for index, r in enumerate(rows)}  # type: ignore[attr-defined]
