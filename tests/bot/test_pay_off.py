"""With no WATERBOT_PAY_* settings, 微信支付 keeps its meaning: a scan at the door, said so."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from domain.infra import pay_port
from domain.models import Order, Payment
from tests.bot.chat_harness import Clock, Customer, seed
from tests.bot.pay_harness import seed_people
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def test_wechat_pay_is_scanned_at_the_door_without_a_merchant_account(
    client: TestClient, clock: Clock  # type: ignore[type-arg]
) -> None:
    clock.now = NOW
    assert not pay_port.online()
    await seed(client)
    await seed_people("o-alice")
    alice = Customer(client, "o-alice")
    reply = await alice.say("送两桶农夫山泉到阳光花园3栋502,微信支付")
    assert "微信支付(送达时扫码)" in reply and "在线" not in reply
    reply = await alice.say("1")
    assert "下单成功" in reply and "点此微信支付" not in reply
    order = await Order.get(number="20261124001")
    assert (order.payment_method, order.state) == ("wechat_pay", "assigned")
    assert not await Payment.exists()
