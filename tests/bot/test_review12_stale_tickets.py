"""A mixed order confirmed after its tickets expired is not charged another sum than shown.

The confirmation says which goods the tickets pay and what the balance pays the rest; when the
lots expire (or are spent) before the customer's 1, placing refuses (`TicketsChanged`), nothing
moves, and the bot shows the order priced again for a new yes.
"""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from domain.models import BalanceAccount, Order, TicketLot
from domain.models import Customer as CustomerRow
from domain.services import wallet
from tests.bot.chat_harness import Clock, Customer, seed
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
async def mei(client: TestClient, clock: Clock) -> Customer:  # type: ignore[type-arg]
    clock.now = NOW
    await seed(client)
    customer = Customer(client, "o-mei")
    await customer.say("你好")
    row = await CustomerRow.get(mp_openid="o-mei")
    row.phone = "13800001111"
    await row.save()
    await wallet.buy_pack(row.id, "nfsq-19l-10", "cash", "test", NOW)
    await wallet.top_up(row.id, 20000, "cash", "owner")
    return customer


async def _balance() -> int:
    row = await CustomerRow.get(mp_openid="o-mei")
    return (await BalanceAccount.get(customer_id=row.id)).balance_fen


async def test_tickets_expiring_before_yes_ask_again_instead_of_charging_more(
    mei: Customer,
) -> None:
    reply = await mei.say("一桶农夫一桶怡宝送到阳光花园3栋502")
    assert "用1张水票" in reply
    reply = await mei.say("余额")
    assert "水票 用1张(农夫山泉天然水 19L × 1)" in reply and "其余余额" in reply
    shown = reply
    await TicketLot.all().update(expires_at=NOW - timedelta(minutes=1))
    reply = await mei.say("1")
    assert "下单成功" not in reply and "水票刚有变动" in reply, reply
    assert "请确认订单" in reply and "水票 用" not in reply and reply != shown
    assert await Order.all().count() == 0 and await _balance() == 20000
    reply = await mei.say("1")
    assert "下单成功" in reply
    order = await Order.get()
    assert (order.tickets_used, order.payment_method) == (0, "balance")
    assert await _balance() == 20000 - order.prepaid_fen


async def test_a_ticket_order_whose_tickets_expired_asks_how_to_pay(mei: Customer) -> None:
    reply = await mei.say("一桶农夫送到阳光花园3栋502")
    assert "水票 用1张" in reply
    await TicketLot.all().update(expires_at=NOW - timedelta(minutes=1))
    reply = await mei.say("1")
    assert "水票刚有变动" in reply and "怎么付款" in reply and "下单成功" not in reply, reply
    assert await Order.all().count() == 0
