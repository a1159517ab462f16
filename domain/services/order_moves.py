"""Moving an order through its life: cancel, assign, start, fail (delivery: `order_delivery`)."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from domain.infra.ports import Conn
from domain.models import Courier
from domain.rules.dispatch import REDISPATCH, RESCHEDULED
from domain.rules.errors import NotFound
from domain.rules.order_flow import OrderState
from domain.rules.station import bookable_window
from domain.services import campaign_orders, dispatch, payment_refunds
from domain.services.ledgers import Posting
from domain.services.order_delivery import Delivered, bill_of, record_delivery
from domain.services.order_payment import refund_order
from domain.services.order_transitions import (
    Moved,
    courier_guard,
    locked_order,
    move_state,
    moved_result,
)
from domain.services.station import load_rules
from domain.services.support import audit, run_in_transaction

# Every move of an order is asked for here, delivery included.
__all__ = [
    "Delivered",
    "Moved",
    "assign_order",
    "bill_of",
    "cancel_order",
    "fail_delivery",
    "record_delivery",
    "start_delivery",
]


async def cancel_order(
    number: str,
    actor: str,
    now: datetime,
    reason: str = "",
    customer_id: UUID | str | None = None,
    key: str | None = None,
) -> Moved:
    """Cancel an open order; tickets go back to their lots and prepaid money to the balance."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, customer = await locked_order(conn, number)
        if customer_id is not None and str(order.customer_id) != str(customer_id):  # type: ignore[attr-defined]
            raise NotFound(
                f"order {number} is not this customer's", message=f"没有找到订单 {number}"
            )
        previous = await move_state(conn, order, OrderState.CANCELLED, actor, reason, now)
        posting = Posting(actor, "cancel", reason, order.number)
        # Paid online: the money goes back to WeChat (payment_refunds), not to the balance.
        online = await payment_refunds.on_cancel(conn, order, customer, reason, actor, now)
        given_back = await refund_order(conn, customer, order, now, posting, to_balance=not online)
        await campaign_orders.return_coupons(conn, order, actor)
        await order.save(using_db=conn)
        result = moved_result(order, previous, now, **given_back)
        await dispatch.after_cancel(conn, order, now)
        await audit(conn, actor, "order.cancel", "order", number, {"state": previous}, result)
        return result

    params = {"reason": reason, "customer": customer_id}
    done = await run_in_transaction("order.cancel", key, work, subject=number, params=params)
    return Moved(**done)


async def assign_order(number: str, courier_userid: str, actor: str, now: datetime) -> Moved:
    """Give an order awaiting dispatch (or reassign one) to a courier."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, _ = await locked_order(conn, number)
        courier = (
            await Courier.filter(wecom_userid=courier_userid, active=True).using_db(conn).first()
        )
        if courier is None:
            raise NotFound(f"courier {courier_userid} unknown", message="没有这位送水员")
        previous = order.state
        if order.state == OrderState.ASSIGNED:
            await move_state(conn, order, OrderState.AWAITING_DISPATCH, actor, "reassign", now)
        await move_state(conn, order, OrderState.ASSIGNED, actor, courier.wecom_userid, now)
        order.courier = courier
        await order.save(using_db=conn)
        result = moved_result(order, previous, now, courier=courier.wecom_userid)
        await dispatch.issue_card(conn, order, courier, now)
        await audit(conn, actor, "order.assign", "order", number, {"state": previous}, result)
        return result

    return Moved(**await run_in_transaction("order.assign", None, work))


async def start_delivery(
    number: str, actor: str, now: datetime, courier_userid: str | None = None
) -> Moved:
    """The courier sets off with the order."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, _ = await locked_order(conn, number)
        await courier_guard(conn, order, courier_userid)
        previous = await move_state(conn, order, OrderState.DELIVERING, actor, "", now)
        await order.save(using_db=conn)
        await audit(
            conn, actor, "order.start", "order", number, {"state": previous}, {"state": order.state}
        )
        return moved_result(order, previous, now)

    return Moved(**await run_in_transaction("order.start", None, work))


async def fail_delivery(
    number: str,
    actor: str,
    now: datetime,
    reason: str,
    new_window: tuple[datetime, datetime] | None = None,
    courier_userid: str | None = None,
) -> Moved:
    """Nobody home or rescheduled: the order is failed, then waits for dispatch again, where
    it is not given back to the same courier for the same window."""

    async def work(conn: Conn) -> dict[str, Any]:
        order, _ = await locked_order(conn, number)
        await courier_guard(conn, order, courier_userid)
        previous = await move_state(conn, order, OrderState.FAILED, actor, reason, now)
        # The second event says whether the window moved: dispatch reads it (`turned_away`).
        back = REDISPATCH if new_window is None else RESCHEDULED
        await move_state(conn, order, OrderState.AWAITING_DISPATCH, actor, back, now)
        if new_window is not None:
            slot = bookable_window(await load_rules(conn), now, new_window)
            order.window_start, order.window_end = slot.start, slot.end
        order.courier = None
        await order.save(using_db=conn)
        result = moved_result(order, previous, now)
        await dispatch.after_failure(conn, order, new_window is not None, now)
        await audit(conn, actor, "order.fail", "order", number, {"state": previous}, result)
        return result

    return Moved(**await run_in_transaction("order.fail", None, work))
