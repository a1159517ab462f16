"""One lock order everywhere (customer row first, then its accounts): no deadlock under races.

Meaningful on PostgreSQL, where the transactions really interleave; SQLite's single writer
serialises them.
"""

from __future__ import annotations

import asyncio

import pytest
from tortoise.transactions import in_transaction

from domain.infra.ports import Conn
from domain.models import BucketAccount, Order, ReturnRequest
from domain.services import backoffice, buckets, customers, requests
from domain.services.buckets import Returned
from domain.services.customers import AddressInput
from domain.services.orders import OrderRequest, place_order, preview_order
from domain.services.support import lock_customer, run_in_transaction
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW, on_postgres

pytestmark = pytest.mark.usefixtures("db")

NEW_CUSTOMERS = 30
SKU = "nfsq-19l"


async def test_previews_racing_phone_orders_for_new_customers_never_deadlock() -> None:
    await seed_catalog()
    people = []
    for i in range(NEW_CUSTOMERS):
        made = await customers.create_customer(f"新客{i}", f"139{i:08d}", "test")
        await customers.add_address(made.id, AddressInput(f"阳光花园{i}栋101"), "test")
        people.append(made)
    calls = []
    for person in people:
        chat = OrderRequest(person.id, [(SKU, 2)], "cash")
        phone = OrderRequest(person.id, [(SKU, 2)], "cash", source="phone", actor="front-desk")
        # The customer looks at the confirmation while the front desk places the same order.
        calls += [preview_order(chat, NOW), place_order(phone, NOW), preview_order(chat, NOW)]
    results = await asyncio.gather(*calls, return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    assert failures == [], failures[:3]
    assert await Order.filter(source="phone").count() == NEW_CUSTOMERS
    # Every preview quoted the deposit of a first-time customer: two new buckets.
    assert {r.quote.deposit_fen for r in results[0::3]} == {results[1].deposit_fen}
    # A preview only reads; each placement made its customer's one account.
    assert await BucketAccount.all().count() == NEW_CUSTOMERS


@pytest.mark.skipif(not on_postgres(), reason="row locks interleave only on PostgreSQL")
async def test_approving_a_return_waits_on_the_customer_before_locking_the_request() -> None:
    customer = await make_customer()

    async def opening(conn: Conn) -> dict[str, object]:
        await buckets.set_opening_buckets(conn, customer.id, 3, 15000, "test")
        return {}

    await run_in_transaction("test.opening", None, opening)
    request_id = await requests.request_return(customer.id, 2, NOW, "退桶")
    holding = asyncio.Event()

    async def customer_then_request() -> None:
        # Any use case in the documented order: the customer's row, then one of their rows.
        async with in_transaction() as conn:
            await lock_customer(conn, customer.id)
            holding.set()
            await asyncio.sleep(0.5)  # the approval starts meanwhile and queues
            await ReturnRequest.filter(id=request_id).select_for_update().using_db(conn).first()

    async def approve() -> Returned:
        await holding.wait()
        return await backoffice.approve_return(request_id, None, "cash", "d")

    results = await asyncio.gather(customer_then_request(), approve(), return_exceptions=True)
    assert not [r for r in results if isinstance(r, BaseException)], results
    assert isinstance(results[1], Returned) and results[1].held_after == 1
