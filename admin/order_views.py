"""How an order looks over the API: the full order with its lines and history, and a move."""

from __future__ import annotations

from typing import Any

from admin.schema import DATETIME, UUID_S, array, integer, nullable, obj, ref, string
from admin.views import ORDER_NUMBER, PAYMENT, STATES, iso, order_summary_json, payment_json
from domain.reads import orders as reads
from domain.reads import payments as payment_reads
from domain.reads.orders import LineRecord
from domain.services.order_transitions import Moved

LINE = obj(
    ("sku", "name", "quantity", "unit_price_fen", "deposit_each_fen"),
    sku=string(32),
    name=string(64),
    quantity=integer(),
    unit_price_fen=integer(),
    deposit_each_fen=integer(),
)
EVENT = obj(
    ("from_state", "to_state", "actor", "reason", "at"),
    from_state=nullable(string(24)),
    to_state=string(24),
    actor=string(64),
    reason=string(200),
    at=DATETIME,
)
ORDER = ref(
    "Order",
    obj(
        ("number", "state", "source", "customer_id", "address", "window_start", "window_end",
         "courier", "payment", "lines", "events", "note", "buckets_delivered",
         "empties_collected", "created_at", "delivered_at"),
        number=ORDER_NUMBER,
        state=STATES,
        source=string(16),
        customer_id=UUID_S,
        address=obj(closed=False, text=string(200)),
        window_start=DATETIME,
        window_end=DATETIME,
        courier=nullable(obj(("id", "wecom_userid", "name"), id=UUID_S, wecom_userid=string(64),
                             name=string(64))),
        payment=PAYMENT,
        lines=array(LINE, 100),
        events=array(EVENT, 1000),
        note=string(200),
        buckets_delivered=nullable(integer()),
        empties_collected=nullable(integer()),
        created_at=DATETIME,
        delivered_at=nullable(DATETIME),
    ),
)  # fmt: skip
MOVED = ref(
    "OrderMoved",
    obj(
        ("number", "state", "previous", "courier", "window_start", "window_end",
         "tickets_returned", "refunded_fen", "tickets_extended", "extended_until"),
        number=ORDER_NUMBER,
        state=STATES,
        previous=STATES,
        courier=nullable(string(64)),
        window_start=nullable(DATETIME),
        window_end=nullable(DATETIME),
        tickets_returned=integer(),
        refunded_fen=integer(),
        tickets_extended=integer(),
        extended_until=nullable(DATETIME),
    ),
)  # fmt: skip


async def order_json(number: str) -> dict[str, Any]:
    """One order with lines, history and courier."""
    d = await reads.order_detail(number)
    o = d.order
    courier = d.courier
    return {
        **order_summary_json(o),
        "address": o.address,
        "courier": {
            "id": str(courier.id),
            "wecom_userid": courier.wecom_userid,
            "name": courier.name,
        }
        if courier
        else None,
        "lines": [_line_json(ln) for ln in d.lines],
        "events": [
            {
                "from_state": e.from_state,
                "to_state": e.to_state,
                "actor": e.actor,
                "reason": e.reason,
                "at": iso(e.at),
            }
            for e in d.events
        ],
        "payment": {**payment_json(o), "wechat_pay": await wechat_pay_json(number)},
        "note": o.note,
        "buckets_delivered": o.buckets_delivered,
        "empties_collected": o.empties_collected,
        "delivered_at": iso(o.delivered_at),
    }


async def wechat_pay_json(number: str) -> dict[str, Any] | None:
    """The order's WeChat Pay trade, None when it is not paid online."""
    return payment_reads.as_json(await payment_reads.for_order(number))


def _line_json(ln: LineRecord) -> dict[str, Any]:
    return {
        "sku": ln.sku,
        "name": ln.name,
        "quantity": ln.quantity,
        "unit_price_fen": ln.unit_price_fen,
        "deposit_each_fen": ln.deposit_each_fen,
    }


def moved_json(m: Moved) -> dict[str, Any]:
    """An order after a state move."""
    return {
        "number": m.number,
        "state": m.state,
        "previous": m.previous,
        "courier": m.courier,
        "window_start": m.window_start,
        "window_end": m.window_end,
        "tickets_returned": m.tickets_returned,
        "refunded_fen": m.refunded_fen,
        "tickets_extended": m.tickets_extended,
        "extended_until": m.extended_until,
    }
