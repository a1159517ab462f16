"""Task cards taken away or finished are greyed with update_template_card, or never sent."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import pytest

from bot import notify
from bot.channels.api import WorkClient
from bot.channels.outbox_send import RETRY, deliver
from bot.channels.outbox_worker import OutboxWorker
from domain.models import Order, OutboxMessage
from domain.services import order_moves, outbox
from domain.services.orders import OrderRequest, place_order
from tests.bot.courier_harness import add_courier
from tests.fakes.notifier import installed
from tests.fakes.wechat_server import FakeWeChat, start_fake_wechat
from tests.integration.helpers import make_customer, seed_catalog
from tests.integration.test_outbox import drain, work_client
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

UPDATE = "/cgi-bin/message/update_template_card"
SEND = "/cgi-bin/message/send"


@pytest.fixture(autouse=True)
def wechat_notifier() -> Iterator[None]:
    with installed(notify.WeChatNotifier()):
        yield


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    server = await start_fake_wechat()
    yield server
    await server.close()


@pytest.fixture
async def work(fake: FakeWeChat) -> AsyncIterator[WorkClient]:
    async with work_client(fake) as client:
        yield client


async def _order_for_courier1() -> str:
    await seed_catalog()
    await add_courier("courier1", "刘师傅")
    customer = await make_customer()
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "cash"), NOW)
    order = await Order.get(number=placed.number).prefetch_related("courier")
    assert order.courier is not None and order.courier.wecom_userid == "courier1"
    return placed.number


def _updates(fake: FakeWeChat) -> list[tuple[list[str], str, str]]:
    return [
        (c.json["userids"], c.json["response_code"], c.json["button"]["replace_name"])
        for c in fake.calls_to(UPDATE, api="work")
    ]


async def _card_code(userid: str) -> str:
    row = await OutboxMessage.get(channel="work", recipient=userid, kind="template_card")
    assert row.status == "sent"
    return str(row.payload["result"]["response_code"])  # type: ignore[index]


async def test_a_reassigned_card_is_greyed_with_the_code_its_send_returned(
    fake: FakeWeChat, work: WorkClient
) -> None:
    number = await _order_for_courier1()
    await add_courier("courier2", "赵师傅")
    worker = OutboxWorker(None, work)
    await drain(worker)
    code = await _card_code("courier1")
    await order_moves.assign_order(number, "courier2", "owner", NOW)
    await drain(worker)
    assert _updates(fake) == [(["courier1"], code, "已改派他人")]
    sent = [c.json for c in fake.calls_to(SEND, api="work")]
    cards = [c["touser"] for c in sent if c["msgtype"] == "template_card"]
    assert cards == ["courier1", "courier2"]
    texts = [c["text"]["content"] for c in sent if "text" in c]
    assert texts == [f"订单 {number} 已改派给其他师傅,这单不用送了。"]


async def test_delivery_by_text_command_and_cancel_grey_their_cards(
    fake: FakeWeChat, work: WorkClient
) -> None:
    first = await _order_for_courier1()
    customer = await make_customer("o-second")
    second = (await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "cash"), NOW)).number
    worker = OutboxWorker(None, work)
    await drain(worker)
    codes = fake.response_codes[:2]
    await order_moves.start_delivery(first, "courier1", NOW, courier_userid="courier1")
    await order_moves.record_delivery(first, "courier1", NOW, empties=0, cash_collected_fen=0)
    await order_moves.cancel_order(second, "owner", NOW, "客户不要了")
    await drain(worker)
    assert _updates(fake) == [
        (["courier1"], codes[0], "已送达"),
        (["courier1"], codes[1], "客户已取消"),
    ]


async def test_a_card_still_waiting_is_withdrawn_instead_of_sent(
    fake: FakeWeChat, work: WorkClient
) -> None:
    number = await _order_for_courier1()
    await order_moves.cancel_order(number, "owner", NOW, "下错了")
    card = await OutboxMessage.get(kind="template_card")
    assert card.status == outbox.WITHDRAWN
    await drain(OutboxWorker(None, work))
    assert not [c for c in fake.calls_to(SEND, api="work") if "template_card" in c.json]
    assert _updates(fake) == []


async def test_an_update_waits_for_a_card_a_sender_is_still_sending(
    fake: FakeWeChat, work: WorkClient
) -> None:
    number = await _order_for_courier1()
    await OutboxMessage.filter(kind="template_card").update(status=outbox.SENDING)
    await order_moves.cancel_order(number, "owner", NOW, "下错了")
    (update,) = [m for m in await outbox.claim_due(10, NOW) if m.kind == "card_update"]
    outcome = await deliver(work, update)
    assert outcome.status == RETRY and "not sent yet" in outcome.error


async def test_a_spent_response_code_fails_without_retrying(
    fake: FakeWeChat, work: WorkClient
) -> None:
    number = await _order_for_courier1()
    worker = OutboxWorker(None, work)
    await drain(worker)
    await work.update_template_card(["courier1"], await _card_code("courier1"), "已接单")
    await order_moves.cancel_order(number, "owner", NOW, "下错了")
    await drain(worker, NOW + timedelta(seconds=1))
    update = await OutboxMessage.get(kind="card_update")
    assert update.status == outbox.FAILED and "40058" in update.last_error


async def test_a_late_tap_update_uses_the_code_from_the_tap_event(
    fake: FakeWeChat, work: WorkClient
) -> None:
    await _order_for_courier1()
    worker = OutboxWorker(None, work)
    await drain(worker)
    tap_code = await _card_code("courier1")  # the fake's codes stand in for a tap's ResponseCode
    payload = {"response_code": tap_code, "replace_name": "已接单"}
    await outbox.enqueue_now("work", "courier1", "card_update", payload, NOW)
    await drain(worker, NOW + timedelta(seconds=1))
    assert _updates(fake) == [(["courier1"], tap_code, "已接单")]
