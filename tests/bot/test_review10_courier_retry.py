"""Review of issue 10: a courier's last answer retried after a crash must not earn a 409."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from bot.channels.dev import DEV_WORK_AGENT_ID, DEV_WORK_CORP_ID
from bot.devtools import wire
from domain.models import Conversation, Order, ProcessedMessage
from domain.services import wallet
from tests.bot.chat_harness import Staffer
from tests.bot.courier_harness import (
    add_courier,
    cards,
    client,
    clock,
    make_customer,
    place,
    ready,
    tap,
    texts_to,
    wechat_notifier,
)

pytestmark = pytest.mark.usefixtures("db")
__all__ = ["client", "clock", "ready", "wechat_notifier"]

Client = TestClient  # type: ignore[type-arg]


async def test_a_retried_yes_to_the_empties_question_replays_the_delivery(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    customer = await make_customer("o-bal")
    await wallet.top_up(customer.id, 100_000, "cash", "test")
    # Paid from the balance, deposit included: nothing is due at the door, so the empties
    # question is the courier's last answer before the delivery is recorded.
    number = await place(customer, qty=2, method="balance")
    [card] = await cards("courier1")
    await tap(ready, "courier1", card, "接单")
    await tap(ready, "courier1", card, "已送达")
    assert "回收了几个空桶" in (await texts_to("work", "courier1"))[-1]
    before = await Conversation.get(channel="work", user_id="courier1")
    message = wire.work_text(
        "courier1", "对", corp_id=DEV_WORK_CORP_ID, agent_id=DEV_WORK_AGENT_ID, msg_id=8_800_001
    )
    courier = Staffer(ready, "courier1")
    _, first = await courier.post(message)
    assert first is not None and "已登记送达" in (first.content or ""), first
    assert (await Order.get(number=number)).state == "delivered"
    # The process died after the delivery committed and before finish_turn: the chat is as
    # it was and the message still processing, its lease lapsed. WeChat retries the same 对.
    await Conversation.filter(id=before.id).update(
        state=before.state, draft=before.draft, expires_at=before.expires_at
    )
    await ProcessedMessage.filter(key="work:8800001").update(status="processing", lease_until=None)
    _, retried = await courier.post(message)
    text = (retried.content or "") if retried else ""
    assert "已登记送达" in text and "幂等" not in text, text


async def test_a_second_deliver_command_returns_the_first_result(ready: Client) -> None:
    await add_courier("courier1", "刘师傅")
    number = await place(await make_customer("o-twice"), qty=2, method="cash")
    courier = Staffer(ready, "courier1")
    first = await courier.say(f"送达{number} 回桶0 收款144")
    assert "已登记送达" in first, first
    # Later, checking: the same command without the figures (or with 好 for them).
    again = await courier.say(f"送达{number}")
    assert "已登记送达" in again and "幂等" not in again, again
