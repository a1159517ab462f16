"""What a dispatch plan starts from: the station, the couriers on shift, the orders to place.

Read-only; the pure builder (`domain/rules/dispatch_problem.py`) turns these into a routing
problem. Orders are today's (and overdue ones) awaiting dispatch, assigned or on the way; an
order assigned by hand or already accepted stays with its courier (`pinned`).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time, timedelta

from domain.infra.ports import Conn
from domain.models import Address, Courier, Order, OrderEvent, OrderLine, Station
from domain.routing.model import Place
from domain.rules.dispatch_problem import CourierInput, KnownPlace, OrderInput, Tuning
from domain.rules.errors import InvalidInput
from domain.rules.order_flow import OrderState

# Actors whose assignments a new plan may move; anyone else assigned by hand.
AUTOMATIC = frozenset({"dispatch", "plan"})
PLANNED_STATES = (OrderState.AWAITING_DISPATCH, OrderState.ASSIGNED, OrderState.DELIVERING)


@dataclass(frozen=True)
class Inputs:
    """Everything the plan is built from."""

    depot: Place
    tuning: Tuning
    couriers: tuple[CourierInput, ...]
    orders: tuple[OrderInput, ...]
    known: tuple[KnownPlace, ...]
    names: dict[str, str]  # courier user id -> name


def tuning_of(station: Station) -> Tuning:
    """The station row's dispatch settings."""
    return Tuning(
        every_minutes=station.dispatch_every_minutes,
        speed_kmh=station.travel_speed_kmh,
        detour=station.travel_detour,
        service_base_s=station.service_base_s,
        service_per_bucket_s=station.service_per_bucket_s,
        service_per_floor_s=station.service_per_floor_s,
        plan_seconds=station.plan_seconds,
    )


async def station_tuning(conn: Conn | None = None) -> tuple[Station | None, Tuning]:
    """The station row (None before it exists) and its dispatch settings."""
    station = await Station.filter(id=1).using_db(conn).first()
    return station, tuning_of(station) if station else Tuning()


async def load_inputs(now: datetime, conn: Conn | None = None) -> Inputs:
    """The plan's inputs for the day of `now` (station time)."""
    station, tuning = await station_tuning(conn)
    if station is None or station.latitude is None or station.longitude is None:
        raise InvalidInput(
            "station has no coordinates; dispatch cannot plan",
            message="请先在站点设置里填写水站的经纬度(latitude / longitude),才能规划路线",
        )
    day_start = now.replace(hour=0, minute=0, second=0, microsecond=0)
    couriers = (
        await Courier.filter(active=True, on_shift=True).using_db(conn).order_by("wecom_userid")
    )
    query = Order.filter(
        state__in=list(PLANNED_STATES), window_start__lt=day_start + timedelta(days=1)
    )
    rows = await query.using_db(conn).order_by("window_start", "id")
    orders = tuple(
        [await _order_input(conn, order, await pinned_courier(conn, order)) for order in rows]
    )
    return Inputs(
        depot=Place(station.latitude, station.longitude),
        tuning=tuning,
        couriers=tuple(_courier_input(c, station, day_start) for c in couriers),
        orders=orders,
        known=await _known(conn, orders),
        names={c.wecom_userid: c.name for c in couriers},
    )


def _clock(day_start: datetime, value: str, fallback: str) -> datetime:
    at = time.fromisoformat(value or fallback)
    return day_start + timedelta(hours=at.hour, minutes=at.minute)


def _courier_input(courier: Courier, station: Station, day_start: datetime) -> CourierInput:
    return CourierInput(
        userid=courier.wecom_userid,
        capacity=courier.trip_capacity,
        shift_start=_clock(day_start, courier.shift_starts, station.opens_at),
        shift_end=_clock(day_start, courier.shift_ends, station.closes_at),
        latitude=courier.latitude,
        longitude=courier.longitude,
        located_at=courier.located_at,
        located_within_m=courier.located_within_m,
    )


async def pinned_courier(conn: Conn | None, order: Order) -> str | None:
    """The courier an order must stay with: accepted (on the way) or assigned by hand."""
    if order.state == OrderState.AWAITING_DISPATCH or order.courier_id is None:  # type: ignore[attr-defined]
        return None
    courier = await Courier.filter(id=order.courier_id).using_db(conn).first()  # type: ignore[attr-defined]
    if courier is None:
        return None
    if order.state == OrderState.DELIVERING:
        return courier.wecom_userid
    last = (
        await OrderEvent.filter(order_id=order.id, to_state=OrderState.ASSIGNED)
        .using_db(conn)
        .order_by("-at", "-id")
        .first()
    )
    manual = last is not None and last.actor not in AUTOMATIC
    return courier.wecom_userid if manual else None


async def _order_input(conn: Conn | None, order: Order, pinned: str | None) -> OrderInput:
    lines = await OrderLine.filter(order_id=order.id).using_db(conn)
    address = order.address
    community = str(address.get("community") or "")
    if not community and address.get("id"):
        # Orders placed before the snapshot carried the community: the saved address has it.
        saved = await Address.filter(id=str(address["id"])).using_db(conn).first()
        community = saved.community if saved else ""
    floor = address.get("floor")
    return OrderInput(
        number=order.number,
        buckets=max(1, sum(line.quantity for line in lines)),
        window_start=order.window_start,
        window_end=order.window_end,
        latitude=_number(address.get("latitude")),
        longitude=_number(address.get("longitude")),
        text=str(address.get("text") or ""),
        community=community,
        building=str(address.get("building") or ""),
        floor=floor if isinstance(floor, int) else None,
        has_lift=address.get("has_lift") is not False,
        pinned=pinned,
    )


def _number(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None


async def _known(conn: Conn | None, orders: tuple[OrderInput, ...]) -> tuple[KnownPlace, ...]:
    """Saved addresses with coordinates in the communities of the orders that have none."""
    lost = [o for o in orders if o.latitude is None or o.longitude is None]
    if not lost:
        return ()
    texts = {o.text for o in lost if o.text}
    communities = {o.community for o in lost if o.community}
    query = Address.filter(latitude__not_isnull=True, longitude__not_isnull=True)
    found = await query.filter(text__in=list(texts)).using_db(conn) if texts else []
    if communities:
        found += await query.filter(community__in=list(communities)).using_db(conn)
    return tuple(
        KnownPlace(a.text, a.community, a.building, float(a.latitude), float(a.longitude))
        for a in found
        if a.latitude is not None and a.longitude is not None
    )
