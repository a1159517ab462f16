"""Demo data: the shared demo catalog, two couriers, an owner and customers with history."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from importlib import resources
from typing import Any

from domain.models import Customer
from domain.services import catalog, customers, order_moves, orders, staff, wallet
from domain.services.customers import AddressInput
from domain.services.station import configure_station

ACTOR = "demo-data"

CUSTOMERS: list[dict[str, Any]] = [
    {
        "name": "王阿姨",
        "phone": "13800000001",
        "openid": "demo-wang",
        "address": "阳光花园3栋502",
        "floor": 5,
        "lift": False,
        "sku": "nfsq-19l",
        "pack": "nfsq-19l-10",
        "every": 12,
        "qty": 2,
    },
    {
        "name": "李先生",
        "phone": "13800000002",
        "openid": "demo-li",
        "address": "翠湖小区8栋1201",
        "floor": 12,
        "lift": True,
        "sku": "cestbon-18l",
        "pack": "cestbon-18l-10",
        "every": 9,
        "qty": 1,
    },
    {
        "name": "张老板(公司)",
        "phone": "13800000003",
        "openid": "demo-zhang",
        "address": "创业大厦A座1608",
        "floor": 16,
        "lift": True,
        "sku": "local-18l",
        "pack": "local-18l-20",
        "every": 4,
        "qty": 3,
    },
    {
        "name": "陈女士",
        "phone": "13800000004",
        "openid": "demo-chen",
        "address": "阳光花园5栋301",
        "floor": 3,
        "lift": False,
        "sku": "ganten-18l",
        "pack": None,
        "every": 20,
        "qty": 1,
    },
]


def demo_catalog() -> dict[str, Any]:
    """The demo catalog shipped with the project (a copy of shared/nlu/catalog.json)."""
    text = (resources.files("domain") / "demo_data" / "catalog.json").read_text("utf-8")
    data: dict[str, Any] = json.loads(text)
    return data


DEMO_STATION = {
    "name": "清泉水站",
    "address": "阳光花园南门商铺12号",
    "phone": "0571-88886666",
    "delivery_fee_fen": 0,
    "floor_fee_fen": 100,
    "free_floors": 3,
}


async def load_demo_data(now: datetime) -> dict[str, int]:
    """Load everything a demo needs; safe to run twice (it skips what is there)."""
    await catalog.load_catalog(demo_catalog(), ACTOR)
    await configure_station(DEMO_STATION, ACTOR)
    await staff.add_courier("courier1", "刘师傅", ACTOR, "13900000001", 12, 150)
    await staff.add_courier("courier2", "赵师傅", ACTOR, "13900000002", 10, 150)
    await staff.add_staff("owner", "店长", "owner", ACTOR)
    created = 0
    for spec in CUSTOMERS:
        if await Customer.exists(mp_openid=spec["openid"]):
            continue
        await _demo_customer(spec, now)
        created += 1
    return {"customers": created}


async def _demo_customer(spec: dict[str, Any], now: datetime) -> None:
    customer, _ = await customers.customer_for_openid(spec["openid"], ACTOR)
    customer.name = spec["name"]
    await customer.save(update_fields=["name"])
    await customers.set_phone(customer.id, spec["phone"], ACTOR)
    await customers.add_address(
        customer.id,
        AddressInput(spec["address"], floor=spec["floor"], has_lift=spec["lift"]),
        ACTOR,
    )
    if spec["pack"]:
        await wallet.buy_pack(customer.id, spec["pack"], "cash", ACTOR, now - timedelta(days=60))
    # Past deliveries at the household's rhythm give the refill model and the stats a history.
    for back in (3, 2, 1):
        at = now - timedelta(days=spec["every"] * back)
        method = "ticket" if spec["pack"] else "cash"
        placed = await orders.place_order(
            orders.OrderRequest(
                customer.id,
                [(spec["sku"], spec["qty"])],
                method,
                actor=ACTOR,
                window=(at, at + timedelta(hours=2)),
                source="demo",
            ),
            at,
        )
        await order_moves.assign_order(placed.number, "courier1", ACTOR, at)
        await order_moves.record_delivery(placed.number, ACTOR, at + timedelta(hours=1))
