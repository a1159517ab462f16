"""A customer keeps exactly one default address, however adds and deletes interleave.

Meaningful on PostgreSQL, where the transactions really run in parallel; on SQLite the single
writer serialises them and these pass by construction.
"""

from __future__ import annotations

import asyncio

import pytest

from domain.models import Address
from domain.services import customers
from domain.services.customers import AddressInput
from tests.integration.helpers import make_customer

pytestmark = pytest.mark.usefixtures("db")


async def test_concurrent_default_addresses_leave_exactly_one_default() -> None:
    customer = await make_customer()
    adds = [
        customers.add_address(customer.id, AddressInput(f"阳光花园{n}栋101"), "test")
        for n in range(20)
    ]
    await asyncio.gather(*adds)
    assert await Address.filter(customer_id=customer.id).count() == 21
    assert await Address.filter(customer_id=customer.id, is_default=True).count() == 1


async def test_deleting_the_default_while_adding_leaves_one_default() -> None:
    customer = await make_customer()
    first = await Address.get(customer_id=customer.id)
    calls = [customers.delete_address(customer.id, first.id, "test")]
    calls += [
        customers.add_address(
            customer.id, AddressInput(f"阳光花园{n}栋101", make_default=False), "test"
        )
        for n in range(10)
    ]
    await asyncio.gather(*calls)
    assert await Address.filter(customer_id=customer.id).count() == 10
    assert await Address.filter(customer_id=customer.id, is_default=True).count() == 1
