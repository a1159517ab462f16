"""Printed ticket code batches: make (codes shown once), list, void, export code states."""

from __future__ import annotations

import csv
import io
from typing import Any

from aiohttp import web

from admin.api import Call, Reply, Routes
from admin.keys import settings_of
from admin.schema import BOOL, DATETIME, array, integer, nullable, obj, ref, string
from admin.views import PAGE_QUERY, page_schema
from domain.reads import records
from domain.rules.ticket_codes import format_for_print
from domain.services import codes
from domain.services.codes import BatchInfo

routes = Routes("codes")
BATCH_ID = {"batch_id": integer(1)}
MAX_API_BATCH = 2000  # larger print runs go through `waterbot codes create`
BATCH = ref(
    "CodeBatch",
    obj(
        ("id", "pack_code", "count", "redeemed", "note", "created_by", "created_at", "voided_at"),
        id=integer(),
        pack_code=string(32),
        count=integer(),
        redeemed=integer(),
        note=string(200),
        created_by=string(64),
        created_at=DATETIME,
        voided_at=nullable(DATETIME),
    ),
)


def batch_json(b: BatchInfo) -> dict[str, Any]:
    """A batch without its codes."""
    return {
        "id": b.id,
        "pack_code": b.pack_code,
        "count": b.count,
        "redeemed": b.redeemed,
        "note": b.note,
        "created_by": b.created_by,
        "created_at": b.created_at.isoformat(),
        "voided_at": b.voided_at.isoformat() if b.voided_at else None,
    }


@routes.op(
    "GET",
    "/code-batches",
    summary="Batches newest first with redemptions, optionally for one pack, voided or not",
    area="codes",
    query={"pack_code": string(32, min_length=1), "voided": BOOL, **PAGE_QUERY},
    response=page_schema("CodeBatchPage", BATCH),
)
async def list_batches(call: Call) -> Any:
    """Batches."""
    q = call.query
    page = await records.code_batch_page(
        q.get("pack_code"), q.get("voided"), q["limit"], q.get("cursor")
    )
    infos = await codes.batch_infos(page.items)
    return {"items": [batch_json(b) for b in infos], "next_cursor": page.next_cursor}


@routes.op(
    "POST",
    "/code-batches",
    summary="Make a batch of codes for a ticket pack; the codes are returned here only",
    area="codes",
    body=obj(
        ("pack_code", "count"),
        pack_code=string(32, min_length=1),
        count=integer(1, MAX_API_BATCH),
        note=string(200),
    ),
    response=ref(
        "CodeBatchMade",
        obj(
            ("batch", "codes"),
            batch=BATCH,
            codes=array(
                obj(("code", "printed"), code=string(16), printed=string(20)), MAX_API_BATCH
            ),
        ),
    ),
    status=201,
)
async def create_batch(call: Call) -> Any:
    """Make codes."""
    b = call.body
    secret = await codes.code_secret(settings_of(call.request).code_secret)
    batch, made = await codes.create_batch(
        b["pack_code"], b["count"], call.actor, call.now, secret, b.get("note", "")
    )
    listed = [{"code": c, "printed": format_for_print(c)} for c in made]
    return Reply({"batch": batch_json(batch), "codes": listed}, 201)


@routes.op("POST", "/code-batches/{batch_id}/void", summary="Void every unredeemed code of a batch",
           area="codes", path_params=BATCH_ID, response=BATCH)  # fmt: skip
async def void_batch(call: Call) -> Any:
    """Void (twice changes nothing)."""
    return batch_json(await codes.void_batch(call.path["batch_id"], call.actor, call.now))


@routes.op(
    "GET",
    "/code-batches/{batch_id}/export",
    summary="CSV of a batch's codes by id with who redeemed them and when (codes are not kept)",
    area="codes",
    path_params=BATCH_ID,
    response={"type": "string"},
    media_type="text/csv",
)
async def export_batch(call: Call) -> Any:
    """CSV export."""
    states = await codes.batch_codes(call.path["batch_id"])
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(("code_id", "redeemed_by", "redeemed_at"))
    for s in states:
        writer.writerow(
            (s.id, s.redeemed_by or "", s.redeemed_at.isoformat() if s.redeemed_at else "")
        )
    name = f"code-batch-{call.path['batch_id']}.csv"
    return web.Response(
        text=out.getvalue(),
        content_type="text/csv",
        charset="utf-8",
        headers={"Content-Disposition": f'attachment; filename="{name}"'},
    )
