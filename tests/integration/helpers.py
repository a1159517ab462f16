"""Builders for integration tests: a catalog, a customer with an address, money in their wallets."""

from __future__ import annotations

from domain.models import Customer
from domain.services import catalog, customers, demo
from domain.services.customers import AddressInput


async def seed_catalog() -> None:
    """The demo catalog."""
    await catalog.load_catalog(demo.demo_catalog(), "test")


async def make_customer(openid: str = "o-test", address: str = "阳光花园3栋502") -> Customer:
    """A customer with a default address."""
    customer, _ = await customers.customer_for_openid(openid, "test")
    await customers.add_address(customer.id, AddressInput(address), "test")
    return customer
