"""A courier's day through encrypted WeCom callbacks: cards, taps, deliveries, failures."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from domain.models import BucketAccount, Order, OrderEvent, TaskCard
from tests.bot.chat_harness import Customer, Staffer
from tests.bot.courier_harness import (
    add_courier,
    cards,
    client,
    clock,
    make_customer,
    place,
    ready,
    send_image,
    tap,
    texts_to,
    wechat_notifier,
)
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
__all__ = ["client", "clock", "ready", "wechat_notifier"]

Client = TestClient  # type: ignore[type-arg]


async def test_a_chat_order_reaches_the_least_busy_courier_as_a_card(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    await add_courier("courier2", "赵师傅")
    await add_courier("courier3", "钱师傅", on_shift=False)
    other = await make_customer("o-bob", "阳光花园1栋101")
    await place(other)  # courier1 (first by id among equals) now has one task
    alice = Customer(ready, "o-alice")
    await make_customer("o-alice", "阳光花园3栋502", at=(31.2350, 121.4800))
    reply = await alice.say("明天上午送两桶农夫山泉,现金,备注放门口")
    assert "请确认订单" in reply
    assert "下单成功" in await alice.say("1")
    order = await Order.get(number="20261124002").prefetch_related("courier")
    assert order.courier is not None
    assert (order.state, order.courier.wecom_userid) == ("assigned", "courier2")
    [card] = await cards("courier2")
    assert card["card_type"] == "button_interaction"
    assert card["task_id"].startswith("20261124002-1-")
    assert card["main_title"]["desc"] == "订单 20261124002"
    rows = {row["keyname"]: row for row in card["horizontal_content_list"]}
    assert rows["商品"]["value"] == "农夫山泉天然水 19L×2"
    assert rows["地址"]["url"] == "https://uri.amap.com/marker?position=121.480000,31.235000"
    assert rows["收款"]["value"] == "现金 144.00元"
    assert rows["押金"]["value"].startswith("100.00元")
    assert rows["电话"]["url"] == "tel:13800001111"
    assert [(b["text"], b["key"]) for b in card["button_list"]] == [
        ("接单", "accept@20261124002"),
        ("已送达", "done@20261124002"),
        ("无人在家", "absent@20261124002"),
        ("改约", "resched@20261124002"),
    ]
    assert await cards("courier3") == []


async def test_accept_then_deliver_with_empties_cash_and_photo(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    customer = await make_customer("o-alice")
    number = await place(customer)
    [card] = await cards("courier1")
    reply = await tap(ready, "courier1", card, "接单")
    assert reply is not None and (reply.msg_type, reply.replace_name) == ("update_button", "已接单")
    order = await Order.get(number=number)
    assert order.state == "delivering"
    event = await OrderEvent.filter(order_id=order.id).order_by("-id").first()
    assert event is not None and (event.actor, event.reason, event.at) == (
        "courier1",
        "accepted",
        NOW,
    )
    assert (await TaskCard.get(task_id=card["task_id"])).accepted_at == NOW
    assert "已接单" in (await texts_to("work", "courier1"))[-1]

    reply = await tap(ready, "courier1", card, "已送达")
    assert reply is not None and reply.replace_name == "已送达"
    assert "回收了几个空桶" in (await texts_to("work", "courier1"))[-1]
    courier = Staffer(ready, "courier1")
    assert "应收144.00元" in await courier.say("0")
    done = await courier.say("好")
    assert "已登记送达" in done and "送2桶,回桶0个,收款144.00元" in done
    order = await Order.get(number=number)
    assert (order.state, order.cash_collected_fen, order.empties_collected) == (
        "delivered",
        14400,
        0,
    )
    account = await BucketAccount.get(customer_id=customer.id)
    assert (account.held, account.deposit_fen) == (2, 10000)
    assert "已送达" in (await texts_to("mp", "o-alice"))[-1]
    assert await send_image(ready, "courier1", "MEDIA-1") == "照片已保存。"
    assert (await TaskCard.get(task_id=card["task_id"])).photo_media_id == "MEDIA-1"


async def test_double_taps_and_retries_change_nothing_twice(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    number = await place(await make_customer("o-alice"))
    [card] = await cards("courier1")
    first = await tap(ready, "courier1", card, "接单", created_at=1_800_000_000)
    retry = await tap(ready, "courier1", card, "接单", created_at=1_800_000_000)
    again = await tap(ready, "courier1", card, "接单")
    assert first is not None and retry is not None and again is not None
    assert first.replace_name == retry.replace_name == again.replace_name == "已接单"
    events = await OrderEvent.filter(order__number=number, to_state="delivering").count()
    assert events == 1
    assert "已经接过了" in (await texts_to("work", "courier1"))[-1]
    await tap(ready, "courier1", card, "无人在家")
    failed = await OrderEvent.filter(order__number=number, to_state="failed").count()
    reply = await tap(ready, "courier1", card, "无人在家")
    assert reply is not None and reply.replace_name == "已处理"
    assert await OrderEvent.filter(order__number=number, to_state="failed").count() == failed == 1
    assert "已登记无人在家" in (await texts_to("work", "courier1"))[-1]


async def test_nobody_home_goes_back_to_dispatch_and_tells_the_customer(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    number = await place(await make_customer("o-alice"))
    [card] = await cards("courier1")
    await add_courier("courier2", "赵师傅")
    assert "已暂停接单" in await Staffer(ready, "courier1").say("暂停接单")
    reply = await tap(ready, "courier1", card, "无人在家")
    assert reply is not None and reply.replace_name == "无人在家,已退回"
    states = [e.to_state for e in await OrderEvent.filter(order__number=number).order_by("id")]
    assert states[-3:] == ["failed", "awaiting_dispatch", "assigned"]
    order = await Order.get(number=number).prefetch_related("courier")
    assert order.courier is not None and order.courier.wecom_userid == "courier2"  # off shift
    assert len(await cards("courier2")) == 1
    assert "家里没人" in (await texts_to("mp", "o-alice"))[-1]
    card_row = await TaskCard.get(task_id=card["task_id"])
    assert (card_row.state, card_row.outcome) == ("closed", "failed")


async def test_reschedule_by_tap_asks_when(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    number = await place(await make_customer("o-alice"))
    [card] = await cards("courier1")
    reply = await tap(ready, "courier1", card, "改约")
    assert reply is not None and reply.replace_name == "已改约"
    assert "改到什么时候" in (await texts_to("work", "courier1"))[-1]
    courier = Staffer(ready, "courier1")
    assert "没听懂时间" in await courier.say("等会儿吧")
    assert "已改约到 明天 08:00-12:00" in await courier.say("明天上午")
    order = await Order.get(number=number)
    assert order.window_start == NOW.replace(hour=8) + timedelta(days=1)
    assert "已改约到 明天 08:00-12:00" in (await texts_to("mp", "o-alice"))[-1]
    assert len(await cards("courier1")) == 2  # the only courier on shift gets it back


async def test_stale_taps_are_explained(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    alice = Customer(ready, "o-alice")
    number = await place(await make_customer("o-alice"))
    [card] = await cards("courier1")
    assert f"订单 {number} 已取消" in await alice.say("取消订单")
    assert f"订单 {number} 客户已取消" in (await texts_to("work", "courier1"))[-1]
    reply = await tap(ready, "courier1", card, "接单")
    assert reply is not None and reply.replace_name == "已处理"
    assert "客户已取消,不用送了" in (await texts_to("work", "courier1"))[-1]
    assert (await Order.get(number=number)).state == "cancelled"


async def test_a_tap_on_someone_elses_or_an_unknown_card(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    await add_courier("courier2", "赵师傅")
    number = await place(await make_customer("o-alice"))
    [card] = await cards("courier1")
    reply = await tap(ready, "courier2", card, "接单")
    assert reply is not None and reply.replace_name == "已失效"
    assert "不是您的任务卡" in (await texts_to("work", "courier2"))[-1]
    assert (await Order.get(number=number)).state == "assigned"
    forged = {**card, "task_id": "nope-1"}
    reply = await tap(ready, "courier1", forged, "接单")
    assert reply is not None and reply.replace_name == "已失效"


async def test_strangers_taps_are_refused(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    number = await place(await make_customer("o-alice"))
    [card] = await cards("courier1")
    reply = await tap(ready, "stranger", card, "接单")
    assert reply is not None and "还不是本水站的员工" in (reply.content or "")
    assert (await Order.get(number=number)).state == "assigned"
