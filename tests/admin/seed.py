"""A small station for admin tests: catalog, a courier, a customer with an address and history."""

from __future__ import annotations

from dataclasses import dataclass

from domain.models import Customer
from domain.services import catalog, customers, demo, staff, wallet
from domain.services.customers import AddressInput
from tests.support import NOW

SKU = "nfsq-19l"


@dataclass(frozen=True)
class World:
    """What the seed made."""

    customer: Customer
    courier_userid: str


async def seed_world() -> World:
    """The demo catalog, courier `c1`, customer 李四 with an address and 5 tickets."""
    await catalog.load_catalog(demo.demo_catalog(), "test")
    await staff.add_courier("c1", "王师傅", "test")
    made = await customers.create_customer("李四", "13900139000", "test", ["vip"])
    await customers.add_address(made.id, AddressInput("阳光花园3栋502"), "test")
    await wallet.adjust_tickets(made.id, SKU, 5, "开户赠送", "test", NOW)
    return World(made, "c1")
