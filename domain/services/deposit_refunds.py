"""Deposits given back the way they were paid (docs/MONEY.md, *Refunds the way the money came*).

A bucket return (`buckets.return_in`) refunds the deposit that orders paid online through
WeChat Pay held as a partial refund of those payments, newest first
(`refund_route.split_deposit_refund`); only the rest goes back in cash or to the balance. At
the door, an order paid online that owes the customer money (extra empties, a smaller deposit
than quoted) refunds it from its own payment instead of the courier's cash
(`refund_route.at_the_door`). Both run inside the caller's transaction, the payments locked
after the customer (and the order or the return request) and before the accounts.
"""

from __future__ import annotations

from datetime import datetime

from domain.infra.ports import Conn
from domain.models import Customer, Order, Payment, PaymentRefund
from domain.rules import online_pay, refund_route
from domain.rules.order_flow import OrderState
from domain.rules.refund_route import Source, Split
from domain.services import payment_refunds

Found = dict[int, tuple[Payment, Order]]


async def online_sources(conn: Conn, customer: Customer) -> tuple[list[Source], Found]:
    """The customer's delivered orders paid online that still hold a deposit, locked."""
    settled = [online_pay.PAID, online_pay.PARTIALLY_REFUNDED]
    rows = (
        await Payment.filter(customer_id=customer.id, status__in=settled, order_id__isnull=False)
        .select_for_update()
        .using_db(conn)
        .order_by("id")
    )
    sources, found = [], {}
    for payment in rows:
        order = await Order.get(id=payment.order_id).using_db(conn)  # type: ignore[attr-defined]
        if order.state != OrderState.DELIVERED or payment.paid_at is None:
            continue
        deposit = refund_route.paid_online_deposit(order.deposit_charged_fen, order.deposit_fen)
        refunds = await PaymentRefund.filter(payment_id=payment.id).using_db(conn)
        live = [r for r in refunds if r.status != "closed"]
        back = sum(r.amount_fen for r in live if r.reason in refund_route.DEPOSIT_REASONS)
        asked = sum(r.amount_fen for r in live)
        left = refund_route.left_to_refund(payment.status, payment.amount_fen, asked)
        if deposit - back > 0 and left > 0:
            sources.append(Source(payment.id, deposit - back, left, payment.paid_at))
            found[payment.id] = (payment, order)
    return sources, found


async def refund_online(
    conn: Conn, customer: Customer, split: Split, found: Found, actor: str, now: datetime
) -> None:
    """Ask WeChat Pay for each online part of a split deposit refund."""
    reason = refund_route.DEPOSIT_REASON
    for key, fen in split.online:
        payment, order = found[key]
        await payment_refunds.refund_part(conn, payment, order, customer, fen, reason, actor, now)


async def at_the_door(
    conn: Conn,
    payment: Payment | None,
    order: Order,
    customer: Customer,
    cash_due_fen: int,
    actor: str,
    now: datetime,
) -> int:
    """The cash due at the door once what an online payment can refund went back to it.

    The order's `prepaid_fen` drops by the refund: it stays what the payment finally kept.
    """
    if payment is None or cash_due_fen >= 0:
        return cash_due_fen
    left = await payment_refunds.refundable_fen(conn, payment)
    online, due = refund_route.at_the_door(cash_due_fen, left)
    if online > 0:
        reason = refund_route.DOOR_DEPOSIT_REASON
        await payment_refunds.refund_part(
            conn, payment, order, customer, online, reason, actor, now
        )
        order.prepaid_fen -= online
    return due
