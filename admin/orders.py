"""Orders: one by number, filtered lists, phone orders (代客下单), dispatch and state moves."""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from admin.api import Call, Reply, Routes
from admin.errors import ApiError
from admin.keys import refill_policy_of
from admin.order_views import MOVED, ORDER, moved_json, order_json
from admin.schema import (
    BOOL,
    DATETIME,
    UUID_S,
    array,
    enum,
    integer,
    obj,
    parse_datetime,
    ref,
    string,
)
from admin.views import (
    ORDER_NUMBER,
    ORDER_SUMMARY,
    PAGE_QUERY,
    STATES,
    order_summary_json,
    page_json,
    page_schema,
)
from domain.reads import orders as reads
from domain.reads.orders import OrderFilter
from domain.services import order_moves, orders
from domain.services.orders import OrderRequest

routes = Routes("orders")
NUMBER = {"number": ORDER_NUMBER}
SOURCES = enum("chat", "phone", "reminder", "demo", "import")
KEY = string(128, min_length=8)


def window(body: dict[str, Any]) -> tuple[datetime, datetime] | None:
    """A delivery window from window_start/window_end, both or neither."""
    start, end = body.get("window_start"), body.get("window_end")
    if start is None and end is None:
        return None
    if start is None or end is None:
        missing = "window_end" if end is None else "window_start"
        raise ApiError.invalid({missing: "送水时间需要开始和结束"})
    return parse_datetime(start), parse_datetime(end)


@routes.op(
    "GET",
    "/orders",
    summary="Orders newest first, by state, delivery day (station time), courier, customer, source",
    area="orders",
    query={
        "state": STATES,
        "date": string(10, format="date"),
        "courier": string(64, min_length=1),
        "customer_id": UUID_S,
        "source": SOURCES,
        **PAGE_QUERY,
    },
    response=page_schema("OrderPage", ORDER_SUMMARY),
)
async def list_orders(call: Call) -> Any:
    """A filtered page of orders."""
    q = call.query
    flt = OrderFilter(
        q.get("state"),
        date.fromisoformat(q["date"]) if "date" in q else None,
        q.get("courier"),
        q.get("customer_id"),
        q.get("source"),
    )
    return page_json(
        await reads.list_orders(flt, call.tz, q["limit"], q.get("cursor")), order_summary_json
    )


@routes.op(
    "GET",
    "/orders/{number}",
    summary="One order with its state, payment, lines and history",
    area="orders",
    path_params=NUMBER,
    response=ORDER,
)
async def get_order(call: Call) -> Any:
    """One order."""
    return await order_json(call.path["number"])


@routes.op(
    "POST",
    "/orders",
    summary="Place a phone order (代客下单) through the same ordering service as the chat",
    area="orders",
    body=obj(
        ("customer_id", "items", "payment_method"),
        customer_id=UUID_S,
        items=array(
            obj(("sku", "quantity"), sku=string(32, min_length=1), quantity=integer(1, 99)),
            10,
            minItems=1,
        ),
        payment_method=enum("ticket", "balance", "cash", "wechat_pay"),
        address_id=UUID_S,
        window_start=DATETIME,
        window_end=DATETIME,
        note=string(200),
        idempotency_key=KEY,
        promo_code=string(32, min_length=4, pattern=r"^[A-Za-z0-9]+$"),
        # true: tickets pay the lines they cover, payment_method (cash, wechat_pay or
        # balance) the rest, on this one order (docs/MONEY.md, "Tickets in a mixed order")
        use_tickets=BOOL,
    ),
    response=ORDER,
    status=201,
)
async def place(call: Call) -> Any:
    """Place the order as source "phone"; a retry with the same key places nothing new."""
    b = call.body
    request = OrderRequest(
        customer_id=b["customer_id"],
        items=[(item["sku"], item["quantity"]) for item in b["items"]],
        payment_method=b["payment_method"],
        address_id=b.get("address_id"),
        window=window(b),
        note=b.get("note", ""),
        source="phone",
        actor=call.actor,
        idempotency_key=f"api:order:{b['idempotency_key']}" if "idempotency_key" in b else None,
        promo_code=b.get("promo_code"),
        use_tickets=bool(b.get("use_tickets", False)),
    )
    placed = await orders.place_order(request, call.now)
    return Reply(await order_json(placed.number), 201)


@routes.op(
    "POST",
    "/orders/{number}/assign",
    summary="Assign (or reassign) an order to a courier by WeCom user id",
    area="dispatch",
    path_params=NUMBER,
    body=obj(("courier",), courier=string(64, min_length=1)),
    response=MOVED,
)
async def assign(call: Call) -> Any:
    """Dispatch."""
    n = call.path["number"]
    return moved_json(await order_moves.assign_order(n, call.body["courier"], call.actor, call.now))


@routes.op(
    "POST",
    "/orders/{number}/cancel",
    summary="Cancel an open order; tickets and prepaid money go back",
    area="orders",
    path_params=NUMBER,
    body=obj(reason=string(200), idempotency_key=KEY),
    response=MOVED,
)
async def cancel(call: Call) -> Any:
    """Cancel."""
    b = call.body
    key = f"api:cancel:{b['idempotency_key']}" if "idempotency_key" in b else None
    moved = await order_moves.cancel_order(
        call.path["number"], call.actor, call.now, b.get("reason", ""), key=key
    )
    return moved_json(moved)


@routes.op(
    "POST",
    "/orders/{number}/start",
    summary="The courier set off with the order",
    area="dispatch",
    path_params=NUMBER,
    response=MOVED,
)
async def start(call: Call) -> Any:
    """Start delivering."""
    return moved_json(await order_moves.start_delivery(call.path["number"], call.actor, call.now))


@routes.op(
    "POST",
    "/orders/{number}/deliver",
    summary="Mark delivered with empties collected and cash taken",
    area="dispatch",
    path_params=NUMBER,
    body=obj(
        empties=integer(0, 99), cash_collected_fen=integer(0, 10_000_000), idempotency_key=KEY
    ),
    response=ref(
        "Delivered",
        obj(
            ("number", "buckets_delivered", "empties_collected", "held_after",
             "deposit_charged_fen", "cash_due_fen", "cash_collected_fen", "short_fen",
             "over_fen"),
            number=ORDER_NUMBER,
            buckets_delivered=integer(),
            empties_collected=integer(),
            held_after=integer(),
            deposit_charged_fen=integer(-2**31, 2**31),
            cash_due_fen=integer(-2**31, 2**31),
            cash_collected_fen=integer(-2**31, 2**31),
            short_fen=integer(),
            over_fen=integer(),
        ),
    ),
)  # fmt: skip
async def deliver(call: Call) -> Any:
    """Record the delivery."""
    b = call.body
    key = f"api:deliver:{b['idempotency_key']}" if "idempotency_key" in b else None
    done = await order_moves.record_delivery(
        call.path["number"],
        call.actor,
        call.now,
        b.get("empties"),
        b.get("cash_collected_fen"),
        key=key,
        refill_policy=refill_policy_of(call.request),
    )
    return done.__dict__


@routes.op(
    "POST",
    "/orders/{number}/fail",
    summary="Delivery failed (nobody home, rescheduled): back to dispatch, maybe a new window",
    area="dispatch",
    path_params=NUMBER,
    body=obj(
        ("reason",), reason=string(200, min_length=1), window_start=DATETIME, window_end=DATETIME
    ),
    response=MOVED,
)
async def fail(call: Call) -> Any:
    """Fail and redispatch."""
    b = call.body
    moved = await order_moves.fail_delivery(
        call.path["number"], call.actor, call.now, b["reason"], window(b)
    )
    return moved_json(moved)
