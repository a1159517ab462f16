"""The one-tap reorder end to end: a reminder is sent, the customer replies 1 on the OA."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from bot.channels.api import InMemoryTokenStore, MpClient
from bot.channels.outbox_worker import OutboxWorker
from domain.models import Conversation, Customer, Order, OrderLine, OutboxMessage, Reminder
from domain.rules.reminder_rules import FOLLOW_UP
from domain.services import reminders, wallet
from tests.bot.chat_harness import Clock, seed, start_app
from tests.bot.chat_harness import Customer as Chatter
from tests.fakes.wechat_server import MP_APPID, MP_SECRET, start_fake_wechat
from tests.integration.reminder_helpers import POLICY, TEMPLATE_ID, first_reminder, household
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture(scope="module")
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture(scope="module")
async def client(database_url: str, clock: Clock) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    client = await start_app(clock)
    yield client
    await client.close()


async def reminded(client: TestClient, clock: Clock) -> tuple[Chatter, Reminder]:  # type: ignore[type-arg]
    """Wang's first reminder sent through the sweep; the clock an hour later."""
    clock.now = NOW
    await seed(client)
    customer = await household("o-wang")
    row = await first_reminder(customer)
    await Customer.filter(id=customer.id).update(last_message_at=row.due_at - timedelta(hours=5))
    assert (await reminders.sweep(row.due_at, POLICY)).counts == {"sent": 1}
    clock.now = row.due_at + timedelta(hours=1)
    return Chatter(client, "o-wang"), await Reminder.get(id=row.id)


async def test_reply_1_places_exactly_the_offered_order(client: TestClient, clock: Clock) -> None:  # type: ignore[type-arg]
    wang, row = await reminded(client, clock)
    queued = await OutboxMessage.get(id=row.outbox_id)
    assert "回复 1 再来 2 桶农夫山泉天然水 19L(水票)" in str(queued.payload["text"])
    before = await Order.all().count()
    reply = await wang.say("1")
    assert "已为您下单" in reply, reply
    order = await Order.all().order_by("-id").first()
    assert order is not None and await Order.all().count() == before + 1
    assert order.number in reply  # money as the ordering service quotes it (deposit rules)
    assert (order.payment_method, order.source, order.tickets_used) == ("ticket", "reminder", 2)
    lines = await OrderLine.filter(order_id=order.id).values_list("sku", "quantity")
    assert lines == [("nfsq-19l", 2)]
    assert order.address["text"] == "阳光花园3栋502"  # the default address
    done = await Reminder.get(id=row.id)
    assert (done.outcome, done.order_number) == ("ordered", order.number)
    chat = await Conversation.get(channel="mp", user_id="o-wang")
    assert chat.state == "idle"
    assert "没太明白" in await wang.say("1")  # the offer is used up: no second order
    assert await Order.all().count() == before + 1


async def test_reply_1_without_enough_tickets_is_told_plainly(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
) -> None:
    wang, _ = await reminded(client, clock)
    customer = await Customer.get(mp_openid="o-wang")
    left = await _tickets_left(customer)
    await wallet.adjust_tickets(customer.id, "nfsq-19l", -(left - 1), "test", "owner", clock.now)
    before = await Order.all().count()
    reply = await wang.say("1")
    assert reply.startswith("水票不足,这次没有下单"), reply
    assert await Order.all().count() == before


async def _tickets_left(customer: Customer) -> int:
    from domain.reads.queries import account_summary

    summary = await account_summary(customer.id, NOW)
    return sum(line.count for line in summary.tickets)


async def test_reply_0_declines_and_cancels_the_follow_up(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
) -> None:
    wang, row = await reminded(client, clock)
    assert "不打扰了" in await wang.say("不用了")
    assert (await Reminder.get(id=row.id)).outcome == "declined"
    follow = await Reminder.get(customer_id=row.customer_id, kind=FOLLOW_UP)  # type: ignore[attr-defined]
    assert (follow.status, follow.skip_reason) == ("skipped", "declined")


async def test_other_words_still_work_while_the_offer_stands(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
) -> None:
    wang, _ = await reminded(client, clock)
    assert "水票" in await wang.say("水票余额")
    assert "已为您下单" in await wang.say("1")  # the offer survived the question


async def test_outside_the_window_the_fake_wechat_gets_the_template(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
) -> None:
    wang, _ = await reminded(client, clock)
    fake = await start_fake_wechat()
    try:
        fake.outside_window("o-wang")  # the window closed before the text left: 45015
        store = InMemoryTokenStore()
        async with MpClient(
            MP_APPID, MP_SECRET, store, base_url=fake.base_url, backoff_s=0.01
        ) as mp:
            assert await OutboxWorker(mp, None).run_once(clock.now) >= 1
        (call,) = fake.calls_to("/cgi-bin/message/template/send")
        assert call.json["touser"] == "o-wang" and call.json["template_id"] == TEMPLATE_ID
        assert call.json["data"]["remark"] == {"value": "回复 1 即可再来 2 桶"}
    finally:
        await fake.close()
    assert "已为您下单" in await wang.say("1")  # the reply works whichever way it arrived
