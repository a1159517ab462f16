"""Customers over the API: search, create, the 360° view, edits, addresses, follow-up log."""

from __future__ import annotations

import pytest

from domain.infra.ports import Conn
from domain.services import buckets
from domain.services.support import run_in_transaction
from tests.admin.conftest import Api
from tests.admin.seed import SKU, seed_world

pytestmark = pytest.mark.usefixtures("db")
NOBODY = "7f0c9a52-1111-4222-8333-444455556666"


async def test_search_by_name_phone_address_and_tag(dispatcher: Api) -> None:
    world = await seed_world()
    await dispatcher.post("/customers", {"name": "王五", "phone": "13600136000", "tags": ["企业"]})
    for params, names in (
        ({"q": "李"}, ["李四"]),
        ({"q": "13900"}, ["李四"]),
        ({"q": "阳光花园"}, ["李四"]),
        ({"tag": "vip"}, ["李四"]),
        ({"tag": "企业"}, ["王五"]),
        ({"q": "王", "tag": "vip"}, []),
        ({}, ["王五", "李四"]),
    ):
        status, page = await dispatcher.get("/customers", params=params)
        assert status == 200 and [c["name"] for c in page["items"]] == names, params
    assert world.customer.name == "李四"


async def test_pages_follow_the_cursor_to_the_end(owner: Api) -> None:
    for i in range(5):
        await owner.post("/customers", {"name": f"客户{i}"})
    seen, cursor = [], None
    while True:
        params = {"limit": 2, **({"cursor": cursor} if cursor else {})}
        status, page = await owner.get("/customers", params=params)
        assert status == 200
        seen += [c["name"] for c in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            break
    assert seen == [f"客户{i}" for i in range(4, -1, -1)]


async def test_create_with_address_and_refusals(dispatcher: Api) -> None:
    body = {
        "name": "周七",
        "phone": "+86 138-0013-8000",
        "address": {"text": "幸福小区5栋101", "floor": 1},
    }
    status, made = await dispatcher.post("/customers", body)
    assert status == 201 and made["phone"] == "13800138000"
    status, view = await dispatcher.get(f"/customers/{made['id']}")
    assert [a["text"] for a in view["addresses"]] == ["幸福小区5栋101"]
    status, body = await dispatcher.post("/customers", {"name": "周七", "phone": "12345"})
    assert status == 422 and "phone" in body["error"]["fields"]
    status, body = await dispatcher.post("/customers", {"phone": "13800138000"})
    assert status == 422 and body["error"]["fields"] == {"name": "必填"}


async def test_360_view_shows_tickets_balance_buckets_orders_and_refill(owner: Api) -> None:
    world = await seed_world()
    cid = str(world.customer.id)
    await owner.post(f"/customers/{cid}/balance", {"amount_fen": 5000, "method": "cash"})
    await owner.post(
        "/orders",
        {"customer_id": cid, "items": [{"sku": SKU, "quantity": 1}], "payment_method": "ticket"},
    )
    status, view = await owner.get(f"/customers/{cid}")
    assert status == 200
    assert view["customer"]["tags"] == ["vip"]
    assert view["tickets"] == [
        {"sku": SKU, "name": "农夫山泉天然水 19L", "count": 4, "earliest_expiry": None}
    ]
    assert view["balance_fen"] == 5000
    assert view["order_count"] == 1 and view["recent_orders"][0]["source"] == "phone"
    assert view["buckets_held"] == 0 and view["deposit_fen"] == 0
    assert "predicted_refill_at" in view
    assert (await owner.get(f"/customers/{NOBODY}"))[0] == 404
    assert (await owner.get("/customers/not-a-uuid"))[0] == 404


async def test_edit_tags_notes_phone_and_reminders(dispatcher: Api) -> None:
    world = await seed_world()
    cid = str(world.customer.id)
    changes = {
        "tags": ["老客户", "vip", "vip"],
        "notes": "下午在家",
        "reminder_opt_out": True,
        "phone": "13511112222",
    }
    status, made = await dispatcher.patch(f"/customers/{cid}", changes)
    assert status == 200
    assert made["tags"] == ["vip", "老客户"] and made["notes"] == "下午在家"
    assert made["reminder_opt_out"] is True and made["phone"] == "13511112222"
    assert (await dispatcher.patch(f"/customers/{NOBODY}", {"notes": "x"}))[0] == 404
    assert (await dispatcher.patch(f"/customers/{cid}", {"mp_openid": "x"}))[0] == 422


async def test_addresses_and_service_log(dispatcher: Api, viewer: Api) -> None:
    world = await seed_world()
    cid = str(world.customer.id)
    status, address = await dispatcher.post(
        f"/customers/{cid}/addresses",
        {"text": "公司 科技园A座1201", "label": "公司", "make_default": False},
    )
    assert (
        status == 201 and address["is_default"] is False and address["text"] == "公司科技园A座1201"
    )
    assert (await dispatcher.post(f"/customers/{NOBODY}/addresses", {"text": "x"}))[0] == 404
    assert (await dispatcher.post(f"/customers/{cid}/service-log", {"text": "回访: 满意"}))[
        0
    ] == 201
    assert (await dispatcher.post(f"/customers/{NOBODY}/service-log", {"text": "x"}))[0] == 404
    status, page = await viewer.get(f"/customers/{cid}/service-log")
    assert status == 200 and [(e["author"], e["text"]) for e in page["items"]] == [
        ("api:调度:dispatcher", "回访: 满意")
    ]
    assert (await viewer.post(f"/customers/{cid}/service-log", {"text": "x"}))[0] == 403


async def test_bucket_deposit_appears_in_the_view(owner: Api) -> None:
    world = await seed_world()

    async def opening(conn: Conn) -> dict[str, object]:
        await buckets.set_opening_buckets(conn, world.customer.id, 2, 10000, "test")
        return {}

    await run_in_transaction("test.opening", None, opening)
    _, view = await owner.get(f"/customers/{world.customer.id}")
    assert view["buckets_held"] == 2 and view["deposit_fen"] == 10000
