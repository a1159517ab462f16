"""Courier text commands, shifts, and task cards actually sent (and paced) to the fake WeCom."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from bot.handlers.owner_alerts import alert_text
from domain.models import BucketEntry, Order, OutboxMessage
from domain.services import staff
from domain.services.alerts import sweep_alerts
from domain.services.station import configure_station
from tests.bot.chat_harness import Staffer
from tests.bot.courier_harness import (
    STATION,
    add_courier,
    cards,
    client,
    clock,
    fake,
    make_customer,
    place,
    ready,
    tap,
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
MP_SEND = "/cgi-bin/message/custom/send"


async def _four_orders() -> list[str]:
    """courier1's day: far, near, no coordinates, middle (placed in that order)."""
    await configure_station({"latitude": STATION[0], "longitude": STATION[1]}, "test")
    lat, lon = STATION
    spots = [(lat + 0.03, lon), (lat + 0.002, lon), None, (lat + 0.01, lon)]
    numbers = []
    for index, spot in enumerate(spots):
        customer = await make_customer(f"o-c{index}", f"幸福里{index + 1}号", at=spot)
        numbers.append(await place(customer))
    return numbers


async def test_tasks_in_route_order_accept_and_deliver_by_text(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    far, near, blind, middle = await _four_orders()
    courier = Staffer(ready, "courier1")
    listing = await courier.say("任务")
    assert "4单" in listing
    order = [listing.index(f"#{n[-3:]}") for n in (near, middle, far, blind)]
    assert order == sorted(order)
    assert f"已接单 {near}" in await courier.say("接单 2")
    assert "已经接过了" in await courier.say(f"接单 {near}")
    assert "配送中" in await courier.say("任务")
    done = await courier.say("送达 002 回桶 0 收款 144")
    assert "已登记送达" in done and "收款144.00元" in done
    entries = await BucketEntry.all().count()
    assert done == await courier.say("送达 002 回桶 0 收款 144")  # a repeat changes nothing
    assert await BucketEntry.all().count() == entries
    assert (await Order.get(number=near)).cash_collected_fen == 14400
    asked = await courier.say("送达 4")
    assert "回收了几个空桶" in asked
    assert "应收" in await courier.say("两个")
    assert "已登记送达" in await courier.say("144")


async def test_cash_short_at_the_door_is_owed_heard_and_alerted(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    await staff.add_staff("owner", "店长", "owner", "test")
    number = await place(await make_customer("o-short", "幸福里1号"), qty=1)  # 22 + 50 deposit
    courier = Staffer(ready, "courier1")
    done = await courier.say(f"送达 {number[-3:]} 回桶 0 收款 1")
    assert "收款1.00元(含押金50.00元)" in done
    assert "应收72.00元,少收了71.00元,已记为客户欠款,店长会收到提醒。" in done
    order = await Order.get(number=number)
    assert (order.payment_status, order.cash_due_fen, order.cash_collected_fen) == (
        "owing",
        7200,
        100,
    )
    assert done == await courier.say(f"送达 {number[-3:]} 回桶 0 收款 1")  # a repeat: same
    day = await courier.say("今日")
    assert "现金1.00元(需上交),扫码0.00元。少收71.00元(客户欠款)。" in day
    assert await sweep_alerts(NOW + timedelta(minutes=1), alert_text) == 1
    [alert] = await texts_to("work", "owner")
    assert f"【收款不足】订单 {number}(刘师傅)应收72.00元,实收1.00元,少收71.00元" in alert
    over = await place(await make_customer("o-over", "幸福里2号"), qty=1)
    said = await courier.say(f"送达 {over[-3:]} 回桶 0 收款 80")
    assert "应收72.00元,多收了8.00元,请一起上交。" in said
    assert "多收8.00元(已含在现金里)" in await courier.say("今日")


async def test_route_nobody_home_reschedule_and_the_day(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    far, near, blind, middle = await _four_orders()
    tomorrow = await make_customer("o-later", "幸福里9号")
    await place(tomorrow)
    later = await Order.filter(number__startswith="20261124").order_by("-id").first()
    assert later is not None
    later.window_start, later.window_end = NOW + timedelta(days=1), NOW + timedelta(days=1, hours=2)
    await later.save()
    courier = Staffer(ready, "courier1")
    route = await courier.say("路线")
    assert "今天的路线(4单)" in route and "uri.amap.com/marker" in route
    assert f"#{later.number[-3:]}" not in route
    assert "无人在家" in await courier.say(f"无人 {far[-1]}")
    assert "家里没人" in (await texts_to("mp", "o-c0"))[-1]
    assert "已改约到 明天 13:00-18:00" in await courier.say(f"改约 {blind[-1]} 明天下午")
    await courier.say(f"送达 {near[-3:]} 回桶 0 收款 144")
    await courier.say(f"送达 {middle[-3:]} 回桶 0 收款 100")
    day = await courier.say("今日")
    assert "送达2单,4桶" in day and "未送达2次" in day
    assert "现金244.00元" in day and "计件4件,收入6.00元" in day
    assert "送达2单,计件4件,收入6.00元" in await courier.say("本月")


async def test_another_couriers_task_is_refused(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    number = await place(await make_customer("o-alice"))
    await add_courier("courier2", "赵师傅")
    other = Staffer(ready, "courier2")
    assert "这不是您的任务" in await other.say(f"接单 {number}")
    assert "这不是您的任务" in await other.say(f"送达 {number} 回桶 0 收款 144")
    assert "您的任务里没有 1" in await other.say("无人 1")
    assert (await Order.get(number=number)).state == "assigned"
    assert "没有找到订单" in await other.say("接单 20991231999")


async def test_shift_off_keeps_orders_waiting_and_on_dispatches_them(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    courier = Staffer(ready, "courier1")
    assert "已暂停接单" in await courier.say("暂停接单")
    number = await place(await make_customer("o-alice"))
    assert (await Order.get(number=number)).state == "awaiting_dispatch"
    assert "给您派了1单" in await courier.say("开始接单")
    assert (await Order.get(number=number)).state == "assigned"
    assert len(await cards("courier1")) == 1
    assert "帮助" not in await courier.say("今日")


async def test_cards_and_notices_go_out_to_wechat(ready: Client, fake: FakeWeChat) -> None:
    await add_courier("courier1", "刘师傅")
    await place(await make_customer("o-alice"), note="放门口")
    [card] = await cards("courier1")
    assert card["quote_area"]["quote_text"] == "放门口"
    sender = worker(fake)
    await sender.run_once(NOW)
    [call] = fake.calls_to(WORK_SEND)
    assert call.json["msgtype"] == "template_card" and call.json["template_card"] == card
    row = await OutboxMessage.get(kind="template_card")
    result: dict[str, str] = row.payload["result"]  # type: ignore[assignment]
    assert result["response_code"] == fake.response_codes[0]
    await tap(ready, "courier1", card, "已送达")
    await Staffer(ready, "courier1").say("好")
    await Staffer(ready, "courier1").say("好")
    await sender.run_once(NOW)
    [notice] = [c for c in fake.calls_to(MP_SEND) if c.json["touser"] == "o-alice"]
    assert "已送达" in notice.json["text"]["content"]


async def test_a_burst_of_forty_cards_is_paced_not_dropped(ready: Client, fake: FakeWeChat) -> None:
    await add_courier("courier1", "刘师傅", on_shift=False)
    customer = await make_customer("o-office", "科技园A座")
    for _ in range(40):
        await place(customer, qty=1)
    assert "给您派了40单" in await Staffer(ready, "courier1").say("开始接单")
    assert len(await cards("courier1")) == 40
    sender = worker(fake)
    while await sender.run_once(NOW):
        pass
    sent = [c for c in fake.calls_to(WORK_SEND) if c.json["msgtype"] == "template_card"]
    assert len(sent) == 30
    assert await OutboxMessage.filter(status="pending").count() == 10
    while await sender.run_once(NOW + timedelta(seconds=66)):
        pass
    sent = [c for c in fake.calls_to(WORK_SEND) if c.json["msgtype"] == "template_card"]
    assert len(sent) == 40 and await OutboxMessage.filter(status="pending").count() == 0
