"""Back-office edits the chat never makes: catalog, couriers, customer records, requests."""

from __future__ import annotations

from datetime import datetime
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.models import Model

from domain.infra.ports import Conn
from domain.models import Courier, Customer, Product, ReturnRequest, TicketPack
from domain.reads import catalog as catalog_reads
from domain.reads import customers as customer_reads
from domain.reads import staff as staff_reads
from domain.reads.catalog import PackRecord, ProductRecord
from domain.reads.customer_records import CustomerRecord
from domain.reads.staff import CourierRecord
from domain.rules.cleaning import clean_text
from domain.rules.errors import Conflict, InvalidInput, NotFound
from domain.services import buckets
from domain.services.buckets import Returned
from domain.services.support import (
    audit,
    bump_settings_version,
    jsonable,
    lock_customer,
    run_in_transaction,
)

PRODUCT_FIELDS = ("name", "aliases", "unit", "price_fen", "deposit_fen", "active")
PACK_FIELDS = ("sku", "name", "tickets", "bonus", "price_fen", "valid_days", "active")
COURIER_FIELDS = (
    "name",
    "phone",
    "trip_capacity",
    "piece_rate_fen",
    "active",
    "on_shift",
    "shift_starts",
    "shift_ends",
)
CUSTOMER_FIELDS = ("name", "tags", "notes", "reminder_opt_out")
ONE_LINE, MULTI_LINE = ("name", "unit", "phone"), ("notes", "note")


def _cleaned(values: dict[str, Any]) -> dict[str, Any]:
    """Names and notes as stored: clean_text on each given string (aliases and tags too)."""
    out = dict(values)
    for name, value in values.items():
        if isinstance(value, str) and name in ONE_LINE + MULTI_LINE:
            out[name] = clean_text(value, multiline=name in MULTI_LINE)
        elif name in ("aliases", "tags") and isinstance(value, list):
            out[name] = [clean_text(v) for v in value if isinstance(v, str) and clean_text(v)]
    return out


# Rows each process keeps between turns (services.shared_settings): a change bumps their version.
CACHED: tuple[type[Model], ...] = (Product,)


async def _edit(
    model: type[Model],
    lookup: dict[str, Any],
    changes: dict[str, Any],
    allowed: tuple[str, ...],
    action: str,
    actor: str,
) -> dict[str, Any]:
    """Change some fields of one row under its lock; audited with before and after."""
    changes = _cleaned(changes)
    unknown = set(changes) - set(allowed)
    if unknown:
        raise InvalidInput(
            f"not editable: {sorted(unknown)}", fields=dict.fromkeys(unknown, "不可修改")
        )

    async def work(conn: Conn) -> dict[str, Any]:
        row = await model.filter(**lookup).select_for_update().using_db(conn).first()
        if row is None:
            raise NotFound(f"{model.__name__} {lookup}")
        before = {name: getattr(row, name) for name in changes}
        for name, value in changes.items():
            setattr(row, name, value)
        if changes:
            await row.save(using_db=conn, update_fields=list(changes))
            if model in CACHED:
                await bump_settings_version(conn)
            entity = model._meta.db_table
            await audit(conn, actor, action, entity, row.pk, jsonable(before), jsonable(changes))
        return {"pk": str(row.pk)}

    return await run_in_transaction(action, None, work)


async def _create(
    model: type[Model], key: dict[str, Any], values: dict[str, Any], action: str, actor: str
) -> None:
    """Create one row; Conflict when its key is taken."""
    values = _cleaned(values)

    async def work(conn: Conn) -> dict[str, Any]:
        if await model.filter(**key).using_db(conn).exists():
            raise Conflict(f"{model.__name__} {key} exists", message="编号已存在")
        row = await model.create(**key, **values, using_db=conn)
        if model in CACHED:
            await bump_settings_version(conn)
        entity = model._meta.db_table
        await audit(conn, actor, action, entity, next(iter(key.values())), None, values)
        return {"pk": str(row.pk)}

    try:
        await run_in_transaction(action, None, work)
    except IntegrityError:  # a concurrent twin took the key between the check and the insert
        raise Conflict(f"{model.__name__} {key} exists", message="编号已存在") from None


async def create_product(sku: str, values: dict[str, Any], actor: str) -> ProductRecord:
    """A new product on sale; the chat's understanding picks it up on its next reload."""
    await _create(Product, {"sku": sku}, values, "product.create", actor)
    return await catalog_reads.product(sku)


async def update_product(sku: str, changes: dict[str, Any], actor: str) -> ProductRecord:
    """Change an existing product (price, aliases, on sale or not)."""
    await _edit(Product, {"sku": sku}, changes, PRODUCT_FIELDS, "product.update", actor)
    return await catalog_reads.product(sku)


async def create_pack(code: str, values: dict[str, Any], actor: str) -> PackRecord:
    """A new ticket pack for an existing product."""
    if not await Product.exists(sku=values.get("sku", "")):
        raise InvalidInput(
            f"pack for unknown sku {values.get('sku')}", fields={"sku": "没有这种商品"}
        )
    await _create(TicketPack, {"code": code}, values, "pack.create", actor)
    return await catalog_reads.pack(code)


async def update_pack(code: str, changes: dict[str, Any], actor: str) -> PackRecord:
    """Change an existing ticket pack."""
    if "sku" in changes and not await Product.exists(sku=changes["sku"]):
        raise InvalidInput(f"pack for unknown sku {changes['sku']}", fields={"sku": "没有这种商品"})
    await _edit(TicketPack, {"code": code}, changes, PACK_FIELDS, "pack.update", actor)
    return await catalog_reads.pack(code)


async def update_courier(
    courier_id: UUID | str, changes: dict[str, Any], actor: str
) -> CourierRecord:
    """Change a courier: on or off shift, capacity, contact, active."""
    await _edit(Courier, {"id": courier_id}, changes, COURIER_FIELDS, "courier.update", actor)
    return await staff_reads.courier(courier_id)


async def update_customer(
    customer_id: UUID | str, changes: dict[str, Any], actor: str
) -> CustomerRecord:
    """Change a customer's name, tags, notes or reminder opt-out."""
    if "tags" in changes:
        changes = {**changes, "tags": sorted(set(_cleaned(changes)["tags"]))}
    await _edit(Customer, {"id": customer_id}, changes, CUSTOMER_FIELDS, "customer.update", actor)
    return await customer_reads.customer(customer_id)


async def _locked_return(conn: Conn, request_id: int) -> ReturnRequest:
    """The return request, locked after its customer's row (the one lock order)."""
    query = ReturnRequest.filter(id=request_id).using_db(conn)
    owner = await query.values_list("customer_id", flat=True)
    if owner:
        await lock_customer(conn, str(owner[0]))
    request = await query.select_for_update().first()
    if request is None:
        raise NotFound(f"return request {request_id}", message="没有这条退桶申请")
    return request


async def approve_return(
    request_id: int,
    count: int | None,
    refund_method: str,
    actor: str,
    now: datetime | None = None,
) -> Returned:
    """Collect the buckets of an open return request and refund their deposit, once."""

    async def work(conn: Conn) -> dict[str, Any]:
        # The customer's row first, as every use case locks, then the request: a double click
        # or a retry waits on the customer, then finds the request done and is refused, so the
        # deposit goes back exactly once.
        request = await _locked_return(conn, request_id)
        if request.status != "open":
            raise Conflict(
                f"return request {request_id} is {request.status}", message="退桶申请已处理"
            )
        wanted = count if count is not None else request.buckets
        if wanted is None or wanted <= 0:
            raise InvalidInput(
                "return count unknown",
                message="请写明收回了几个桶",
                fields={"buckets": "请填写收回的桶数"},
            )
        customer_id = request.customer_id  # type: ignore[attr-defined]
        returned = await buckets.return_in(conn, customer_id, wanted, refund_method, actor, now)
        before = {"status": request.status, "buckets": request.buckets}
        request.status, request.buckets = "done", wanted
        await request.save(using_db=conn, update_fields=["status", "buckets"])
        after = {"status": "done", "buckets": wanted, "refund_method": refund_method}
        await audit(conn, actor, "return.approve", "return_request", request_id, before, after)
        return jsonable(returned)

    return Returned(**await run_in_transaction("return.approve", None, work))
