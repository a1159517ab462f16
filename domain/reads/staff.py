"""Couriers and staff for the back office: lists by name, and one of each."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from domain.models import Courier, Staff
from domain.reads.paging import Page, page_by_text, where
from domain.rules.errors import NotFound


@dataclass(frozen=True)
class CourierRecord:
    """A delivery courier reachable in WeCom."""

    id: UUID
    wecom_userid: str
    name: str
    phone: str
    trip_capacity: int
    piece_rate_fen: int
    active: bool
    on_shift: bool


def courier_record(row: Courier) -> CourierRecord:
    """The record of a courier row."""
    return CourierRecord(
        id=row.id,
        wecom_userid=row.wecom_userid,
        name=row.name,
        phone=row.phone,
        trip_capacity=row.trip_capacity,
        piece_rate_fen=row.piece_rate_fen,
        active=row.active,
        on_shift=row.on_shift,
    )


@dataclass(frozen=True)
class StaffRecord:
    """A WeCom user with a role: owner, dispatcher or courier."""

    id: UUID
    wecom_userid: str
    name: str
    role: str
    courier_id: UUID | None
    on_duty: bool = False  # an owner or dispatcher taking customers who ask for a person


def _staff_record(row: Staff) -> StaffRecord:
    courier_id = row.courier_id  # type: ignore[attr-defined]
    return StaffRecord(row.id, row.wecom_userid, row.name, row.role, courier_id, row.on_duty)


async def courier_page(
    active: bool | None, on_shift: bool | None, limit: int, cursor: str | None
) -> Page[CourierRecord]:
    """Couriers by name, optionally only the active or the on-shift ones."""
    query = where(Courier.all(), active=active, on_shift=on_shift)
    return (await page_by_text(query, "name", limit, cursor)).map(courier_record)


async def staff_page(
    role: str | None, limit: int, cursor: str | None, on_duty: bool | None = None
) -> Page[StaffRecord]:
    """Staff members by name, optionally one role, optionally only those (not) on duty."""
    query = where(Staff.all(), role=role, on_duty=on_duty)
    return (await page_by_text(query, "name", limit, cursor)).map(_staff_record)


async def courier(courier_id: UUID | str) -> CourierRecord:
    """One courier, or NotFound."""
    found = await Courier.get_or_none(id=courier_id)
    if found is None:
        raise NotFound(f"courier {courier_id}", message="没有这位送水员")
    return courier_record(found)


async def staff_member(staff_id: UUID | str) -> StaffRecord:
    """One staff member, or NotFound."""
    found = await Staff.get_or_none(id=staff_id)
    if found is None:
        raise NotFound(f"staff {staff_id}", message="没有这位员工")
    return _staff_record(found)
