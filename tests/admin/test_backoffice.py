"""Catalog, couriers and staff, tickets, code batches, returns, complaints, audit and tokens."""

from __future__ import annotations

import csv
import io

import pytest

from domain.infra.ports import Conn
from domain.models import AuditLog, ReturnRequest
from domain.services import buckets, requests
from domain.services.support import run_in_transaction
from tests.admin.conftest import Api
from tests.admin.seed import SKU, World, seed_world
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def test_products_create_update_deactivate(owner: Api, dispatcher: Api) -> None:
    await seed_world()
    body = {
        "sku": "yibao-5l",
        "name": "怡宝 5L",
        "price_fen": 1200,
        "unit": "瓶",
        "aliases": ["小怡宝"],
    }
    status, made = await owner.post("/products", body)
    assert status == 201 and made["active"] is True and made["deposit_fen"] == 0
    assert (await owner.post("/products", body))[0] == 409
    status, made = await owner.patch("/products/yibao-5l", {"price_fen": 1300})
    assert status == 200 and made["price_fen"] == 1300
    status, made = await owner.call("DELETE", "/products/yibao-5l")
    assert status == 200 and made["active"] is False
    status, listed = await dispatcher.get("/products")
    assert status == 200 and "yibao-5l" in [p["sku"] for p in listed["items"]]
    assert (await owner.patch("/products/none", {"price_fen": 1}))[0] == 404
    assert (await owner.patch("/products/yibao-5l", {"price_fen": -1}))[0] == 422
    assert (await dispatcher.patch("/products/yibao-5l", {"price_fen": 1}))[0] == 403


async def test_ticket_packs_create_update_deactivate(owner: Api) -> None:
    await seed_world()
    body = {
        "code": "nfsq-19l-20",
        "sku": SKU,
        "name": "农夫山泉水票 20送3",
        "tickets": 20,
        "bonus": 3,
        "price_fen": 40000,
    }
    status, made = await owner.post("/ticket-packs", body)
    assert status == 201 and made["valid_days"] == 365
    assert (await owner.post("/ticket-packs", {**body, "code": "x-1", "sku": "ghost"}))[0] == 422
    status, made = await owner.patch("/ticket-packs/nfsq-19l-20", {"bonus": 4})
    assert status == 200 and made["bonus"] == 4
    status, made = await owner.call("DELETE", "/ticket-packs/nfsq-19l-20")
    assert status == 200 and made["active"] is False
    _, listed = await owner.get("/ticket-packs")
    assert {p["code"] for p in listed["items"]} >= {"nfsq-19l-10", "nfsq-19l-20"}


async def test_couriers_and_staff(owner: Api, dispatcher: Api) -> None:
    status, made = await owner.post(
        "/couriers", {"wecom_userid": "c9", "name": "赵师傅", "trip_capacity": 8}
    )
    assert status == 201 and made["on_shift"] is True and made["trip_capacity"] == 8
    status, moved = await dispatcher.post(f"/couriers/{made['id']}/shift", {"on_shift": False})
    assert status == 200 and moved["on_shift"] is False
    assert (await dispatcher.patch(f"/couriers/{made['id']}", {"phone": "1"}))[0] == 403
    status, changed = await owner.patch(
        f"/couriers/{made['id']}", {"phone": "13800000000", "active": False}
    )
    assert status == 200 and changed["active"] is False
    status, staff = await owner.post(
        "/staff", {"wecom_userid": "boss", "name": "老板", "role": "owner"}
    )
    assert status == 201 and staff["role"] == "owner"
    assert (await owner.post("/staff", {"wecom_userid": "x", "name": "x", "role": "courier"}))[
        0
    ] == 422
    _, listed = await dispatcher.get("/staff")
    assert {s["wecom_userid"] for s in listed["items"]} == {"c9", "boss"}
    _, couriers = await dispatcher.get("/couriers")
    assert [c["wecom_userid"] for c in couriers["items"]] == ["c9"]


async def test_a_courier_registered_inactive_is_never_active(owner: Api) -> None:
    body = {"wecom_userid": "c8", "name": "钱师傅", "active": False}
    status, made = await owner.post("/couriers", body)
    assert status == 201 and made["active"] is False
    # One transaction, one audit row: no moment where the courier was active and dispatchable.
    rows = await AuditLog.filter(entity_id=made["id"]).values_list("action", "after")
    assert rows == [("courier.save", {"wecom_userid": "c8", "name": "钱师傅", "active": False})]


async def test_tickets_grant_deduct_ledger_pack_and_top_up(owner: Api, dispatcher: Api) -> None:
    world = await seed_world()
    base = f"/customers/{world.customer.id}"
    status, moved = await owner.post(
        f"{base}/tickets", {"action": "grant", "sku": SKU, "count": 3, "reason": "补偿"}
    )
    assert status == 200 and moved == {"sku": SKU, "delta": 3, "balance": 8}
    status, moved = await owner.post(
        f"{base}/tickets", {"action": "deduct", "sku": SKU, "count": 2, "reason": "纠错"}
    )
    assert status == 200 and moved["balance"] == 6
    status, body = await owner.post(
        f"{base}/tickets", {"action": "deduct", "sku": SKU, "count": 99, "reason": "x"}
    )
    assert status == 409 and body["error"]["code"] == "insufficient_tickets"
    assert (
        await owner.post(
            f"{base}/tickets", {"action": "grant", "sku": "ghost", "count": 1, "reason": "x"}
        )
    )[0] == 422
    assert (
        await dispatcher.post(
            f"{base}/tickets", {"action": "grant", "sku": SKU, "count": 1, "reason": "x"}
        )
    )[0] == 403
    status, moved = await owner.post(
        f"{base}/ticket-packs", {"pack_code": "nfsq-19l-10", "payment_method": "cash"}
    )
    assert status == 200 and moved["delta"] == 11 and moved["balance"] == 17
    status, moved = await owner.post(
        f"{base}/balance", {"amount_fen": 10000, "method": "wechat_pay"}
    )
    assert status == 200 and moved["balance_fen"] == 10000
    status, page = await dispatcher.get(f"{base}/tickets", params={"sku": SKU})
    assert status == 200
    assert [(e["kind"], e["delta"], e["balance_after"]) for e in page["items"]][:3] == [
        ("purchase", 11, 17),
        ("deduct", -2, 6),
        ("grant", 3, 8),
    ]
    assert page["items"][1]["reason"] == "纠错" and page["items"][1]["actor"] == "api:老板:owner"


async def test_tickets_for_an_unknown_sku_are_refused(owner: Api) -> None:
    world = await seed_world()
    body = {"action": "grant", "sku": "no-such-sku", "count": 1, "reason": "补偿"}
    status, refused = await owner.post(f"/customers/{world.customer.id}/tickets", body)
    assert status == 422 and refused["error"]["fields"] == {"sku": "没有这种商品"}


async def test_code_batches_create_list_void_export(owner: Api, dispatcher: Api) -> None:
    await seed_world()
    status, made = await owner.post(
        "/code-batches", {"pack_code": "nfsq-19l-10", "count": 3, "note": "春节"}
    )
    assert status == 201 and len(made["codes"]) == 3
    assert all(len(c["code"]) == 12 and c["printed"].count("-") == 2 for c in made["codes"])
    batch = made["batch"]["id"]
    status, listed = await owner.get("/code-batches")
    first = listed["items"][0]
    assert status == 200 and first["id"] == batch and first["redeemed"] == 0
    response = await owner.client.get(
        f"/api/v1/code-batches/{batch}/export", headers=owner.headers()
    )
    assert response.status == 200 and response.content_type == "text/csv"
    rows = list(csv.reader(io.StringIO(await response.text())))
    assert rows[0] == ["code_id", "redeemed_by", "redeemed_at"] and len(rows) == 4
    status, voided = await owner.post(f"/code-batches/{batch}/void")
    assert status == 200 and voided["voided_at"]
    assert (await owner.post("/code-batches/9999/void"))[0] == 404
    assert (await owner.post("/code-batches", {"pack_code": "ghost", "count": 1}))[0] == 404
    assert (await owner.post("/code-batches", {"pack_code": "nfsq-19l-10", "count": 0}))[0] == 422
    assert (await dispatcher.get("/code-batches"))[0] == 403


async def _holding(world: World, held: int) -> None:
    async def work(conn: Conn) -> dict[str, object]:
        await buckets.set_opening_buckets(conn, world.customer.id, held, held * 5000, "test")
        return {}

    await run_in_transaction("test.opening", None, work)


async def test_bucket_returns_approve_once_with_refund(dispatcher: Api, viewer: Api) -> None:
    world = await seed_world()
    await _holding(world, 3)
    request_id = await requests.request_return(world.customer.id, 2, NOW, "退桶")
    status, page = await viewer.get("/returns")
    assert status == 200 and [r["id"] for r in page["items"]] == [request_id]
    assert (await viewer.post(f"/returns/{request_id}/approve", {"refund_method": "cash"}))[
        0
    ] == 403
    status, done = await dispatcher.post(
        f"/returns/{request_id}/approve", {"refund_method": "balance"}
    )
    assert status == 200 and done["refund_fen"] == 10000 and done["held_after"] == 1
    status, _ = await dispatcher.post(
        f"/returns/{request_id}/approve", {"refund_method": "balance"}
    )
    assert status == 409
    assert (await ReturnRequest.get(id=request_id)).status == "done"
    _, view = await dispatcher.get(f"/customers/{world.customer.id}")
    assert view["balance_fen"] == 10000 and view["buckets_held"] == 1
    assert (await dispatcher.post("/returns/999/approve", {"refund_method": "cash"}))[0] == 404
    _, page = await viewer.get("/returns", params={"status": "done"})
    assert page["items"][0]["buckets"] == 2


async def test_complaints_list_and_close(dispatcher: Api) -> None:
    world = await seed_world()
    cid = await requests.log_complaint(world.customer.id, "水有异味", NOW, "投诉 {id}")
    status, page = await dispatcher.get("/complaints", params={"status": "open"})
    assert status == 200 and [c["id"] for c in page["items"]] == [cid]
    status, closed = await dispatcher.post(f"/complaints/{cid}/close", {"resolution": "已换新桶"})
    assert status == 200 and closed["status"] == "closed" and closed["resolution"] == "已换新桶"
    assert (await dispatcher.post(f"/complaints/{cid}/close", {"resolution": "again"}))[0] == 409
    assert (await dispatcher.post("/complaints/999/close", {"resolution": "x"}))[0] == 404
    assert (await dispatcher.post(f"/complaints/{cid}/close", {"resolution": ""}))[0] == 422


async def test_audit_lists_with_filters_and_pages(owner: Api, viewer: Api) -> None:
    world = await seed_world()
    await owner.patch(f"/customers/{world.customer.id}", {"notes": "新备注"})
    status, page = await viewer.get("/audit", params={"action": "customer.update"})
    assert status == 200 and len(page["items"]) == 1
    row = page["items"][0]
    assert row["actor"] == "api:老板:owner" and row["entity"] == "customer"
    assert row["before"] == {"notes": ""} and row["after"] == {"notes": "新备注"}
    status, page = await viewer.get("/audit", params={"entity": "customer", "limit": 1})
    assert len(page["items"]) == 1 and page["next_cursor"]
    status, page = await viewer.get("/audit", params={"since": "2099-01-01T00:00:00+08:00"})
    assert status == 200 and page["items"] == []
    status, body = await viewer.get("/audit", params={"since": "yesterday"})
    assert status == 422 and "since" in body["error"]["fields"]


async def test_tokens_create_list_revoke(owner: Api) -> None:
    status, made = await owner.post("/tokens", {"name": "会计", "role": "viewer", "days": 30})
    assert status == 201 and made["token"].startswith("wb_") and made["info"]["expires_at"]
    accountant = Api(owner.client, made["token"])
    assert (await accountant.get("/orders"))[0] == 200
    status, listed = await owner.get("/tokens")
    assert (
        status == 200
        and "token" not in listed["items"][0]
        and {t["name"] for t in listed["items"]} == {"老板", "会计"}
    )
    status, revoked = await owner.call("DELETE", f"/tokens/{made['info']['id']}")
    assert status == 200 and revoked["revoked_at"]
    assert (await accountant.get("/orders"))[0] == 401
    assert (await owner.post("/tokens", {"name": "x", "role": "admin"}))[0] == 422
