"""Who is writing: the customer or staff member behind a message, as plain records.

A turn carries one of these instead of the ORM row, so handlers see the few fields they
format with and pass ids to the use cases, which load (and lock) the row themselves.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from domain.models import Customer, Staff


@dataclass(frozen=True)
class CustomerIdentity:
    """The customer writing on the Official Account."""

    id: UUID
    openid: str | None
    name: str
    phone: str | None


def customer_identity(customer: Customer) -> CustomerIdentity:
    """The record of a customer row already loaded (no query)."""
    return CustomerIdentity(customer.id, customer.mp_openid, customer.name, customer.phone)


@dataclass(frozen=True)
class StaffIdentity:
    """The staff member writing in WeCom, with the role that decides what they may do."""

    id: UUID
    wecom_userid: str
    name: str
    role: str


async def staff_identity(wecom_userid: str) -> StaffIdentity | None:
    """The staff member with this WeCom user id, or None for anyone else."""
    staff = await Staff.get_or_none(wecom_userid=wecom_userid)
    if staff is None:
        return None
    return StaffIdentity(staff.id, staff.wecom_userid, staff.name, staff.role)
