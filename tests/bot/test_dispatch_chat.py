"""Planned dispatch in WeCom: 派单 and 待派 for the owner, the route pushed to couriers through
the fake WeCom server, the courier's reported location, and 任务 / 路线 in day and plan order."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from bot.channels.dev import DEV_WORK_AGENT_ID, DEV_WORK_CORP_ID
from bot.devtools import wire
from domain.models import Courier, Order
from domain.reads import dispatch_plans
from domain.services import staff
from domain.services.orders import OrderRequest, place_order
from domain.services.station import configure_station
from tests.bot.chat_harness import Staffer
from tests.bot.courier_harness import (
    STATION,
    add_courier,
    client,
    clock,
    fake,
    make_customer,
    ready,
    texts_to,
    wechat_notifier,
    worker,
)
from tests.fakes.wechat_server import FakeWeChat
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
__all__ = ["client", "clock", "fake", "ready", "wechat_notifier"]

Client = TestClient  # type: ignore[type-arg]
WORK_SEND = "/cgi-bin/message/send"
AFTERNOON = (NOW.replace(hour=13), NOW.replace(hour=18))


async def _station_with_orders(count: int = 4) -> list[str]:
    """The station at STATION (plans solve in a second), an owner, two couriers, orders north."""
    settings = {"latitude": STATION[0], "longitude": STATION[1], "plan_seconds": 1}
    await configure_station(settings, "test")
    await staff.add_staff("owner", "店长", "owner", "test")
    await add_courier("courier1", "刘师傅")
    await add_courier("courier2", "赵师傅")
    numbers = []
    for index in range(count):
        spot = (STATION[0] + 0.004 * (index + 1), STATION[1])
        customer = await make_customer(f"o-plan{index}", f"幸福里{index + 1}号", at=spot,
                                       phone=f"1380000{index:04d}")  # fmt: skip
        request = OrderRequest(customer.id, [("nfsq-19l", 1)], "cash", window=AFTERNOON)
        numbers.append((await place_order(request, NOW)).number)
    return numbers


async def test_派单_plans_the_day_and_the_route_reaches_wecom(
    ready: Client, fake: FakeWeChat
) -> None:
    numbers = await _station_with_orders()
    reply = await Staffer(ready, "owner").say("派单")
    assert "派单计划(10:00):排上 4/4 单" in reply and "公里" in reply
    plan = await dispatch_plans.current_plan(NOW.date())
    assert plan is not None and {s.number for r in plan.routes for s in r.stops} == set(numbers)
    sender = worker(fake)
    await sender.run_once(NOW)
    texts = {
        call.json["touser"]: call.json["text"]["content"]
        for call in fake.calls_to(WORK_SEND)
        if call.json["msgtype"] == "text" and "【今日路线】" in call.json["text"]["content"]
    }
    assert set(texts) == {r.courier for r in plan.routes}
    for route in plan.routes:
        text = texts[route.courier]
        assert f"共{len(route.stops)}单" in text
        positions = [text.index(f"#{s.number[-3:]}") for s in route.stops]
        assert positions == sorted(positions)  # in the plan's order
        assert '<a href="https://uri.amap.com/marker?position=' in text
        assert '<a href="tel:1380000' in text and "今天 13:00-18:00" in text
    # 待派 now shows the plan's figures beside the (empty) waiting list.
    waiting = await Staffer(ready, "owner").say("待派")
    assert "没有待派的订单" in waiting and "派单计划(10:00)" in waiting


async def test_an_urgent_order_between_cut_offs_sends_its_courier_the_updated_route(
    ready: Client, fake: FakeWeChat
) -> None:
    await _station_with_orders(3)
    await Staffer(ready, "owner").say("派单")
    sender = worker(fake)
    await sender.run_once(NOW)
    before = len(fake.calls_to(WORK_SEND))
    # Next to the second stop, ten minutes after the cut-off: it joins that route.
    spot = (STATION[0] + 0.0081, STATION[1])
    customer = await make_customer("o-urgent", "幸福里2号旁", at=spot, phone="13900000001")
    request = OrderRequest(customer.id, [("nfsq-19l", 2)], "cash", window=AFTERNOON)
    urgent = (await place_order(request, NOW + timedelta(minutes=10))).number
    order = await Order.get(number=urgent).prefetch_related("courier")
    assert order.courier is not None
    await sender.run_once(NOW + timedelta(minutes=10))
    updates = [
        call.json
        for call in fake.calls_to(WORK_SEND)[before:]
        if call.json["msgtype"] == "text" and "【路线更新】" in call.json["text"]["content"]
    ]
    assert [u["touser"] for u in updates] == [order.courier.wecom_userid]
    text = updates[0]["text"]["content"]
    assert f"新加 #{urgent[-3:]}" in text and "拨打13900000001" in text
    plan = await dispatch_plans.current_plan(NOW.date())
    assert plan is not None
    [route] = [r for r in plan.routes if r.courier == order.courier.wecom_userid]
    assert f"现共{len(route.stops)}单" in text
    positions = [text.index(f"#{s.number[-3:]} ") for s in route.stops]
    assert positions == sorted(positions)  # the route as the plan now has it, urgent included


async def test_派_n_still_assigns_by_hand_and_the_plan_keeps_it(ready: Client) -> None:
    numbers = await _station_with_orders(2)
    reply = await Staffer(ready, "owner").say(f"派 {numbers[1][-3:]} courier2")
    assert "派给 赵师傅" in reply
    await Staffer(ready, "owner").say("派单")
    order = await Order.get(number=numbers[1]).prefetch_related("courier")
    assert order.courier is not None and order.courier.wecom_userid == "courier2"


async def test_a_courier_location_event_is_kept_silently(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    message = wire.work_location_event(
        "courier1", 31.2401, 121.4802, 15.0, corp_id=DEV_WORK_CORP_ID, agent_id=DEV_WORK_AGENT_ID
    )
    status, reply = await Staffer(ready, "courier1").post(message)
    assert status == 200 and reply is None
    courier = await Courier.get(wecom_userid="courier1")
    assert (courier.latitude, courier.longitude) == (31.2401, 121.4802)
    assert courier.located_at is not None and courier.located_within_m == 15.0
    # A stranger's location changes nothing and is refused as any stranger is.
    stranger = wire.work_location_event(
        "nobody", 31.0, 121.0, corp_id=DEV_WORK_CORP_ID, agent_id=DEV_WORK_AGENT_ID
    )
    assert (await Staffer(ready, "nobody").post(stranger))[0] == 200


async def test_任务_lists_tonight_before_tomorrow_and_路线_follows_the_plan(ready: Client) -> None:
    await configure_station({"latitude": STATION[0], "longitude": STATION[1]}, "test")
    await add_courier("courier1", "刘师傅")
    near = await make_customer("o-near", "幸福里1号", at=(STATION[0] + 0.001, STATION[1]))
    far = await make_customer("o-far", "幸福里9号", at=(STATION[0] + 0.03, STATION[1]))
    tomorrow = (NOW.replace(hour=9) + timedelta(days=1), NOW.replace(hour=12) + timedelta(days=1))
    tonight = (NOW.replace(hour=18), NOW.replace(hour=21))
    # Tomorrow's order is placed first and sits next to the station: the walk alone put it first.
    first = await place_order(
        OrderRequest(near.id, [("nfsq-19l", 1)], "cash", window=tomorrow), NOW
    )
    second = await place_order(OrderRequest(far.id, [("nfsq-19l", 1)], "cash", window=tonight), NOW)
    listing = await Staffer(ready, "courier1").say("任务")
    assert listing.index(f"#{second.number[-3:]}") < listing.index(f"#{first.number[-3:]}")
    assert "今天 18:00-21:00" in listing and "明天 09:00-12:00" in listing
    route = await Staffer(ready, "courier1").say("路线")
    assert f"#{second.number[-3:]}" in route and f"#{first.number[-3:]}" not in route


async def test_路线_shows_the_planned_order(ready: Client) -> None:
    numbers = await _station_with_orders(4)
    await Staffer(ready, "owner").say("派单")
    plan = await dispatch_plans.current_plan(NOW.date())
    assert plan is not None
    for route in plan.routes:
        said = await Staffer(ready, route.courier).say("路线")
        positions = [said.index(f"#{s.number[-3:]}") for s in route.stops]
        assert positions == sorted(positions)
        listing = await Staffer(ready, route.courier).say("任务")
        positions = [listing.index(f"#{s.number[-3:]}") for s in route.stops]
        assert positions == sorted(positions)
    assert len(numbers) == 4
    assert await texts_to("work", "owner") == []  # the owner's answer is the passive reply
