"""Back-office lists: audit trail, complaints, returns, staff, the catalog, codes and tokens."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

from tortoise.functions import Count
from tortoise.queryset import QuerySet

from domain.models import (
    ApiToken,
    AuditLog,
    Complaint,
    Courier,
    Product,
    Reminder,
    ReturnRequest,
    Staff,
    TicketCodeBatch,
    TicketPack,
)
from domain.reads.paging import M, Page, page_by_created, page_by_id, page_by_text
from domain.rules.errors import NotFound


def _where(query: QuerySet[M], **filters: Any) -> QuerySet[M]:
    """The query narrowed by every filter that was given (None: not filtered)."""
    return query.filter(**{k: v for k, v in filters.items() if v is not None})


async def list_audit(
    action: str | None, entity: str | None, since: datetime | None, limit: int, cursor: str | None
) -> Page[AuditLog]:
    """Audit rows newest first; `action` matches a prefix ("order." finds every order move)."""
    query = AuditLog.all()
    if action:
        query = query.filter(action__startswith=action)
    if entity:
        query = query.filter(entity=entity)
    if since:
        query = query.filter(created_at__gte=since.astimezone(UTC))
    return await page_by_id(query, limit, cursor)


async def list_complaints(
    status: str | None, customer_id: str | None, limit: int, cursor: str | None
) -> Page[Complaint]:
    """Complaints newest first, optionally by status and of one customer."""
    query = _where(Complaint.all(), status=status, customer_id=customer_id)
    return await page_by_id(query, limit, cursor)


async def list_returns(
    status: str | None, customer_id: str | None, limit: int, cursor: str | None
) -> Page[ReturnRequest]:
    """Bucket return requests newest first, optionally by status and of one customer."""
    query = _where(ReturnRequest.all(), status=status, customer_id=customer_id)
    return await page_by_id(query, limit, cursor)


async def complaint(complaint_id: int) -> Complaint:
    """One complaint, or NotFound."""
    found = await Complaint.get_or_none(id=complaint_id)
    if found is None:
        raise NotFound(f"complaint {complaint_id}", message="没有这条投诉")
    return found


async def courier_page(
    active: bool | None, on_shift: bool | None, limit: int, cursor: str | None
) -> Page[Courier]:
    """Couriers by name, optionally only the active or the on-shift ones."""
    return await page_by_text(
        _where(Courier.all(), active=active, on_shift=on_shift), "name", limit, cursor
    )


async def staff_page(role: str | None, limit: int, cursor: str | None) -> Page[Staff]:
    """Staff members by name, optionally one role."""
    query = _where(Staff.all(), role=role)
    return await page_by_text(query, "name", limit, cursor)


async def product_exists(sku: str) -> bool:
    """Whether the catalog has this sku, on sale or not."""
    return await Product.exists(sku=sku)


async def product_page(active: bool | None, limit: int, cursor: str | None) -> Page[Product]:
    """Products in catalog order, optionally only those on sale (or off)."""
    return await page_by_id(_where(Product.all(), active=active), limit, cursor, newest_first=False)


async def pack_page(
    sku: str | None, active: bool | None, limit: int, cursor: str | None
) -> Page[TicketPack]:
    """Ticket packs in catalog order, optionally for one product or only on sale."""
    query = _where(TicketPack.all(), sku=sku, active=active)
    return await page_by_id(query, limit, cursor, newest_first=False)


async def code_batch_page(
    pack_code: str | None, voided: bool | None, limit: int, cursor: str | None
) -> Page[TicketCodeBatch]:
    """Printed code batches newest first, optionally for one pack, voided or not."""
    voided_filter = None if voided is None else not voided
    query = _where(TicketCodeBatch.all(), pack_code=pack_code, voided_at__isnull=voided_filter)
    return await page_by_id(query, limit, cursor)


async def token_page(
    role: str | None, revoked: bool | None, limit: int, cursor: str | None
) -> Page[ApiToken]:
    """API tokens newest first, optionally one role, revoked or not."""
    revoked_filter = None if revoked is None else not revoked
    query = _where(ApiToken.all(), role=role, revoked_at__isnull=revoked_filter)
    return await page_by_created(query, limit, cursor)


async def reminder_counts() -> dict[str, int]:
    """Refill reminders by status (pending, sent, skipped …)."""
    rows = await Reminder.annotate(n=Count("id")).group_by("status").values_list("status", "n")
    return {str(status): int(n) for status, n in rows}
