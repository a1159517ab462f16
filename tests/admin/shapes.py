"""What the shape tests compare with: the JSON an admin record should be, read off the tables."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from domain.models import Address, Customer, Order, OrderEvent, OrderLine, Payment


def exactly(body: Any, expected: Any) -> None:
    """Equal, and every object's keys in the same order (clients may read them in order)."""
    assert body == expected
    assert json.dumps(body, ensure_ascii=False) == json.dumps(expected, ensure_ascii=False)


def iso(moment: datetime | None) -> str | None:
    """As the API writes a time."""
    return moment.isoformat() if moment else None


def page(*items: Any) -> dict[str, Any]:
    """A last page holding these items."""
    return {"items": list(items), "next_cursor": None}


async def customer(customer_id: Any) -> dict[str, Any]:
    """A customer's record."""
    row = await Customer.get(id=customer_id)
    return {
        "id": str(row.id), "name": row.name, "phone": row.phone, "tags": row.tags,
        "notes": row.notes, "wechat_linked": row.mp_openid is not None,
        "reminder_opt_out": row.reminder_opt_out, "refill_due_at": iso(row.refill_due_at),
        "created_at": iso(row.created_at),
    }  # fmt: skip


async def address(address_id: Any) -> dict[str, Any]:
    """A saved address."""
    row = await Address.get(id=address_id)
    return {
        "id": str(row.id), "label": row.label, "text": row.text, "building": row.building,
        "unit": row.unit, "room": row.room, "floor": row.floor, "has_lift": row.has_lift,
        "is_default": row.is_default,
    }  # fmt: skip


def payment(row: Order) -> dict[str, Any]:
    """How an order is paid."""
    return {
        "method": row.payment_method, "status": row.payment_status, "goods_fen": row.goods_fen,
        "delivery_fee_fen": row.delivery_fee_fen, "floor_fee_fen": row.floor_fee_fen,
        "deposit_fen": row.deposit_fen, "discount_fen": row.discount_fen,
        "total_fen": row.total_fen, "prepaid_fen": row.prepaid_fen,
        "tickets_used": row.tickets_used,
        # a ticket order's goods are all paid with tickets, whenever it was placed
        "tickets_fen": row.goods_fen if row.payment_method == "ticket" else row.tickets_fen,
        "cash_due_fen": row.cash_due_fen,
        "cash_collected_fen": row.cash_collected_fen,
        "deposit_charged_fen": row.deposit_charged_fen,
    }  # fmt: skip


async def wechat_pay(row: Order) -> dict[str, Any] | None:
    """An order's online payment (docs/PAY.md), only on the order's own page."""
    p = await Payment.get_or_none(order_id=row.id)
    if p is None:
        return None
    return {
        "out_trade_no": p.out_trade_no, "status": p.status, "amount_fen": p.amount_fen,
        "transaction_id": p.transaction_id, "paid_at": iso(p.paid_at),
        "refunded_fen": p.refunded_fen, "expires_at": iso(p.expires_at),
    }  # fmt: skip


async def order_summary(number: str) -> dict[str, Any]:
    """An order in a list."""
    row = await Order.get(number=number).prefetch_related("courier")
    return {
        "number": row.number, "state": row.state, "source": row.source,
        "customer_id": str(row.customer_id),  # type: ignore[attr-defined]
        "window_start": iso(row.window_start), "window_end": iso(row.window_end),
        "courier": row.courier.wecom_userid if row.courier else None,
        "payment": payment(row), "created_at": iso(row.created_at),
    }  # fmt: skip


async def order(number: str) -> dict[str, Any]:
    """One order whole: the summary's fields first, then address, lines, history and delivery."""
    row = await Order.get(number=number).prefetch_related("courier")
    lines = await OrderLine.filter(order_id=row.id).order_by("id")
    events = await OrderEvent.filter(order_id=row.id).order_by("id")
    c = row.courier
    return {
        **await order_summary(number),
        "courier": {"id": str(c.id), "wecom_userid": c.wecom_userid, "name": c.name} if c else None,
        "payment": {**payment(row), "wechat_pay": await wechat_pay(row)},
        "address": row.address,
        "lines": [
            {"sku": ln.sku, "name": ln.name, "quantity": ln.quantity,
             "unit_price_fen": ln.unit_price_fen, "deposit_each_fen": ln.deposit_each_fen}
            for ln in lines
        ],
        "events": [
            {"from_state": e.from_state, "to_state": e.to_state, "actor": e.actor,
             "reason": e.reason, "at": iso(e.at)}
            for e in events
        ],
        "note": row.note,
        "buckets_delivered": row.buckets_delivered,
        "empties_collected": row.empties_collected,
        "delivered_at": iso(row.delivered_at),
    }  # fmt: skip
