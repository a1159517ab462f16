"""Couriers working their tasks: accepting, taps checked against their card, shifts, photos.

Delivering and failing go through `order_delivery.record_delivery` and
`order_moves.fail_delivery` with the courier's user id as the guard; this module adds what
only couriers do.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.infra.ports import Conn
from domain.models import Courier, Order, OrderEvent, TaskCard
from domain.rules.errors import IllegalTransition, NotFound, PermissionDenied
from domain.rules.order_flow import OrderState, check_transition
from domain.rules.order_numbers import pick_number
from domain.services.dispatch import dispatch_order
from domain.services.order_transitions import courier_guard, locked_order
from domain.services.support import audit, run_in_transaction

# How far back a short number may reach among a courier's finished tasks.
RECENT_TASKS = 50


@dataclass(frozen=True)
class Accepted:
    """The outcome of 接单: `already` when the courier had accepted it before."""

    number: str
    already: bool


async def accept_task(number: str, courier_userid: str, now: datetime) -> Accepted:
    """The courier takes the task and sets off (assigned -> delivering); a repeat is a no-op."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, _ = await locked_order(conn, number)
        await courier_guard(conn, order, courier_userid)
        if order.state == OrderState.DELIVERING:
            return {"number": number, "already": True}
        previous = order.state
        order.state = check_transition(order.state, OrderState.DELIVERING)
        await order.save(using_db=conn, update_fields=["state", "updated_at"])
        await OrderEvent.create(
            order=order,
            from_state=previous,
            to_state=order.state,
            actor=courier_userid,
            reason="accepted",
            at=now,
            using_db=conn,
        )
        await (
            TaskCard.filter(order_id=order.id, state="open")
            .using_db(conn)
            .update(state="accepted", accepted_at=now)
        )
        after = {"state": order.state, "accepted_by": courier_userid, "at": now}
        await audit(
            conn, courier_userid, "order.accept", "order", number, {"state": previous}, after
        )
        return {"number": number, "already": False}

    return Accepted(**await run_in_transaction("order.accept", None, work))


@dataclass(frozen=True)
class CardView:
    """A task card as a tap sees it: whose it is, how it ended, where its order is now."""

    task_id: str
    number: str
    courier_userid: str
    state: str
    outcome: str
    order_state: str
    order_is_theirs: bool


async def card_view(task_id: str) -> CardView | None:
    """The card a tap came from, or None for a card this service never sent."""
    card = await TaskCard.get_or_none(task_id=task_id).prefetch_related("order", "courier")
    if card is None:
        return None
    order: Order = card.order
    return CardView(
        task_id=task_id,
        number=order.number,
        courier_userid=card.courier.wecom_userid,
        state=card.state,
        outcome=card.outcome,
        order_state=order.state,
        order_is_theirs=order.courier_id == card.courier_id,  # type: ignore[attr-defined]
    )


async def resolve_number(courier_userid: str, said: str) -> str:
    """The order a courier means (`order_numbers.pick_number`): a full number as is, a short
    one among their open tasks first, then their latest ones (so a repeated 送达 finds the
    order it already delivered).
    """
    courier = await _courier(courier_userid)
    mine = Order.filter(courier_id=courier.id)
    open_numbers = await mine.filter(
        state__in=[OrderState.ASSIGNED, OrderState.DELIVERING]
    ).values_list("number", flat=True)
    recent = await mine.order_by("-id").limit(RECENT_TASKS).values_list("number", flat=True)
    # Full numbers are left to the use case, which says whether it is theirs and still open.
    found = pick_number(said, ([str(n) for n in open_numbers], [str(n) for n in recent]))
    if found is None:
        raise NotFound(f"{courier_userid} has no task {said}", message=f"您的任务里没有 {said}")
    return found


async def set_shift(courier_userid: str, on_shift: bool, now: datetime) -> list[str]:
    """Start or stop taking tasks; starting picks up orders waiting for dispatch."""

    async def work(conn: Conn) -> dict[str, Any]:
        courier = await Courier.filter(wecom_userid=courier_userid).using_db(conn).first()
        if courier is None:
            raise NotFound(f"no courier {courier_userid}", message="您还没有登记为送水员")
        courier.on_shift = on_shift
        await courier.save(using_db=conn, update_fields=["on_shift"])
        await audit(
            conn,
            courier_userid,
            "courier.shift",
            "courier",
            courier.id,
            None,
            {"on_shift": on_shift},
        )
        return {"ok": True}

    await run_in_transaction("courier.shift", None, work)
    return await dispatch_waiting(now) if on_shift else []


async def dispatch_waiting(now: datetime) -> list[str]:
    """Dispatch every order still waiting (oldest first), each in its own transaction."""
    numbers = await (
        Order.filter(state=OrderState.AWAITING_DISPATCH)
        .order_by("id")
        .values_list("number", flat=True)
    )
    given = []
    for number in numbers:

        async def work(conn: Conn, number: str = str(number)) -> dict[str, Any]:
            order, _ = await locked_order(conn, number)
            return {"courier": await dispatch_order(conn, order, now)}

        if (await run_in_transaction("order.dispatch", None, work))["courier"]:
            given.append(str(number))
    return given


async def keep_photo(number: str, courier_userid: str, media_id: str, pic_url: str) -> bool:
    """Keep a delivery photo on the order's latest card from this courier."""
    courier = await _courier(courier_userid)
    card = (
        await TaskCard.filter(order__number=number, courier_id=courier.id).order_by("-id").first()
    )
    if card is None:
        return False
    card.photo_media_id, card.photo_url = media_id[:128], pic_url[:500]
    await card.save(update_fields=["photo_media_id", "photo_url"])
    return True


async def _courier(userid: str) -> Courier:
    courier = await Courier.get_or_none(wecom_userid=userid)
    if courier is None:
        raise NotFound(f"no courier {userid}", message="您还没有登记为送水员")
    return courier


async def ensure_my_task(number: str, courier_userid: str) -> None:
    """Refuse unless the order exists, is this courier's, and is still to be delivered."""
    order = await Order.get_or_none(number=number)
    if order is None:
        raise NotFound(f"order {number} not found", message=f"没有找到订单 {number}")
    courier = await _courier(courier_userid)
    if order.courier_id != courier.id:  # type: ignore[attr-defined]
        raise PermissionDenied(
            f"order {number} is not {courier_userid}'s task", message="这不是您的任务"
        )
    if order.state not in (OrderState.ASSIGNED, OrderState.DELIVERING):
        raise IllegalTransition(f"order {number} is {order.state}")
