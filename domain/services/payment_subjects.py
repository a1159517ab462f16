"""What a WeChat Pay payment is for: an order, or a ticket pack bought in chat (docs/PAY.md).

A payment belongs to exactly one of the two. The use cases lock it after its customer and
before the payment row (docs/MONEY.md, *Lock order*), and name it in the ledger and notices.
"""

from __future__ import annotations

from typing import Any

from domain.infra.ports import Conn
from domain.models import Order, PackPurchase, Payment, TicketPack

Subject = Order | PackPurchase


async def lock_subject(conn: Conn, payment: Payment) -> Subject:
    """The payment's order or pack purchase, row-locked (its customer is locked already)."""
    if payment.pack_purchase_id is not None:  # type: ignore[attr-defined]
        query = PackPurchase.filter(id=payment.pack_purchase_id)  # type: ignore[attr-defined]
        return await query.select_for_update().using_db(conn).get()
    query_order = Order.filter(id=payment.order_id)  # type: ignore[attr-defined]
    return await query_order.select_for_update().using_db(conn).get()


async def unlocked_subject(conn: Conn, payment: Payment) -> Subject:
    """The payment's order or pack purchase, read without a lock (a reminder)."""
    if payment.pack_purchase_id is not None:  # type: ignore[attr-defined]
        return await PackPurchase.get(id=payment.pack_purchase_id).using_db(conn)  # type: ignore[attr-defined]
    return await Order.get(id=payment.order_id).using_db(conn)  # type: ignore[attr-defined]


def ledger_name(subject: Subject) -> str:
    """The `order_number` of the payment's ledger rows: the order's, or P + the purchase id."""
    return subject.number if isinstance(subject, Order) else f"P{subject.id}"


async def pack_facts(conn: Conn, purchase: PackPurchase) -> dict[str, Any]:
    """What a customer notice says about a pack purchase: its number, name and price."""
    pack = await TicketPack.filter(code=purchase.pack_code).using_db(conn).first()
    name = pack.name if pack else purchase.pack_code
    return {"pack_id": purchase.id, "pack": name, "amount_fen": purchase.price_fen}


async def notice_facts(conn: Conn, subject: Subject, amount_fen: int) -> dict[str, Any]:
    """A refund's facts: the order number, or the pack purchase's (the notice says which)."""
    if isinstance(subject, Order):
        return {"number": subject.number, "amount_fen": amount_fen}
    return {**await pack_facts(conn, subject), "amount_fen": amount_fen}
