"""Tickets and stored value: grant or deduct with a reason, sell packs, top up, the ledger."""

from __future__ import annotations

from typing import Any

from admin.api import Call, Routes
from admin.errors import ApiError
from admin.schema import DATETIME, UUID_S, enum, integer, nullable, obj, parse_datetime, ref, string
from admin.views import PAGE_QUERY, iso, page_json, page_schema
from domain.reads import catalog
from domain.reads import customers as reads
from domain.reads.customers import TicketMove
from domain.services import wallet

routes = Routes("tickets")
ID = {"customer_id": UUID_S}
KEY = string(128, min_length=8)
MOVED = ref(
    "TicketsMoved",
    obj(("sku", "delta", "balance"), sku=string(32), delta=integer(-(2**31)), balance=integer()),
)
ENTRY = ref(
    "TicketEntry",
    obj(
        ("id", "sku", "delta", "balance_after", "kind", "amount_fen", "order_number", "reason",
         "actor", "created_at"),
        id=integer(),
        sku=string(32),
        delta=integer(-(2**31)),
        balance_after=integer(),
        kind=string(16),
        amount_fen=integer(-(2**31)),
        order_number=nullable(string(16)),
        reason=string(200),
        actor=string(64),
        created_at=DATETIME,
    ),
)  # fmt: skip


def _key(body: dict[str, Any], what: str) -> str | None:
    return f"api:{what}:{body['idempotency_key']}" if "idempotency_key" in body else None


def entry_json(e: TicketMove) -> dict[str, Any]:
    """One ledger line."""
    return {
        "id": e.id,
        "sku": e.sku,
        "delta": e.delta,
        "balance_after": e.balance_after,
        "kind": e.kind,
        "amount_fen": e.amount_fen,
        "order_number": e.order_number,
        "reason": e.reason,
        "actor": e.actor,
        "created_at": iso(e.created_at),
    }


@routes.op(
    "GET",
    "/customers/{customer_id}/tickets",
    summary="A customer's ticket ledger, newest first (optionally one product)",
    area="tickets",
    path_params=ID,
    query={"sku": string(32, min_length=1), **PAGE_QUERY},
    response=page_schema("TicketLedgerPage", ENTRY),
)
async def ledger(call: Call) -> Any:
    """The ledger."""
    q = call.query
    page = await reads.ticket_ledger(
        call.path["customer_id"], q.get("sku"), q["limit"], q.get("cursor")
    )
    return page_json(page, entry_json)


@routes.op(
    "POST",
    "/customers/{customer_id}/tickets",
    summary="Grant or deduct tickets, always with a reason",
    area="tickets",
    path_params=ID,
    body=obj(
        ("action", "sku", "count", "reason"),
        action=enum("grant", "deduct"),
        sku=string(32, min_length=1),
        count=integer(1, 1000),
        reason=string(200, min_length=1),
        expires_at=DATETIME,
        idempotency_key=KEY,
    ),
    response=MOVED,
)
async def adjust(call: Call) -> Any:
    """Grant (positive) or deduct (negative) through the wallet service."""
    b = call.body
    if not await catalog.product_exists(b["sku"]):
        raise ApiError.invalid({"sku": "没有这种商品"})
    delta = b["count"] if b["action"] == "grant" else -b["count"]
    expires = parse_datetime(b["expires_at"]) if "expires_at" in b else None
    moved = await wallet.adjust_tickets(
        call.path["customer_id"], b["sku"], delta, b["reason"], call.actor, call.now, expires,
        _key(b, "tickets"),
    )  # fmt: skip
    return moved.__dict__


@routes.op(
    "POST",
    "/customers/{customer_id}/ticket-packs",
    summary="Sell a ticket pack over the counter (cash, WeChat Pay or stored value)",
    area="tickets",
    path_params=ID,
    body=obj(
        ("pack_code", "payment_method"),
        pack_code=string(32, min_length=1),
        payment_method=enum("cash", "wechat_pay", "balance"),
        idempotency_key=KEY,
    ),
    response=MOVED,
)
async def buy_pack(call: Call) -> Any:
    """Sell a pack."""
    b = call.body
    moved = await wallet.buy_pack(
        call.path["customer_id"], b["pack_code"], b["payment_method"], call.actor, call.now,
        _key(b, "pack"),
    )  # fmt: skip
    return moved.__dict__


@routes.op(
    "POST",
    "/customers/{customer_id}/balance",
    summary="Top up stored value paid in cash or by WeChat Pay",
    area="tickets",
    path_params=ID,
    body=obj(
        ("amount_fen", "method"),
        amount_fen=integer(1, 10_000_000),
        method=enum("cash", "wechat_pay"),
        idempotency_key=KEY,
    ),
    response=ref(
        "BalanceMoved",
        obj(("delta_fen", "balance_fen"), delta_fen=integer(), balance_fen=integer()),
    ),
)
async def top_up(call: Call) -> Any:
    """Top up."""
    b = call.body
    moved = await wallet.top_up(
        call.path["customer_id"], b["amount_fen"], b["method"], call.actor, _key(b, "topup")
    )
    return moved.__dict__
