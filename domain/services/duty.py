"""Who is on duty: the owners and dispatchers a customer asking for a person is handed to.

Staff go on and off duty themselves in WeCom (值班 / 下班) or through the back office. When
nobody is on duty, a handoff goes to every owner (`domain/rules/handoff.recipients`).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from domain.infra.ports import Conn
from domain.models import Staff
from domain.rules.errors import InvalidInput, NotFound
from domain.services.support import audit, run_in_transaction

DUTY_ROLES = ("owner", "dispatcher")


@dataclass(frozen=True)
class Duty:
    """A staff member's duty after the change, and everyone on duty now (names)."""

    staff_id: UUID
    on_duty: bool
    changed: bool
    on_duty_names: tuple[str, ...]


async def _locked(conn: Conn, staff_id: UUID | str | None, wecom_userid: str | None) -> Staff:
    query = Staff.filter(id=staff_id) if staff_id else Staff.filter(wecom_userid=wecom_userid)
    member = await query.select_for_update().using_db(conn).first()
    if member is None:
        raise NotFound(f"staff {staff_id or wecom_userid}", message="没有这位员工")
    if member.role not in DUTY_ROLES:
        raise InvalidInput(
            f"{member.wecom_userid} is a {member.role}, not on the duty roster",
            message="只有店长和调度可以值班;送水员接单用“上班 / 下班”",
        )
    return member


async def set_duty(
    on_duty: bool,
    actor: str,
    *,
    staff_id: UUID | str | None = None,
    wecom_userid: str | None = None,
) -> Duty:
    """Put an owner or dispatcher on or off duty (by id or WeCom user id); audited."""

    async def work(conn: Conn) -> dict[str, Any]:
        member = await _locked(conn, staff_id, wecom_userid)
        changed = member.on_duty != on_duty
        if changed:
            before = {"on_duty": member.on_duty}
            member.on_duty = on_duty
            await member.save(using_db=conn, update_fields=["on_duty"])
            await audit(conn, actor, "staff.duty", "staff", member.id, before, {"on_duty": on_duty})
        names = list(await on_duty_names(conn))
        return {"staff_id": str(member.id), "changed": changed, "names": names}

    done = await run_in_transaction("staff.duty", None, work)
    names = tuple(str(name) for name in done["names"])
    return Duty(UUID(str(done["staff_id"])), on_duty, bool(done["changed"]), names)


async def on_duty_names(conn: Conn | None = None) -> tuple[str, ...]:
    """The names of the owners and dispatchers on duty, by name."""
    on_now = Staff.filter(on_duty=True, role__in=list(DUTY_ROLES)).order_by("name")
    rows = await (on_now.using_db(conn) if conn is not None else on_now)
    return tuple(row.name for row in rows)
