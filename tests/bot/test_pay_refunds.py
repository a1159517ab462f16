"""Refunds the way the money came, for orders paid online (docs/MONEY.md, docs/PAY.md).

Through the real callbacks (the customer's chat, the owner's WeCom), the sweep and the fake
WeChat Pay, on the suite's database: a bucket return's deposit paid online goes back to that
payment (`partially_refunded`, the ledger's reference the refund id); a lowered edit refunds
the difference and a raise is refused; a refund at the door goes back online, not in cash.
"""

from __future__ import annotations

import json
import re
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from tortoise import connections

from bot import notify
from domain.models import (
    BalanceEntry,
    BucketEntry,
    Order,
    OutboxMessage,
    Payment,
    PaymentEntry,
    PaymentRefund,
    ReturnRequest,
)
from domain.models import Customer as CustomerRow
from domain.reads.finance import finance
from domain.rules.labels import reason_label
from domain.rules.periods import Period
from domain.services.api_tokens import create_token
from domain.services.buckets import set_opening_buckets
from domain.services.courier_tasks import accept_task
from domain.services.order_moves import record_delivery
from domain.services.payment_sweeps import sweep_payments
from tests.bot.chat_harness import Clock, Customer, Staffer, seed
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


async def paid(app: App, alice: Customer, buckets: str = "两桶") -> tuple[str, str]:
    """An order of 农夫山泉 paid online and notified; (number, out_trade_no)."""
    client, fake, _ = app
    await alice.say(f"送{buckets}农夫山泉到阳光花园3栋502,微信支付")
    reply = await alice.say("1")
    number = re.search(r"订单 (\d{11})", reply)
    assert number, reply
    path = page_path(reply)
    assert (await client.get(path)).status == 200
    no = trade_of_path(path)
    fake.pay(no)
    assert (await fake.notify(no))[0] == 204
    return number.group(1), no


async def refund_confirmed(app: App, no: str, seq: int) -> PaymentRefund:
    """Send the requested refund through the sweep, then WeChat Pay's REFUND.SUCCESS."""
    _, fake, clock = app
    assert (await sweep_payments(clock.now)).refunds_sent == 1
    assert (await fake.notify_refund(f"{no}R{seq}"))[0] == 204
    assert (await fake.notify_refund(f"{no}R{seq}"))[0] == 204  # a repeat changes nothing
    return await PaymentRefund.get(out_refund_no=f"{no}R{seq}")


async def order_json(client: Client, number: str) -> dict[str, Any]:
    token = (await create_token("老板", "owner", "test", NOW))[1]
    response = await client.get(
        f"/api/v1/orders/{number}", headers={"Authorization": f"Bearer {token}"}
    )
    assert response.status == 200
    return dict(await response.json())


async def texts_to(openid: str) -> str:
    payloads = await OutboxMessage.filter(recipient=openid).values_list("payload", flat=True)
    return json.dumps(payloads, ensure_ascii=False)


def _around_now() -> Period:
    """A period holding both the tests' NOW and the wall clock (ledger rows carry the latter)."""
    real = datetime.now(UTC)
    return Period("test", min(NOW, real) - timedelta(days=1), max(NOW, real) + timedelta(days=1))


async def test_a_bucket_returns_deposit_paid_online_goes_back_to_wechat_pay(
    app: App, alice: Customer
) -> None:
    client, fake, _clock = app
    number, no = await paid(app, alice)  # 2 × 22 + 2 × 50 deposit = 144
    await accept_task(number, "u-wang", NOW)
    await record_delivery(number, "u-wang", NOW, empties=0)  # two new buckets, deposit 100
    assert "已登记退桶1个" in await alice.say("退一个桶")
    request = await ReturnRequest.get()
    said = await Staffer(client, "u-boss").say(f"收桶 {request.id}")
    assert "押金50.00元原路退回客户微信" in said and "现金" not in said, said
    refund = await PaymentRefund.get(out_refund_no=f"{no}R1")
    assert (refund.status, refund.amount_fen, refund.reason) == ("requested", 5000, "退押金")
    entry = await BucketEntry.filter(kind="return").get()
    assert (entry.deposit_delta_fen, entry.reason, entry.order_number) == (
        -5000, "wechat_pay", number,
    )  # fmt: skip

    refund = await refund_confirmed(app, no, 1)
    assert fake.trades[no].refunds[0]["amount"]["refund"] == 5000
    payment = await Payment.get(out_trade_no=no)
    assert (payment.status, payment.refunded_fen) == ("partially_refunded", 5000)
    back = await PaymentEntry.get(payment_id=payment.id, kind="refund")
    assert (back.amount_fen, back.reference) == (-5000, refund.refund_id)
    assert back.reference == fake.trades[no].refunds[0]["refund_id"]
    body = await order_json(client, number)
    assert body["payment"]["status"] == "partially_refunded"
    assert body["payment"]["wechat_pay"]["refunded_fen"] == 5000
    assert "退款 50.00元 已原路退回您的微信" in await texts_to("o-alice")
    assert not await BalanceEntry.exists()  # nothing to the stored value


async def test_a_lowered_edit_refunds_the_difference_and_a_raise_is_refused(
    app: App, alice: Customer
) -> None:
    client, _, _ = app
    number, no = await paid(app, alice)
    assert "2桶 → 1桶" in await alice.say("改成1桶")
    assert "已修改订单" in await alice.say("确认")
    order = await Order.get(number=number)
    assert order.prepaid_fen == 7200  # one bucket and its deposit, as now quoted
    refund = await PaymentRefund.get(out_refund_no=f"{no}R1")
    assert (refund.amount_fen, refund.reason) == (7200, "改单退差价")
    assert "已付的 72.00元 将原路退回您的微信" in await texts_to("o-alice")

    await alice.say("改成3桶")
    refused = await alice.say("确认")
    assert "已在线微信支付72.00元" in refused and "没法在线补付" in refused, refused
    assert (await Order.get(number=number)).prepaid_fen == 7200

    refund = await refund_confirmed(app, no, 1)
    body = await order_json(client, number)
    assert body["payment"]["status"] == "partially_refunded"
    assert body["payment"]["wechat_pay"]["refunded_fen"] == 7200
    entries = await PaymentEntry.filter(order_number=number).order_by("id")
    assert [(e.kind, e.amount_fen) for e in entries] == [("pay", 14400), ("refund", -7200)]
    assert entries[1].reference == refund.refund_id


async def test_a_refund_at_the_door_goes_back_online_not_from_the_couriers_cash(
    app: App, alice: Customer
) -> None:
    row = await CustomerRow.get(mp_openid="o-alice")
    conn = connections.get("default")
    await set_opening_buckets(conn, row.id, 2, 10000, "test")  # two empties, 50 deposit each
    number, no = await paid(app, alice, "一桶")  # no new deposit quoted: 22 paid online
    await accept_task(number, "u-wang", NOW)
    done = await record_delivery(number, "u-wang", NOW, empties=2)  # one extra empty back
    refund = await PaymentRefund.get(out_refund_no=f"{no}R1")
    assert (refund.amount_fen, refund.reason) == (2200, "送达退押金")  # all the payment holds
    assert done.cash_due_fen == -2800  # only the rest of the 50 is paid out at the door
    order = await Order.get(number=number)
    assert (order.prepaid_fen, order.deposit_charged_fen) == (0, -5000)
    deposits = (await finance(_around_now(), NOW)).deposits  # the courier paid out 28, not 50
    assert (deposits.refunded_online_fen, deposits.refunded_cash_fen) == (2200, 2800)
    await refund_confirmed(app, no, 1)
    payment = await Payment.get(out_trade_no=no)
    assert (payment.status, payment.refunded_fen) == ("refunded", 2200)


async def test_a_return_beyond_the_deposit_paid_online_refunds_the_rest_in_cash(
    app: App, alice: Customer
) -> None:
    client, _, _ = app
    row = await CustomerRow.get(mp_openid="o-alice")
    await set_opening_buckets(connections.get("default"), row.id, 1, 5000, "test")
    number, no = await paid(app, alice)  # one bucket's deposit quoted: 44 + 50 paid online
    assert (await Payment.get(out_trade_no=no)).amount_fen == 9400
    await accept_task(number, "u-wang", NOW)
    done = await record_delivery(number, "u-wang", NOW, empties=0)  # the other 50 at the door
    assert (done.deposit_charged_fen, done.cash_due_fen) == (10000, 5000)
    assert "已登记退桶3个" in await alice.say("退三个桶")
    request = await ReturnRequest.get()
    said = await Staffer(client, "u-boss").say(f"收桶 {request.id}")
    assert "押金50.00元原路退回客户微信,退押金100.00元现金" in said, said
    refunds = await PaymentRefund.all()
    assert [(r.out_refund_no, r.amount_fen) for r in refunds] == [(f"{no}R1", 5000)]
    entry = await BucketEntry.filter(kind="return").get()
    assert entry.reason == "wechat_pay:5000 cash"  # the split, for the finance report
    assert reason_label(entry.reason) == "微信支付50.00元,其余现金"
    deposits = (await finance(_around_now(), NOW)).deposits
    assert (deposits.refunded_online_fen, deposits.refunded_cash_fen) == (5000, 10000)
    await refund_confirmed(app, no, 1)
    assert (await Payment.get(out_trade_no=no)).status == "partially_refunded"
