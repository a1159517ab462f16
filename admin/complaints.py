"""Complaints from the chat: list, and close with what was done."""

from __future__ import annotations

from typing import Any

from admin.api import Call, Routes
from admin.schema import DATETIME, UUID_S, enum, integer, nullable, obj, ref, string
from admin.views import PAGE_QUERY, iso, page_json, page_schema
from domain.reads import records
from domain.reads.records import ComplaintRecord
from domain.rules.errors import Conflict, NotFound
from domain.services import complaints

routes = Routes("complaints")
COMPLAINT = ref(
    "Complaint",
    obj(
        ("id", "customer_id", "text", "order_number", "status", "resolution", "created_at"),
        id=integer(),
        customer_id=UUID_S,
        text={"type": "string"},
        order_number=nullable(string(16)),
        status=enum("open", "closed"),
        resolution={"type": "string"},
        created_at=DATETIME,
    ),
)


def complaint_json(c: ComplaintRecord) -> dict[str, Any]:
    """A complaint."""
    return {
        "id": c.id,
        "customer_id": str(c.customer_id),
        "text": c.text,
        "order_number": c.order_number,
        "status": c.status,
        "resolution": c.resolution,
        "created_at": iso(c.created_at),
    }


@routes.op(
    "GET",
    "/complaints",
    summary="Complaints newest first, optionally by status and of one customer",
    area="complaints",
    query={"status": enum("open", "closed"), "customer_id": UUID_S, **PAGE_QUERY},
    response=page_schema("ComplaintPage", COMPLAINT),
)
async def list_complaints(call: Call) -> Any:
    """Complaints."""
    q = call.query
    page = await records.list_complaints(
        q.get("status"), q.get("customer_id"), q["limit"], q.get("cursor")
    )
    return page_json(page, complaint_json)


@routes.op(
    "POST",
    "/complaints/{complaint_id}/close",
    summary="Close a complaint with its resolution (409 when already closed)",
    area="complaints",
    path_params={"complaint_id": integer(1)},
    body=obj(("resolution",), resolution=string(2000, min_length=1)),
    response=COMPLAINT,
)
async def close(call: Call) -> Any:
    """Close; 404 for an unknown complaint, 409 when it was closed already."""
    cid = call.path["complaint_id"]
    done = await complaints.close_complaint(cid, call.body["resolution"], call.actor, call.now)
    if done.previous is None:
        raise NotFound(f"complaint {cid}", message="没有这条投诉")
    if done.previous != complaints.OPEN:
        raise Conflict(f"complaint {cid} is {done.previous}", message="投诉已处理")
    return complaint_json(await records.complaint(cid))
