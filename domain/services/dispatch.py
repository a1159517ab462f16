"""Dispatching one order as it arrives, and the task cards that follow an order.

Every function here runs inside the caller's transaction (`conn`): the order moves, its cards
and the notices they cause commit together or not at all.
"""

from __future__ import annotations

import logging
import secrets
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any

from tortoise.functions import Count

from domain.infra.ports import (
    CANCELLED,
    DELIVERED,
    MISSED,
    REASSIGNED,
    RESCHEDULED,
    Conn,
    notifier,
)
from domain.models import Courier, Customer, Order, OrderEvent, TaskCard
from domain.rules.dispatch import CourierLoad, Step, pick_courier, turned_away
from domain.rules.order_flow import OrderState, check_transition
from domain.services.support import audit
from domain.services.task_cards import NewOrder, task_info
from domain.services.urgent_dispatch import insert_urgent

log = logging.getLogger(__name__)

ACTOR = "dispatch"
TASK_STATES = (OrderState.ASSIGNED, OrderState.DELIVERING)
OPEN_CARD = ("open", "accepted")


async def courier_loads(conn: Conn) -> list[tuple[Courier, CourierLoad]]:
    """Active couriers with their number of open tasks."""
    couriers = await Courier.filter(active=True).using_db(conn)
    if not couriers:
        return []
    # One grouped count for all couriers, not one count each (a station has several).
    rows = (
        await Order.filter(courier_id__in=[c.id for c in couriers], state__in=list(TASK_STATES))
        .annotate(open_tasks=Count("id"))
        .group_by("courier_id")
        .using_db(conn)
        .values("courier_id", "open_tasks")
    )
    counts = {row["courier_id"]: int(row["open_tasks"]) for row in rows}
    return [
        (c, CourierLoad(c.wecom_userid, counts.get(c.id, 0), c.on_shift, c.active))
        for c in couriers
    ]


async def dispatch_order(conn: Conn, order: Order, now: datetime) -> str | None:
    """Give an order awaiting dispatch to the least-loaded on-shift courier, never back to one
    whose delivery of it failed in this window; None: nobody."""
    if order.state != OrderState.AWAITING_DISPATCH:
        return None
    courier = await _choose(conn, order, now, await turned_away_from(conn, order))
    if courier is None:
        return None
    await assign_to(conn, order, courier, now)
    return courier.wecom_userid


async def dispatch_new(conn: Conn, order: Order, now: datetime, new: NewOrder) -> None:
    """Dispatch an order created in this transaction, and write it (once, usually).

    A new order has no events turning a courier away and no cards yet, so neither is read.
    It is written before a plan's inputs are read (they read it from the database), else once
    with its courier by the assignment, or alone when nobody takes it.
    """
    written = False

    async def write() -> None:
        nonlocal written
        await order.save(using_db=conn)
        written = True

    courier = None
    if order.state == OrderState.AWAITING_DISPATCH:
        courier = await _choose(conn, order, now, frozenset(), before_plan=write)
    if courier is not None:
        await assign_to(conn, order, courier, now, new=new)
    elif not written:
        await order.save(using_db=conn)


async def _choose(
    conn: Conn,
    order: Order,
    now: datetime,
    away: frozenset[str],
    before_plan: Callable[[], Awaitable[None]] | None = None,
) -> Courier | None:
    """The courier for the order, leaving out those `away`; None: nobody on shift."""
    # With a plan for today, an order between cut-offs joins the route it costs least in.
    inserted = await insert_urgent(conn, order, now, away, before_inputs=before_plan)
    if inserted is not None:
        return inserted
    loads = await courier_loads(conn)
    chosen = pick_courier([load for _, load in loads], away)
    if chosen is None:
        log.info("order %s waits for dispatch: no courier on shift for it", order.number)
        return None
    return next(c for c, load in loads if load is chosen)


async def turned_away_from(conn: Conn, order: Order) -> frozenset[str]:
    """Couriers whose delivery of the order failed in its current window."""
    events = await OrderEvent.filter(order_id=order.id).using_db(conn).order_by("at", "id")
    return turned_away(Step(e.to_state, e.reason) for e in events)


async def assign_to(
    conn: Conn,
    order: Order,
    courier: Courier,
    now: datetime,
    actor: str = ACTOR,
    new: NewOrder | None = None,
) -> None:
    """Give the order (awaiting dispatch, or assigned to someone else) to `courier`, with its
    events, audit row and a new task card (`new`: the order was created in this transaction)."""
    previous = order.state
    if order.state == OrderState.ASSIGNED:
        await _event(conn, order, OrderState.AWAITING_DISPATCH, actor, "reassign", now)
    await _event(conn, order, OrderState.ASSIGNED, actor, courier.wecom_userid, now)
    order.courier = courier
    await order.save(using_db=conn)
    after = {"state": order.state, "courier": courier.wecom_userid}
    await audit(conn, actor, "order.assign", "order", order.number, {"state": previous}, after)
    await issue_card(conn, order, courier, now, new)


async def release(conn: Conn, order: Order, now: datetime, actor: str, reason: str) -> None:
    """Take an assigned order back to dispatch (a plan cannot place it): its courier hears so
    and its card stops working; it waits in 待派 with `reason`."""
    previous = order.state
    for card in await _open_cards(conn, order):
        await _close(conn, card, "reassigned", now)
        userid = await _userid(conn, card)
        await notifier().task_changed(conn, userid, order.number, REASSIGNED, now)
    await _event(conn, order, OrderState.AWAITING_DISPATCH, actor, reason, now)
    order.courier = None
    await order.save(using_db=conn)
    after = {"state": order.state, "reason": reason}
    await audit(conn, actor, "order.release", "order", order.number, {"state": previous}, after)


async def _event(
    conn: Conn, order: Order, target: OrderState, actor: str, reason: str, now: datetime
) -> None:
    previous = order.state
    order.state = check_transition(order.state, target)
    await OrderEvent.create(
        order=order,
        from_state=previous,
        to_state=order.state,
        actor=actor,
        reason=reason,
        at=now,
        using_db=conn,
    )


async def issue_card(
    conn: Conn, order: Order, courier: Courier, now: datetime, new: NewOrder | None = None
) -> TaskCard:
    """A new task card for the order's courier; earlier cards of the order stop working."""
    seq = 1 if new is not None else await _close_earlier(conn, order, courier, now)
    # A random tail: WeCom refuses a task_id it has seen, even after a database reset.
    task_id = f"{order.number}-{seq}-{secrets.token_hex(3)}"
    card = await TaskCard.create(task_id=task_id, order=order, courier=courier, using_db=conn)
    info = await task_info(conn, order, courier, task_id, new)
    await notifier().task_assigned(conn, info, now)
    return card


async def _close_earlier(conn: Conn, order: Order, courier: Courier, now: datetime) -> int:
    """Close the order's open cards (their couriers told); the next card's number."""
    for old in await _open_cards(conn, order):
        await _close(conn, old, "reassigned", now)
        if old.courier_id != courier.id:  # type: ignore[attr-defined]
            userid = await _userid(conn, old)
            await notifier().task_changed(conn, userid, order.number, REASSIGNED, now)
    return await TaskCard.filter(order_id=order.id).using_db(conn).count() + 1


async def after_failure(conn: Conn, order: Order, rescheduled: bool, now: datetime) -> None:
    """A failed or rescheduled delivery: close its cards, tell the customer, dispatch again."""
    outcome = "rescheduled" if rescheduled else "failed"
    for card in await _open_cards(conn, order):
        await _close(conn, card, outcome, now)
    facts: dict[str, Any] = {"number": order.number}
    if rescheduled:
        facts |= {
            "window_start": order.window_start.isoformat(),
            "window_end": order.window_end.isoformat(),
        }
    await _tell_customer(conn, order, RESCHEDULED if rescheduled else MISSED, facts, now)
    await dispatch_order(conn, order, now)


async def after_delivery(conn: Conn, order: Order, now: datetime) -> None:
    """A delivered order: close its cards and tell the customer it arrived."""
    for card in await _open_cards(conn, order):
        await _close(conn, card, "delivered", now)
    facts = {
        "number": order.number,
        "buckets": order.buckets_delivered or 0,
        "empties": order.empties_collected or 0,
        "cash_fen": order.cash_collected_fen or 0,
    }
    await _tell_customer(conn, order, DELIVERED, facts, now)


async def after_cancel(conn: Conn, order: Order, now: datetime) -> None:
    """A cancelled order: its courier hears so, and its cards stop working."""
    for card in await _open_cards(conn, order):
        await _close(conn, card, "cancelled", now)
        await notifier().task_changed(conn, await _userid(conn, card), order.number, CANCELLED, now)


async def _tell_customer(
    conn: Conn, order: Order, notice: str, facts: dict[str, Any], now: datetime
) -> None:
    customer = await Customer.filter(id=order.customer_id).using_db(conn).first()  # type: ignore[attr-defined]
    if customer is not None and customer.mp_openid:
        await notifier().customer_notice(conn, customer.mp_openid, notice, facts, now)


async def _open_cards(conn: Conn, order: Order) -> list[TaskCard]:
    return (
        await TaskCard.filter(order_id=order.id, state__in=OPEN_CARD).using_db(conn).order_by("id")
    )


async def _close(conn: Conn, card: TaskCard, outcome: str, now: datetime) -> None:
    card.state, card.outcome, card.closed_at = "closed", outcome, now
    await card.save(using_db=conn, update_fields=["state", "outcome", "closed_at"])
    # Greys the card's buttons whichever way the task ended (a tap, a text command, the
    # owner), so a courier never sees live buttons on a task that is no longer theirs.
    await notifier().card_closed(conn, await _userid(conn, card), card.task_id, outcome, now)


async def _userid(conn: Conn, card: TaskCard) -> str:
    courier = await Courier.filter(id=card.courier_id).using_db(conn).first()  # type: ignore[attr-defined]
    return courier.wecom_userid if courier else ""
