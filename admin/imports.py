"""Imports: a station's customer sheet (CSV or XLSX) in, a row-by-row report out."""

from __future__ import annotations

from typing import Any

from admin.api import Call, Routes
from admin.schema import BOOL, array, integer, obj, ref, string
from admin.tables import CSV, FILE_SCHEMA, FORMAT_QUERY, MEDIA_TYPES, XLSX, download
from domain.rules.customer_import import RowError, template
from domain.rules.import_sheet import MAX_ROWS
from domain.services import customer_import
from domain.services.customer_import import BATCH_SIZE, ImportSummary

routes = Routes("import")
UPLOAD = (CSV, XLSX, "application/octet-stream")
ROW_MESSAGE = ref(
    "ImportRowMessage",
    obj(("row", "column", "message"), row=integer(), column=string(64), message=string(400)),
)
# Every column of every row may be wrong at once.
MAX_MESSAGES = MAX_ROWS * 12
SUMMARY = ref(
    "ImportSummary",
    obj(
        ("total", "created", "updated", "unchanged", "failed", "dry_run", "errors", "notes"),
        total=integer(),
        created=integer(),
        updated=integer(),
        unchanged=integer(),
        failed=integer(),
        dry_run=BOOL,
        errors=array(ROW_MESSAGE, MAX_MESSAGES),
        notes=array(ROW_MESSAGE, MAX_MESSAGES),
    ),
)


def _message(e: RowError) -> dict[str, Any]:
    return {"row": e.row, "column": e.column, "message": e.message}


def summary_json(s: ImportSummary) -> dict[str, Any]:
    """The import report; messages are Chinese and name the row and column."""
    counts = {k: getattr(s, k) for k in ("total", "created", "updated", "unchanged", "failed")}
    return {
        **counts,
        "dry_run": s.dry_run,
        "errors": [_message(e) for e in s.errors],
        "notes": [_message(n) for n in s.notes],
    }


@routes.op(
    "POST",
    "/import/customers",
    summary="Import customers with opening tickets, buckets, deposit and balance from a CSV "
    "or XLSX file sent as the body (matched by phone; re-importing changes nothing)",
    area="import",
    query={
        "dry_run": {**BOOL, "default": False},
        "batch": integer(1, 1000, default=BATCH_SIZE),
    },
    upload=UPLOAD,
    response=SUMMARY,
)
async def import_customers(call: Call) -> Any:
    """Check every row, import the valid ones; 422 when the file as a whole is unusable."""
    summary = await customer_import.import_file(
        call.body["file"],
        call.actor,
        batch_size=call.query["batch"],
        dry_run=call.query["dry_run"],
    )
    return summary_json(summary)


@routes.op(
    "GET",
    "/import/customers/template",
    summary="The customer sheet to fill in: every column the import reads, two example rows",
    area="import",
    query=FORMAT_QUERY,
    media_type=MEDIA_TYPES,
    response=FILE_SCHEMA,
)
async def customers_template(call: Call) -> Any:
    """The template as CSV or XLSX."""
    return download([template()], "customers-template", call.query["format"])
