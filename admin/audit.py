"""GET /audit: who changed what, with before and after."""

from __future__ import annotations

from typing import Any

from admin.api import Call, Routes
from admin.schema import DATETIME, integer, obj, parse_datetime, ref, string
from admin.views import ANY, PAGE_QUERY, iso, page_json, page_schema
from domain.reads import records
from domain.reads.records import AuditRecord

routes = Routes("audit")
ROW = ref(
    "AuditRow",
    obj(
        ("id", "actor", "action", "entity", "entity_id", "before", "after", "created_at"),
        id=integer(),
        actor=string(64),
        action=string(48),
        entity=string(32),
        entity_id=string(64),
        before=ANY,
        after=ANY,
        created_at=DATETIME,
    ),
)


def row_json(a: AuditRecord) -> dict[str, Any]:
    """One audit row."""
    return {
        "id": a.id,
        "actor": a.actor,
        "action": a.action,
        "entity": a.entity,
        "entity_id": a.entity_id,
        "before": a.before,
        "after": a.after,
        "created_at": iso(a.created_at),
    }


@routes.op(
    "GET",
    "/audit",
    summary="The audit trail newest first; action matches a prefix (order. = every order move)",
    area="audit",
    query={
        "action": string(48, min_length=1),
        "entity": string(32, min_length=1),
        "since": DATETIME,
        **PAGE_QUERY,
    },
    response=page_schema("AuditPage", ROW),
)
async def list_audit(call: Call) -> Any:
    """Audit rows."""
    q = call.query
    since = parse_datetime(q["since"]) if "since" in q else None
    page = await records.list_audit(
        q.get("action"), q.get("entity"), since, q["limit"], q.get("cursor")
    )
    return page_json(page, row_json)
