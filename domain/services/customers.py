"""Customers and their addresses."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any
from uuid import UUID

from domain.infra.ports import Conn
from domain.models import Address, Customer, ServiceLog
from domain.reads import customers as customer_reads
from domain.reads.customers import AddressRecord
from domain.reads.writers import CustomerIdentity, customer_identity
from domain.rules.cleaning import clean_text
from domain.rules.contacts import check_coordinates, clean_address, normalise_phone
from domain.rules.errors import InvalidInput, NotFound
from domain.services.support import audit, lock_customer, run_in_transaction

# The pure rules live in domain.rules.contacts; callers keep importing them from here too.
__all__ = ["AddressInput", "clean_address", "normalise_phone"]


@dataclass(frozen=True)
class AddressInput:
    """A new address as written by the customer or staff."""

    text: str
    label: str = "家"
    community: str = ""
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
    created = await run_in_transaction(
        "customer.create", f"customer:{openid}", work, subject=openid
    )
    return await Customer.get(id=created["id"]), True


async def identity_for_openid(openid: str) -> CustomerIdentity:
    """Who is writing from this openid, as a record; the customer is created on first contact."""
    customer, _ = await customer_for_openid(openid)
    return customer_identity(customer)


async def create_customer(
    name: str, phone: str | None, actor: str, tags: list[str] | None = None, notes: str = ""
) -> Customer:
    """A customer entered by staff (phone orders, imports)."""
    clean = normalise_phone(phone) if phone else None
    name, notes = clean_text(name)[:64], clean_text(notes, multiline=True)
    if not name:
        raise InvalidInput("customer name empty once cleaned", fields={"name": "不能为空"})

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await Customer.create(
            name=name, phone=clean, tags=tags or [], notes=notes, using_db=conn
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
        # Locked like update/delete: two adds, or an add and a delete of the default,
        # would otherwise each see the other's state half-done and leave two defaults or none.
        customer = await lock_customer(conn, customer_id)
        return {"address": await insert_address(conn, customer, text, data, actor)}

    # Without a key the result is not stored: the row itself comes back, read no second time.
    created = await run_in_transaction("address.add", None, work)
    address: Address = created["address"]
    return address


async def insert_address(
    conn: Conn, customer: Customer, text: str, data: AddressInput, actor: str
) -> Address:
    """Write a cleaned address inside the caller's transaction, moving the default if asked."""
    check_coordinates(data.latitude, data.longitude)
    mine = Address.filter(customer_id=customer.id).using_db(conn)
    if data.make_default:
        await mine.update(is_default=False)
        default = True
    else:  # the first address becomes the default; no other default to clear then
        default = not await mine.filter(is_default=True).exists()
    address = await Address.create(
        customer=customer,
        label=clean_text(data.label) or "家",
        text=text,
        community=clean_text(data.community),
        building=clean_text(data.building),
        unit=clean_text(data.unit),
        room=clean_text(data.room),
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
    text = clean_text(text, multiline=True)

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


ADDRESS_FIELDS = ("label", "text", "building", "unit", "room", "floor", "has_lift", "latitude",
                  "longitude")  # fmt: skip


async def _owned_address(
    conn: Conn, customer_id: UUID | str, address_id: UUID | str
) -> tuple[Customer, Address]:
    """The customer, locked, and their address; another customer's address is NotFound."""
    customer = await lock_customer(conn, customer_id)
    address = await Address.filter(id=address_id, customer_id=customer.id).using_db(conn).first()
    if address is None:
        raise NotFound(f"address {address_id} of {customer.id}", message="没有找到这个地址")
    return customer, address


def _address_changes(changes: dict[str, Any]) -> dict[str, Any]:
    unknown = set(changes) - {*ADDRESS_FIELDS, "make_default"}
    if unknown:
        raise InvalidInput(
            f"not editable: {sorted(unknown)}", fields=dict.fromkeys(unknown, "不可修改")
        )
    fields = {k: v for k, v in changes.items() if k in ADDRESS_FIELDS}
    for part in ("label", "building", "unit", "room"):
        if isinstance(fields.get(part), str):
            fields[part] = clean_text(fields[part])
    if "text" in fields:
        fields["text"] = clean_address(fields["text"])
    if "latitude" in fields or "longitude" in fields:
        check_coordinates(fields.get("latitude", 0.0), fields.get("longitude", 0.0))
    return fields


async def update_address(
    customer_id: UUID | str, address_id: UUID | str, changes: dict[str, Any], actor: str
) -> AddressRecord:
    """Change a saved address; orders placed before keep the address they were placed with."""
    fields = _address_changes(changes)
    make_default = changes.get("make_default")

    async def work(conn: Conn) -> dict[str, Any]:
        customer, address = await _owned_address(conn, customer_id, address_id)
        if make_default is False and address.is_default:
            raise InvalidInput(
                "cannot unset the default address",
                message="请把另一个地址设为默认,而不是取消默认",
                fields={"make_default": "默认地址不能直接取消"},
            )
        after = dict(fields)
        if make_default and not address.is_default:
            await Address.filter(customer_id=customer.id).using_db(conn).update(is_default=False)
            after["is_default"] = True
        before = {name: getattr(address, name) for name in after}
        if after:
            for name, value in after.items():
                setattr(address, name, value)
            await address.save(using_db=conn, update_fields=list(after))
            key = {"address_id": str(address.id)}
            await audit(
                conn, actor, "address.update", "customer", customer.id, {**key, **before},
                {**key, **after},
            )  # fmt: skip
        return {"id": str(address.id)}

    done = await run_in_transaction("address.update", None, work)
    return await customer_reads.address(done["id"])


async def delete_address(
    customer_id: UUID | str, address_id: UUID | str, actor: str
) -> Address | None:
    """Forget a saved address and return the default after it (None: no address is left).

    A deleted default passes to the newest other address. Orders keep a snapshot of their
    address, so history and open orders are not touched.
    """

    async def work(conn: Conn) -> dict[str, Any]:
        customer, address = await _owned_address(conn, customer_id, address_id)
        await address.delete(using_db=conn)
        promoted = None
        if address.is_default:
            others = Address.filter(customer_id=customer.id).using_db(conn)
            promoted = await others.order_by("-created_at", "-id").first()
            if promoted is not None:
                promoted.is_default = True
                await promoted.save(using_db=conn, update_fields=["is_default"])
        default = str(promoted.id) if promoted else None
        before = {"address_id": str(address.id), "text": address.text, "label": address.label,
                  "is_default": address.is_default}  # fmt: skip
        after = {"default_moved_to": default} if address.is_default else None
        await audit(conn, actor, "address.delete", "customer", customer.id, before, after)
        return {"customer": str(customer.id)}

    done = await run_in_transaction("address.delete", None, work)
    return await Address.filter(customer_id=done["customer"], is_default=True).first()
