"""Shapes shared by several resources: paging, customers, addresses and orders as JSON."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from admin.schema import (
    BOOL,
    DATETIME,
    INT32,
    UUID_S,
    Schema,
    array,
    enum,
    integer,
    nullable,
    obj,
    ref,
    string,
)
from domain.reads.customer_records import CustomerRecord
from domain.reads.customers import AddressRecord
from domain.reads.orders import OrderRecord
from domain.reads.paging import MAX_LIMIT, Page
from domain.rules.order_flow import OrderState

PAGE_QUERY: dict[str, Schema] = {
    "limit": integer(1, MAX_LIMIT, default=50),
    "cursor": string(200),
}
ORDER_NUMBER = string(16, pattern=r"^\d{11,13}$")
STATES = enum(*(s.value for s in OrderState))
FEN = integer(-INT32, INT32)
ANY: Schema = {}


def page_schema(name: str, item: Schema) -> Schema:
    """A page of items with the cursor of the next page."""
    return ref(
        name,
        obj(
            ("items", "next_cursor"),
            items=array(item, MAX_LIMIT),
            next_cursor=nullable(string(400)),
        ),
    )


def page_json(page: Page[Any], fmt: Any) -> dict[str, Any]:
    """A page rendered with a formatter per row."""
    return {"items": [fmt(row) for row in page.items], "next_cursor": page.next_cursor}


def iso(moment: datetime | None) -> str | None:
    """ISO 8601 or None."""
    return moment.isoformat() if moment else None


CUSTOMER = ref(
    "Customer",
    obj(
        ("id", "name", "phone", "tags", "notes", "wechat_linked", "reminder_opt_out",
         "refill_due_at", "created_at"),
        id=UUID_S,
        name=string(64),
        phone=nullable(string(20)),
        tags=array(string(32), 1000),
        notes={"type": "string"},
        wechat_linked=BOOL,
        reminder_opt_out=BOOL,
        refill_due_at=nullable(DATETIME),
        created_at=DATETIME,
    ),
)  # fmt: skip


def customer_json(c: CustomerRecord) -> dict[str, Any]:
    """A customer's own record."""
    return {
        "id": str(c.id),
        "name": c.name,
        "phone": c.phone,
        "tags": list(c.tags),
        "notes": c.notes,
        "wechat_linked": c.wechat_linked,
        "reminder_opt_out": c.reminder_opt_out,
        "refill_due_at": iso(c.refill_due_at),
        "created_at": iso(c.created_at),
    }


ADDRESS = ref(
    "Address",
    obj(
        ("id", "label", "text", "building", "unit", "room", "floor", "has_lift", "is_default"),
        id=UUID_S,
        label=string(16),
        text=string(200),
        building=string(16),
        unit=string(16),
        room=string(16),
        floor=nullable(integer(-10, 200)),
        has_lift=BOOL,
        is_default=BOOL,
    ),
)


def address_json(a: AddressRecord) -> dict[str, Any]:
    """A saved delivery address."""
    return {
        "id": str(a.id),
        "label": a.label,
        "text": a.text,
        "building": a.building,
        "unit": a.unit,
        "room": a.room,
        "floor": a.floor,
        "has_lift": a.has_lift,
        "is_default": a.is_default,
    }


# An order paid online: its WeChat Pay trade (out_trade_no) and transaction.
WECHAT_PAY = obj(
    ("out_trade_no", "status", "amount_fen", "transaction_id", "paid_at", "refunded_fen",
     "expires_at"),
    out_trade_no=string(32),
    status=enum("unpaid", "paid", "partially_refunded", "refunded", "closed"),
    amount_fen=FEN,
    transaction_id=nullable(string(32)),
    paid_at=nullable(DATETIME),
    refunded_fen=FEN,
    expires_at=DATETIME,
)  # fmt: skip
PAYMENT = ref(
    "Payment",
    obj(
        ("method", "status", "goods_fen", "delivery_fee_fen", "floor_fee_fen", "deposit_fen",
         "discount_fen", "total_fen", "prepaid_fen", "tickets_used", "tickets_fen", "cash_due_fen",
         "cash_collected_fen", "deposit_charged_fen"),
        method=enum("ticket", "balance", "cash", "wechat_pay"),
        status=enum("unpaid", "paid", "owing", "refunded", "partially_refunded"),
        goods_fen=FEN,
        delivery_fee_fen=FEN,
        floor_fee_fen=FEN,
        deposit_fen=FEN,
        discount_fen=FEN,
        total_fen=FEN,
        prepaid_fen=FEN,
        tickets_used=FEN,
        tickets_fen=FEN,
        cash_due_fen=nullable(FEN),
        cash_collected_fen=nullable(FEN),
        deposit_charged_fen=nullable(FEN),
        wechat_pay=nullable(WECHAT_PAY),  # the order's own page only (docs/PAY.md)
    ),
)  # fmt: skip


def payment_json(o: OrderRecord) -> dict[str, Any]:
    """How an order is paid, amounts in fen."""
    return {
        "method": o.payment_method,
        "status": o.payment_status,
        "goods_fen": o.goods_fen,
        "delivery_fee_fen": o.delivery_fee_fen,
        "floor_fee_fen": o.floor_fee_fen,
        "deposit_fen": o.deposit_fen,
        "discount_fen": o.discount_fen,  # coupons' money off; total_fen is net of it
        "total_fen": o.total_fen,
        "prepaid_fen": o.prepaid_fen,
        "tickets_used": o.tickets_used,
        # goods paid with tickets; `method` paid the rest (a mixed order: tickets + method)
        "tickets_fen": o.tickets_fen,
        "cash_due_fen": o.cash_due_fen,  # owing: the customer still owes due - collected
        "cash_collected_fen": o.cash_collected_fen,
        "deposit_charged_fen": o.deposit_charged_fen,
    }


ORDER_SUMMARY = ref(
    "OrderSummary",
    obj(
        ("number", "state", "source", "customer_id", "window_start", "window_end", "courier",
         "payment", "created_at"),
        number=ORDER_NUMBER,
        state=STATES,
        source=string(16),
        customer_id=UUID_S,
        window_start=DATETIME,
        window_end=DATETIME,
        courier=nullable(string(64)),
        payment=PAYMENT,
        created_at=DATETIME,
    ),
)  # fmt: skip


def order_summary_json(o: OrderRecord) -> dict[str, Any]:
    """An order in a list; the courier is their WeCom user id."""
    return {
        "number": o.number,
        "state": o.state,
        "source": o.source,
        "customer_id": str(o.customer_id),
        "window_start": iso(o.window_start),
        "window_end": iso(o.window_end),
        "courier": o.courier,
        "payment": payment_json(o),
        "created_at": iso(o.created_at),
    }
