"""Back-office lists: audit trail, complaints, returns, codes and tokens."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from uuid import UUID

from tortoise.functions import Count

from domain.models import (
    ApiToken,
    AuditLog,
    Complaint,
    Reminder,
    ReturnRequest,
    TicketCodeBatch,
)
from domain.reads.paging import Page, page_by_created, page_by_id, where
from domain.rules.errors import NotFound


@dataclass(frozen=True)
class AuditRecord:
    """One write: who changed what, with the state before and after."""

    id: int
    actor: str
    action: str
    entity: str
    entity_id: str
    before: dict[str, object] | None
    after: dict[str, object] | None
    created_at: datetime


def _audit_record(row: AuditLog) -> AuditRecord:
    return AuditRecord(
        row.id, row.actor, row.action, row.entity, row.entity_id, row.before, row.after,
        row.created_at,
    )  # fmt: skip


@dataclass(frozen=True)
class ComplaintRecord:
    """A customer's complaint, open until staff close it."""

    id: int
    customer_id: UUID
    text: str
    order_number: str | None
    status: str
    resolution: str
    created_at: datetime


def _complaint_record(row: Complaint) -> ComplaintRecord:
    customer_id = row.customer_id  # type: ignore[attr-defined]
    return ComplaintRecord(
        row.id, customer_id, row.text, row.order_number, row.status, row.resolution,
        row.created_at,
    )  # fmt: skip


@dataclass(frozen=True)
class ReturnRecord:
    """A customer's request to return buckets."""

    id: int
    customer_id: UUID
    buckets: int | None
    status: str
    created_at: datetime


def _return_record(row: ReturnRequest) -> ReturnRecord:
    customer_id = row.customer_id  # type: ignore[attr-defined]
    return ReturnRecord(row.id, customer_id, row.buckets, row.status, row.created_at)


async def list_audit(
    action: str | None, entity: str | None, since: datetime | None, limit: int, cursor: str | None
) -> Page[AuditRecord]:
    """Audit rows newest first; `action` matches a prefix ("order." finds every order move)."""
    query = AuditLog.all()
    if action:
        query = query.filter(action__startswith=action)
    if entity:
        query = query.filter(entity=entity)
    if since:
        query = query.filter(created_at__gte=since.astimezone(UTC))
    return (await page_by_id(query, limit, cursor)).map(_audit_record)


async def list_complaints(
    status: str | None, customer_id: str | None, limit: int, cursor: str | None
) -> Page[ComplaintRecord]:
    """Complaints newest first, optionally by status and of one customer."""
    query = where(Complaint.all(), status=status, customer_id=customer_id)
    return (await page_by_id(query, limit, cursor)).map(_complaint_record)


async def list_returns(
    status: str | None, customer_id: str | None, limit: int, cursor: str | None
) -> Page[ReturnRecord]:
    """Bucket return requests newest first, optionally by status and of one customer."""
    query = where(ReturnRequest.all(), status=status, customer_id=customer_id)
    return (await page_by_id(query, limit, cursor)).map(_return_record)


async def complaint(complaint_id: int) -> ComplaintRecord:
    """One complaint, or NotFound."""
    found = await Complaint.get_or_none(id=complaint_id)
    if found is None:
        raise NotFound(f"complaint {complaint_id}", message="没有这条投诉")
    return _complaint_record(found)


async def code_batch_page(
    pack_code: str | None, voided: bool | None, limit: int, cursor: str | None
) -> Page[TicketCodeBatch]:
    """Printed code batches newest first, optionally for one pack, voided or not."""
    voided_filter = None if voided is None else not voided
    query = where(TicketCodeBatch.all(), pack_code=pack_code, voided_at__isnull=voided_filter)
    return await page_by_id(query, limit, cursor)


async def token_page(
    role: str | None, revoked: bool | None, limit: int, cursor: str | None
) -> Page[ApiToken]:
    """API tokens newest first, optionally one role, revoked or not."""
    revoked_filter = None if revoked is None else not revoked
    query = where(ApiToken.all(), role=role, revoked_at__isnull=revoked_filter)
    return await page_by_created(query, limit, cursor)


async def reminder_counts() -> dict[str, int]:
    """Refill reminders by status (pending, sent, skipped …)."""
    rows = await Reminder.annotate(n=Count("id")).group_by("status").values_list("status", "n")
    return {str(status): int(n) for status, n in rows}
