"""Bucket returns: open requests from the chat, approved with a refund of their deposit."""

from __future__ import annotations

from typing import Any

from admin.api import Call, Routes
from admin.schema import DATETIME, UUID_S, enum, integer, nullable, obj, ref
from admin.views import PAGE_QUERY, iso, page_json, page_schema
from domain.reads import records
from domain.reads.records import ReturnRecord
from domain.services import backoffice

routes = Routes("returns")
REQUEST = ref(
    "ReturnRequest",
    obj(
        ("id", "customer_id", "buckets", "status", "created_at"),
        id=integer(),
        customer_id=UUID_S,
        buckets=nullable(integer()),
        status=enum("open", "done"),
        created_at=DATETIME,
    ),
)


def request_json(r: ReturnRecord) -> dict[str, Any]:
    """A return request."""
    return {
        "id": r.id,
        "customer_id": str(r.customer_id),
        "buckets": r.buckets,
        "status": r.status,
        "created_at": iso(r.created_at),
    }


@routes.op(
    "GET",
    "/returns",
    summary="Bucket return requests newest first (open by default), optionally of one customer",
    area="returns",
    query={"status": enum("open", "done", default="open"), "customer_id": UUID_S, **PAGE_QUERY},
    response=page_schema("ReturnRequestPage", REQUEST),
)
async def list_returns(call: Call) -> Any:
    """Requests."""
    q = call.query
    page = await records.list_returns(
        q["status"], q.get("customer_id"), q["limit"], q.get("cursor")
    )
    return page_json(page, request_json)


@routes.op(
    "POST",
    "/returns/{request_id}/approve",
    summary="Collect the buckets and refund their deposit (cash or to the balance), once",
    area="returns",
    path_params={"request_id": integer(1)},
    body=obj(("refund_method",), refund_method=enum("cash", "balance"), buckets=integer(1, 1000)),
    response=ref(
        "BucketsReturned",
        obj(
            ("buckets", "refund_fen", "held_after", "deposit_after_fen", "refund_method"),
            buckets=integer(),
            refund_fen=integer(-(2**31)),
            held_after=integer(),
            deposit_after_fen=integer(),
            refund_method=enum("cash", "balance"),
            online_fen=integer(),
        ),
    ),
)
async def approve(call: Call) -> Any:
    """Approve."""
    b = call.body
    done = await backoffice.approve_return(
        call.path["request_id"], b.get("buckets"), b["refund_method"], call.actor, call.now
    )
    return done.__dict__
