"""Customers and their addresses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from domain.contacts import clean_address, normalise_phone
from domain.errors import NotFound
from domain.models import Address, Customer, ServiceLog
from domain.services.support import Conn, audit, run_in_transaction

# The pure rules live in domain.contacts; callers keep importing them from here too.
__all__ = ["AddressInput", "clean_address", "normalise_phone"]


@dataclass(frozen=True)
class AddressInput:
    """A new address as written by the customer or staff."""

    text: str
    label: str = "家"
    building: str = ""
    unit: str = ""
    room: str = ""
    floor: int | None = None
    has_lift: bool = True
    latitude: float | None = None
    longitude: float | None = None
    make_default: bool = True


async def customer_for_openid(openid: str, actor: str = "wechat") -> tuple[Customer, bool]:
    """The customer behind an OA openid, created on first contact; (customer, created)."""
    found = await Customer.get_or_none(mp_openid=openid)
    if found is not None:
        return found, False

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await Customer.create(mp_openid=openid, using_db=conn)
        await audit(
            conn, actor, "customer.create", "customer", customer.id, None, {"mp_openid": openid}
        )
        return {"id": str(customer.id)}

    # Keyed by openid: a concurrent first message gets the same customer, not a second one.
    created = await run_in_transaction("customer.create", f"customer:{openid}", work)
    return await Customer.get(id=created["id"]), True


async def create_customer(
    name: str, phone: str | None, actor: str, tags: list[str] | None = None, notes: str = ""
) -> Customer:
    """A customer entered by staff (phone orders, imports)."""
    clean = normalise_phone(phone) if phone else None

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await Customer.create(
            name=name.strip()[:64], phone=clean, tags=tags or [], notes=notes, using_db=conn
        )
        await audit(
            conn,
            actor,
            "customer.create",
            "customer",
            customer.id,
            None,
            {"name": name, "phone": clean},
        )
        return {"id": str(customer.id)}

    created = await run_in_transaction("customer.create", None, work)
    return await Customer.get(id=created["id"])


async def add_address(customer_id: UUID | str, data: AddressInput, actor: str) -> Address:
    """Save an address; the first one, or one marked so, becomes the default."""
    text = clean_address(data.text)

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await Customer.filter(id=customer_id).using_db(conn).first()
        if customer is None:
            raise NotFound(f"customer {customer_id}", message="没有找到这位客户")
        address = await insert_address(conn, customer, text, data, actor)
        return {"id": str(address.id)}

    created = await run_in_transaction("address.add", None, work)
    return await Address.get(id=created["id"])


async def insert_address(
    conn: Conn, customer: Customer, text: str, data: AddressInput, actor: str
) -> Address:
    """Write a cleaned address inside the caller's transaction, moving the default if asked."""
    has_default = (
        await Address.filter(customer_id=customer.id, is_default=True).using_db(conn).exists()
    )
    default = data.make_default or not has_default
    if default:
        await Address.filter(customer_id=customer.id).using_db(conn).update(is_default=False)
    address = await Address.create(
        customer=customer,
        label=data.label,
        text=text,
        building=data.building,
        unit=data.unit,
        room=data.room,
        floor=data.floor,
        has_lift=data.has_lift,
        latitude=data.latitude,
        longitude=data.longitude,
        is_default=default,
        using_db=conn,
    )
    await audit(
        conn,
        actor,
        "address.add",
        "customer",
        customer.id,
        None,
        {"address": text, "default": default},
    )
    return address


async def set_phone(customer_id: UUID | str, phone: str, actor: str) -> str:
    """Remember a validated contact phone."""
    clean = normalise_phone(phone)

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await Customer.filter(id=customer_id).using_db(conn).first()
        if customer is None:
            raise NotFound(f"customer {customer_id}", message="没有找到这位客户")
        before = customer.phone
        customer.phone = clean
        await customer.save(using_db=conn, update_fields=["phone"])
        await audit(
            conn,
            actor,
            "customer.phone",
            "customer",
            customer.id,
            {"phone": before},
            {"phone": clean},
        )
        return {"phone": clean}

    return str((await run_in_transaction("customer.phone", None, work))["phone"])


async def log_service(customer_id: UUID | str, author: str, text: str) -> None:
    """Add a follow-up note (跟进记录)."""

    async def work(conn: Conn) -> dict[str, Any]:
        if not await Customer.filter(id=customer_id).using_db(conn).exists():
            raise NotFound(f"customer {customer_id}", message="没有找到这位客户")
        await ServiceLog.create(customer_id=customer_id, author=author, text=text, using_db=conn)
        await audit(conn, author, "customer.log", "customer", customer_id, None, {"text": text})
        return {}

    await run_in_transaction("customer.log", None, work)


async def set_reminders(customer_id: UUID | str, enabled: bool, actor: str) -> None:
    """Opt in or out of refill reminders (退订提醒)."""

    async def work(conn: Conn) -> dict[str, Any]:
        await Customer.filter(id=customer_id).using_db(conn).update(reminder_opt_out=not enabled)
        await audit(
            conn, actor, "customer.reminders", "customer", customer_id, None, {"enabled": enabled}
        )
        return {}

    await run_in_transaction("customer.reminders", None, work)
