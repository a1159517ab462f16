"""Door trades (the courier's 收款码) inside other use cases' transactions (docs/PAY.md).

Packs bought in chat to be paid to the courier ride on the customer's next delivery card
(`attach_packs`, when the card is issued); `on_paid` books a paid door trade against its order;
`settle_at_delivery` runs in the delivery's transaction: an unpaid code is closed (cash takes
over) and the riding packs are sold, by WeChat Pay when the code paid for them, else for cash.
"""

from __future__ import annotations

from datetime import datetime

from domain.infra import pay_port
from domain.infra.ports import Conn, notifier
from domain.models import Courier, Customer, Order, PackPurchase, Payment, TicketPack
from domain.rules import door_pay, online_pay, pay_texts
from domain.rules.order_flow import OrderState
from domain.services.outbox import enqueue
from domain.services.requests import PENDING, settle_locked
from domain.services.support import audit

GONE = (OrderState.CANCELLED, OrderState.DELIVERED)  # orders a pack can no longer ride on


async def riding_packs(conn: Conn | None, number: str) -> list[PackPurchase]:
    """The pending packs riding on this order's delivery, oldest first."""
    query = PackPurchase.filter(rides_on=number, status=PENDING, pays_courier=True)
    return await (query.using_db(conn) if conn else query).order_by("id")


async def attach_packs(conn: Conn, order: Order) -> list[PackPurchase]:
    """The customer's pay-the-courier packs now ride on this order (its card shows them).

    A pack riding on an order that will not be delivered any more (cancelled) moves on to
    this one; one riding on another live order stays there. Runs under the order's lock.
    """
    pending = await (
        PackPurchase.filter(customer_id=order.customer_id, status=PENDING, pays_courier=True)  # type: ignore[attr-defined]
        .using_db(conn)
        .order_by("id")
    )
    riding = []
    for purchase in pending:
        if purchase.rides_on not in (None, order.number):
            other = await Order.filter(number=purchase.rides_on).using_db(conn).first()
            if other is not None and other.state not in GONE:
                continue
        if purchase.rides_on != order.number:
            purchase.rides_on = order.number
            await purchase.save(using_db=conn, update_fields=["rides_on"])
        riding.append(purchase)
    return riding


async def named(conn: Conn, packs: list[PackPurchase]) -> tuple[tuple[str, int], ...]:
    """(name, price) of each riding pack, as the courier's card shows them."""
    codes = {p.pack_code for p in packs}
    found = await TicketPack.filter(code__in=list(codes)).using_db(conn) if codes else []
    names = {pack.code: pack.name for pack in found}
    return tuple((names.get(p.pack_code, p.pack_code), p.price_fen) for p in packs)


async def on_paid(conn: Conn, payment: Payment, order: Order, now: datetime) -> None:
    """A door trade paid (its ledger row written): the order's part is prepaid, people told."""
    order.prepaid_fen += payment.amount_fen - payment.pack_fen
    order.payment_status = online_pay.PAID
    await order.save(using_db=conn, update_fields=["prepaid_fen", "payment_status", "updated_at"])
    courier = await Courier.filter(id=order.courier_id).using_db(conn).first()  # type: ignore[attr-defined]
    if courier is not None:
        text = pay_texts.door_paid(order.number, payment.amount_fen, payment.pack_fen)
        await enqueue(conn, "work", courier.wecom_userid, "text", {"text": text}, now)
    customer = await Customer.get(id=order.customer_id).using_db(conn)  # type: ignore[attr-defined]
    facts = {"number": order.number, "amount_fen": payment.amount_fen}
    await notifier().customer_notice(
        conn, customer.mp_openid or "", pay_port.PAY_RECEIVED, facts, now
    )


async def locked_code(conn: Conn, order: Order) -> Payment | None:
    """The order's door trade, row-locked: with the payments, before any account (MONEY.md)."""
    found = Payment.filter(order_id=order.id, kind=door_pay.DOOR).select_for_update()
    return await found.using_db(conn).first()


async def settle_at_delivery(
    conn: Conn, payment: Payment | None, order: Order, customer: Customer, actor: str, now: datetime
) -> int:
    """Close an unpaid door code (`payment`, from `locked_code`), settle the riding packs;
    returns what they leave to collect.

    A code still unpaid when the delivery is recorded is closed here: the courier took cash,
    and money arriving for it later is refunded at once (`online_pay`'s after_close).
    """
    if payment is not None and payment.status == online_pay.UNPAID:
        payment.status = online_pay.CLOSED
        await payment.save(using_db=conn, update_fields=["status"])
        after = {"status": online_pay.CLOSED, "reason": "delivered"}
        await audit(conn, actor, "payment.close", "payment", payment.out_trade_no, None, after)
    packs = await riding_packs(conn, order.number)
    status, pack_fen = (payment.status, payment.pack_fen) if payment else (None, 0)
    void = payment is not None and door_pay.voided(payment.flag)
    by_code = door_pay.packs_paid_by_code(status, pack_fen, [p.price_fen for p in packs], void)
    method = door_pay.packs_method(by_code, order.payment_method)
    for purchase in packs:
        await settle_locked(conn, purchase, customer, method, actor, now)
    return 0 if by_code else sum(p.price_fen for p in packs)
