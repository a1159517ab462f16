"""Couriers and staff with their roles."""

from __future__ import annotations

from typing import Any

from domain.errors import InvalidInput
from domain.models import Courier, Staff
from domain.services.support import Conn, audit, run_in_transaction

ROLES = ("owner", "dispatcher", "courier")


async def add_courier(
    wecom_userid: str,
    name: str,
    actor: str,
    phone: str = "",
    trip_capacity: int = 10,
    piece_rate_fen: int = 0,
) -> Courier:
    """Register a courier and their staff record (role courier); repeat calls update them."""
    if not wecom_userid.strip() or trip_capacity <= 0 or piece_rate_fen < 0:
        raise InvalidInput("bad courier fields", message="送水员信息不完整")

    async def work(conn: Conn) -> dict[str, Any]:
        courier, _ = await Courier.update_or_create(
            defaults={
                "name": name,
                "phone": phone,
                "trip_capacity": trip_capacity,
                "piece_rate_fen": piece_rate_fen,
                "active": True,
            },
            wecom_userid=wecom_userid,
            using_db=conn,
        )
        await Staff.update_or_create(
            defaults={"name": name, "role": "courier", "courier": courier},
            wecom_userid=wecom_userid,
            using_db=conn,
        )
        await audit(
            conn,
            actor,
            "courier.save",
            "courier",
            courier.id,
            None,
            {"wecom_userid": wecom_userid, "name": name},
        )
        return {"id": str(courier.id)}

    created = await run_in_transaction("courier.save", None, work)
    return await Courier.get(id=created["id"])


async def add_staff(wecom_userid: str, name: str, role: str, actor: str) -> Staff:
    """Register an owner or dispatcher (couriers go through add_courier)."""
    if role not in ROLES or role == "courier":
        raise InvalidInput(f"bad role {role!r}", message="角色只能是 owner 或 dispatcher")

    async def work(conn: Conn) -> dict[str, Any]:
        staff, _ = await Staff.update_or_create(
            defaults={"name": name, "role": role}, wecom_userid=wecom_userid, using_db=conn
        )
        await audit(
            conn,
            actor,
            "staff.save",
            "staff",
            staff.id,
            None,
            {"wecom_userid": wecom_userid, "role": role},
        )
        return {"id": str(staff.id)}

    created = await run_in_transaction("staff.save", None, work)
    return await Staff.get(id=created["id"])
