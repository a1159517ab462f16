"""Idempotency keys over the API: scoped to use case and subject; reused with other data, 409."""

from __future__ import annotations

import pytest

from domain.models import BalanceEntry, Order
from domain.services import customers
from domain.services.customers import AddressInput
from tests.admin.conftest import Api
from tests.admin.seed import SKU, World, seed_world

pytestmark = pytest.mark.usefixtures("db")

KEY = "front-desk-key-0001"


async def _second_customer() -> str:
    made = await customers.create_customer("王五", "13900139001", "test")
    await customers.add_address(made.id, AddressInput("阳光花园5栋101"), "test")
    return str(made.id)


async def _top_up(api: Api, customer_id: str, amount_fen: int) -> tuple[int, dict[str, object]]:
    body = {"amount_fen": amount_fen, "method": "cash", "idempotency_key": KEY}
    return await api.post(f"/customers/{customer_id}/balance", body)


async def test_a_top_up_key_reused_for_another_customer_credits_that_customer(owner: Api) -> None:
    world = await seed_world()
    a, b = str(world.customer.id), await _second_customer()
    assert await _top_up(owner, a, 5000) == (200, {"delta_fen": 5000, "balance_fen": 5000})
    # Before: B got A's answer (5000 on A's balance) and no money.
    assert await _top_up(owner, b, 3000) == (200, {"delta_fen": 3000, "balance_fen": 3000})
    _, b_view = await owner.get(f"/customers/{b}")
    assert b_view["balance_fen"] == 3000


async def test_a_top_up_retried_with_the_same_key_and_data_is_replayed(owner: Api) -> None:
    world = await seed_world()
    a = str(world.customer.id)
    first = await _top_up(owner, a, 5000)
    again = await _top_up(owner, a, 5000)
    assert first == again == (200, {"delta_fen": 5000, "balance_fen": 5000})
    assert await BalanceEntry.filter(account__customer_id=a).count() == 1


async def test_a_key_reused_with_other_data_is_refused_with_409(owner: Api) -> None:
    world = await seed_world()
    a = str(world.customer.id)
    await _top_up(owner, a, 5000)
    status, body = await _top_up(owner, a, 8000)
    assert status == 409, body
    assert body["error"]["code"] == "idempotency_key_reused"
    assert "幂等键" in body["error"]["message"] and "换一个新的键" in body["error"]["message"]
    assert await BalanceEntry.filter(account__customer_id=a).count() == 1
    _, view = await owner.get(f"/customers/{a}")
    assert view["balance_fen"] == 5000


async def _two_orders(api: Api, world: World) -> list[str]:
    numbers = []
    for _ in range(2):
        body = {
            "customer_id": str(world.customer.id),
            "items": [{"sku": SKU, "quantity": 1}],
            "payment_method": "cash",
        }
        status, order = await api.post("/orders", body)
        assert status == 201, order
        numbers.append(str(order["number"]))
    return numbers


async def test_a_second_orders_delivery_with_a_reused_key_is_recorded(dispatcher: Api) -> None:
    world = await seed_world()
    first, second = await _two_orders(dispatcher, world)
    body = {"empties": 0, "idempotency_key": KEY}
    status, done = await dispatcher.post(f"/orders/{first}/deliver", body)
    assert status == 200 and done["number"] == first
    # Before: the second delivery answered with the first one's result and changed nothing.
    status, done = await dispatcher.post(f"/orders/{second}/deliver", body)
    assert status == 200 and done["number"] == second, done
    assert (await Order.get(number=second)).state == "delivered"
    status, again = await dispatcher.post(f"/orders/{second}/deliver", body)
    assert status == 200 and again == done  # a true retry is still a replay


async def test_a_second_orders_cancel_with_a_reused_key_cancels_it(dispatcher: Api) -> None:
    world = await seed_world()
    first, second = await _two_orders(dispatcher, world)
    body = {"reason": "客户取消", "idempotency_key": KEY}
    assert (await dispatcher.post(f"/orders/{first}/cancel", body))[0] == 200
    status, moved = await dispatcher.post(f"/orders/{second}/cancel", body)
    assert status == 200 and moved["number"] == second and moved["state"] == "cancelled"
    assert (await Order.get(number=second)).state == "cancelled"
    status, body_ = await dispatcher.post(
        f"/orders/{second}/cancel", {"reason": "别的原因", "idempotency_key": KEY}
    )
    assert status == 409 and body_["error"]["code"] == "idempotency_key_reused"


async def test_one_key_on_two_use_cases_does_both(owner: Api) -> None:
    world = await seed_world()
    a = str(world.customer.id)
    await _top_up(owner, a, 30000)
    body = {"pack_code": "nfsq-19l-10", "payment_method": "balance", "idempotency_key": KEY}
    status, moved = await owner.post(f"/customers/{a}/ticket-packs", body)
    assert status == 200 and moved == {"sku": SKU, "delta": 11, "balance": 16}, moved
    _, view = await owner.get(f"/customers/{a}")
    assert view["balance_fen"] == 30000 - 22000
