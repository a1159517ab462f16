"""The station's settings over the API: what customers are told comes from here."""

from __future__ import annotations

import pytest

from domain.services.station import load_profile
from tests.admin.conftest import Api

pytestmark = pytest.mark.usefixtures("db")


async def test_owner_sets_contact_details_and_hours(owner: Api, viewer: Api) -> None:
    status, before = await owner.get("/station")
    assert status == 200
    assert (before["address"], before["phone"], before["hours_text"]) == ("", "", "")
    assert (before["opens_at"], before["closes_at"]) == ("08:00", "21:00")
    changes = {
        "name": "清泉水站",
        "address": "阳光花园南门商铺12号\u202e",  # a direction override is cleaned away
        "phone": "0571-88886666",
        "hours_text": "周一至周六 8:00-20:00",
        "closed_weekdays": [6, 6],
        "floor_fee_fen": 100,
    }
    status, after = await owner.patch("/station", changes)
    assert status == 200
    assert after["address"] == "阳光花园南门商铺12号" and after["closed_weekdays"] == [6]
    assert after["floor_fee_fen"] == 100 and after["opens_at"] == "08:00"
    assert (await viewer.get("/station"))[1] == after
    info, rules = await load_profile()
    assert (info.name, info.phone, info.hours_text) == (
        "清泉水站",
        "0571-88886666",
        "周一至周六 8:00-20:00",
    )
    assert rules.closed_weekdays == frozenset({6}) and rules.floor_fee_fen == 100
    _, audit = await owner.get("/audit", params={"action": "station.configure"})
    assert audit["items"][0]["actor"].endswith(":owner")


async def test_bad_settings_are_refused_and_change_nothing(owner: Api, dispatcher: Api) -> None:
    assert (await dispatcher.patch("/station", {"phone": "110"}))[0] == 403
    status, body = await owner.patch("/station", {"opens_at": "8点"})
    assert status == 422 and "opens_at" in body["error"]["fields"]
    status, body = await owner.patch("/station", {"opens_at": "20:00", "closes_at": "09:00"})
    assert status == 422 and "closes_at" in body["error"]["fields"]
    assert (await owner.patch("/station", {"colour": "blue"}))[0] == 422
    assert (await owner.patch("/station", {"phone": "call me"}))[0] == 422
    _, now = await owner.get("/station")
    assert (now["opens_at"], now["closes_at"], now["phone"]) == ("08:00", "21:00", "")
