"""POST and GET /api/v1/dispatch/plan: plan the day now, read the current plan with figures."""

from __future__ import annotations

import pytest

from tests.admin.conftest import Api
from tests.integration.dispatch_seed import courier, near, open_station, order_at
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

AFTERNOON = (NOW.replace(hour=13), NOW.replace(hour=18))


async def test_a_dispatcher_plans_and_anyone_with_dispatch_reads_the_plan(
    dispatcher: Api, viewer: Api
) -> None:
    await open_station()
    await courier("c1", capacity=2)
    await courier("c2", capacity=2)
    fits = [await order_at(near(800 + 100 * i), NOW, AFTERNOON) for i in range(3)]
    too_big = await order_at(near(900), NOW, AFTERNOON, quantity=3)
    status, plan = await dispatcher.post("/dispatch/plan")
    assert status == 201, plan
    assert plan["trigger"] == "api" and plan["actor"] == "api:调度:dispatcher"
    assert plan["day"] == NOW.date().isoformat()
    figures = plan["figures"]
    assert (figures["orders"], figures["planned"]) == (4, 3) and figures["km"] > 0
    assert plan["dropped"] == [{"number": too_big, "reason": "capacity", "label": "超出车载量"}]
    stops = [s for r in plan["routes"] for s in r["stops"]]
    assert sorted(s["number"] for s in stops) == sorted(fits)
    assert all(s["arrival"] and s["state"] == "assigned" for s in stops)
    status, current = await viewer.get(f"/dispatch/plan?day={NOW.date().isoformat()}")
    assert status == 200 and current == plan
    assert (await viewer.get("/dispatch/plan"))[1] == plan  # default: today


async def test_no_plan_yet_is_404_a_bad_day_422_and_viewers_may_not_plan(
    owner: Api, viewer: Api
) -> None:
    status, body = await owner.get("/dispatch/plan?day=2026-11-01")
    assert status == 404 and body["error"]["code"] == "not_found"
    status, body = await owner.get("/dispatch/plan?day=11/01")
    assert status == 422
    assert (await viewer.post("/dispatch/plan"))[0] == 403


async def test_without_station_coordinates_the_plan_is_refused_in_plain_chinese(
    owner: Api,
) -> None:
    status, body = await owner.post("/dispatch/plan")
    assert status == 422
    assert "经纬度" in body["error"]["message"]
