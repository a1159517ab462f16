"""The courier's 收款码 at the door, end to end: card tap → Native trade at the fake WeChat Pay →
QR picture to the courier through the fake WeCom → the customer pays → signed notification →
the delivery takes no cash. Not paid, the cash path is as before. On SQLite and PostgreSQL."""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from bot.channels.outbox_worker import OutboxWorker
from bot.pay.qr import qr_png
from domain.infra import pay_port
from domain.models import AlertSent, BalanceAccount, Customer, Order, PaymentEntry, PaymentRefund
from domain.rules import revenue
from domain.rules.errors import Conflict
from domain.services import door_codes, order_moves
from domain.services.api_tokens import create_token
from domain.services.payment_sweeps import sweep_payments
from tests.bot.courier_harness import fake as fake_wechat  # noqa: F401 (a fixture)
from tests.bot.door_harness import (
    CODE,
    App,
    app,  # noqa: F401 (a fixture)
    bob,  # noqa: F401 (a fixture)
    courier,
    door_trade,
    last_text,
    natives,
    pictures_to,
    place_cash,
    tap_code,
    the_card,
)
from tests.fakes.wechat_server import FakeWeChat
from tests.integration.test_outbox import drain, mp_client, work_client
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def test_a_door_code_paid_leaves_no_cash_to_collect(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
    fake_wechat: FakeWeChat,  # noqa: F811
) -> None:
    client, fake, _ = app
    number = await place_cash(bob)
    assert "现金 144.00元" in str(await the_card(number))  # 2 × 22 + 2 × 50 deposit
    asked = natives(fake)
    await tap_code(client, number)
    trade = await door_trade(number)
    native = fake.trades[trade.out_trade_no]
    assert (native.trade_type, native.total, trade.status) == ("NATIVE", 14400, "unpaid")
    assert await pictures_to("u-li") == [qr_png(native.code_url)]  # the code_url's own QR
    assert "收款码已发给您" in await last_text("u-li") and "144.00元" in await last_text("u-li")
    again = await courier(client).say(f"{CODE} {number[-3:]}")  # the command, a short number
    assert "再发一次" in again and natives(fake) == asked + 1  # the same trade, not a second
    assert (await door_trade(number)).out_trade_no == trade.out_trade_no

    fake.pay(trade.out_trade_no)  # then WeChat Pay notifies, repeatedly and concurrently
    answers = await asyncio.gather(*(fake.notify(trade.out_trade_no) for _ in range(4)))
    assert [status for status, _ in answers] == [204] * 4
    order = await Order.get(number=number)
    assert (order.payment_status, order.prepaid_fen, order.state) == ("paid", 14400, "assigned")
    (entry,) = await PaymentEntry.filter(order_number=number)
    assert (entry.kind, entry.amount_fen, entry.reference) == ("pay", 14400, native.transaction_id)
    assert "已扫码付款" in await last_text("u-li")
    token = (await create_token("老板", "owner", "test", NOW))[1]
    answer = await client.get(
        f"/api/v1/orders/{number}", headers={"Authorization": f"Bearer {token}"}
    )
    shown = (await answer.json())["payment"]
    assert (shown["status"], shown["wechat_pay"]["kind"]) == ("paid", "door")
    assert shown["wechat_pay"]["transaction_id"] == native.transaction_id
    assert "已经扫码付过款" in await courier(client).say(f"{CODE} {number}")

    reply = await courier(client).say(f"送达 {number} 回桶 0")  # no cash question
    assert f"已登记送达 {number}" in reply and "收款0.00元" in reply
    order = await Order.get(number=number)
    assert (order.cash_due_fen, order.cash_collected_fen, order.payment_status) == (0, 0, "paid")
    assert revenue.paid_by_method(order)["wechat_pay"] == 14400
    assert revenue.paid_by_method(order)["cash"] == 0 and revenue.sales(order) == 4400

    async with mp_client(fake_wechat) as mp, work_client(fake_wechat) as work:
        await drain(OutboxWorker(mp, work), NOW + timedelta(minutes=1))
    uploads = fake_wechat.calls_to("/cgi-bin/media/upload", api="work")
    png = qr_png(native.code_url)
    assert [u.form["media"]["content"] for u in uploads] == [png, png]  # tap, then the command
    sent = [c.json for c in fake_wechat.delivered_to("/cgi-bin/message/send") if c.json]
    assert any(m["touser"] == "u-li" and m["msgtype"] == "image" for m in sent)


async def test_a_door_code_not_paid_leaves_cash_as_it_was(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    client, fake, _ = app
    number = await place_cash(bob)
    await tap_code(client, number)
    trade = await door_trade(number)
    reply = await courier(client).say(f"送达 {number} 回桶 0 收款 144")
    assert "收款144.00元" in reply
    order = await Order.get(number=number)
    assert (order.cash_due_fen, order.cash_collected_fen, order.payment_status) == (
        14400, 14400, "paid",
    )  # fmt: skip
    assert order.prepaid_fen == 0 and revenue.paid_by_method(order)["cash"] == 14400
    assert (await door_trade(number)).status == "closed"  # cash took over
    assert not await PaymentEntry.filter(order_number=number).exists()

    fake.pay(trade.out_trade_no)  # the customer scans after all: booked and sent straight back
    assert (await fake.notify(trade.out_trade_no))[0] == 204
    (refund,) = await PaymentRefund.filter(payment_id=trade.id)
    assert refund.amount_fen == 14400
    assert await AlertSent.filter(kind="pay_after_close", order_number=number).count() == 1
    assert (await Order.get(number=number)).cash_collected_fen == 14400  # the cash stands


async def test_an_unused_code_expires_without_touching_the_order_and_a_new_one_opens(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    client, fake, _ = app
    number = await place_cash(bob)
    asked = natives(fake)
    await tap_code(client, number)
    first = await door_trade(number)
    await sweep_payments(NOW + timedelta(minutes=16))
    assert (await door_trade(number)).status == "closed"
    assert fake.trades[first.out_trade_no].state == "CLOSED"
    assert (await Order.get(number=number)).state == "assigned"  # not cancelled
    await tap_code(client, number)
    second = await door_trade(number)
    assert second.out_trade_no != first.out_trade_no and second.status == "unpaid"
    assert natives(fake) == asked + 2


async def test_without_wechat_pay_no_code_is_offered(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    client, _, _ = app
    previous = pay_port.set_gateway(None)
    try:
        number = await place_cash(bob)
        card = await the_card(number)
        assert CODE not in [b["text"] for b in card["button_list"]]
        assert "还没有开通微信支付" in await courier(client).say(f"{CODE} {number}")
    finally:
        pay_port.set_gateway(previous)
    assert not await PaymentEntry.exists()


async def test_a_door_code_paid_by_a_customer_without_openid(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    """A phone customer (no Official Account openid) pays the courier's code: the payment is
    booked (nobody to tell in chat), and money after the close is still refunded."""
    client, fake, _ = app
    await Customer.filter(id=bob).update(mp_openid=None)
    number = await place_cash(bob)
    await tap_code(client, number)
    trade = await door_trade(number)
    fake.pay(trade.out_trade_no)
    assert (await fake.notify(trade.out_trade_no))[0] == 204
    order = await Order.get(number=number)
    assert (order.prepaid_fen, order.payment_status) == (14400, "paid")
    assert await PaymentEntry.filter(payment_id=trade.id).count() == 1


async def test_money_after_the_close_from_a_customer_without_openid_is_refunded(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    client, fake, _ = app
    await Customer.filter(id=bob).update(mp_openid=None)
    number = await place_cash(bob)
    await tap_code(client, number)
    trade = await door_trade(number)
    await courier(client).say(f"送达 {number} 回桶 0 收款 144")
    fake.pay(trade.out_trade_no)
    assert (await fake.notify(trade.out_trade_no))[0] == 204
    assert (await PaymentRefund.get(payment_id=trade.id)).amount_fen == 14400


async def test_an_order_cancelled_after_its_door_code_was_paid_refunds_the_code(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    """The customer paid the courier's code, then the order is cancelled: the code's money goes
    back to WeChat Pay in full, nothing to the balance, and the courier collects nothing."""
    client, fake, _ = app
    number = await place_cash(bob)
    await tap_code(client, number)
    trade = await door_trade(number)
    fake.pay(trade.out_trade_no)
    assert (await fake.notify(trade.out_trade_no))[0] == 204
    moved = await order_moves.cancel_order(number, "u-boss", NOW, reason="客户不要了")
    assert moved.refunded_fen == 0  # nothing to the balance
    assert (await PaymentRefund.get(payment_id=trade.id)).amount_fen == 14400
    balance = await BalanceAccount.get_or_none(customer_id=bob)
    assert balance is None or balance.balance_fen == 0
    assert (await sweep_payments(NOW)).refunds_sent == 1  # the refund goes to WeChat Pay
    assert (await fake.notify_refund(f"{trade.out_trade_no}R1"))[0] == 204
    entries = await PaymentEntry.filter(payment_id=trade.id).order_by("id")
    assert [e.amount_fen for e in entries] == [14400, -14400]
    assert (await Order.get(number=number)).payment_status == "refunded"


async def test_two_taps_at_once_show_one_live_code(
    app: App,  # noqa: F811
    bob: str,  # noqa: F811
) -> None:
    """Two taps of 收款码 at the same moment: the second must not close the trade the first is
    still getting its code for (the courier would show the customer a dead code)."""
    _, fake, _ = app
    number = await place_cash(bob)
    before = set(fake.trades)  # the fake outlives each test's database
    taps = (door_codes.open_code(number, "u-li", NOW) for _ in range(2))
    got = await asyncio.gather(*taps, return_exceptions=True)
    codes = [g for g in got if isinstance(g, door_codes.DoorCode)]
    others = [g for g in got if not isinstance(g, door_codes.DoorCode)]
    assert all(isinstance(e, Conflict) and "正在生成" in e.message for e in others), got
    assert codes and all(fake.trades[c.out_trade_no].state == "NOTPAY" for c in codes)
    assert len({c.out_trade_no for c in codes}) == 1 and natives(fake) >= 1
    made = [t for no, t in fake.trades.items() if no not in before]
    assert [t.state for t in made] == ["NOTPAY"]  # one trade at WeChat Pay, none closed
