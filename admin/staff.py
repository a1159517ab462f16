"""Couriers and staff: list, register, change, and put couriers on or off shift."""

from __future__ import annotations

from typing import Any

from admin.api import Call, Reply, Routes
from admin.schema import BOOL, UUID_S, enum, integer, nullable, obj, ref, string
from admin.views import PAGE_QUERY, page_json, page_schema
from domain.reads import staff as reads
from domain.reads.staff import CourierRecord, StaffRecord
from domain.services import backoffice, duty, staff

routes = Routes("staff")
ROLE = enum(*staff.ROLES)
USERID = string(64, min_length=1, pattern=r"^[A-Za-z0-9_.@-]+$")
COURIER_EDIT: dict[str, Any] = {
    "name": string(64, min_length=1),
    "phone": string(20),
    "trip_capacity": integer(1, 100),
    "piece_rate_fen": integer(0, 100_000),
    "active": BOOL,
}
COURIER = ref(
    "Courier",
    obj(
        ("id", "wecom_userid", "name", "phone", "trip_capacity", "piece_rate_fen", "active",
         "on_shift"),
        id=UUID_S,
        wecom_userid=string(64),
        **{**COURIER_EDIT, "trip_capacity": integer(), "piece_rate_fen": integer()},
        on_shift=BOOL,
    ),
)  # fmt: skip
STAFF = ref(
    "Staff",
    obj(
        ("id", "wecom_userid", "name", "role", "courier_id", "on_duty"),
        id=UUID_S,
        wecom_userid=string(64),
        name=string(64),
        role=ROLE,
        courier_id=nullable(UUID_S),
        on_duty=BOOL,
    ),
)


def courier_json(c: CourierRecord) -> dict[str, Any]:
    """A courier."""
    return {
        "id": str(c.id),
        "wecom_userid": c.wecom_userid,
        "name": c.name,
        "phone": c.phone,
        "trip_capacity": c.trip_capacity,
        "piece_rate_fen": c.piece_rate_fen,
        "active": c.active,
        "on_shift": c.on_shift,
    }


def staff_json(s: StaffRecord) -> dict[str, Any]:
    """A staff member."""
    return {
        "id": str(s.id),
        "wecom_userid": s.wecom_userid,
        "name": s.name,
        "role": s.role,
        "courier_id": str(s.courier_id) if s.courier_id else None,
        "on_duty": s.on_duty,
    }


@routes.op(
    "GET",
    "/couriers",
    summary="Couriers by name, optionally only the active or the on-shift ones",
    area="staff",
    query={"active": BOOL, "on_shift": BOOL, **PAGE_QUERY},
    response=page_schema("CourierPage", COURIER),
)
async def list_couriers(call: Call) -> Any:
    """Couriers."""
    q = call.query
    page = await reads.courier_page(q.get("active"), q.get("on_shift"), q["limit"], q.get("cursor"))
    return page_json(page, courier_json)


@routes.op(
    "POST",
    "/couriers",
    summary="Register a courier by WeCom user id (a repeat updates; 409 in another role)",
    area="staff",
    body=obj(("wecom_userid", "name"), wecom_userid=USERID, **COURIER_EDIT),
    response=COURIER,
    status=201,
)
async def create_courier(call: Call) -> Any:
    """Register."""
    b = call.body
    made = await staff.add_courier(
        b["wecom_userid"],
        b["name"],
        call.actor,
        b.get("phone", ""),
        b.get("trip_capacity", 10),
        b.get("piece_rate_fen", 0),
        b.get("active", True),
    )
    return Reply(courier_json(await reads.courier(made.id)), 201)


@routes.op(
    "PATCH",
    "/couriers/{courier_id}",
    summary="Change a courier's details",
    area="staff",
    path_params={"courier_id": UUID_S},
    body=obj(**COURIER_EDIT),
    response=COURIER,
)
async def update_courier(call: Call) -> Any:
    """Edit."""
    made = await backoffice.update_courier(call.path["courier_id"], call.body, call.actor)
    return courier_json(made)


@routes.op(
    "POST",
    "/couriers/{courier_id}/shift",
    summary="Put a courier on or off shift",
    area="dispatch",
    path_params={"courier_id": UUID_S},
    body=obj(("on_shift",), on_shift=BOOL),
    response=COURIER,
)
async def shift(call: Call) -> Any:
    """On or off shift."""
    changes = {"on_shift": call.body["on_shift"]}
    return courier_json(
        await backoffice.update_courier(call.path["courier_id"], changes, call.actor)
    )


@routes.op(
    "GET",
    "/staff",
    summary="Owners, dispatchers and couriers in WeCom by name, optionally one role or duty",
    area="staff",
    query={"role": ROLE, "on_duty": BOOL, **PAGE_QUERY},
    response=page_schema("StaffPage", STAFF),
)
async def list_staff(call: Call) -> Any:
    """Staff."""
    q = call.query
    page = await reads.staff_page(q.get("role"), q["limit"], q.get("cursor"), q.get("on_duty"))
    return page_json(page, staff_json)


@routes.op(
    "POST",
    "/staff",
    summary="Register an owner or dispatcher by WeCom user id (409 if registered in another role)",
    area="staff",
    body=obj(
        ("wecom_userid", "name", "role"),
        wecom_userid=USERID,
        name=string(64, min_length=1),
        role=enum("owner", "dispatcher"),
    ),
    response=STAFF,
    status=201,
)
async def create_staff(call: Call) -> Any:
    """Register."""
    b = call.body
    made = await staff.add_staff(b["wecom_userid"], b["name"], b["role"], call.actor)
    return Reply(staff_json(await reads.staff_member(made.id)), 201)


@routes.op(
    "PATCH",
    "/staff/{staff_id}",
    summary="Change a staff member's role (owner only; the last owner and busy couriers stay)",
    area="staff",
    path_params={"staff_id": UUID_S},
    body=obj(("role",), role=ROLE),
    response=STAFF,
)
async def change_role(call: Call) -> Any:
    """Another role."""
    moved = await staff.change_role(call.path["staff_id"], call.body["role"], call.actor)
    return staff_json(await reads.staff_member(moved.id))


@routes.op(
    "POST",
    "/staff/{staff_id}/duty",
    summary="Put an owner or dispatcher on or off duty (handoffs go to those on duty)",
    area="dispatch",
    path_params={"staff_id": UUID_S},
    body=obj(("on_duty",), on_duty=BOOL),
    response=STAFF,
)
async def set_duty(call: Call) -> Any:
    """On or off duty."""
    done = await duty.set_duty(call.body["on_duty"], call.actor, staff_id=call.path["staff_id"])
    return staff_json(await reads.staff_member(done.staff_id))
