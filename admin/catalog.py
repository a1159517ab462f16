"""Products and ticket packs: list, create, change, take off sale.

The chat reloads the catalog every 30 seconds, so an edit reaches the customers by itself.
"""

from __future__ import annotations

from typing import Any

from admin.api import Call, Reply, Routes
from admin.schema import BOOL, array, integer, obj, ref, string
from admin.views import PAGE_QUERY, page_json, page_schema
from domain.reads import catalog
from domain.reads.catalog import PackRecord, ProductRecord
from domain.services import backoffice

routes = Routes("catalog")
CODE = string(32, min_length=1, pattern=r"^[A-Za-z0-9_.-]+$")
MONEY = integer(0, 10_000_000)
ALIASES = array(string(32, min_length=1), 30)

PRODUCT_FIELDS: dict[str, Any] = {
    "name": string(64, min_length=1),
    "aliases": ALIASES,
    "unit": string(8, min_length=1),
    "price_fen": MONEY,
    "deposit_fen": MONEY,
    "active": BOOL,
}
PACK_FIELDS: dict[str, Any] = {
    "sku": CODE,
    "name": string(64, min_length=1),
    "tickets": integer(1, 1000),
    "bonus": integer(0, 1000),
    "price_fen": MONEY,
    "valid_days": integer(1, 3650),
    "active": BOOL,
}
PRODUCT = ref(
    "Product",
    obj(("sku", *PRODUCT_FIELDS), sku=CODE, **{**PRODUCT_FIELDS, "price_fen": integer()}),
)
PACK = ref("TicketPack", obj(("code", *PACK_FIELDS), code=CODE, **PACK_FIELDS))


def product_json(p: ProductRecord) -> dict[str, Any]:
    """A product as sold."""
    return {
        "sku": p.sku,
        "name": p.name,
        "aliases": list(p.aliases),
        "unit": p.unit,
        "price_fen": p.price_fen,
        "deposit_fen": p.deposit_fen,
        "active": p.active,
    }


def pack_json(p: PackRecord) -> dict[str, Any]:
    """A ticket pack as sold."""
    return {
        "code": p.code,
        "sku": p.sku,
        "name": p.name,
        "tickets": p.tickets,
        "bonus": p.bonus,
        "price_fen": p.price_fen,
        "valid_days": p.valid_days,
        "active": p.active,
    }


@routes.op(
    "GET",
    "/products",
    summary="Products in catalog order, optionally only those on sale (active) or off",
    area="catalog",
    query={"active": BOOL, **PAGE_QUERY},
    response=page_schema("ProductPage", PRODUCT),
)
async def list_products(call: Call) -> Any:
    """The product list."""
    q = call.query
    return page_json(
        await catalog.product_page(q.get("active"), q["limit"], q.get("cursor")), product_json
    )


@routes.op(
    "POST",
    "/products",
    summary="Add a product",
    area="catalog",
    body=obj(("sku", "name", "price_fen"), sku=CODE, **PRODUCT_FIELDS),
    response=PRODUCT,
    status=201,
)
async def create_product(call: Call) -> Any:
    """409 when the sku exists."""
    values = {k: v for k, v in call.body.items() if k != "sku"}
    made = await backoffice.create_product(call.body["sku"], values, call.actor)
    return Reply(product_json(made), 201)


@routes.op(
    "PATCH",
    "/products/{sku}",
    summary="Change a product (price, deposit, aliases, on sale)",
    area="catalog",
    path_params={"sku": CODE},
    body=obj(**PRODUCT_FIELDS),
    response=PRODUCT,
)
async def update_product(call: Call) -> Any:
    """Edit."""
    return product_json(await backoffice.update_product(call.path["sku"], call.body, call.actor))


@routes.op("DELETE", "/products/{sku}", summary="Take a product off sale (kept for history)",
           area="catalog", path_params={"sku": CODE}, response=PRODUCT)  # fmt: skip
async def deactivate_product(call: Call) -> Any:
    """Deactivate."""
    made = await backoffice.update_product(call.path["sku"], {"active": False}, call.actor)
    return product_json(made)


@routes.op(
    "GET",
    "/ticket-packs",
    summary="Ticket packs in catalog order, optionally for one product or only on sale",
    area="catalog",
    query={"sku": CODE, "active": BOOL, **PAGE_QUERY},
    response=page_schema("TicketPackPage", PACK),
)
async def list_packs(call: Call) -> Any:
    """The pack list."""
    q = call.query
    page = await catalog.pack_page(q.get("sku"), q.get("active"), q["limit"], q.get("cursor"))
    return page_json(page, pack_json)


@routes.op(
    "POST",
    "/ticket-packs",
    summary="Add a ticket pack for a product",
    area="catalog",
    body=obj(("code", "sku", "name", "tickets", "price_fen"), code=CODE, **PACK_FIELDS),
    response=PACK,
    status=201,
)
async def create_pack(call: Call) -> Any:
    """409 when the code exists, 422 for an unknown product."""
    values = {k: v for k, v in call.body.items() if k != "code"}
    return Reply(
        pack_json(await backoffice.create_pack(call.body["code"], values, call.actor)), 201
    )


@routes.op(
    "PATCH",
    "/ticket-packs/{code}",
    summary="Change a ticket pack",
    area="catalog",
    path_params={"code": CODE},
    body=obj(**PACK_FIELDS),
    response=PACK,
)
async def update_pack(call: Call) -> Any:
    """Edit."""
    return pack_json(await backoffice.update_pack(call.path["code"], call.body, call.actor))


@routes.op("DELETE", "/ticket-packs/{code}", summary="Take a ticket pack off sale",
           area="catalog", path_params={"code": CODE}, response=PACK)  # fmt: skip
async def deactivate_pack(call: Call) -> Any:
    """Deactivate."""
    made = await backoffice.update_pack(call.path["code"], {"active": False}, call.actor)
    return pack_json(made)
