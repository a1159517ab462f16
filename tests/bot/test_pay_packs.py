"""Ticket packs bought in chat and paid online: chat → page → fake WeChat Pay → tickets.

Through the real callbacks, the real payment page and the fake server, on the suite's database
(SQLite or PostgreSQL): the tickets are credited once however often and however concurrently
WeChat Pay notifies; a pack nobody pays is closed by the sweep and the customer told; paying
the courier keeps its old behaviour.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import timedelta
from pathlib import Path

import pytest

from bot import notify
from domain.models import (
    AuditLog,
    OutboxMessage,
    PackPurchase,
    Payment,
    PaymentEntry,
    TicketEntry,
    TicketWallet,
)
from domain.services.payment_sweeps import sweep_payments
from tests.bot.chat_harness import Clock, Customer, seed
from tests.bot.pay_harness import Client, page_path, seed_people, start_pay_app, trade_of_path
from tests.fakes.notifier import installed
from tests.fakes.wechat_pay_server import FakeWeChatPay
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
App = tuple[Client, FakeWeChatPay, Clock]


@pytest.fixture(scope="module")
async def app(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[App]:
    clock = Clock(NOW)
    client, fake = await start_pay_app(clock, Path(tmp_path_factory.mktemp("pay")))
    with installed(notify.WeChatNotifier()):
        yield client, fake, clock
    await client.close()
    await fake.close()


@pytest.fixture
async def alice(app: App) -> Customer:
    client, _, clock = app
    clock.now = NOW
    await seed(client)
    await seed_people("o-alice")
    return Customer(client, "o-alice")


async def texts_to(openid: str) -> str:
    payloads = await OutboxMessage.filter(recipient=openid).values_list("payload", flat=True)
    return json.dumps(payloads, ensure_ascii=False)


async def pack_online(app: App, alice: Customer) -> tuple[PackPurchase, str]:
    """Alice buys the 农夫山泉 pack and picks WeChat Pay; (purchase, page path)."""
    asked = await alice.say("买一套农夫山泉水票")
    assert "农夫山泉水票 10送1 220.00元,怎么付款" in asked and "2. 送水时付给师傅" in asked
    reply = await alice.say("1")
    assert "点此微信支付" in reply and "30分钟内" in reply and "水票单 #" in reply, reply
    purchase = await PackPurchase.get()
    assert (purchase.status, purchase.price_fen) == ("awaiting_pay", 22000)
    return purchase, page_path(reply)


async def nfsq_tickets() -> int:
    wallet = await TicketWallet.filter(sku="nfsq-19l").first()
    return wallet.balance if wallet else 0


async def test_a_pack_paid_by_jsapi_credits_its_tickets_once(app: App, alice: Customer) -> None:
    client, fake, _ = app
    purchase, path = await pack_online(app, alice)
    no = trade_of_path(path)
    payment = await Payment.get(out_trade_no=no)
    assert payment.pack_purchase_id == purchase.id and payment.order_id is None  # type: ignore[attr-defined]
    assert "水票" not in await texts_to("u-boss")  # nothing for staff to collect
    page = await client.get(path)
    assert page.status == 200 and f"水票单 #{purchase.id}" in await page.text()
    assert "支付成功,水票马上到账" in await page.text()
    trade = fake.trades[no]
    assert (trade.trade_type, trade.total, trade.openid) == ("JSAPI", 22000, "o-alice")
    fake.pay(no)
    answers = await asyncio.gather(*(fake.notify(no) for _ in range(5)))
    assert [status for status, _ in answers] == [204] * 5
    assert (await fake.notify(no))[0] == 204  # a repeat, later: nothing changes
    assert await nfsq_tickets() == 11  # 10 + 1 bonus, once
    purchase = await PackPurchase.get(id=purchase.id)
    payment = await Payment.get(out_trade_no=no)
    assert (purchase.status, payment.status) == ("paid", "paid")
    entry = await PaymentEntry.get(payment_id=payment.id)
    assert (entry.kind, entry.amount_fen, entry.reference, entry.order_number) == (
        "pay", 22000, trade.transaction_id, f"P{purchase.id}",
    )  # fmt: skip
    credited = await TicketEntry.filter(delta__gt=0)
    assert len(credited) == 1 and credited[0].amount_fen == 22000
    assert credited[0].reason.endswith("wechat_pay") and credited[0].actor == "wechat_pay"
    assert credited[0].order_number == entry.order_number  # the ticket row names the payment
    assert await AuditLog.filter(action="pack.settle", entity_id=str(purchase.id)).count() == 1
    told = await texts_to("o-alice")
    assert "11张水票已到账" in told and told.count("已收到水票单") == 1
    assert "该订单已支付" in await (await client.get(path)).text()


async def test_an_unpaid_pack_is_closed_and_the_customer_told(app: App, alice: Customer) -> None:
    client, fake, _ = app
    purchase, path = await pack_online(app, alice)
    no = trade_of_path(path)
    assert (await client.get(path)).status == 200  # the trade exists at WeChat Pay
    await sweep_payments(NOW + timedelta(minutes=21))  # the one reminder
    assert "水票单 #" in await texts_to("o-alice") and "还没有付款" in await texts_to("o-alice")
    assert (await sweep_payments(NOW + timedelta(minutes=29))).closed == 0
    assert (await sweep_payments(NOW + timedelta(minutes=30))).closed == 1
    assert fake.trades[no].state == "CLOSED"
    assert (await PackPurchase.get(id=purchase.id)).status == "cancelled"
    assert (await Payment.get(out_trade_no=no)).status == "closed"
    assert "超过30分钟没有付款,已自动取消" in await texts_to("o-alice")
    assert (await sweep_payments(NOW + timedelta(minutes=31))).closed == 0  # once
    assert await nfsq_tickets() == 0


async def test_paying_the_courier_keeps_the_pack_for_staff(app: App, alice: Customer) -> None:
    await alice.say("买一套农夫山泉水票")
    reply = await alice.say("2")
    assert "已为您登记购买农夫山泉水票" in reply and "交给师傅" in reply
    purchase = await PackPurchase.get()
    assert purchase.status == "pending" and not await Payment.exists()
    assert "农夫山泉水票" in await texts_to("u-boss")  # staff collect it, as before
