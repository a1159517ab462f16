"""Orders paid online through WeChat Pay: the trade opened with the order, settled once.

`open_for_order` runs inside `orders.place_order`'s transaction: a `wechat_pay` order, while
WeChat Pay is connected, stays `pending` with a `Payment` `unpaid`. `settle` runs when WeChat Pay
tells us (a verified notification, or the scheduler's query): under the customer's row lock,
then the order's, then the payment's (docs/MONEY.md, *Lock order*), the payment is re-read and
`online_pay.verdict` decides; a settled trade posts one `PaymentEntry` whose unique reference is
the transaction id, so two processes notified at once settle it once. A ticket pack's payment
(`pack_payments`) is settled the same way, its purchase locked in the order's place.
"""

from __future__ import annotations

import logging
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta

from tortoise.transactions import in_transaction

from domain.infra import pay_port
from domain.infra.ports import Conn, notifier
from domain.models import AlertSent, Customer, Order, OrderEvent, Payment, PaymentEntry
from domain.rules import door_pay, online_pay, pay_texts
from domain.rules.online_pay import Notice, Verdict
from domain.rules.order_flow import OrderState
from domain.services import door_paid, pack_payments, payment_refunds
from domain.services.dispatch import dispatch_order
from domain.services.payment_subjects import (
    Subject,
    ledger_name,
    lock_subject,
    notice_facts,
    unlocked_subject,
)
from domain.services.requests import notify_staff
from domain.services.support import as_stored_time, audit, lock_customer

log = logging.getLogger(__name__)

ACTOR = "wechat_pay"
DEFAULT_CLOSE_AFTER = timedelta(minutes=30)


async def open_for_order(
    conn: Conn, order: Order, customer: Customer, amount_fen: int, now: datetime
) -> str | None:
    """Open the order's trade when it is to be paid online now; its out_trade_no, else None."""
    gateway = pay_port.gateway()
    if gateway is None or order.payment_method != "wechat_pay" or amount_fen <= 0:
        return None
    if not customer.mp_openid:  # JSAPI pays as the customer's openid: without one, at the door
        return None
    no = online_pay.out_trade_no(order.number, secrets.token_hex(4))
    minutes = gateway.close_after_minutes
    await Payment.create(
        out_trade_no=no,
        order=order,
        customer=customer,
        amount_fen=amount_fen,
        expires_at=as_stored_time(now + timedelta(minutes=minutes)),
        using_db=conn,
    )
    if order.source != "chat":  # a phone order or a reminder's: the link goes by message
        facts = {
            "number": order.number,
            "amount_fen": amount_fen,
            "minutes": minutes,
            "link": gateway.payment_link(no),
        }
        openid = customer.mp_openid or ""
        await notifier().customer_notice(conn, openid, pay_port.PAY_LINK, facts, now)
    return no


async def remind(payment_id: int, now: datetime) -> bool:
    """Remind the customer of an unpaid order or pack once, whoever sweeps; True if sent."""
    gateway = pay_port.gateway()
    if gateway is None:
        return False
    async with in_transaction() as conn:
        # The conditional update is the send-once guard: a second sweeper updates nothing.
        claimed = await (
            Payment.filter(id=payment_id, reminded_at=None, status=online_pay.UNPAID)
            .using_db(conn)
            .update(reminded_at=as_stored_time(now))
        )
        if not claimed:
            return False
        payment = (
            await Payment.filter(id=payment_id).using_db(conn).prefetch_related("customer").get()
        )
        subject = await unlocked_subject(conn, payment)
        left = max(1, int((payment.expires_at - now).total_seconds() // 60))
        facts = {
            **await notice_facts(conn, subject, payment.amount_fen),
            "minutes": left,
            "link": gateway.payment_link(payment.out_trade_no),
        }
        openid = payment.customer.mp_openid or ""
        await notifier().customer_notice(conn, openid, pay_port.PAY_REMINDER, facts, now)
        return True


async def record_prepay(out_trade_no: str, prepay_id: str, now: datetime) -> None:
    """Keep the prepay_id WeChat Pay gave for the payment page (reused for ~2 hours)."""
    await Payment.filter(out_trade_no=out_trade_no).update(prepay_id=prepay_id, prepay_at=now)


@dataclass(frozen=True)
class Settlement:
    """What a notice did: the verdict, and the order it concerned (empty: not ours)."""

    verdict: str
    order_number: str = ""


async def settle(notice: Notice, now: datetime, actor: str = ACTOR) -> Settlement:
    """Apply a verified notice once; see `online_pay.verdict` for what it may change."""
    async with in_transaction() as conn:
        found = await Payment.filter(out_trade_no=notice.out_trade_no).using_db(conn).first()
        if found is None:
            return Settlement("unknown")
        customer = await lock_customer(conn, found.customer_id)  # type: ignore[attr-defined]
        subject = await lock_subject(conn, found)
        payment = await Payment.filter(id=found.id).select_for_update().using_db(conn).get()
        decided = online_pay.verdict(
            payment.status, payment.amount_fen, payment.transaction_id, notice
        )
        if decided is Verdict.SETTLE:
            await _take_in(conn, payment, subject, notice, now, actor)
            if isinstance(subject, Order) and payment.kind == door_pay.DOOR:
                await door_paid.on_paid(conn, payment, subject, now)
            elif isinstance(subject, Order):
                await _settle(conn, payment, subject, now, actor)
            else:
                await pack_payments.credit(conn, customer, subject, now, actor)
        elif decided is Verdict.AFTER_CLOSE:
            await _take_in(conn, payment, subject, notice, now, actor)
            reason = "订单已关闭,原路退款"
            await payment_refunds.request_refund(
                conn, payment, subject, customer, reason, actor, now
            )
        if decided in (Verdict.MISMATCH, Verdict.AFTER_CLOSE, Verdict.OTHER_TRANSACTION):
            await _flag(conn, payment, ledger_name(subject), notice, decided, now)
        return Settlement(str(decided), ledger_name(subject))


async def _settle(conn: Conn, payment: Payment, order: Order, now: datetime, actor: str) -> None:
    """The order's payment arrived: it is prepaid and goes on to dispatch."""
    order.prepaid_fen, order.payment_status = payment.amount_fen, online_pay.PAID
    if order.state == OrderState.PENDING:
        await OrderEvent.create(
            order=order,
            from_state=order.state,
            to_state=OrderState.AWAITING_DISPATCH,
            actor=actor,
            reason="微信支付到账",
            at=now,
            using_db=conn,
        )
        order.state = OrderState.AWAITING_DISPATCH
    await order.save(using_db=conn)
    await dispatch_order(conn, order, now)
    customer = await Customer.get(id=order.customer_id).using_db(conn)  # type: ignore[attr-defined]
    facts = {"number": order.number, "amount_fen": payment.amount_fen}
    openid = customer.mp_openid or ""
    await notifier().customer_notice(conn, openid, pay_port.PAY_RECEIVED, facts, now)


async def _take_in(
    conn: Conn, payment: Payment, subject: Subject, notice: Notice, now: datetime, actor: str
) -> None:
    """The payment paid by this transaction, with its one ledger row."""
    payment.status, payment.paid_at = online_pay.PAID, now
    payment.transaction_id = notice.transaction_id
    await payment.save(using_db=conn)
    await PaymentEntry.create(
        payment=payment,
        kind="pay",
        amount_fen=notice.total_fen,
        reference=notice.transaction_id,
        order_number=ledger_name(subject),
        actor=actor,
        at=now,
        using_db=conn,
    )
    after = {"status": online_pay.PAID, "transaction_id": notice.transaction_id}
    await audit(conn, actor, "payment.paid", "payment", payment.out_trade_no, None, after)


async def _flag(
    conn: Conn, payment: Payment, number: str, notice: Notice, kind: Verdict, now: datetime
) -> None:
    """Tell the owners once per (kind, transaction); the payment keeps its status."""
    ref = f"{payment.out_trade_no}:{notice.transaction_id}"[:64]
    log.warning(
        "WeChat Pay %s for %s: trade %s total %d, expected %d (status %s)",
        kind,
        payment.out_trade_no,
        notice.transaction_id,
        notice.total_fen,
        payment.amount_fen,
        payment.status,
    )
    if await AlertSent.filter(kind=f"pay_{kind}", ref=ref).using_db(conn).exists():
        return
    text = pay_texts.owner_alert(
        str(kind),
        number,
        payment.amount_fen,
        notice.total_fen,
        notice.transaction_id,
        payment.transaction_id or "",
    )
    sent = await notify_staff(conn, text, now, ("owner",))
    await AlertSent.create(
        kind=f"pay_{kind}",
        ref=ref,
        order_number=number,
        recipients=sent,
        sent_at=now,
        using_db=conn,
    )
    payment.flag = f"{kind}: {notice.transaction_id} {notice.total_fen}"[:200]
    await payment.save(using_db=conn, update_fields=["flag"])
    await audit(
        conn,
        ACTOR,
        f"payment.{kind}",
        "payment",
        payment.out_trade_no,
        None,
        {"transaction_id": notice.transaction_id, "total_fen": notice.total_fen},
    )
