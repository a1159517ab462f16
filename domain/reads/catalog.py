"""The catalog for the back office: products and ticket packs, on sale or not."""

from __future__ import annotations

from dataclasses import dataclass

from domain.models import Product, TicketPack
from domain.reads.paging import Page, page_by_id, where
from domain.rules.errors import NotFound


@dataclass(frozen=True)
class ProductRecord:
    """A product as sold."""

    sku: str
    name: str
    aliases: list[str]
    unit: str
    price_fen: int
    deposit_fen: int
    active: bool


def _product_record(row: Product) -> ProductRecord:
    return ProductRecord(
        row.sku, row.name, list(row.aliases), row.unit, row.price_fen, row.deposit_fen, row.active
    )


@dataclass(frozen=True)
class PackRecord:
    """A ticket pack as sold."""

    code: str
    sku: str
    name: str
    tickets: int
    bonus: int
    price_fen: int
    valid_days: int
    active: bool


def _pack_record(row: TicketPack) -> PackRecord:
    return PackRecord(
        row.code, row.sku, row.name, row.tickets, row.bonus, row.price_fen, row.valid_days,
        row.active,
    )  # fmt: skip


async def product_exists(sku: str) -> bool:
    """Whether the catalog has this sku, on sale or not."""
    return await Product.exists(sku=sku)


async def product(sku: str) -> ProductRecord:
    """One product, on sale or not, or NotFound."""
    found = await Product.get_or_none(sku=sku)
    if found is None:
        raise NotFound(f"product {sku}", message="没有这种商品")
    return _product_record(found)


async def pack(code: str) -> PackRecord:
    """One ticket pack, on sale or not, or NotFound."""
    found = await TicketPack.get_or_none(code=code)
    if found is None:
        raise NotFound(f"pack {code}", message="没有这种水票套餐")
    return _pack_record(found)


async def product_page(active: bool | None, limit: int, cursor: str | None) -> Page[ProductRecord]:
    """Products in catalog order, optionally only those on sale (or off)."""
    query = where(Product.all(), active=active)
    return (await page_by_id(query, limit, cursor, newest_first=False)).map(_product_record)


async def pack_page(
    sku: str | None, active: bool | None, limit: int, cursor: str | None
) -> Page[PackRecord]:
    """Ticket packs in catalog order, optionally for one product or only on sale."""
    query = where(TicketPack.all(), sku=sku, active=active)
    return (await page_by_id(query, limit, cursor, newest_first=False)).map(_pack_record)
