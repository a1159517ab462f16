"""The scheduler's side of online payments (docs/PAY.md): nothing is left waiting on a notice.

Every minute, in every `waterbot serve`: an unpaid trade past its time is asked about first
(paid after all: settled as if notified; else closed at WeChat Pay, then the order cancelled
with the customer told); refunds asked for are sent; refunds still processing after a while are
asked about. Each step is idempotent (settle, cancel under a key, out_refund_no), so several
processes sweeping at once change each thing once. Network calls hold no transaction.
"""

from __future__ import annotations

import logging
from collections.abc import Awaitable
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import TypeVar

from domain.infra import pay_port
from domain.infra.pay_port import PayGateway
from domain.models import Order, Payment, PaymentRefund
from domain.rules import door_pay, online_pay
from domain.rules.errors import DomainError
from domain.rules.online_pay import Notice
from domain.services import order_moves, pack_payments, payment_refunds, payments
from domain.services.support import as_stored_time

log = logging.getLogger(__name__)
T = TypeVar("T")

BATCH = 50
ASK_AFTER = timedelta(minutes=5)  # a refund processing this long is asked about
STILL_PAYING = "USERPAYING"


@dataclass(frozen=True)
class Swept:
    """What one sweep did."""

    settled: int = 0
    closed: int = 0
    refunds_sent: int = 0
    refunds_confirmed: int = 0


async def sweep_payments(now: datetime) -> Swept:
    """One pass over expired trades and pending refunds; nothing without WeChat Pay."""
    gateway = pay_port.gateway()
    if gateway is None:
        return Swept()
    settled = closed = sent = confirmed = 0
    cut, soon = as_stored_time(now), as_stored_time(now + online_pay.REMIND_BEFORE)
    for payment in await Payment.filter(
        status=online_pay.UNPAID,
        kind=door_pay.ONLINE,  # a door code is shown to the customer there and then
        reminded_at=None,
        expires_at__gt=cut,
        expires_at__lte=soon,
    ).limit(BATCH):
        await _guarded(payments.remind(payment.id, now), payment.out_trade_no)
    for payment in await Payment.filter(status=online_pay.UNPAID, expires_at__lte=cut).limit(BATCH):
        outcome = await _guarded(_expire(gateway, payment, now), payment.out_trade_no)
        settled, closed = settled + (outcome == "settled"), closed + (outcome == "closed")
    for refund in await PaymentRefund.filter(status=online_pay.REQUESTED).limit(BATCH):
        status = await _guarded(payment_refunds.send(refund.id, now), refund.out_refund_no)
        sent += status in ("processing", "success")
    stale = as_stored_time(now - ASK_AFTER)
    for refund in await PaymentRefund.filter(status="processing", updated_at__lte=stale).limit(
        BATCH
    ):
        state = await _guarded(gateway.refund_query(refund.out_refund_no), refund.out_refund_no)
        if state is not None:
            confirmed += await payment_refunds.confirm(state, now, "scheduler") == "success"
    return Swept(settled, closed, sent, confirmed)


async def _expire(gateway: PayGateway, payment: Payment, now: datetime) -> str:
    """Settle the trade if it was paid after all, else close it and cancel the order (or the
    pack purchase)."""
    trade = await gateway.query(payment.out_trade_no)
    if trade is not None and trade.trade_state == STILL_PAYING:
        return "waiting"
    if trade is None or trade.trade_state != online_pay.SUCCESS:
        await gateway.close(payment.out_trade_no)
        trade = await gateway.query(payment.out_trade_no)  # paid between the query and the close?
    if trade is not None and trade.trade_state == online_pay.SUCCESS:
        notice = Notice(
            trade.out_trade_no,
            trade.transaction_id,
            trade.trade_state,
            trade.total_fen,
            trade.payer_openid,
            trade.success_time,
        )
        await payments.settle(notice, now, actor="scheduler")
        return "settled"
    if payment.pack_purchase_id is not None:  # type: ignore[attr-defined]
        await pack_payments.close_unpaid(payment.id, now)
        return "closed"
    if payment.kind == door_pay.DOOR:  # an unused 收款码: the order goes on, paid in cash
        await Payment.filter(id=payment.id, status=online_pay.UNPAID).update(
            status=online_pay.CLOSED
        )
        return "closed"
    order = await Order.get(id=payment.order_id)  # type: ignore[attr-defined]
    await order_moves.cancel_order(
        order.number,
        "scheduler",
        now,
        reason=online_pay.TIMEOUT_REASON,
        key=f"pay-timeout:{payment.out_trade_no}",
    )
    return "closed"


async def _guarded(step: Awaitable[T], what: str) -> T | None:
    """Run one step; a failure (WeChat Pay down, an order moved on) is logged, not raised."""
    try:
        return await step
    except DomainError as exc:
        log.warning("payment sweep: %s: %s", what, exc)
    except Exception:
        log.exception("payment sweep: %s failed, next sweep tries again", what)
    return None
