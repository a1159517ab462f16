"""Campaigns over the API: create, list, change, end, codes, phone orders with a code, ROI."""

from __future__ import annotations

from typing import Any

import pytest

from domain.models import AuditLog
from domain.services import order_moves
from tests.admin.conftest import Api
from tests.admin.seed import SKU, World, seed_world
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

PERIOD = {"starts_at": "2026-11-20T00:00:00+08:00", "ends_at": "2026-12-31T00:00:00+08:00"}
CODE_COUPON = {"name": "冬季5元券", "kind": "coupon", "audience": "code", "amount_fen": 500,
               "min_goods_fen": 4000, **PERIOD}  # fmt: skip
BUY_FIVE = {"name": "买五赠一", "kind": "buy_n_get_m", "sku": SKU, "buy_quantity": 5,
            "free_quantity": 1, **PERIOD}  # fmt: skip


async def _create(api: Api, body: dict[str, Any]) -> dict[str, Any]:
    status, made = await api.post("/campaigns", body)
    assert status == 201, made
    return made


async def test_owner_creates_lists_and_reads_campaigns(owner: Api) -> None:
    await seed_world()
    coupon = await _create(owner, CODE_COUPON)
    assert coupon["kind"] == "coupon" and coupon["running"] is True and coupon["issued"] == 0
    assert coupon["starts_at"] == "2026-11-20T00:00:00+08:00" and coupon["created_by"]
    free = await _create(owner, BUY_FIVE)
    status, page = await owner.get("/campaigns", params={"limit": 1})
    assert status == 200 and [c["id"] for c in page["items"]] == [free["id"]]
    status, rest = await owner.get("/campaigns", params={"limit": 1, "cursor": page["next_cursor"]})
    assert [c["id"] for c in rest["items"]] == [coupon["id"]] and rest["next_cursor"] is None
    status, one = await owner.get(f"/campaigns/{coupon['id']}")
    assert status == 200 and one == coupon
    assert await AuditLog.filter(action="campaign.create").count() == 2


async def test_dispatcher_and_viewer_read_but_may_not_write(
    owner: Api, dispatcher: Api, viewer: Api
) -> None:
    made = await _create(owner, CODE_COUPON)
    for api in (dispatcher, viewer):
        assert (await api.get("/campaigns"))[0] == 200
        assert (await api.get(f"/campaigns/{made['id']}/report"))[0] == 200
        assert (await api.post("/campaigns", CODE_COUPON))[0] == 403
        assert (await api.patch(f"/campaigns/{made['id']}", {"name": "x"}))[0] == 403
        assert (await api.post(f"/campaigns/{made['id']}/end"))[0] == 403
        assert (await api.post(f"/campaigns/{made['id']}/codes", {"code": "WIN5"}))[0] == 403


async def test_refusals_name_fields_unknown_ids_and_states(owner: Api) -> None:
    await seed_world()
    status, body = await owner.post("/campaigns", {**CODE_COUPON, "amount_fen": None})
    assert status == 422 and "amount_fen" in body["error"]["fields"]
    status, body = await owner.post("/campaigns", {**BUY_FIVE, "sku": "no-such-sku"})
    assert status == 422 and body["error"]["fields"] == {"sku": "没有这种桶装水"}
    status, body = await owner.post("/campaigns", {**BUY_FIVE, "ends_at": PERIOD["starts_at"]})
    assert status == 422 and "ends_at" in body["error"]["fields"]
    assert (await owner.get("/campaigns/999"))[0] == 404
    assert (await owner.get("/campaigns/999/report"))[0] == 404
    assert (await owner.get("/campaigns/999/codes"))[0] == 404
    assert (await owner.post("/campaigns/999/end"))[0] == 404
    made = await _create(owner, BUY_FIVE)
    status, body = await owner.post(f"/campaigns/{made['id']}/codes", {"code": "FREE6"})
    assert status == 409  # codes are for coupon campaigns of audience `code`
    status, ended = await owner.post(f"/campaigns/{made['id']}/end")
    assert status == 200 and ended["active"] is False and ended["running"] is False
    assert ended["ended_at"] == "2026-11-24T10:00:00+08:00"
    status, body = await owner.post(f"/campaigns/{made['id']}/end")
    assert status == 409 and body["error"]["message"] == "活动已经结束"
    assert (await owner.patch(f"/campaigns/{made['id']}", {"name": "x"}))[0] == 409


async def test_patch_changes_terms_checked_as_a_whole(owner: Api) -> None:
    await seed_world()
    made = await _create(owner, CODE_COUPON)
    path = f"/campaigns/{made['id']}"
    status, changed = await owner.patch(path, {"amount_fen": 800, "max_issues": 100})
    assert status == 200 and (changed["amount_fen"], changed["max_issues"]) == (800, 100)
    status, body = await owner.patch(path, {"buy_quantity": 5})
    assert status == 422 and "buy_quantity" in body["error"]["fields"]
    status, body = await owner.patch(path, {"kind": "buy_n_get_m"})
    assert status == 422  # kind is not editable: the schema refuses it


async def test_codes_claimed_at_a_phone_order_and_the_report(owner: Api) -> None:
    world = await seed_world()
    made = await _create(owner, CODE_COUPON)
    codes = f"/campaigns/{made['id']}/codes"
    status, code = await owner.post(codes, {"code": "Winter5", "max_uses": 50})
    assert status == 201 and (code["code"], code["uses"], code["max_uses"]) == ("WINTER5", 0, 50)
    assert (await owner.post(codes, {"code": "winter5"}))[0] == 409
    assert (await owner.post(codes, {"code": "中文码"}))[0] == 422
    order = await _phone_order(owner, world, promo_code="winter5")
    assert order["payment"]["discount_fen"] == 500
    assert order["payment"]["total_fen"] == 2 * 2200 + 2 * 5000 - 500
    status, body = await owner.post("/orders", _order_body(world, promo_code="WINTER5"))
    assert status == 409 and body["error"]["message"] == "这张优惠券已经用过了"
    status, body = await owner.post("/orders", _order_body(world, promo_code="NOSUCH"))
    assert status == 404
    status, listed = await owner.get(codes)
    assert status == 200 and [c["uses"] for c in listed] == [1]
    await order_moves.assign_order(order["number"], world.courier_userid, "test", NOW)
    await order_moves.record_delivery(order["number"], world.courier_userid, NOW)
    status, report = await owner.get(f"/campaigns/{made['id']}/report")
    assert status == 200
    revenue = 2 * 2200 - 500  # the 2 buckets' deposit is owed back, not earned
    assert {k: report[k] for k in ("participants", "orders", "open_orders", "revenue_fen",
                                   "cost_fen", "discount_fen", "coupons_issued", "coupons_used",
                                   "roi")} == {
        "participants": 1, "orders": 1, "open_orders": 0, "revenue_fen": revenue,
        "cost_fen": 500, "discount_fen": 500, "coupons_issued": 1, "coupons_used": 1,
        "roi": round((revenue - 500) / 500, 4),
    }  # fmt: skip


async def test_buy_five_get_one_over_a_phone_order(owner: Api) -> None:
    world = await seed_world()
    await _create(owner, BUY_FIVE)
    order = await _phone_order(owner, world, items=[{"sku": SKU, "quantity": 5}])
    assert [(ln["quantity"], ln["unit_price_fen"]) for ln in order["lines"]] == [(5, 2200), (1, 0)]
    assert order["payment"]["goods_fen"] == 11000 and order["payment"]["discount_fen"] == 0


def _order_body(world: World, **extra: object) -> dict[str, object]:
    return {
        "customer_id": str(world.customer.id),
        "items": [{"sku": SKU, "quantity": 2}],
        "payment_method": "cash",
        **extra,
    }


async def _phone_order(api: Api, world: World, **extra: object) -> dict[str, Any]:
    status, order = await api.post("/orders", _order_body(world, **extra))
    assert status == 201, order
    return order
