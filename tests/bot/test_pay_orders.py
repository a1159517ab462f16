"""Orders paid online: chat → payment page → WeChat Pay (the fake) → notification → dispatch.

Through the real callbacks and the fake WeChat Pay server, on the suite's database (SQLite or
PostgreSQL): paid once however often and however concurrently notified; forged, tampered and
stale notifications refused; an amount that does not match never accepted and the owner told.
"""

from __future__ import annotations

import asyncio
import base64
import json
import re
from collections.abc import AsyncIterator
from pathlib import Path

import pytest
from cryptography.hazmat.primitives import hashes
from cryptography.hazmat.primitives.asymmetric import padding

from bot import notify
from domain.models import AlertSent, Order, OrderEvent, OutboxMessage, Payment, PaymentEntry
from domain.rules import revenue
from domain.services.api_tokens import create_token
from domain.services.courier_tasks import accept_task
from domain.services.order_moves import record_delivery
from tests.bot.chat_harness import Clock, Customer, seed
from tests.bot.pay_harness import Client, page_path, seed_people, start_pay_app, trade_of_path
from tests.fakes.notifier import installed
from tests.fakes.wechat_pay_keys import new_key
from tests.fakes.wechat_pay_server import FakeWeChatPay
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture(scope="module")
async def app(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[tuple[Client, FakeWeChatPay, Clock]]:
    clock = Clock(NOW)
    client, fake = await start_pay_app(clock, Path(tmp_path_factory.mktemp("pay")))
    with installed(notify.WeChatNotifier()):  # notices and task cards go to the outbox
        yield client, fake, clock
    await client.close()
    await fake.close()


@pytest.fixture
async def alice(app: tuple[Client, FakeWeChatPay, Clock]) -> Customer:
    client, _, clock = app
    clock.now = NOW
    await seed(client)
    await seed_people("o-alice")
    return Customer(client, "o-alice")


async def order_online(alice: Customer) -> tuple[str, str]:
    """Alice orders two buckets paid by WeChat Pay; returns (order number, page path)."""
    reply = await alice.say("明天下午送两桶农夫山泉到阳光花园3栋502,微信支付")
    assert "微信支付(下单后在线付款)" in reply and "应付:144.00元" in reply
    reply = await alice.say("1")
    assert "点此微信支付" in reply and "30分钟内" in reply, reply
    number = re.search(r"订单 (\d{11})", reply)
    assert number, reply
    return number.group(1), page_path(reply)


async def paid_online(client: Client, fake: FakeWeChatPay, alice: Customer) -> tuple[str, str]:
    """Alice orders, opens the payment page and pays (no notification yet); number, trade."""
    number, path = await order_online(alice)
    await open_page(client, path)
    no = trade_of_path(path)
    fake.pay(no)
    return number, no


async def open_page(client: Client, path: str) -> dict[str, str]:
    """The payment page's getBrandWCPayRequest parameters."""
    response = await client.get(path)
    assert response.status == 200
    text = await response.text()
    found = re.search(r"var params = (\{.*?\});", text)
    assert found, text
    return dict(json.loads(found.group(1)))


async def test_pay_by_jsapi_then_the_order_goes_to_dispatch(
    app: tuple[Client, FakeWeChatPay, Clock], alice: Customer
) -> None:
    client, fake, _ = app
    number, path = await order_online(alice)
    order = await Order.get(number=number)
    payment = await Payment.get(order_id=order.id)
    assert (order.state, order.payment_status, payment.status) == ("pending", "unpaid", "unpaid")
    assert payment.amount_fen == 14400
    assert not await OutboxMessage.filter(recipient="u-wang").exists()  # no card before paying

    params = await open_page(client, path)
    trade = fake.trades[payment.out_trade_no]
    assert (trade.openid, trade.total, trade.trade_type) == ("o-alice", 14400, "JSAPI")
    assert params["package"] == f"prepay_id={trade.prepay_id}" and params["signType"] == "RSA"
    message = "{appId}\n{timeStamp}\n{nonceStr}\n{package}\n".format(**params).encode()
    fake.keys.merchant.public_key().verify(
        base64.b64decode(params["paySign"]), message, padding.PKCS1v15(), hashes.SHA256()
    )
    assert (await open_page(client, path))["package"] == params["package"]  # prepay reused

    fake.pay(payment.out_trade_no)
    status, _ = await fake.notify(payment.out_trade_no)
    assert status == 204
    order = await Order.get(number=number)
    payment = await Payment.get(order_id=order.id)
    assert (order.state, order.payment_status, order.prepaid_fen) == ("assigned", "paid", 14400)
    assert (payment.status, payment.transaction_id) == ("paid", trade.transaction_id)
    entry = await PaymentEntry.get(payment_id=payment.id)
    assert (entry.kind, entry.amount_fen, entry.reference) == ("pay", 14400, trade.transaction_id)
    assert await OutboxMessage.filter(recipient="u-wang").exists()  # the courier's task card
    told = await OutboxMessage.filter(recipient="o-alice").values_list("payload", flat=True)
    assert any("已收到订单" in json.dumps(p, ensure_ascii=False) for p in told)

    token = (await create_token("老板", "owner", "test", NOW))[1]
    response = await client.get(
        f"/api/v1/orders/{number}", headers={"Authorization": f"Bearer {token}"}
    )
    body = await response.json()
    assert response.status == 200 and body["payment"]["status"] == "paid"
    online = body["payment"]["wechat_pay"]
    assert online["transaction_id"] == trade.transaction_id and online["status"] == "paid"
    assert body["payment"]["prepaid_fen"] == 14400  # the existing fields are kept

    closed = await client.get(path)  # a paid order's page says so and offers no payment
    assert "该订单已支付" in await closed.text() and "prepay_id" not in await closed.text()


async def test_repeated_and_concurrent_notifications_pay_once(
    app: tuple[Client, FakeWeChatPay, Clock], alice: Customer
) -> None:
    client, fake, _ = app
    number, no = await paid_online(client, fake, alice)
    answers = await asyncio.gather(*(fake.notify(no) for _ in range(6)))
    assert [status for status, _ in answers] == [204] * 6
    assert (await fake.notify(no))[0] == 204  # and once more, later
    order = await Order.get(number=number)
    assert await PaymentEntry.filter(order_number=number).count() == 1
    moves = await OrderEvent.filter(order_id=order.id, to_state="awaiting_dispatch").count()
    assert moves == 1 and order.prepaid_fen == 14400


async def test_forged_tampered_and_stale_notifications_are_refused(
    app: tuple[Client, FakeWeChatPay, Clock], alice: Customer, caplog: pytest.LogCaptureFixture
) -> None:
    client, fake, _ = app
    number, no = await paid_online(client, fake, alice)
    trade = fake.trades[no]
    url = fake.notify_url(trade)
    body = fake.notification(trade.as_json())

    forged = fake.signed_headers(body, key=new_key())  # signed, but not by WeChat Pay
    assert (await fake.send(url, body, forged))[0] == 401
    tampered = body.replace(b'"event_type"', b'"event_type" ', 1)  # changed after signing
    assert (await fake.send(url, tampered, fake.signed_headers(body)))[0] == 401
    stale = {**fake.signed_headers(body), "Wechatpay-Timestamp": "1700000000"}
    assert (await fake.send(url, body, stale))[0] == 401
    unsigned = await fake.send(url, body, {})
    assert unsigned[0] == 401 and json.loads(unsigned[1])["code"] == "FAIL"
    wrong_key = fake.keys.api_v3_key
    fake.keys.api_v3_key = "0" * 32  # well signed, but encrypted under another APIv3 key
    try:
        other = fake.notification(trade.as_json())
        assert (await fake.send(url, other, fake.signed_headers(other)))[0] == 401
    finally:
        fake.keys.api_v3_key = wrong_key
    assert "refused a WeChat Pay notification" in caplog.text
    order = await Order.get(number=number)
    assert (order.state, order.payment_status) == ("pending", "unpaid")
    assert not await PaymentEntry.filter(order_number=number).exists()


async def test_an_amount_that_does_not_match_is_not_accepted_and_the_owner_is_told(
    app: tuple[Client, FakeWeChatPay, Clock], alice: Customer
) -> None:
    client, fake, _ = app
    number, no = await paid_online(client, fake, alice)
    assert (await fake.notify(no, total=1))[0] == 204
    assert (await fake.notify(no, total=1))[0] == 204  # WeChat Pay's retry: one alert
    order = await Order.get(number=number)
    payment = await Payment.get(order_id=order.id)
    assert (order.state, order.payment_status, payment.status) == ("pending", "unpaid", "unpaid")
    assert payment.flag.startswith("mismatch")
    assert await AlertSent.filter(kind="pay_mismatch", order_number=number).count() == 1
    alerts = await OutboxMessage.filter(recipient="u-boss").values_list("payload", flat=True)
    assert len(alerts) == 1 and "支付金额不符" in alerts[0]["text"]
    assert not await PaymentEntry.filter(order_number=number).exists()
    assert (await fake.notify(no))[0] == 204  # the right amount still settles it
    assert (await Order.get(number=number)).payment_status == "paid"


async def test_a_link_we_did_not_sign_opens_nothing(
    app: tuple[Client, FakeWeChatPay, Clock], alice: Customer
) -> None:
    client, fake, _ = app
    _, path = await order_online(alice)
    mine = await alice.say("我的订单")  # a lost link: 我的订单 gives it again
    assert "待付款" in mine and page_path(mine) == path
    forged = path.split("?sig=")[0] + "?sig=" + "0" * 32
    assert (await client.get(forged)).status == 404
    assert trade_of_path(path) not in fake.trades  # no prepay was asked for


async def test_a_paid_order_is_delivered_with_nothing_to_collect_and_counts_as_wechat_pay(
    app: tuple[Client, FakeWeChatPay, Clock], alice: Customer
) -> None:
    client, fake, _ = app
    number, no = await paid_online(client, fake, alice)
    assert (await fake.notify(no))[0] == 204
    await accept_task(number, "u-wang", NOW)
    done = await record_delivery(number, "u-wang", NOW, empties=0)
    order = await Order.get(number=number)
    assert (order.cash_due_fen, order.cash_collected_fen, order.payment_status) == (0, 0, "paid")
    assert done.number == number
    assert revenue.paid_by_method(order)["wechat_pay"] == 14400  # 2 × 22 + 2 × 50 deposit
    assert revenue.sales(order) == 4400 and revenue.deposit_by_method(order)["wechat_pay"] == 10000


async def test_a_phone_order_paid_online_sends_the_link_by_message(
    app: tuple[Client, FakeWeChatPay, Clock], alice: Customer
) -> None:
    from domain.models import Customer as CustomerRow
    from domain.services.orders import OrderRequest, place_order

    client, _, _ = app
    row = await CustomerRow.get(mp_openid="o-alice")
    request = OrderRequest(row.id, [("nfsq-19l", 1)], "wechat_pay", source="phone", actor="前台")
    placed = await place_order(request, NOW)
    assert placed.state == "pending" and placed.out_trade_no
    told = await OutboxMessage.filter(recipient="o-alice").values_list("payload", flat=True)
    link = [p["text"] for p in told if "点此微信支付" in p["text"]]
    assert len(link) == 1 and placed.number in link[0]
    path = link[0].split('href="https://water.example.com', 1)[1].split('"', 1)[0]
    assert (await client.get(path)).status == 200
