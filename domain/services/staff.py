"""Couriers and staff with their roles.

Registering is idempotent for the same role; a different role is a deliberate act
(`change_role`), so a typo in a form cannot turn the owner into a courier.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError

from domain.infra.ports import Conn
from domain.models import Courier, Order, Staff
from domain.rules.cleaning import clean_text
from domain.rules.errors import Conflict, InvalidInput, NotFound
from domain.services.dispatch import TASK_STATES
from domain.services.support import audit, run_in_transaction

ROLES = ("owner", "dispatcher", "courier")
ROLE_NAMES = {"owner": "店长", "dispatcher": "调度", "courier": "送水员"}


def _refuse_other_role(existing: Staff | None, wanted: str) -> None:
    """Conflict when the WeCom user is already registered with another role."""
    if existing is not None and existing.role != wanted:
        raise Conflict(
            f"{existing.wecom_userid} is {existing.role}, asked to register as {wanted}",
            message=f"该企业微信账号已登记为{ROLE_NAMES.get(existing.role, existing.role)},"
            "如需改变角色请使用修改角色",
        )


async def _staff_row(conn: Conn, wecom_userid: str) -> Staff | None:
    return await Staff.filter(wecom_userid=wecom_userid).select_for_update().using_db(conn).first()


async def _save_staff(
    conn: Conn, found: Staff | None, wecom_userid: str, role: str, fields: dict[str, Any]
) -> Staff:
    """Update the locked row of a user already in `role`, or insert a new one."""
    if found is not None:
        await found.update_from_dict(fields).save(using_db=conn)
        return found
    # A plain insert, not an upsert: when another registration of the same new userid
    # commits first, this fails on the unique index (see _register) instead of
    # silently overwriting the role the other one just gave.
    return await Staff.create(wecom_userid=wecom_userid, role=role, **fields, using_db=conn)


async def _register(action: str, work: Callable[[Conn], Awaitable[dict[str, Any]]]) -> str:
    """Run a registration; one that lost the race for a new userid reruns on the winner's row."""
    for _ in range(2):
        try:
            return str((await run_in_transaction(action, None, work))["id"])
        except IntegrityError:
            # The rerun sees the committed row: the same role updates it, another role is
            # the usual Conflict from _refuse_other_role.
            continue
    raise Conflict(
        f"{action}: the WeCom userid kept changing under the registration",
        message="该企业微信账号正在被同时登记,请稍后再试",
    )


async def add_courier(
    wecom_userid: str,
    name: str,
    actor: str,
    phone: str = "",
    trip_capacity: int = 10,
    piece_rate_fen: int = 0,
    active: bool = True,
) -> Courier:
    """Register a courier and their staff record (role courier); repeat calls update them."""
    name = clean_text(name)
    if not wecom_userid.strip() or not name or trip_capacity <= 0 or piece_rate_fen < 0:
        raise InvalidInput("bad courier fields", message="送水员信息不完整")

    async def work(conn: Conn) -> dict[str, Any]:
        found = await _staff_row(conn, wecom_userid)
        _refuse_other_role(found, "courier")
        # `active` is set here, in the same transaction: registered inactive, the courier is
        # never dispatchable, not even for a moment.
        courier, _ = await Courier.update_or_create(
            defaults={"name": name, "phone": phone, "trip_capacity": trip_capacity,
                      "piece_rate_fen": piece_rate_fen, "active": active},
            wecom_userid=wecom_userid,
            using_db=conn,
        )  # fmt: skip
        fields = {"name": name, "courier": courier}
        await _save_staff(conn, found, wecom_userid, "courier", fields)
        after = {"wecom_userid": wecom_userid, "name": name, "active": active}
        await audit(conn, actor, "courier.save", "courier", courier.id, None, after)
        return {"id": str(courier.id)}

    return await Courier.get(id=await _register("courier.save", work))


async def add_staff(wecom_userid: str, name: str, role: str, actor: str) -> Staff:
    """Register an owner or dispatcher (couriers go through add_courier)."""
    name = clean_text(name)
    if role not in ROLES or role == "courier":
        raise InvalidInput(f"bad role {role!r}", message="角色只能是 owner 或 dispatcher")
    if not name:
        raise InvalidInput("staff name empty once cleaned", fields={"name": "不能为空"})

    async def work(conn: Conn) -> dict[str, Any]:
        found = await _staff_row(conn, wecom_userid)
        _refuse_other_role(found, role)
        member = await _save_staff(conn, found, wecom_userid, role, {"name": name})
        after = {"wecom_userid": wecom_userid, "role": role}
        await audit(conn, actor, "staff.save", "staff", member.id, None, after)
        return {"id": str(member.id)}

    return await Staff.get(id=await _register("staff.save", work))


async def _lock_owners(conn: Conn) -> list[Staff]:
    """Every owner row, locked in id order so concurrent role changes queue, not deadlock."""
    return await Staff.filter(role="owner").order_by("id").select_for_update().using_db(conn)


async def _leave_owners(conn: Conn, member: Staff, owners: list[Staff] | None) -> None:
    if member.role != "owner":
        return
    if owners is None:
        # Made an owner between change_role's first look and its lock: lock the owners now.
        owners = await _lock_owners(conn)
    # Every owner row is locked, so two owners demoting each other at once cannot both win.
    if len(owners) <= 1:
        raise Conflict("refused to demote the last owner", message="至少要保留一位店长")


async def _leave_couriers(conn: Conn, member: Staff) -> None:
    courier_id = member.courier_id  # type: ignore[attr-defined]
    if member.role != "courier" or courier_id is None:
        return
    courier = await Courier.filter(id=courier_id).select_for_update().using_db(conn).first()
    if courier is None:
        return
    busy = Order.filter(courier_id=courier.id, state__in=list(TASK_STATES)).using_db(conn)
    if await busy.exists():
        raise Conflict(
            f"courier {courier.wecom_userid} still has open tasks",
            message="这位送水员还有未完成的任务,请先改派",
        )
    # Dispatch only picks active couriers: off the list, the row stays for history and pay.
    courier.active, courier.on_shift = False, False
    await courier.save(using_db=conn, update_fields=["active", "on_shift"])


async def _join_couriers(conn: Conn, member: Staff) -> None:
    courier, _ = await Courier.update_or_create(
        defaults={"name": member.name, "active": True},
        wecom_userid=member.wecom_userid,
        using_db=conn,
    )
    member.courier = courier
    await member.save(using_db=conn, update_fields=["courier_id"])


async def _locked_member(
    conn: Conn, staff_id: UUID | str, role: str
) -> tuple[Staff, list[Staff] | None]:
    """The member, locked; when owners are involved, every owner row is locked before it."""
    seen = await Staff.filter(id=staff_id).using_db(conn).first()
    if seen is None:
        raise NotFound(f"staff {staff_id}", message="没有这位员工")
    # Owner rows first, in id order, then the member's own: two owners demoting each other
    # used to lock their own rows first and then wait on each other's (a deadlock).
    owners = await _lock_owners(conn) if "owner" in (seen.role, role) else None
    member = await Staff.filter(id=staff_id).select_for_update().using_db(conn).first()
    if member is None:
        raise NotFound(f"staff {staff_id}", message="没有这位员工")
    return member, owners


async def change_role(staff_id: UUID | str, role: str, actor: str) -> Staff:
    """Give a staff member another role; the last owner stays, a busy courier stays."""
    if role not in ROLES:
        raise InvalidInput(f"bad role {role!r}", fields={"role": "owner / dispatcher / courier"})

    async def work(conn: Conn) -> dict[str, Any]:
        member, owners = await _locked_member(conn, staff_id, role)
        before = member.role
        if before != role:
            await _leave_owners(conn, member, owners)
            await _leave_couriers(conn, member)
            if role == "courier":
                await _join_couriers(conn, member)
            # A courier is never on the duty roster: handoffs would go to them.
            member.role, member.on_duty = role, member.on_duty and role != "courier"
            await member.save(using_db=conn, update_fields=["role", "on_duty"])
            await audit(
                conn, actor, "staff.role", "staff", member.id, {"role": before}, {"role": role}
            )
        return {"id": str(member.id)}

    done = await run_in_transaction("staff.role", None, work)
    return await Staff.get(id=done["id"])


async def record_location(
    userid: str, latitude: float, longitude: float, at: datetime, precision: float | None = None
) -> bool:
    """Keep where WeCom last reported a courier (the LOCATION event) and how precise (metres,
    None: not said); False: not a courier or the coordinates are impossible.

    The latest report wins even when less precise: the plan judges it (dispatch_problem).
    Not audited: WeCom may report every few seconds, and a position is no business change.
    """
    if not (-90 <= latitude <= 90 and -180 <= longitude <= 180):
        return False
    member = await Staff.filter(wecom_userid=userid).first()
    if member is None or member.courier_id is None:  # type: ignore[attr-defined]
        return False
    updated = await Courier.filter(id=member.courier_id).update(  # type: ignore[attr-defined]
        latitude=latitude,
        longitude=longitude,
        located_at=at,
        located_within_m=precision if precision is not None and 0 <= precision < 1e7 else None,
    )
    return updated > 0
