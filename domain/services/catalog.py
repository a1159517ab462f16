"""The catalog: products and ticket packs, loaded from the station's catalog file or edited."""

from __future__ import annotations

from typing import Any

from domain.infra.ports import Conn
from domain.models import Product, TicketPack
from domain.rules.pricing import parse_yuan
from domain.services.support import audit, bump_settings_version, run_in_transaction


async def load_catalog(catalog: dict[str, Any], actor: str) -> tuple[int, int]:
    """Upsert products and packs from a catalog document (money in yuan strings)."""

    async def work(conn: Conn) -> dict[str, Any]:
        for item in catalog["products"]:
            await Product.update_or_create(
                defaults={
                    "name": item["name"],
                    "aliases": list(item.get("aliases", [])),
                    "unit": item.get("unit", "桶"),
                    "price_fen": parse_yuan(item["price"]),
                    "deposit_fen": parse_yuan(item.get("deposit", "0")),
                    "active": True,
                },
                sku=item["sku"],
                using_db=conn,
            )
        for pack in catalog.get("ticket_packs", []):
            await TicketPack.update_or_create(
                defaults={
                    "sku": pack["sku"],
                    "name": pack["name"],
                    "tickets": int(pack["tickets"]),
                    "bonus": int(pack.get("bonus", 0)),
                    "price_fen": parse_yuan(pack["price"]),
                    "valid_days": int(pack.get("valid_days", 365)),
                    "active": True,
                },
                code=pack["code"],
                using_db=conn,
            )
        counts = {
            "products": len(catalog["products"]),
            "packs": len(catalog.get("ticket_packs", [])),
        }
        await bump_settings_version(conn)
        await audit(conn, actor, "catalog.load", "catalog", "all", None, counts)
        return counts

    result = await run_in_transaction("catalog.load", None, work)
    return int(result["products"]), int(result["packs"])


async def active_products() -> list[Product]:
    """Products on sale, in catalog order."""
    return await Product.filter(active=True).order_by("id")


async def active_packs() -> list[TicketPack]:
    """Ticket packs on sale."""
    return await TicketPack.filter(active=True).order_by("id")
