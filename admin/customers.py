"""Customers: search, create, the 360° view, edits, addresses and the follow-up log."""

from __future__ import annotations

from typing import Any

from admin.api import Call, Reply, Routes
from admin.schema import (
    BOOL,
    DATETIME,
    UUID_S,
    array,
    integer,
    nullable,
    obj,
    ref,
    string,
)
from admin.views import (
    ADDRESS,
    CUSTOMER,
    ORDER_SUMMARY,
    PAGE_QUERY,
    address_json,
    customer_json,
    iso,
    order_summary_json,
    page_json,
    page_schema,
)
from domain.reads import customers as reads
from domain.reads.customers import ServiceNote
from domain.services import backoffice, customers
from domain.services.customers import AddressInput

routes = Routes("customers")
ID = {"customer_id": UUID_S}
TAGS = array(string(32, min_length=1), 20)
PHONE = string(20, pattern=r"^[0-9+\-() ]{5,20}$")

ADDRESS_IN = obj(
    ("text",),
    text=string(200, min_length=1),
    label=string(16, min_length=1),
    building=string(16),
    unit=string(16),
    room=string(16),
    floor=nullable(integer(-10, 200)),
    has_lift=BOOL,
    latitude=nullable({"type": "number", "minimum": -90, "maximum": 90}),
    longitude=nullable({"type": "number", "minimum": -180, "maximum": 180}),
    make_default=BOOL,
)
WALLET_LINE = obj(
    ("sku", "name", "count", "earliest_expiry"),
    sku=string(32),
    name=string(64),
    count=integer(),
    earliest_expiry=nullable(DATETIME),
)
VIEW = ref(
    "CustomerView",
    obj(
        ("customer", "addresses", "tickets", "balance_fen", "buckets_held", "deposit_fen",
         "order_count", "recent_orders", "predicted_refill_at"),
        customer=CUSTOMER,
        addresses=array(ADDRESS, 1000),
        tickets=array(WALLET_LINE, 1000),
        balance_fen=integer(),
        buckets_held=integer(),
        deposit_fen=integer(),
        order_count=integer(),
        recent_orders=array(ORDER_SUMMARY, reads.RECENT_ORDERS),
        predicted_refill_at=nullable(DATETIME),
    ),
)  # fmt: skip
LOG_ENTRY = ref(
    "ServiceLogEntry",
    obj(
        ("id", "author", "text", "created_at"),
        id=integer(),
        author=string(64),
        text={"type": "string"},
        created_at=DATETIME,
    ),
)


def _address_input(body: dict[str, Any]) -> AddressInput:
    return AddressInput(**{k: v for k, v in body.items() if k in AddressInput.__dataclass_fields__})


def _log_json(entry: ServiceNote) -> dict[str, Any]:
    return {
        "id": entry.id,
        "author": entry.author,
        "text": entry.text,
        "created_at": iso(entry.created_at),
    }


@routes.op(
    "GET",
    "/customers",
    summary="Search customers by name, phone or address fragment, and by tag",
    area="customers",
    query={"q": string(64, min_length=1), "tag": string(32, min_length=1), **PAGE_QUERY},
    response=page_schema("CustomerPage", CUSTOMER),
)
async def search(call: Call) -> Any:
    """Customers newest first."""
    q = call.query
    page = await reads.search_customers(q.get("q"), q.get("tag"), q["limit"], q.get("cursor"))
    return page_json(page, customer_json)


@routes.op(
    "POST",
    "/customers",
    summary="Create a customer (phone orders, walk-ins), optionally with a first address",
    area="customers",
    body=obj(
        ("name",),
        name=string(64, min_length=1),
        phone=PHONE,
        tags=TAGS,
        notes=string(2000),
        address=ADDRESS_IN,
    ),
    response=CUSTOMER,
    status=201,
)
async def create(call: Call) -> Any:
    """Create, then add the address when one was given."""
    b = call.body
    made = await customers.create_customer(
        b["name"], b.get("phone"), call.actor, b.get("tags"), b.get("notes", "")
    )
    if "address" in b:
        await customers.add_address(made.id, _address_input(b["address"]), call.actor)
    return Reply(customer_json(await reads.customer(made.id)), 201)


@routes.op(
    "GET",
    "/customers/{customer_id}",
    summary="A customer's 360° view: addresses, tickets, balance, buckets, orders, refill",
    area="customers",
    path_params=ID,
    response=VIEW,
)
async def view(call: Call) -> Any:
    """Everything about one customer."""
    v = await reads.customer_view(call.path["customer_id"], call.now)
    return {
        "customer": customer_json(v.customer),
        "addresses": [address_json(a) for a in v.addresses],
        "tickets": [
            {
                "sku": t.sku,
                "name": t.name,
                "count": t.count,
                "earliest_expiry": iso(t.earliest_expiry),
            }
            for t in v.account.tickets
        ],
        "balance_fen": v.account.balance_fen,
        "buckets_held": v.account.buckets_held,
        "deposit_fen": v.account.deposit_fen,
        "order_count": v.order_count,
        "recent_orders": [order_summary_json(o) for o in v.recent_orders],
        "predicted_refill_at": iso(v.refill_due_at),
    }


@routes.op(
    "PATCH",
    "/customers/{customer_id}",
    summary="Change a customer's name, phone, tags, notes or reminder opt-out",
    area="customers",
    path_params=ID,
    body=obj(
        name=string(64, min_length=1),
        phone=PHONE,
        tags=TAGS,
        notes=string(2000),
        reminder_opt_out=BOOL,
    ),
    response=CUSTOMER,
)
async def update(call: Call) -> Any:
    """Edit; the phone is validated as a mainland mobile number."""
    changes = dict(call.body)
    customer_id = call.path["customer_id"]
    await reads.customer(customer_id)
    phone = changes.pop("phone", None)
    if phone is not None:
        await customers.set_phone(customer_id, phone, call.actor)
    return customer_json(await backoffice.update_customer(customer_id, changes, call.actor))


@routes.op(
    "POST",
    "/customers/{customer_id}/addresses",
    summary="Add a delivery address (the default unless make_default is false)",
    area="customers",
    path_params=ID,
    body=ADDRESS_IN,
    response=ADDRESS,
    status=201,
)
async def add_address(call: Call) -> Any:
    """Save an address."""
    made = await customers.add_address(
        call.path["customer_id"], _address_input(call.body), call.actor
    )
    return Reply(address_json(await reads.address(made.id)), 201)


@routes.op(
    "GET",
    "/customers/{customer_id}/service-log",
    summary="A customer's follow-up notes (跟进记录), newest first",
    area="customers",
    path_params=ID,
    query=PAGE_QUERY,
    response=page_schema("ServiceLogPage", LOG_ENTRY),
)
async def service_log(call: Call) -> Any:
    """The follow-up log."""
    page = await reads.service_log(
        call.path["customer_id"], call.query["limit"], call.query.get("cursor")
    )
    return page_json(page, _log_json)


@routes.op(
    "POST",
    "/customers/{customer_id}/service-log",
    summary="Add a follow-up note written by the token's holder",
    area="customers",
    path_params=ID,
    body=obj(("text",), text=string(2000, min_length=1)),
    response=obj(("ok",), ok=BOOL),
    status=201,
)
async def add_log(call: Call) -> Any:
    """Write a note."""
    customer = await reads.customer(call.path["customer_id"])
    await customers.log_service(customer.id, call.actor, call.body["text"])
    return Reply({"ok": True}, 201)
