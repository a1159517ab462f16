"""Replies that miss the passive budget reach the customer through the real outbound path.

The app answers `success`, the reply goes to the outbox, and the outbox worker sends it to
a fake WeChat API server with the shared database token store — including when the access
token expires between two sends.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import UTC, datetime

import pytest
from aiohttp.test_utils import TestClient

from bot.channels import mp
from bot.channels.api import MpClient
from bot.channels.outbox_worker import OutboxWorker
from bot.devtools import wire
from domain.models import OutboxMessage
from domain.services.access_tokens import DbTokenStore
from tests.bot.chat_harness import Clock, Customer, seed, start_app
from tests.fakes.wechat_server import MP_APPID, MP_SECRET, FakeWeChat, start_fake_wechat
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


NOTICE_ENV = {
    "WATERBOT_MP_NOTICE_TEMPLATE_ID": "tpl-notice",
    "WATERBOT_MP_NOTICE_TEMPLATE_FIELD": "first",
}


@pytest.fixture(scope="module")
async def client(database_url: str) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    client = await start_app(Clock(NOW), NOTICE_ENV)
    client.app[mp.MP_ENDPOINT].runner.budget_s = 0.0  # every reply misses the budget
    yield client
    await client.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    server = await start_fake_wechat()
    yield server
    await server.close()


async def _late_reply(client: TestClient, openid: str, text: str) -> None:  # type: ignore[type-arg]
    status, reply = await Customer(client, openid).post(wire.mp_text(openid, text))
    assert (status, reply) == (200, "")
    for _ in range(200):
        if await OutboxMessage.filter(recipient=openid).exists():
            return
        await asyncio.sleep(0.01)
    raise AssertionError("late reply never reached the outbox")


async def test_late_reply_is_sent_once_and_survives_token_expiry(
    client: TestClient,  # type: ignore[type-arg]
    fake: FakeWeChat,
) -> None:
    await seed(client)
    # Late replies are queued at the real time, so the worker runs at the real time too.
    mp_client = MpClient(MP_APPID, MP_SECRET, DbTokenStore(), base_url=fake.base_url)
    worker = OutboxWorker(mp_client, None)
    try:
        await _late_reply(client, "o-late", "价格")
        assert await worker.run_once(datetime.now(UTC)) == 1
        fake.expire_tokens()  # the cached token dies before the next send
        await _late_reply(client, "o-late2", "怎么订水")
        assert await worker.run_once(datetime.now(UTC)) == 1
        assert await worker.run_once(datetime.now(UTC)) == 0  # nothing is sent twice
    finally:
        await mp_client.close()
    sends = fake.calls_to("/cgi-bin/message/custom/send")
    # The second send is refused with the expired token (42001), then retried after one refresh.
    assert [c.json["touser"] for c in sends if c.json] == ["o-late", "o-late2", "o-late2"]
    assert "价格表" in sends[0].json["text"]["content"]
    assert len(fake.calls_to("/cgi-bin/stable_token")) == 2  # refreshed once, after expiry
    assert await OutboxMessage.filter(status="sent").count() == 2


async def test_outside_the_48_hour_window_the_notice_template_is_used(
    client: TestClient,  # type: ignore[type-arg]
    fake: FakeWeChat,
) -> None:
    await seed(client)
    fake.outside_window("o-away")  # custom messages to this user answer 45015
    mp_client = MpClient(MP_APPID, MP_SECRET, DbTokenStore(), base_url=fake.base_url)
    try:
        await _late_reply(client, "o-away", "价格")
        assert await OutboxWorker(mp_client, None).run_once(datetime.now(UTC)) == 1
    finally:
        await mp_client.close()
    assert len(fake.calls_to("/cgi-bin/message/custom/send")) == 1  # refused with 45015
    [template] = fake.calls_to("/cgi-bin/message/template/send")
    assert template.json["touser"] == "o-away" and template.json["template_id"] == "tpl-notice"
    assert "价格表" in template.json["data"]["first"]["value"]
    message = await OutboxMessage.get(recipient="o-away")
    assert (
        message.status == "sent"
        and message.payload["result"]["delivered_as"] == "fallback_template"
    )
