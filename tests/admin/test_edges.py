"""Input the admin API must refuse or clean: content types, invisible text, far windows."""

from __future__ import annotations

from typing import Any

import pytest

from domain.models import Address, Complaint, Courier, Customer, Order, ServiceLog, Staff
from domain.services import requests
from tests.admin.conftest import Api
from tests.admin.seed import SKU, seed_world
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

DIRTY = "\u202e\u2066\u200b\u200d\ufeff\x07\x1b\x7f"  # overrides, isolates, zero-width, controls


async def _raw(
    api: Api, method: str, path: str, body: bytes, content_type: str
) -> tuple[int, dict[str, Any]]:
    headers = {**api.headers(), "Content-Type": content_type}
    response = await api.client.request(method, "/api/v1" + path, data=body, headers=headers)
    return response.status, await response.json()


@pytest.mark.parametrize(
    "content_type",
    ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x",
     "application/octet-stream", "text/json"],
)  # fmt: skip
async def test_a_body_not_labelled_json_is_415(owner: Api, content_type: str) -> None:
    body = '{"name": "王五"}'.encode()
    status, reply = await _raw(owner, "POST", "/customers", body, content_type)
    assert status == 415
    assert reply == {
        "error": {
            "code": "unsupported_media_type",
            "message": "请求内容应为 JSON(Content-Type: application/json)",
            "fields": {},
        }
    }
    made = await owner.post("/customers", {"name": "赵六"})
    status, _ = await _raw(owner, "PATCH", f"/customers/{made[1]['id']}", body, content_type)
    assert status == 415
    assert await Customer.filter(name="王五").count() == 0


async def test_json_with_a_charset_or_a_plus_json_type_is_accepted(owner: Api) -> None:
    body = '{"name": "王五"}'.encode()
    for content_type in ("application/json; charset=utf-8", "application/merge-patch+json"):
        status, reply = await _raw(owner, "POST", "/customers", body, content_type)
        assert status == 201, reply


async def test_names_notes_and_addresses_are_stored_clean(owner: Api) -> None:
    status, made = await owner.post(
        "/customers", {"name": f"张{DIRTY}三", "notes": f"送 {DIRTY}上楼\r\n别按门铃{DIRTY}"}
    )
    assert status == 201, made
    assert (made["name"], made["notes"]) == ("张三", "送 上楼\n别按门铃")
    cid = made["id"]
    status, _ = await owner.post(
        f"/customers/{cid}/addresses", {"text": f"阳光{DIRTY}花园 3栋502", "label": f"家{DIRTY}"}
    )
    assert status == 201
    address = await Address.get(customer_id=cid)
    assert (address.text, address.label) == ("阳光花园3栋502", "家")
    status, patched = await owner.patch(f"/customers/{cid}", {"name": f"{DIRTY}李四\u2069"})
    assert status == 200 and patched["name"] == "李四"
    status, _ = await owner.post(f"/customers/{cid}/service-log", {"text": f"回访{DIRTY}满意"})
    assert status == 201 and (await ServiceLog.get(customer_id=cid)).text == "回访满意"
    status, body = await owner.post("/customers", {"name": DIRTY})
    assert status == 422 and "name" in body["error"]["fields"]


async def test_staff_names_and_complaint_resolutions_are_stored_clean(owner: Api) -> None:
    status, _ = await owner.post("/couriers", {"wecom_userid": "c9", "name": f"王{DIRTY}师傅"})
    assert status == 201 and (await Courier.get(wecom_userid="c9")).name == "王师傅"
    status, _ = await owner.post(
        "/staff", {"wecom_userid": "d9", "name": f"{DIRTY}调度", "role": "dispatcher"}
    )
    assert status == 201 and (await Staff.get(wecom_userid="d9")).name == "调度"
    world = await seed_world()
    complaint = await requests.log_complaint(world.customer.id, f"水{DIRTY}有味道", NOW, "投诉{id}")
    assert (await Complaint.get(id=complaint)).text == "水有味道"
    status, _ = await owner.post(f"/complaints/{complaint}/close", {"resolution": f"已换{DIRTY}水"})
    assert status == 200 and (await Complaint.get(id=complaint)).resolution == "已换水"


async def test_a_delivery_window_beyond_30_days_is_refused(owner: Api) -> None:
    world = await seed_world()
    body = {
        "customer_id": str(world.customer.id),
        "items": [{"sku": SKU, "quantity": 1}],
        "payment_method": "cash",
        "window_start": "2099-01-01T09:00:00+08:00",
        "window_end": "2099-01-01T11:00:00+08:00",
    }
    status, reply = await owner.post("/orders", body)
    assert status == 422, reply
    assert reply["error"]["message"] == "只能预约30天以内的送水时间"
    assert "window_start" in reply["error"]["fields"]
    assert await Order.all().count() == 0
    # Within the horizon the same order goes through, and a reschedule is held to it too.
    body |= {"window_start": "2026-12-20T09:00:00+08:00", "window_end": "2026-12-20T11:00:00+08:00"}
    status, placed = await owner.post("/orders", body)
    assert status == 201, placed
    far = {"reason": "改期", "window_start": "2027-06-01T09:00:00+08:00",
           "window_end": "2027-06-01T11:00:00+08:00"}  # fmt: skip
    status, reply = await owner.post(f"/orders/{placed['number']}/fail", far)
    assert status == 422 and reply["error"]["message"] == "只能预约30天以内的送水时间"
