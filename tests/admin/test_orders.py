"""Orders over the API: phone orders reach dispatch like chat orders; moves; refusals."""

from __future__ import annotations

import pytest

from domain.models import Order, TaskCard
from domain.services import staff
from tests.admin.conftest import Api
from tests.admin.seed import SKU, World, seed_world
from tests.fakes.notifier import RecordingNotifier

pytestmark = pytest.mark.usefixtures("db")


async def _phone_order(api: Api, world: World, **extra: object) -> tuple[int, dict[str, object]]:
    body = {
        "customer_id": str(world.customer.id),
        "items": [{"sku": SKU, "quantity": 2}],
        "payment_method": "ticket",
        **extra,
    }
    return await api.post("/orders", body)


async def test_phone_order_reaches_the_courier_like_a_chat_order(
    dispatcher: Api, notices: RecordingNotifier
) -> None:
    world = await seed_world()
    status, order = await _phone_order(dispatcher, world)
    assert status == 201, order
    assert order["source"] == "phone" and order["state"] == "assigned"
    assert order["courier"]["wecom_userid"] == world.courier_userid
    assert order["payment"]["method"] == "ticket" and order["payment"]["tickets_used"] == 2
    card = await TaskCard.get(order__number=order["number"])
    assert card.state == "open"
    (task,) = notices.assigned
    assert (task.courier_userid, task.number, task.task_id) == (
        world.courier_userid, order["number"], card.task_id
    )
    assert task.tickets_used == 2 and task.money_due_fen == task.deposit_fen  # tickets paid


async def test_phone_order_waits_for_dispatch_when_nobody_is_on_shift(owner: Api) -> None:
    world = await seed_world()
    courier = await staff.add_courier("c1", "王师傅", "test")
    await owner.call("POST", f"/couriers/{courier.id}/shift", json={"on_shift": False})
    status, order = await _phone_order(owner, world, payment_method="cash", note="放门口")
    assert status == 201
    assert order["state"] == "awaiting_dispatch" and order["courier"] is None
    assert order["payment"]["status"] == "unpaid" and order["payment"]["total_fen"] > 0
    assert order["note"] == "放门口"


async def test_get_order_gives_state_and_payment(viewer: Api, owner: Api) -> None:
    world = await seed_world()
    _, placed = await _phone_order(owner, world)
    status, order = await viewer.get(f"/orders/{placed['number']}")
    assert status == 200
    assert order["state"] == "assigned"
    # Tickets cover the water; the deposit for two new buckets is collected at the door.
    assert order["payment"]["status"] == "unpaid" and order["payment"]["deposit_fen"] == 10000
    assert [e["to_state"] for e in order["events"]] == ["pending", "awaiting_dispatch", "assigned"]
    assert (await viewer.get("/orders/20991231999"))[0] == 404
    assert (await viewer.get("/orders/not-a-number"))[0] == 404


async def test_order_list_filters_and_pages(owner: Api) -> None:
    world = await seed_world()
    numbers = [
        (await _phone_order(owner, world, payment_method="cash"))[1]["number"] for _ in range(3)
    ]
    status, page = await owner.get("/orders", params={"limit": 2})
    assert status == 200 and len(page["items"]) == 2 and page["next_cursor"]
    _, rest = await owner.get("/orders", params={"limit": 2, "cursor": page["next_cursor"]})
    listed = [o["number"] for o in page["items"] + rest["items"]]
    assert listed == numbers[::-1] and rest["next_cursor"] is None
    for params, count in (
        ({"state": "assigned"}, 3),
        ({"state": "delivered"}, 0),
        ({"courier": "c1"}, 3),
        ({"customer_id": str(world.customer.id)}, 3),
        ({"date": "2026-11-24"}, 3),
        ({"date": "2026-11-23"}, 0),
        ({"source": "chat"}, 0),
    ):
        status, page = await owner.get("/orders", params=params)
        assert status == 200 and len(page["items"]) == count, params
    for bad in ({"state": "lost"}, {"limit": 500}, {"cursor": "xyz"}, {"date": "24/11"}):
        status, body = await owner.get("/orders", params=bad)
        assert status == 422 and body["error"]["fields"], bad


async def test_moves_deliver_and_refuse_illegal_ones(dispatcher: Api) -> None:
    world = await seed_world()
    await staff.add_courier("c2", "李师傅", "test")
    _, order = await _phone_order(dispatcher, world)
    n = order["number"]
    status, moved = await dispatcher.post(f"/orders/{n}/assign", {"courier": "c2"})
    assert status == 200 and moved["courier"] == "c2" and moved["state"] == "assigned"
    assert (await dispatcher.post(f"/orders/{n}/assign", {"courier": "ghost"}))[0] == 404
    status, moved = await dispatcher.post(f"/orders/{n}/start")
    assert status == 200 and moved["state"] == "delivering"
    status, body = await dispatcher.post(f"/orders/{n}/cancel", {"reason": "不要了"})
    assert status == 409 and body["error"]["code"] == "illegal_transition"
    status, done = await dispatcher.post(f"/orders/{n}/deliver", {"empties": 1})
    assert status == 200 and done["buckets_delivered"] == 2 and done["empties_collected"] == 1
    status, body = await dispatcher.post(f"/orders/{n}/start")
    assert status == 409
    assert (await Order.get(number=n)).state == "delivered"


async def test_fail_reschedules_and_cancel_returns_tickets(dispatcher: Api) -> None:
    world = await seed_world()
    _, order = await _phone_order(dispatcher, world)
    n = order["number"]
    window = {
        "window_start": "2026-11-25T09:00:00+08:00",
        "window_end": "2026-11-25T11:00:00+08:00",
    }
    status, moved = await dispatcher.post(f"/orders/{n}/fail", {"reason": "没人在家", **window})
    assert status == 200 and moved["state"] == "awaiting_dispatch"
    assert moved["window_start"].startswith("2026-11-25T09:00")
    status, body = await dispatcher.post(
        f"/orders/{n}/fail", {"reason": "x", "window_start": window["window_start"]}
    )
    assert status == 422 and "window_end" in body["error"]["fields"]
    status, moved = await dispatcher.post(f"/orders/{n}/cancel", {"reason": "客户取消"})
    assert status == 200 and moved["state"] == "cancelled" and moved["tickets_returned"] == 2
    status, body = await dispatcher.post(f"/orders/{n}/cancel")
    assert status == 409 and body["error"]["code"] == "order_cancelled"


async def test_phone_order_refusals(owner: Api, viewer: Api) -> None:
    world = await seed_world()
    status, body = await _phone_order(owner, world, items=[{"sku": SKU, "quantity": 9}])
    assert status == 409 and body["error"]["code"] == "insufficient_tickets"
    status, body = await _phone_order(owner, world, items=[{"sku": "nope", "quantity": 1}])
    assert status == 400 and body["error"]["code"] == "product_unavailable"
    status, body = await _phone_order(owner, world, items=[])
    assert status == 422 and "items" in body["error"]["fields"]
    status, body = await _phone_order(owner, world, payment_method="bitcoin")
    assert status == 422 and "payment_method" in body["error"]["fields"]
    status, body = await _phone_order(owner, world, items=[{"sku": SKU, "quantity": 10**30}])
    assert status == 422
    status, body = await owner.post(
        "/orders",
        {
            "customer_id": "7f0c9a52-1111-4222-8333-444455556666",
            "items": [{"sku": SKU, "quantity": 1}],
            "payment_method": "cash",
        },
    )
    assert status == 404
    assert (await _phone_order(viewer, world))[0] == 403


async def test_idempotency_key_places_one_order(owner: Api) -> None:
    world = await seed_world()
    first = await _phone_order(
        owner, world, payment_method="cash", idempotency_key="front-desk-0001"
    )
    second = await _phone_order(
        owner, world, payment_method="cash", idempotency_key="front-desk-0001"
    )
    assert first[1]["number"] == second[1]["number"]
    assert await Order.all().count() == 1
