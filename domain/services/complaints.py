"""Closing a customer's complaint: who handled it and how, kept with an audit row."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.infra.ports import Conn
from domain.models import Complaint
from domain.rules.cleaning import clean_text
from domain.rules.errors import InvalidInput
from domain.services.support import audit, run_in_transaction

OPEN, CLOSED = "open", "closed"


@dataclass(frozen=True)
class ComplaintClosed:
    """The outcome: `previous` is the status before (None: no such complaint)."""

    id: int
    previous: str | None
    resolution: str


async def close_complaint(
    complaint_id: int, resolution: str, actor: str, now: datetime
) -> ComplaintClosed:
    """Close an open complaint with what was done; closing a closed one changes nothing."""
    resolution = clean_text(resolution, multiline=True)
    if not resolution:
        raise InvalidInput("complaint closed without a resolution")

    async def work(conn: Conn) -> dict[str, Any]:
        found = await Complaint.filter(id=complaint_id).select_for_update().using_db(conn).first()
        if found is None:
            return {"id": complaint_id, "previous": None, "resolution": ""}
        if found.status != OPEN:
            return {"id": complaint_id, "previous": found.status, "resolution": found.resolution}
        found.status = CLOSED
        found.resolution = resolution[:1000]  # who and when: the audit row
        await found.save(using_db=conn, update_fields=["status", "resolution"])
        await audit(
            conn,
            actor,
            "complaint.close",
            "complaint",
            complaint_id,
            {"status": OPEN},
            {"status": CLOSED, "resolution": resolution[:200], "at": now},
        )
        return {"id": complaint_id, "previous": OPEN, "resolution": found.resolution}

    return ComplaintClosed(**await run_in_transaction("complaint.close", None, work))
