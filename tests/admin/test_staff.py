"""Staff roles over the API: registering never changes a role, PATCH does, for owners only."""

from __future__ import annotations

import pytest

from domain.models import Staff
from domain.services import staff
from tests.admin.conftest import Api

pytestmark = pytest.mark.usefixtures("db")
NOBODY = "7f0c9a52-1111-4222-8333-444455556666"


async def test_registering_someone_in_another_role_is_409(owner: Api) -> None:
    await staff.add_staff("boss", "店长", "owner", "test")
    status, body = await owner.post("/couriers", {"wecom_userid": "boss", "name": "店长"})
    assert status == 409 and body["error"]["code"] == "conflict"
    assert "店长" in body["error"]["message"]
    status, _ = await owner.post(
        "/staff", {"wecom_userid": "boss", "name": "x", "role": "dispatcher"}
    )
    assert status == 409
    assert (await Staff.get(wecom_userid="boss")).role == "owner"
    status, again = await owner.post(
        "/staff", {"wecom_userid": "boss", "name": "老板", "role": "owner"}
    )
    assert status == 201 and again["name"] == "老板"


async def test_owner_changes_a_role_and_keeps_the_last_owner(
    owner: Api, dispatcher: Api, viewer: Api
) -> None:
    boss = await staff.add_staff("boss", "店长", "owner", "test")
    disp = await staff.add_staff("d1", "调度小王", "dispatcher", "test")
    status, moved = await owner.patch(f"/staff/{disp.id}", {"role": "courier"})
    assert status == 200 and moved["role"] == "courier" and moved["courier_id"]
    _, couriers = await owner.get("/couriers", params={"active": "true"})
    assert [c["wecom_userid"] for c in couriers["items"]] == ["d1"]
    status, body = await owner.patch(f"/staff/{boss.id}", {"role": "dispatcher"})
    assert status == 409 and body["error"]["message"] == "至少要保留一位店长"
    for api in (dispatcher, viewer):
        assert (await api.patch(f"/staff/{disp.id}", {"role": "owner"}))[0] == 403
    assert (await owner.patch(f"/staff/{NOBODY}", {"role": "owner"}))[0] == 404
    status, body = await owner.patch(f"/staff/{disp.id}", {"role": "admin"})
    assert status == 422 and "role" in body["error"]["fields"]
    assert (await owner.patch(f"/staff/{disp.id}", {}))[0] == 422
    _, audit = await owner.get("/audit", params={"action": "staff.role"})
    assert audit["items"][0]["actor"] == "api:老板:owner"


async def test_owners_and_dispatchers_go_on_and_off_duty(
    owner: Api, dispatcher: Api, viewer: Api
) -> None:
    boss = await staff.add_staff("boss", "店长", "owner", "test")
    disp = await staff.add_staff("d1", "调度小王", "dispatcher", "test")
    await staff.add_courier("c1", "刘师傅", "test")
    status, body = await dispatcher.post(f"/staff/{disp.id}/duty", {"on_duty": True})
    assert status == 200 and body["on_duty"] is True
    assert (await viewer.post(f"/staff/{boss.id}/duty", {"on_duty": True}))[0] == 403
    member = await Staff.get(wecom_userid="c1")
    status, body = await owner.post(f"/staff/{member.id}/duty", {"on_duty": True})
    assert status == 422 and "送水员" in body["error"]["message"]
    assert (await owner.post(f"/staff/{NOBODY}/duty", {"on_duty": True}))[0] == 404
    _, listed = await viewer.get("/staff", params={"on_duty": "true"})
    assert [m["wecom_userid"] for m in listed["items"]] == ["d1"]
    # A dispatcher on duty who becomes a courier leaves the roster.
    assert (await owner.patch(f"/staff/{disp.id}", {"role": "courier"}))[1]["on_duty"] is False
    _, audit = await owner.get("/audit", params={"action": "staff.duty"})
    assert audit["items"][0]["actor"].startswith("api:")
