"""A customer as every read hands them out: the admin API's lists and 360° view, the owner's
lookups in WeCom, and the customer on an order's detail. One record, so what the back office
and the owner see of a customer cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from domain.models import Customer


@dataclass(frozen=True)
class CustomerRecord:
    """A customer as the back office and the owner see them."""

    id: UUID
    name: str
    phone: str | None
    tags: list[str]
    notes: str
    wechat_linked: bool  # followed the Official Account (has an openid)
    reminder_opt_out: bool
    refill_due_at: datetime | None
    created_at: datetime


def customer_record(row: Customer) -> CustomerRecord:
    """The record of a customer row."""
    return CustomerRecord(
        id=row.id,
        name=row.name,
        phone=row.phone,
        tags=[str(t) for t in row.tags],
        notes=row.notes,
        wechat_linked=row.mp_openid is not None,
        reminder_opt_out=row.reminder_opt_out,
        refill_due_at=row.refill_due_at,
        created_at=row.created_at,
    )
