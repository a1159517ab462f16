"""Idempotency keys in the use cases: scoped to use case and subject, refused with other data.

The concurrent case is meaningful on PostgreSQL, where the twin blocks on the claimed key.
"""

from __future__ import annotations

import asyncio

import pytest

from domain.models import BalanceEntry, Customer, Order, TicketEntry
from domain.rules.errors import IdempotencyKeyReused
from domain.services import order_moves, staff, wallet
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

SKU = "nfsq-19l"


async def test_a_key_counts_per_customer_and_per_use_case() -> None:
    a, b = await make_customer("o-a"), await make_customer("o-b", "阳光花园5栋101")
    assert (await wallet.top_up(a.id, 5000, "cash", "owner", key="k-1")).balance_fen == 5000
    assert (await wallet.top_up(b.id, 3000, "cash", "owner", key="k-1")).balance_fen == 3000
    assert (await wallet.spend(a.id, 1000, "补差价", "owner", key="k-1")).balance_fen == 4000
    replay = await wallet.top_up(a.id, 5000, "cash", "owner", key="k-1")
    assert replay.balance_fen == 5000  # the first result, unchanged
    assert await BalanceEntry.filter(account__customer_id=a.id).count() == 2
    assert await BalanceEntry.filter(account__customer_id=b.id).count() == 1


async def test_the_same_key_with_other_parameters_is_refused() -> None:
    await seed_catalog()
    a = await make_customer()
    await wallet.adjust_tickets(a.id, SKU, 3, "开户赠送", "owner", NOW, key="k-2")
    with pytest.raises(IdempotencyKeyReused) as refused:
        await wallet.adjust_tickets(a.id, SKU, 5, "开户赠送", "owner", NOW, key="k-2")
    assert refused.value.http_status == 409
    assert await TicketEntry.filter(wallet__customer_id=a.id).count() == 1


async def test_orders_placed_with_one_key_are_one_per_customer_and_content() -> None:
    await seed_catalog()
    a, b = await make_customer("o-a"), await make_customer("o-b", "阳光花园5栋101")

    def request(customer: Customer, count: int) -> OrderRequest:
        return OrderRequest(customer.id, [(SKU, count)], "cash", idempotency_key="draft:7")

    first = await place_order(request(a, 1), NOW)
    again = await place_order(request(a, 1), NOW)
    other = await place_order(request(b, 1), NOW)
    assert first.number == again.number != other.number
    with pytest.raises(IdempotencyKeyReused):
        await place_order(request(a, 2), NOW)
    assert await Order.all().count() == 2


async def test_cancel_and_delivery_keys_count_per_order() -> None:
    await seed_catalog()
    await staff.add_courier("c1", "王师傅", "test")
    a = await make_customer()
    one = await place_order(OrderRequest(a.id, [(SKU, 1)], "cash"), NOW)
    two = await place_order(OrderRequest(a.id, [(SKU, 1)], "cash"), NOW)
    three = await place_order(OrderRequest(a.id, [(SKU, 1)], "cash"), NOW)
    assert (await order_moves.cancel_order(one.number, "owner", NOW, key="k")).state == "cancelled"
    assert (await order_moves.cancel_order(two.number, "owner", NOW, key="k")).state == "cancelled"
    done = await order_moves.record_delivery(three.number, "owner", NOW, key="k")
    assert done.number == three.number
    states = dict(await Order.all().values_list("number", "state"))
    assert states == {one.number: "cancelled", two.number: "cancelled", three.number: "delivered"}


async def test_concurrent_reuse_with_other_data_credits_once_and_refuses_the_rest() -> None:
    a = await make_customer()
    calls = [wallet.top_up(a.id, 1000 * (i + 1), "cash", "owner", key="k-3") for i in range(10)]
    results = await asyncio.gather(*calls, return_exceptions=True)
    done = [r for r in results if not isinstance(r, BaseException)]
    refused = [r for r in results if isinstance(r, BaseException)]
    assert len(done) == 1 and all(isinstance(r, IdempotencyKeyReused) for r in refused), refused
    assert await BalanceEntry.filter(account__customer_id=a.id).count() == 1
