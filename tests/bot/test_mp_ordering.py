"""A customer orders water by chatting, end to end through the encrypted OA callback."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from bot.devtools import wire
from domain.models import Order, TicketWallet
from domain.services import wallet
from tests.bot.chat_harness import Clock, Customer, seed
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
async def alice(client: TestClient, clock: Clock) -> Customer:  # type: ignore[type-arg]
    clock.now = NOW
    await seed(client)
    return Customer(client, "o-alice")


async def test_one_message_order_goes_to_confirmation_then_places(alice: Customer) -> None:
    reply = await alice.say("明天下午送两桶农夫山泉到阳光花园3栋502,用现金")
    assert "联系电话" in reply  # first order: a contact phone
    reply = await alice.say("13800001111")
    assert "请确认订单" in reply and "农夫山泉天然水 19L × 2" in reply
    assert "阳光花园3栋502" in reply and "明天 13:00-18:00" in reply
    assert "货到付款" in reply and "应付:144.00元" in reply  # 2×22 + 2×50 deposit
    reply = await alice.say("1")
    assert "下单成功" in reply and "20261124001" in reply
    order = await Order.get(number="20261124001")
    assert (order.payment_method, order.state) == ("cash", "awaiting_dispatch")


async def test_missing_slots_are_asked_one_at_a_time(alice: Customer) -> None:
    assert "要哪种水" in await alice.say("送水")
    assert "要几桶" in await alice.say("怡宝")
    assert "送到哪里" in await alice.say("3桶")
    assert "怎么付款" in await alice.say("翠湖小区8栋1201")
    assert "联系电话" in await alice.say("2")
    assert "手机号格式不对" in await alice.say("12345")
    reply = await alice.say("13800001111")
    assert "怡宝纯净水 18.9L × 3" in reply and "微信支付" in reply
    assert "下单成功" in await alice.say("1")


async def test_tickets_are_used_first_and_repeat_order(alice: Customer) -> None:
    await alice.say("你好")
    from domain.models import Customer as CustomerRow

    row = await CustomerRow.get(mp_openid="o-alice")
    await wallet.buy_pack(row.id, "nfsq-19l-10", "cash", "test", NOW)
    row.phone = "13800001111"
    await row.save()
    reply = await alice.say("送一桶农夫山泉到阳光花园3栋502")
    assert "水票 用1张,剩10张" in reply
    assert "下单成功" in await alice.say("1")
    reply = await alice.say("老样子")
    assert "农夫山泉天然水 19L × 1" in reply and "水票 用1张,剩9张" in reply
    assert "已取消" in await alice.say("0")
    assert (await TicketWallet.get(customer_id=row.id)).balance == 10


async def test_confirmation_edits(alice: Customer) -> None:
    await alice.say("送两桶怡宝到阳光花园3栋502 现金")
    await alice.say("13800001111")
    assert "几桶" in await alice.say("2")
    assert "怡宝纯净水 18.9L × 4" in await alice.say("4")
    assert "什么时候" in await alice.say("3")
    assert "后天" in await alice.say("后天上午")
    assert "送到哪里" in await alice.say("4")
    assert "翠湖小区8栋1201" in await alice.say("翠湖小区8栋1201")
    assert "取消" in await alice.say("取消")
    assert await Order.all().count() == 0


async def test_retry_of_the_confirming_message_places_once(alice: Customer) -> None:
    await alice.say("送一桶怡宝到阳光花园3栋502 现金")
    await alice.say("13800001111")
    first = await alice.say("1", msg_id=777)
    again = await alice.say("1", msg_id=777)
    assert first == again and "下单成功" in first
    assert await Order.all().count() == 1


async def test_location_becomes_the_address(alice: Customer) -> None:
    assert "送到哪里" in await alice.say("送一桶景田 现金")
    status, reply = await alice.post(wire.mp_location("o-alice", 31.23, 121.47, "阳光花园5栋301"))
    assert status == 200 and "联系电话" in reply
    reply = await alice.say("13800001111")
    assert "阳光花园5栋301" in reply
