"""Back-office lists: audit trail, complaints, bucket returns, staff and the catalog."""

from __future__ import annotations

from datetime import UTC, datetime

from tortoise.functions import Count

from domain.errors import NotFound
from domain.models import (
    AuditLog,
    Complaint,
    Courier,
    Product,
    Reminder,
    ReturnRequest,
    Staff,
    TicketPack,
)
from domain.reads.paging import Page, page_by_id


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


async def list_complaints(status: str | None, limit: int, cursor: str | None) -> Page[Complaint]:
    """Complaints newest first."""
    query = Complaint.all()
    if status:
        query = query.filter(status=status)
    return await page_by_id(query, limit, cursor)


async def list_returns(status: str | None, limit: int, cursor: str | None) -> Page[ReturnRequest]:
    """Bucket return requests newest first."""
    query = ReturnRequest.all()
    if status:
        query = query.filter(status=status)
    return await page_by_id(query, limit, cursor)


async def complaint(complaint_id: int) -> Complaint:
    """One complaint, or NotFound."""
    found = await Complaint.get_or_none(id=complaint_id)
    if found is None:
        raise NotFound(f"complaint {complaint_id}", message="没有这条投诉")
    return found


async def couriers() -> list[Courier]:
    """Every courier, active first."""
    return list(await Courier.all().order_by("-active", "name"))


async def staff() -> list[Staff]:
    """Every staff member."""
    return list(await Staff.all().prefetch_related("courier").order_by("role", "name"))


async def products() -> list[Product]:
    """Every product, on sale or not, in catalog order."""
    return list(await Product.all().order_by("id"))


async def packs() -> list[TicketPack]:
    """Every ticket pack, on sale or not."""
    return list(await TicketPack.all().order_by("id"))


async def reminder_counts() -> dict[str, int]:
    """Refill reminders by status (pending, sent, skipped …)."""
    rows = await Reminder.annotate(n=Count("id")).group_by("status").values_list("status", "n")
    return {str(status): int(n) for status, n in rows}
