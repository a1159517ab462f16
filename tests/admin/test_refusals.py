"""The refusal path of the endpoints whose own tests only walk the success path.

(403 for every operation and role is proved by test_role_limits; these are the business and
input refusals: unknown records, impossible moves, malformed filters.)
"""

from __future__ import annotations

from typing import Any

import pytest

from domain.models import Courier, Product, TicketPack
from tests.admin.conftest import Api
from tests.admin.seed import SKU, seed_world

pytestmark = pytest.mark.usefixtures("db")
NOBODY = "7f0c9a52-1111-4222-8333-444455556666"


async def _refused(api: Api, method: str, path: str, body: object, status: int) -> Any:
    """The error of a call that must be refused with `status`."""
    got, reply = await api.call(method, path, json=body)
    assert got == status, (method, path, got, reply)
    assert reply["error"]["code"] and reply["error"]["message"]
    return reply["error"]


async def test_customer_reads_of_nobody_are_404(viewer: Api) -> None:
    await seed_world()
    for path in (f"/customers/{NOBODY}/service-log", f"/customers/{NOBODY}/tickets"):
        await _refused(viewer, "GET", path, None, 404)
    await _refused(viewer, "GET", "/customers/not-a-uuid/tickets", None, 404)


async def test_wallet_refusals(owner: Api) -> None:
    world = await seed_world()
    base = f"/customers/{world.customer.id}"
    pack = {"pack_code": "nfsq-19l-10", "payment_method": "balance"}
    error = await _refused(owner, "POST", f"{base}/ticket-packs", pack, 409)
    assert error["code"] == "insufficient_balance"
    await _refused(owner, "POST", f"{base}/ticket-packs", {**pack, "pack_code": "ghost"}, 404)
    await _refused(owner, "POST", f"/customers/{NOBODY}/ticket-packs", pack, 404)
    top_up = {"amount_fen": 0, "method": "cash"}
    assert "amount_fen" in (await _refused(owner, "POST", f"{base}/balance", top_up, 422))["fields"]
    await _refused(owner, "POST", f"/customers/{NOBODY}/balance", {**top_up, "amount_fen": 1}, 404)


async def test_catalog_refusals_change_nothing(owner: Api) -> None:
    await seed_world()
    await _refused(owner, "DELETE", "/products/ghost", None, 404)
    await _refused(owner, "PATCH", "/ticket-packs/ghost", {"bonus": 1}, 404)
    error = await _refused(owner, "PATCH", "/ticket-packs/nfsq-19l-10", {"sku": "ghost"}, 422)
    assert "sku" in error["fields"]
    await _refused(owner, "DELETE", "/ticket-packs/ghost", None, 404)
    status, body = await owner.get("/ticket-packs", params={"sku": "bad sku!"})
    assert status == 422 and "sku" in body["error"]["fields"]
    assert (await TicketPack.get(code="nfsq-19l-10")).sku == SKU
    assert await Product.filter(active=True).count() == 7


async def test_courier_refusals(owner: Api, dispatcher: Api) -> None:
    await seed_world()
    courier = await Courier.get(wecom_userid="c1")
    await _refused(owner, "PATCH", f"/couriers/{NOBODY}", {"phone": "1"}, 404)
    error = await _refused(owner, "PATCH", f"/couriers/{courier.id}", {"trip_capacity": 0}, 422)
    assert "trip_capacity" in error["fields"]
    await _refused(dispatcher, "POST", f"/couriers/{NOBODY}/shift", {"on_shift": True}, 404)
    await _refused(dispatcher, "POST", f"/couriers/{courier.id}/shift", {}, 422)
    assert (await Courier.get(id=courier.id)).trip_capacity == 10


async def test_order_deliver_refusals(dispatcher: Api) -> None:
    world = await seed_world()
    order = {"customer_id": str(world.customer.id), "items": [{"sku": SKU, "quantity": 1}],
             "payment_method": "ticket"}  # fmt: skip
    _, placed = await dispatcher.post("/orders", order)
    number = placed["number"]
    await _refused(dispatcher, "POST", "/orders/20991231999/deliver", {}, 404)
    error = await _refused(dispatcher, "POST", f"/orders/{number}/deliver", {"empties": -1}, 422)
    assert "empties" in error["fields"]
    assert (await dispatcher.post(f"/orders/{number}/cancel", {"reason": "客户取消"}))[0] == 200
    error = await _refused(dispatcher, "POST", f"/orders/{number}/deliver", {}, 409)
    assert error["code"] in ("illegal_transition", "order_cancelled")


async def test_list_filters_are_checked(viewer: Api, owner: Api) -> None:
    for path, params in (
        ("/returns", {"status": "lost"}),
        ("/complaints", {"status": "lost"}),
        ("/code-batches", {"voided": "maybe"}),
        ("/tokens", {"role": "admin"}),
        ("/products", {"limit": 0}),
    ):
        api = owner if path in ("/code-batches", "/tokens") else viewer
        status, body = await api.get(path, params=params)
        assert status == 422 and body["error"]["fields"], (path, params)


async def test_unknown_batches_and_tokens_are_404(owner: Api) -> None:
    response = await owner.client.get("/api/v1/code-batches/9999/export", headers=owner.headers())
    assert response.status == 404 and (await response.json())["error"]["code"] == "not_found"
    await _refused(owner, "DELETE", f"/tokens/{NOBODY}", None, 404)
