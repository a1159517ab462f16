"""优惠码 in chat: claim a campaign's coupon once, through the encrypted OA callback."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from domain.models import Coupon
from domain.rules import campaigns as rules
from domain.services import campaigns, customers
from tests.bot.chat_harness import Clock, Customer, seed
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
async def dave(client: TestClient, clock: Clock) -> Customer:  # type: ignore[type-arg]
    """A known customer, and a code campaign with the code WINTER5."""
    clock.now = NOW
    await seed(client)
    await customers.customer_for_openid("o-dave")
    terms = rules.Terms(
        rules.COUPON, rules.CODE, NOW - timedelta(days=1), NOW + timedelta(days=30),
        amount_fen=500, min_goods_fen=3000, valid_days=7,
    )  # fmt: skip
    made = await campaigns.create_campaign(terms, "冬季券", "owner", NOW)
    await campaigns.create_promo_code(made, "WINTER5", 1, "owner", NOW)
    return Customer(client, "o-dave")


async def test_a_code_gives_a_coupon_once(dave: Customer, client: TestClient) -> None:  # type: ignore[type-arg]
    reply = await dave.say("优惠码 winter5")
    assert reply == "领取成功!送您一张5元优惠券(商品满30元可用,下单自动抵扣,有效期至12月1日)。"
    assert await dave.say("优惠码:WINTER5") == (
        "您已领过这张5元优惠券(商品满30元可用,下单自动抵扣,有效期至12月1日),下单时会自动使用。"
    )
    assert await Coupon.filter(status="issued").count() == 1
    other = Customer(client, "o-erin")
    assert await other.say("优惠码 WINTER5") == "这个优惠码已经被领完了"
    assert await other.say("优惠码 SPRING9") == "没有这个优惠码"


async def test_the_confirmation_shows_the_free_bucket_and_the_discount(dave: Customer) -> None:
    free = rules.Terms(
        rules.BUY_N_GET_M, rules.EVERYONE, NOW - timedelta(days=1), NOW + timedelta(days=30),
        "nfsq-19l", 5, 1,
    )  # fmt: skip
    await campaigns.create_campaign(free, "买五赠一", "owner", NOW)
    await dave.say("优惠码 WINTER5")
    reply = await dave.say("送五桶农夫山泉到阳光花园3栋502,用现金")
    if "联系电话" in reply:
        reply = await dave.say("13800003333")
    assert "农夫山泉天然水 19L × 5\n农夫山泉天然水 19L × 1(赠送)" in reply
    # 5 × 22 - 5 coupon + 6 × 50 deposit: the free bucket is lent against a deposit too
    assert "应付:405.00元(含押金300.00),优惠券已减5.00元" in reply
    reply = await dave.say("1")
    assert "下单成功" in reply and "优惠券已减5.00元" in reply
    assert (await Coupon.get()).status == rules.USED
