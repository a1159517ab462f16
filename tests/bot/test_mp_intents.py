"""Every customer intent and event, end to end through the encrypted OA callback."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from bot.devtools import wire
from domain.models import (
    AuditLog,
    Complaint,
    CustomerMedia,
    Order,
    OutboxMessage,
    PackPurchase,
    ReturnRequest,
    TicketWallet,
)
from domain.models import Customer as CustomerRow
from domain.services import customers, order_moves, staff, wallet
from domain.services.buckets import set_opening_buckets
from domain.services.support import default_connection
from tests.bot.chat_harness import Clock, Customer, seed
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
async def carol(client: TestClient, clock: Clock) -> Customer:  # type: ignore[type-arg]
    """A known customer with a phone, an address and 11 農夫 tickets."""
    clock.now = NOW
    await seed(client)
    row, _ = await customers.customer_for_openid("o-carol")
    row.name = "Carol"
    await row.save()
    await customers.set_phone(row.id, "13800002222", "test")
    await customers.add_address(row.id, customers.AddressInput("阳光花园3栋502"), "test")
    await wallet.buy_pack(row.id, "nfsq-19l-10", "cash", "test", NOW)
    await staff.add_staff("owner", "店长", "owner", "test")
    return Customer(client, "o-carol")


async def _row() -> CustomerRow:
    return await CustomerRow.get(mp_openid="o-carol")


async def _place(carol: Customer) -> str:
    assert "请确认订单" in await carol.say("送两桶农夫山泉")
    reply = await carol.say("1")
    assert "下单成功" in reply
    return (await Order.all().order_by("-id").first()).number  # type: ignore[union-attr]


async def test_cancel_latest_and_named_order(carol: Customer) -> None:
    first = await _place(carol)
    second = await _place(carol)
    reply = await carol.say(f"取消订单{first}")
    assert f"订单 {first} 已取消" in reply and "2张水票已退回" in reply
    assert f"订单 {second} 已取消" in await carol.say("刚才那单不要了")
    assert "没有进行中的订单" in await carol.say("取消订单")
    assert (await TicketWallet.get(customer_id=(await _row()).id)).balance == 11


async def test_status_with_courier_and_hurry_is_logged(carol: Customer) -> None:
    number = await _place(carol)
    await staff.add_courier("courier1", "刘师傅", "test", "13900000001")
    await order_moves.assign_order(number, "courier1", "dispatcher", NOW)
    reply = await carol.say("水到哪了")
    assert number in reply and "已派单" in reply and "刘师傅 13900000001" in reply
    reply = await carol.say("怎么还没送来")
    assert "已帮您催单" in reply
    assert await AuditLog.filter(action="order.hurry", entity_id=number).exists()
    assert await OutboxMessage.filter(channel="work", recipient="owner").exists()
    assert number in await carol.say("我的订单")


async def test_an_order_asked_for_by_number_is_found_only_by_its_customer(
    carol: Customer, client: TestClient  # type: ignore[type-arg]
) -> None:
    number = await _place(carol)
    reply = await carol.say(f"订单{number}到哪了")
    assert reply.startswith(f"订单 {number}:等待派送,") and "送水师傅" not in reply
    stranger = Customer(client, "o-stranger")
    assert await stranger.say(f"订单{number}到哪了") == f"没有找到订单 {number}"
    assert await stranger.say(f"取消订单{number}") == f"没有找到订单 {number}"
    assert (await Order.get(number=number)).state != "cancelled"


async def test_balance_price_and_buying_a_pack(carol: Customer) -> None:
    reply = await carol.say("水票还剩几张")
    assert "农夫山泉天然水 19L水票 11张" in reply and "2027-11-24" in reply
    assert "余额 0.00元" in reply and "押桶 0个" in reply
    reply = await carol.say("价格表")
    assert "农夫山泉天然水 19L 22.00元/桶" in reply and "农夫山泉水票 10送1 220.00元" in reply
    reply = await carol.say("买水票")
    assert "回复序号" in reply
    assert "已为您登记购买怡宝水票 10送1" in await carol.say("2")
    assert "已为您登记购买农夫山泉水票" in await carol.say("买一套农夫山泉水票")
    assert await PackPurchase.filter(status="pending").count() == 2


async def test_return_buckets(carol: Customer) -> None:
    assert "没有押桶" in await carol.say("退两个桶")
    row = await _row()
    await set_opening_buckets(await default_connection(), row.id, 3, 15000, "test")
    assert "已登记退桶2个" in await carol.say("退两个桶")
    assert "您名下有3个桶,要退几个" in await carol.say("我要退押金")  # issue 12 item 11
    assert "已登记退桶1个" in await carol.say("1")
    assert await ReturnRequest.all().count() == 2


async def test_reminders_off_and_on(carol: Customer) -> None:
    assert "不再给您发送送水提醒" in await carol.say("别再提醒我了")
    assert (await _row()).reminder_opt_out
    assert "已开启送水提醒" in await carol.say("开启提醒")
    assert not (await _row()).reminder_opt_out


async def test_complaint_with_picture_reaches_the_owner(carol: Customer) -> None:
    assert "已转交店长" in await carol.say("送水师傅态度太差")
    complaint = await Complaint.get()
    assert complaint.status == "open" and "态度太差" in complaint.text
    note = await OutboxMessage.get(channel="work", recipient="owner")
    assert f"#{complaint.id}" in str(note.payload["text"]) and "Carol" in str(note.payload["text"])
    status, reply = await carol.post(wire.mp_image("o-carol", "media-1", "http://img/1.jpg"))
    assert status == 200 and "图片已收到" in reply
    assert (await CustomerMedia.get()).purpose == "complaint"


async def test_help_unknown_and_words_that_work_in_any_state(carol: Customer) -> None:
    assert "一句话" in await carol.say("怎么订水")
    assert "没太明白" in await carol.say("哈哈")
    # Only emoji or Latin letters: an answer in Chinese and a hint (issue 12, item 6).
    assert "只能用中文" in await carol.say("😀" * 50)
    assert "只能用中文" in await carol.say("x" * 5000)
    assert "要哪种水" in await carol.say("送水")
    assert "在这里订水" in await carol.say("菜单")
    assert "要哪种水" in await carol.say("送水")
    assert "已取消" in await carol.say("取消")
    assert await Order.all().count() == 0


async def test_idle_conversation_expires_after_30_minutes(carol: Customer, clock: Clock) -> None:
    assert "要哪种水" in await carol.say("送水")
    assert "要几桶" in await carol.say("怡宝")
    clock.now = NOW + timedelta(minutes=29)
    assert "怎么付款" in await carol.say("3")  # still inside the window: the quantity
    assert "已取消" in await carol.say("取消")
    assert "要哪种水" in await carol.say("送水")
    assert "要几桶" in await carol.say("怡宝")
    clock.now = NOW + timedelta(minutes=29 + 31)
    assert "没太明白" in await carol.say("3")  # the draft lapsed: a bare number means nothing


async def test_follow_with_scene_click_and_unfollow(client: TestClient, clock: Clock) -> None:  # type: ignore[type-arg]
    clock.now = NOW
    await seed(client)
    dave = Customer(client, "o-dave")
    status, reply = await dave.post(wire.mp_subscribe("o-dave", scene="flyer-A"))
    assert status == 200 and "欢迎关注" in reply
    row = await CustomerRow.get(mp_openid="o-dave")
    assert row.scene == "flyer-A" and row.subscribed
    status, reply = await dave.post(wire.mp_click("o-dave", "水票余额"))
    assert "暂无水票" in reply
    status, reply = await dave.post(wire.mp_click("o-dave", "帮助"))
    assert "在这里订水" in reply
    status, reply = await dave.post(wire.mp_event("o-dave", "unsubscribe"))
    assert (status, reply) == (200, "")
    assert not (await CustomerRow.get(mp_openid="o-dave")).subscribed


async def test_voice_uses_recognition_text(carol: Customer) -> None:
    _, reply = await carol.post(wire.mp_voice("o-carol", "v1", "水票还剩几张"))
    assert "11张" in reply
    _, reply = await carol.post(wire.mp_voice("o-carol", "v2", None))
    assert "没听清" in reply


async def test_redeem_a_printed_code_once(carol: Customer) -> None:
    from domain.rules import ticket_codes
    from domain.services import codes

    secret = await codes.code_secret("")
    _, made = await codes.create_batch("cestbon-18l-10", 2, "owner", NOW, secret)
    printed = ticket_codes.format_for_print(made[0])
    reply = await carol.say(f"兑换 {printed}")
    assert "兑换成功" in reply and "怡宝纯净水 18.9L水票现有11张" in reply
    assert "已经兑换过" in await carol.say(f"兑换 {printed}")
    typo = printed[:-1] + ("2" if printed[-1] != "2" else "3")
    assert "兑换码无效" in await carol.say(f"兑换 {typo}")
    assert "请发送兑换码" in await carol.say("我要兑换水票码")
    assert "兑换成功" in await carol.say(ticket_codes.format_for_print(made[1]))
    row = await _row()
    assert (await TicketWallet.get(customer_id=row.id, sku="cestbon-18l")).balance == 22
