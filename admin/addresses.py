"""A customer's saved addresses: list, change, delete (adding one lives with the customer)."""

from __future__ import annotations

from typing import Any

from admin.api import Call, Routes
from admin.customers import ADDRESS_IN
from admin.schema import UUID_S, nullable, obj, ref
from admin.views import ADDRESS, PAGE_QUERY, address_json, page_json, page_schema
from domain.reads import customers as reads
from domain.services import customers

routes = Routes("customers")
IDS = {"customer_id": UUID_S, "address_id": UUID_S}
ADDRESS_EDIT = obj(**ADDRESS_IN["properties"])
DELETED = ref(
    "AddressDeleted",
    obj(("id", "default_address_id"), id=UUID_S, default_address_id=nullable(UUID_S)),
)


@routes.op(
    "GET",
    "/customers/{customer_id}/addresses",
    summary="A customer's saved addresses, newest first",
    area="customers",
    path_params={"customer_id": UUID_S},
    query=PAGE_QUERY,
    response=page_schema("AddressPage", ADDRESS),
)
async def list_addresses(call: Call) -> Any:
    """Addresses."""
    q = call.query
    page = await reads.address_page(call.path["customer_id"], q["limit"], q.get("cursor"))
    return page_json(page, address_json)


@routes.op(
    "PATCH",
    "/customers/{customer_id}/addresses/{address_id}",
    summary="Change a saved address or make it the default (placed orders keep theirs)",
    area="customers",
    path_params=IDS,
    body=ADDRESS_EDIT,
    response=ADDRESS,
)
async def update_address(call: Call) -> Any:
    """Edit; another customer's address is 404."""
    p = call.path
    made = await customers.update_address(p["customer_id"], p["address_id"], call.body, call.actor)
    return address_json(made)


@routes.op(
    "DELETE",
    "/customers/{customer_id}/addresses/{address_id}",
    summary="Delete a saved address; a deleted default passes to the newest other address",
    area="customers",
    path_params=IDS,
    response=DELETED,
)
async def delete_address(call: Call) -> Any:
    """Delete; the answer names the default address after it (null: none left)."""
    p = call.path
    default = await customers.delete_address(p["customer_id"], p["address_id"], call.actor)
    return {"id": str(p["address_id"]), "default_address_id": str(default.id) if default else None}
