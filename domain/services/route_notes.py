"""A courier's route as his WeCom message shows it: each stop with its window, place and items.

Shared by the cut-off plan (every courier's route) and the urgent insertion between cut-offs
(the one route that changed), so both messages read alike.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime, timedelta

from domain.infra.ports import Conn, RouteNote, RouteStopNote, TaskLine, notifier
from domain.models import Customer, Order, OrderLine
from domain.routing.model import Place, Vehicle
from domain.rules.dispatch_problem import Built
from domain.rules.route_timeline import Leg, Matrix, replay


def map_place(built: Built, number: str) -> Place | None:
    """Where the stop's map link points; None for an order placed at the station for want of
    anything better (no map link beats a wrong one)."""
    place = next(s.place for s in built.problem.stops if s.key == number)
    if number in built.placed and place == built.problem.depot:
        return None
    return place


async def stop_note(
    conn: Conn,
    order: Order,
    position: tuple[int, int],
    arrival: datetime | None,
    where: Place | None,
    placed: bool,
    late: bool,
) -> RouteStopNote:
    """The stop as the courier's route message shows it (a placed order: its guessed place)."""
    lines = await OrderLine.filter(order_id=order.id).using_db(conn).order_by("id")
    customer = await Customer.filter(id=order.customer_id).using_db(conn).first()  # type: ignore[attr-defined]
    sequence, trip = position
    return RouteStopNote(
        sequence=sequence,
        trip=trip,
        number=order.number,
        window_start=order.window_start,
        window_end=order.window_end,
        arrival=arrival,
        address=str(order.address.get("text") or ""),
        latitude=where.latitude if where else None,
        longitude=where.longitude if where else None,
        phone=(customer.phone or "") if customer else "",
        lines=tuple(TaskLine(line.name, line.quantity) for line in lines),
        placed=placed,
        late=late,
    )


async def send_changed_route(
    conn: Conn,
    built: Built,
    vehicle: Vehicle,
    legs: Sequence[Leg],
    matrix: Matrix,
    due: dict[str, int],
    added: str,
    now: datetime,
) -> None:
    """Queue the courier's whole route again, as it now stands, naming the stop `added`."""
    driven = replay(built.problem, vehicle, legs, matrix, due)
    notes = []
    for sequence, leg in enumerate(legs, 1):
        order = await Order.filter(number=leg.key).using_db(conn).first()
        if order is None:
            continue
        start = driven.starts.get(leg.key)
        arrival = built.day_start + timedelta(seconds=start) if start is not None else None
        where, flags = map_place(built, leg.key), (leg.key in built.placed, leg.key in driven.late)
        notes.append(await stop_note(conn, order, (sequence, leg.trip), arrival, where, *flags))
    route = RouteNote(vehicle.key, driven.meters, tuple(notes), added=added)
    await notifier().route_planned(conn, route, now)
