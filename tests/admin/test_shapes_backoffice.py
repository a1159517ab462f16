"""Back-office records over the API pinned whole: every field, in order, as the tables say.

Audit rows, complaints, returns, couriers and staff, the catalog, campaigns and their codes,
and the rows of the sales and segment figures.
"""

from __future__ import annotations

from typing import Any

import pytest

from domain.models import (
    AuditLog,
    Campaign,
    Complaint,
    Courier,
    Customer,
    Order,
    Product,
    PromoCode,
    ReturnRequest,
    Staff,
)
from domain.reads.stats import order_revenue
from domain.services import requests
from tests.admin.conftest import Api
from tests.admin.seed import SKU, seed_world
from tests.admin.shapes import exactly, iso, page
from tests.admin.test_backoffice import _holding
from tests.admin.test_shapes_people import _delivered
from tests.support import NOW, TZ

pytestmark = pytest.mark.usefixtures("db")


async def test_audit_complaint_and_return_rows(owner: Api) -> None:
    world = await seed_world()
    await _holding(world, 2)
    asked = await requests.request_return(world.customer.id, None, NOW, "退桶")
    cid = await requests.log_complaint(
        world.customer.id, "水有异味", NOW, "投诉 {id}", order_number="2026112401"
    )
    await owner.patch(f"/customers/{world.customer.id}", {"notes": "新备注"})
    row = await AuditLog.get(action="customer.update")
    status, audit = await owner.get("/audit", params={"limit": 1})
    assert status == 200 and audit["next_cursor"]
    exactly(audit["items"], [
        {"id": row.id, "actor": "api:老板:owner", "action": "customer.update",
         "entity": "customer", "entity_id": str(world.customer.id), "before": {"notes": ""},
         "after": {"notes": "新备注"}, "created_at": iso(row.created_at)},
    ])  # fmt: skip
    status, closed = await owner.post(f"/complaints/{cid}/close", {"resolution": "已换新桶"})
    complaint = await Complaint.get(id=cid)
    expected = {"id": cid, "customer_id": str(world.customer.id), "text": "水有异味",
                "order_number": "2026112401", "status": "closed", "resolution": "已换新桶",
                "created_at": iso(complaint.created_at)}  # fmt: skip
    exactly(closed, expected)
    exactly((await owner.get("/complaints"))[1], page(expected))
    request = await ReturnRequest.get(id=asked)
    exactly(
        (await owner.get("/returns"))[1],
        page({"id": asked, "customer_id": str(world.customer.id), "buckets": None,
              "status": "open", "created_at": iso(request.created_at)}),
    )  # fmt: skip


def _courier(row: Courier) -> dict[str, Any]:
    return {
        "id": str(row.id), "wecom_userid": row.wecom_userid, "name": row.name,
        "phone": row.phone, "trip_capacity": row.trip_capacity,
        "piece_rate_fen": row.piece_rate_fen, "active": row.active, "on_shift": row.on_shift,
    }  # fmt: skip


def _staff(row: Staff) -> dict[str, Any]:
    courier_id = row.courier_id  # type: ignore[attr-defined]
    return {
        "id": str(row.id), "wecom_userid": row.wecom_userid, "name": row.name,
        "role": row.role, "courier_id": str(courier_id) if courier_id else None,
        "on_duty": row.on_duty,
    }  # fmt: skip


async def test_couriers_and_staff(owner: Api) -> None:
    body = {"wecom_userid": "c7", "name": "孙师傅", "phone": "13900000007",
            "trip_capacity": 8, "piece_rate_fen": 150}  # fmt: skip
    status, made = await owner.post("/couriers", body)
    assert status == 201
    exactly(made, _courier(await Courier.get(wecom_userid="c7")))
    status, changed = await owner.patch(f"/couriers/{made['id']}", {"trip_capacity": 9})
    exactly(changed, _courier(await Courier.get(wecom_userid="c7")))
    status, shifted = await owner.post(f"/couriers/{made['id']}/shift", {"on_shift": False})
    assert shifted["on_shift"] is False
    exactly(shifted, _courier(await Courier.get(wecom_userid="c7")))
    exactly((await owner.get("/couriers"))[1], page(shifted))
    status, boss = await owner.post(
        "/staff", {"wecom_userid": "boss", "name": "店长", "role": "owner"}
    )
    assert status == 201
    exactly(boss, _staff(await Staff.get(wecom_userid="boss")))
    courier = await Staff.get(wecom_userid="c7")
    status, moved = await owner.patch(f"/staff/{courier.id}", {"role": "dispatcher"})
    assert status == 200 and moved["role"] == "dispatcher" and moved["courier_id"]
    exactly(moved, _staff(await Staff.get(id=courier.id)))
    exactly((await owner.get("/staff", params={"role": "owner"}))[1], page(boss))
    status, on_duty = await owner.post(f"/staff/{boss['id']}/duty", {"on_duty": True})
    assert status == 200 and on_duty["on_duty"] is True
    exactly(on_duty, _staff(await Staff.get(wecom_userid="boss")))
    exactly((await owner.get("/staff", params={"on_duty": "true"}))[1], page(on_duty))


async def test_products_and_ticket_packs(owner: Api) -> None:
    product = {"sku": "yb-19l", "name": "怡宝19L", "aliases": ["怡宝"], "unit": "桶",
               "price_fen": 2000, "deposit_fen": 3000, "active": True}  # fmt: skip
    pack = {"code": "yb-10", "sku": "yb-19l", "name": "怡宝10送1", "tickets": 10, "bonus": 1,
            "price_fen": 20000, "valid_days": 365, "active": True}  # fmt: skip
    exactly(await owner.post("/products", product), (201, product))
    exactly(await owner.post("/ticket-packs", pack), (201, pack))
    product |= {"price_fen": 2100}
    exactly(await owner.patch("/products/yb-19l", {"price_fen": 2100}), (200, product))
    pack |= {"bonus": 2}
    exactly(await owner.patch("/ticket-packs/yb-10", {"bonus": 2}), (200, pack))
    exactly((await owner.get("/products"))[1], page(product))
    exactly((await owner.get("/ticket-packs"))[1], page(pack))
    exactly(await owner.call("DELETE", "/ticket-packs/yb-10"), (200, {**pack, "active": False}))
    exactly(await owner.call("DELETE", "/products/yb-19l"), (200, {**product, "active": False}))
    assert not (await Product.get(sku="yb-19l")).active


async def _campaign(campaign_id: int) -> dict[str, Any]:
    row = await Campaign.get(id=campaign_id)
    names = ("id", "name", "kind", "audience", "sku", "buy_quantity", "free_quantity",
             "amount_fen", "min_goods_fen", "valid_days", "max_issues", "issued", "active",
             "note", "created_by")  # fmt: skip
    return {
        **{name: getattr(row, name) for name in names},
        "starts_at": row.starts_at.astimezone(TZ).isoformat(),
        "ends_at": row.ends_at.astimezone(TZ).isoformat(),
        "ended_at": row.ended_at.astimezone(TZ).isoformat() if row.ended_at else None,
        "created_at": row.created_at.astimezone(TZ).isoformat(),
        "running": row.active and row.starts_at <= NOW < row.ends_at,
    }


async def test_campaigns_codes_and_the_report(owner: Api) -> None:
    await seed_world()
    body = {"name": "冬季5元券", "kind": "coupon", "audience": "code", "amount_fen": 500,
            "min_goods_fen": 4000, "max_issues": 100, "note": "冬季",
            "starts_at": "2026-11-20T00:00:00+08:00",
            "ends_at": "2026-12-31T00:00:00+08:00"}  # fmt: skip
    status, made = await owner.post("/campaigns", body)
    assert status == 201 and made["running"] is True and made["starts_at"].endswith("+08:00")
    exactly(made, await _campaign(made["id"]))
    status, code = await owner.post(f"/campaigns/{made['id']}/codes", {"code": "Win5"})
    row = await PromoCode.get(code="WIN5")
    expected = {"code": "WIN5", "campaign_id": made["id"], "max_uses": None, "uses": 0,
                "created_by": row.created_by,
                "created_at": iso(row.created_at.astimezone(TZ))}  # fmt: skip
    exactly((status, code), (201, expected))
    exactly((await owner.get(f"/campaigns/{made['id']}/codes"))[1], [expected])
    status, ended = await owner.post(f"/campaigns/{made['id']}/end")
    assert ended["running"] is False and ended["ended_at"]
    exactly(ended, await _campaign(made["id"]))
    exactly((await owner.get("/campaigns"))[1], page(ended))
    status, report = await owner.get(f"/campaigns/{made['id']}/report")
    exactly(report, {
        "campaign": ended, "participants": 0, "orders": 0, "open_orders": 0, "revenue_fen": 0,
        "cost_fen": 0, "discount_fen": 0, "free_goods_fen": 0, "free_quantity": 0,
        "roi": None, "coupons_issued": 0, "coupons_used": 0,
    })  # fmt: skip


async def test_sales_rows_and_a_segment_row(owner: Api) -> None:
    world = await seed_world()
    number = await _delivered(owner, world)
    row = await Order.get(number=number)
    revenue, day = order_revenue(row), NOW.date().isoformat()
    sales = f"/stats/sales?from={day}&to={day}"
    status, by_day = await owner.get(sales + "&by=day")
    assert status == 200 and (by_day["orders"], by_day["revenue_fen"]) == (1, revenue)
    exactly(by_day["rows"], [
        {"key": day, "name": day, "orders": 1, "quantity": 2, "revenue_fen": revenue,
         "goods_fen": None, "customers": None},
    ])  # fmt: skip
    product = await Product.get(sku=SKU)
    exactly((await owner.get(sales + "&by=product"))[1]["rows"], [
        {"key": SKU, "name": product.name, "orders": 1, "quantity": 2, "revenue_fen": revenue,
         "goods_fen": row.goods_fen, "customers": None},
    ])  # fmt: skip
    [area] = (await owner.get(sales + "&by=area"))[1]["rows"]
    exactly(area, {"key": area["key"], "name": area["key"], "orders": 1, "quantity": 2,
                   "revenue_fen": revenue, "goods_fen": None, "customers": 1})  # fmt: skip
    assert isinstance(area["key"], str) and area["key"]
    customer = await Customer.get(id=world.customer.id)
    status, segments = await owner.get("/stats/segments")
    [item] = segments["items"]
    exactly(item, {
        "customer_id": str(customer.id), "name": "李四", "phone": "13900139000",
        "segment": item["segment"], "recency_days": 0, "frequency": 1, "monetary_fen": revenue,
        "last_delivered_at": iso(row.delivered_at), "refill_due_at": iso(customer.refill_due_at),
    })  # fmt: skip
    assert segments["counts"][item["segment"]] == 1
