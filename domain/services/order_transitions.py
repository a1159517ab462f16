"""The steps every order move shares: lock the order, move its state, record the event."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.infra.ports import Conn
from domain.models import Courier, Customer, Order, OrderEvent
from domain.rules.cleaning import clean_text
from domain.rules.errors import NotFound, PermissionDenied
from domain.rules.order_flow import OrderState, check_transition
from domain.services.support import lock_customer


@dataclass(frozen=True)
class Moved:
    """An order's state after a move."""

    number: str
    state: str
    previous: str
    courier: str | None = None
    window_start: str | None = None
    window_end: str | None = None
    tickets_returned: int = 0
    refunded_fen: int = 0
    tickets_extended: int = 0  # of those returned, from lots expired meanwhile (a grace lot)
    extended_until: str | None = None


async def record_event(
    conn: Conn, order: Order, src: str | None, dst: str, actor: str, reason: str, now: datetime
) -> None:
    """One row of the order's state history."""
    await record_events(conn, order, [(src, dst, reason)], actor, now)


async def record_events(
    conn: Conn,
    order: Order,
    steps: list[tuple[str | None, str, str]],
    actor: str,
    now: datetime,
) -> None:
    """Rows of the order's state history, (from, to, reason) in order, in one statement."""
    rows = [
        OrderEvent(
            order=order,
            from_state=src,
            to_state=dst,
            actor=actor,
            reason=clean_text(why)[:200],
            at=now,
        )
        for src, dst, why in steps
    ]
    await OrderEvent.bulk_create(rows, using_db=conn)


async def locked_order(conn: Conn, number: str) -> tuple[Order, Customer]:
    """The order by number and its customer, both locked: the customer first (docs/MONEY.md)."""
    order = await Order.filter(number=number).using_db(conn).first()
    if order is None:
        raise NotFound(f"order {number} not found", message=f"没有找到订单 {number}")
    customer = await lock_customer(conn, order.customer_id)  # type: ignore[attr-defined]
    locked = await Order.filter(id=order.id).select_for_update().using_db(conn).first()
    if locked is None:
        raise NotFound(f"order {number} vanished", message=f"没有找到订单 {number}")
    return locked, customer


async def move_state(
    conn: Conn, order: Order, target: OrderState, actor: str, reason: str, now: datetime
) -> str:
    """Move the order's state (refused when the flow does not allow it); the previous state."""
    previous = order.state
    order.state = check_transition(order.state, target)
    await record_event(conn, order, previous, target, actor, reason, now)
    return previous


def moved_result(order: Order, previous: str, now: datetime, **extra: Any) -> dict[str, Any]:
    """The result of a move as `Moved` takes it."""
    # Times speak the caller's (the station's) time zone, whatever the database returned.
    tz = now.tzinfo
    return {
        "number": order.number,
        "state": order.state,
        "previous": previous,
        "window_start": order.window_start.astimezone(tz).isoformat(),
        "window_end": order.window_end.astimezone(tz).isoformat(),
        **extra,
    }


async def courier_guard(conn: Conn, order: Order, courier_userid: str | None) -> None:
    """Refuse a courier acting on another courier's order (None: staff, no check)."""
    if courier_userid is None:
        return
    courier = await Courier.filter(wecom_userid=courier_userid).using_db(conn).first()
    if courier is None or order.courier_id != courier.id:  # type: ignore[attr-defined]
        raise PermissionDenied(
            f"order {order.number} is not {courier_userid}'s task", message="这不是您的任务"
        )
