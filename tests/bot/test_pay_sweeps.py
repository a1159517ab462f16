"""Online payments that never notify, and refunds: the scheduler's sweep and the fake WeChat Pay.

Through the real callbacks, the real payment page and the fake server, on the suite's database.
"""

from __future__ import annotations

import asyncio
import json
import os
import re
import sys
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot import notify
from bot.pay.client import UnverifiedResponse
from bot.pay.keys import PAY_CLIENT
from domain.models import (
    AlertSent,
    BalanceEntry,
    Order,
    OutboxMessage,
    Payment,
    PaymentEntry,
    PaymentRefund,
)
from domain.rules.trade_bill import parse_bill
from domain.services.order_moves import cancel_order
from domain.services.pay_close import close_day
from domain.services.payment_sweeps import sweep_payments
from tests.bot.chat_harness import Clock, Customer, seed
from tests.bot.pay_harness import (
    NOTIFY_URL,
    Client,
    page_path,
    seed_people,
    start_pay_app,
    trade_of_path,
)
from tests.fakes.notifier import installed
from tests.fakes.wechat_pay_keys import APPID
from tests.fakes.wechat_pay_server import CHINA, FakeWeChatPay, Trade
from tests.support import NOW, TZ

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


async def placed(app: App, alice: Customer, open_page: bool = True) -> tuple[str, str]:
    """An order paid by WeChat Pay, its page opened (the trade exists); (number, out_trade_no)."""
    await alice.say("送两桶农夫山泉到阳光花园3栋502,微信支付")
    reply = await alice.say("1")
    number = re.search(r"订单 (\d{11})", reply)
    assert number, reply
    path = page_path(reply)
    if open_page:
        assert (await app[0].get(path)).status == 200
    return number.group(1), trade_of_path(path)


async def one_kept_one_refunded(app: App, alice: Customer) -> tuple[str, str]:
    """Two orders paid online; the second cancelled and its refund sent. Their trades."""
    _, fake, clock = app
    _, kept_no = await placed(app, alice)
    fake.pay(kept_no)
    assert (await fake.notify(kept_no))[0] == 204
    gone, gone_no = await placed(app, alice)
    fake.pay(gone_no)
    assert (await fake.notify(gone_no))[0] == 204
    await cancel_order(gone, "customer", clock.now)
    await sweep_payments(clock.now)
    return kept_no, gone_no


async def texts_to(openid: str) -> str:
    payloads = await OutboxMessage.filter(recipient=openid).values_list("payload", flat=True)
    return json.dumps(payloads, ensure_ascii=False)


async def test_an_unpaid_order_is_closed_after_30_minutes_and_the_customer_told(
    app: App, alice: Customer
) -> None:
    _, fake, _ = app
    number, no = await placed(app, alice)
    await sweep_payments(NOW + timedelta(minutes=19))
    assert "还没有付款" not in await texts_to("o-alice")
    await sweep_payments(NOW + timedelta(minutes=21))  # ten minutes before: one reminder
    await sweep_payments(NOW + timedelta(minutes=22))
    told = await texts_to("o-alice")
    assert told.count("还没有付款") == 1 and "9分钟后会自动取消" in told and "/pay/order/" in told
    assert (await sweep_payments(NOW + timedelta(minutes=29))).closed == 0
    swept = await sweep_payments(NOW + timedelta(minutes=30))
    assert swept.closed == 1 and fake.trades[no].state == "CLOSED"
    order = await Order.get(number=number)
    assert order.state == "cancelled"
    assert (await Payment.get(out_trade_no=no)).status == "closed"
    assert "超过30分钟没有付款,已自动取消" in await texts_to("o-alice")
    assert (await sweep_payments(NOW + timedelta(minutes=31))).closed == 0  # once


async def test_a_trade_never_opened_is_closed_too(app: App, alice: Customer) -> None:
    number, _ = await placed(app, alice, open_page=False)
    assert (await sweep_payments(NOW + timedelta(minutes=31))).closed == 1
    assert (await Order.get(number=number)).state == "cancelled"


async def test_a_payment_whose_notification_was_lost_is_settled_by_the_query(
    app: App, alice: Customer
) -> None:
    _, fake, _ = app
    number, no = await placed(app, alice)
    trade = fake.pay(no)  # paid, but the notification never arrives
    swept = await sweep_payments(NOW + timedelta(minutes=30))
    assert (swept.settled, swept.closed) == (1, 0)
    order = await Order.get(number=number)
    assert (order.state, order.payment_status) == ("assigned", "paid")
    entry = await PaymentEntry.get(order_number=number)
    assert (entry.reference, entry.actor) == (trade.transaction_id, "scheduler")


async def test_cancelling_a_paid_order_refunds_it_to_wechat(app: App, alice: Customer) -> None:
    _, fake, clock = app
    number, no = await placed(app, alice)
    fake.pay(no)
    assert (await fake.notify(no))[0] == 204
    reply = await alice.say(f"取消订单{number}")
    assert "已取消" in reply, reply
    order = await Order.get(number=number)
    assert order.state == "cancelled" and order.payment_status == "paid"  # not yet back
    refund = await PaymentRefund.get(out_refund_no=f"{no}R1")
    assert (refund.status, refund.amount_fen) == ("requested", 14400)
    assert "将原路退回您的微信" in await texts_to("o-alice")

    swept = await sweep_payments(clock.now)
    assert swept.refunds_sent == 1 and fake.trades[no].refunds[0]["amount"]["refund"] == 14400
    assert (await sweep_payments(clock.now)).refunds_sent == 0  # sent once
    assert (await fake.notify_refund(f"{no}R1"))[0] == 204
    assert (await fake.notify_refund(f"{no}R1"))[0] == 204  # a repeat changes nothing
    order = await Order.get(number=number)
    payment = await Payment.get(out_trade_no=no)
    assert (order.payment_status, payment.status, payment.refunded_fen) == (
        "refunded", "refunded", 14400,
    )  # fmt: skip
    entries = await PaymentEntry.filter(order_number=number).order_by("id")
    refund = await PaymentRefund.get(out_refund_no=f"{no}R1")
    assert [(e.kind, e.amount_fen) for e in entries] == [("pay", 14400), ("refund", -14400)]
    assert entries[1].reference == refund.refund_id == fake.trades[no].refunds[0]["refund_id"]
    assert "已原路退回您的微信" in await texts_to("o-alice")

    assert not await BalanceEntry.filter(order_number=number).exists()  # not to the balance


async def test_money_after_the_order_was_closed_goes_straight_back(
    app: App, alice: Customer
) -> None:
    _, fake, clock = app
    number, no = await placed(app, alice)
    await cancel_order(number, "customer", clock.now)  # cancelled while the pay sheet was open
    fake.pay(no)
    assert (await fake.notify(no))[0] == 204
    assert (await Order.get(number=number)).state == "cancelled"
    refund = await PaymentRefund.get(out_refund_no=f"{no}R1")
    assert refund.amount_fen == 14400
    assert await AlertSent.filter(kind="pay_after_close", order_number=number).count() == 1
    assert "已自动原路退款" in await texts_to("u-boss")
    assert (await sweep_payments(clock.now)).refunds_sent == 1


async def test_the_days_trade_bill_lists_payments_and_refunds(app: App, alice: Customer) -> None:
    client, fake, _ = app
    kept_no, gone_no = await one_kept_one_refunded(app, alice)
    day = fake.trades[kept_no].success_time[:10]
    raw = await client.app[PAY_CLIENT].trade_bill(day)
    bill = parse_bill(raw)
    paid = {row.out_trade_no: row.amount_fen for row in bill.rows if row.state == "SUCCESS"}
    assert paid[kept_no] == paid[gone_no] == 14400
    refunds = [row for row in bill.rows if row.state == "REFUND"]  # earlier tests' too
    mine = [(r.out_refund_no, r.refund_fen) for r in refunds if r.out_trade_no == gone_no]
    assert mine == [(f"{gone_no}R1", 14400)]
    assert not [r for r in refunds if r.out_trade_no == kept_no]
    assert bill.refund_fen >= 14400 and bill.amount_fen >= 28800
    fake.tamper_bills = True  # a byte more than the signed hash covers
    try:
        with pytest.raises(UnverifiedResponse):
            await client.app[PAY_CLIENT].trade_bill(day)
    finally:
        fake.tamper_bills = False


async def test_a_days_close_finds_the_one_deliberate_mismatch(
    app: App, alice: Customer, database_url: str
) -> None:
    fake = app[1]
    fake.clock = lambda: NOW + timedelta(minutes=5)  # WeChat Pay's clock on the station's day
    try:
        _, gone_no = await one_kept_one_refunded(app, alice)
        assert (await fake.notify_refund(f"{gone_no}R1"))[0] == 204
        # The deliberate mismatch: money WeChat Pay took that our ledger never booked.
        stray = Trade("WBSTRAY0001", APPID, "扫码", 1000, NOTIFY_URL, "NATIVE")
        fake.trades[stray.out_trade_no] = stray
        fake.pay(stray.out_trade_no)
        matched = (await close_day(NOW.date(), TZ, NOW + timedelta(days=1))).wechat.matched
        assert matched is not None
        assert [(m.kind, m.out_trade_no, m.bill_fen, m.ledger_fen) for m in matched.mismatches] == [
            ("missing_in_ledger", "WBSTRAY0001", 1000, None)
        ]
        assert (matched.paid_in_bill_fen, matched.paid_in_ledger_fen) == (29800, 28800)
        assert (matched.refunded_in_bill_fen, matched.refunded_in_ledger_fen) == (14400, 14400)
        code, out = await waterbot(
            {**fake.keys.env(fake.base_url, NOTIFY_URL), "WATERBOT_DATABASE_URL": database_url},
            "finance", "close", "2026-11-24",
        )  # fmt: skip
        assert code == 1 and "mismatches: 1" in out and "missing_in_ledger WBSTRAY0001" in out, out
    finally:
        fake.clock = lambda: datetime.now(CHINA)


async def waterbot(settings: dict[str, str], *args: str) -> tuple[int, str]:
    """Run the console script; (exit code, stdout + stderr), or fail if it does not exit."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    process = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).with_name("waterbot")), *args, env={**env, **settings},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(process.communicate(), 90)
    return process.returncode or 0, out.decode()
