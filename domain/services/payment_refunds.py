"""Money back through WeChat Pay (docs/PAY.md): asked for in the cancel, sent, then confirmed.

A cancel (order_moves.cancel_order) calls `on_cancel` in its own transaction: an unpaid trade is
closed, a paid one gets a `PaymentRefund` `requested` for what is left, and the customer is told
it goes back to their WeChat. A part of a payment (a lowered order, a deposit given back on a
bucket return or at the door: `domain.rules.refund_route`) is asked for by `refund_part`.
The scheduler sends requested refunds (`send`) outside any transaction, and WeChat Pay's
REFUND.SUCCESS notification (or a query) confirms them (`confirm`): one `PaymentEntry` of kind
`refund` per refund_id, the payment and the order `partially_refunded` or `refunded`.
"""

from __future__ import annotations

import logging
from datetime import datetime

from tortoise.transactions import in_transaction

from domain.infra import pay_port
from domain.infra.pay_port import RefundState
from domain.infra.ports import Conn, notifier
from domain.models import Customer, Order, Payment, PaymentEntry, PaymentRefund
from domain.rules import door_pay, online_pay, refund_route
from domain.services.payment_subjects import Subject, ledger_name, lock_subject, notice_facts
from domain.services.support import audit, lock_customer

log = logging.getLogger(__name__)


async def on_cancel(
    conn: Conn, order: Order, customer: Customer, reason: str, actor: str, now: datetime
) -> bool:
    """Close or refund the order's online payment; True when the order was paid online.

    Runs under the cancel's customer and order locks; the caller then gives nothing back to
    the balance: online money goes back the way it came.
    """
    payment = await Payment.filter(order_id=order.id).select_for_update().using_db(conn).first()
    if payment is None:
        return False
    if payment.status == online_pay.UNPAID:
        payment.status = online_pay.CLOSED
        await payment.save(using_db=conn, update_fields=["status"])
        if reason == online_pay.TIMEOUT_REASON:
            minutes = (pay_port.gateway() or _NoGateway).close_after_minutes
            facts = {"number": order.number, "minutes": minutes}
            await notifier().customer_notice(
                conn, customer.mp_openid or "", pay_port.PAY_CLOSED, facts, now
            )
        after = {"status": online_pay.CLOSED, "reason": reason}
        await audit(conn, actor, "payment.close", "payment", payment.out_trade_no, None, after)
        return True
    if payment.status in (online_pay.PAID, online_pay.PARTIALLY_REFUNDED):
        await request_refund(conn, payment, order, customer, reason or "订单取消", actor, now)
    return True


async def locked_payment(conn: Conn, order: Order) -> Payment | None:
    """The order's online payment, row-locked (after the customer and the order); a door
    trade (the courier's 收款码) is not one: it follows the delivery, not the order's edits."""
    found = Payment.filter(order_id=order.id, kind=door_pay.ONLINE).select_for_update()
    return await found.using_db(conn).first()


async def on_edit(
    conn: Conn,
    payment: Payment | None,
    order: Order,
    customer: Customer,
    due_fen: int,
    actor: str,
    now: datetime,
) -> int:
    """A price-changing edit of an order paid online: refund a lowering, refuse a raise.

    Returns the refund asked for (0: no online payment or no change); see
    `refund_route.edit_refund`.
    """
    if payment is None:
        return 0
    left = await refundable_fen(conn, payment)
    refund = refund_route.edit_refund(
        order.number, payment.status, payment.amount_fen, left, due_fen
    )
    if refund > 0:
        reason = refund_route.EDIT_REASON
        await refund_part(conn, payment, order, customer, refund, reason, actor, now)
    return refund


class _NoGateway:
    close_after_minutes = 30


async def request_refund(
    conn: Conn,
    payment: Payment,
    subject: Subject,
    customer: Customer,
    reason: str,
    actor: str,
    now: datetime,
) -> int:
    """Record a refund of what is left of a locked, paid payment; returns the amount."""
    refundable = await refundable_fen(conn, payment)
    return await refund_part(conn, payment, subject, customer, refundable, reason, actor, now)


async def refundable_fen(conn: Conn, payment: Payment) -> int:
    """What may still be refunded of a payment: its amount less the refunds asked for."""
    refunds = await PaymentRefund.filter(payment_id=payment.id).using_db(conn)
    asked = sum(r.amount_fen for r in refunds if r.status != "closed")
    return refund_route.left_to_refund(payment.status, payment.amount_fen, asked)


async def refund_part(
    conn: Conn,
    payment: Payment,
    subject: Subject,
    customer: Customer,
    amount_fen: int,
    reason: str,
    actor: str,
    now: datetime,
) -> int:
    """Record a refund of `amount_fen` (capped at what is left) of a locked payment; the amount.

    The sweep sends it; WeChat Pay's confirmation posts the ledger (`confirm`).
    """
    amount = min(amount_fen, await refundable_fen(conn, payment))
    if amount <= 0:
        return 0
    seq = await PaymentRefund.filter(payment_id=payment.id).using_db(conn).count()
    no = online_pay.out_refund_no(payment.out_trade_no, seq + 1)
    await PaymentRefund.create(
        out_refund_no=no,
        payment=payment,
        amount_fen=amount,
        reason=reason[:80],
        created_at=now,
        using_db=conn,
    )
    facts = await notice_facts(conn, subject, amount)
    openid = customer.mp_openid or ""
    await notifier().customer_notice(conn, openid, pay_port.PAY_REFUNDING, facts, now)
    after = {"out_refund_no": no, "amount_fen": amount, "reason": reason}
    await audit(conn, actor, "payment.refund", "payment", payment.out_trade_no, None, after)
    return amount


async def send(refund_id: int, now: datetime) -> str:
    """Send one requested refund to WeChat Pay (no transaction held); its new status."""
    gateway = pay_port.gateway()
    refund = await PaymentRefund.get(id=refund_id).prefetch_related("payment")
    if gateway is None or refund.status != online_pay.REQUESTED:
        return refund.status
    payment = refund.payment
    state = await gateway.refund(
        payment.out_trade_no,
        refund.out_refund_no,
        refund.amount_fen,
        payment.amount_fen,
        refund.reason or "退款",
    )
    await PaymentRefund.filter(id=refund.id, status=online_pay.REQUESTED).update(
        status="processing", refund_id=state.refund_id or None
    )
    if state.status == online_pay.REFUND_SUCCESS:
        return await confirm(state, now)
    return "processing"


async def confirm(state: RefundState, now: datetime, actor: str = "wechat_pay") -> str:
    """Apply WeChat Pay's word on a refund once: SUCCESS posts the ledger; the outcome."""
    async with in_transaction() as conn:
        found = await PaymentRefund.filter(out_refund_no=state.out_refund_no).using_db(conn).first()
        if found is None:
            return "unknown"
        payment = await Payment.get(id=found.payment_id).using_db(conn)  # type: ignore[attr-defined]
        customer = await lock_customer(conn, payment.customer_id)
        subject = await lock_subject(conn, payment)
        payment = await Payment.filter(id=payment.id).select_for_update().using_db(conn).get()
        refund = await PaymentRefund.filter(id=found.id).select_for_update().using_db(conn).get()
        if refund.status in ("success", "closed", "abnormal"):
            return "already"
        if state.status != online_pay.REFUND_SUCCESS:
            if state.status in ("CLOSED", "ABNORMAL"):
                refund.status = state.status.lower()
                await refund.save(using_db=conn)
                log.warning("WeChat Pay refund %s is %s", refund.out_refund_no, state.status)
            return state.status.lower()
        await _post_refund(conn, payment, subject, customer, refund, state, actor, now)
        return "success"


async def _post_refund(
    conn: Conn,
    payment: Payment,
    subject: Subject,
    customer: Customer,
    refund: PaymentRefund,
    state: RefundState,
    actor: str,
    now: datetime,
) -> None:
    refund.status, refund.refund_id = "success", state.refund_id
    await refund.save(using_db=conn)
    await PaymentEntry.create(
        payment=payment,
        kind="refund",
        amount_fen=-refund.amount_fen,
        reference=state.refund_id,
        order_number=ledger_name(subject),
        actor=actor,
        at=now,
        using_db=conn,
    )
    payment.refunded_fen += refund.amount_fen
    payment.status = online_pay.refund_status(payment.amount_fen, payment.refunded_fen)
    await payment.save(using_db=conn)
    if isinstance(subject, Order):
        subject.payment_status = payment.status
        await subject.save(using_db=conn, update_fields=["payment_status"])
    facts = await notice_facts(conn, subject, refund.amount_fen)
    await notifier().customer_notice(
        conn, customer.mp_openid or "", pay_port.PAY_REFUNDED, facts, now
    )
    after = {"refund_id": state.refund_id, "amount_fen": refund.amount_fen}
    await audit(conn, actor, "payment.refunded", "payment", payment.out_trade_no, None, after)
