"""A picture a customer sends reaches staff in WeCom, end to end: through the encrypted OA
callback, the outbox, the fake OA's media/get and the fake WeCom's upload and send."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from bot import notify
from bot.channels.outbox_worker import OutboxWorker
from bot.devtools import wire
from domain.services import staff
from tests.bot.chat_harness import Clock, Customer, seed
from tests.fakes.notifier import installed
from tests.fakes.wechat_server import FakeWeChat, start_fake_wechat
from tests.integration.test_outbox import drain, mp_client, work_client
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
JPEG = b"\xff\xd8\xff\xe0" + b"picture of a cracked bucket" * 40


@pytest.fixture(autouse=True)
def wechat_notifier() -> Iterator[None]:
    with installed(notify.WeChatNotifier()):
        yield


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    server = await start_fake_wechat()
    yield server
    await server.close()


async def _picture(alice: Customer, media_id: str) -> str:
    status, reply = await alice.post(wire.mp_image(alice.openid, media_id, "http://p/x.jpg"))
    assert status == 200
    return reply


async def _sent_to_staff(fake: FakeWeChat) -> list[tuple[str, object]]:
    async with mp_client(fake) as mp, work_client(fake) as work:
        await drain(OutboxWorker(mp, work), NOW + timedelta(minutes=1))
    sends = [c.json for c in fake.delivered_to("/cgi-bin/message/send") if c.json]
    return [(m["msgtype"], m[m["msgtype"]]) for m in sends if m["touser"] == "u-boss"]


async def test_a_complaint_picture_reaches_the_owner_as_an_image(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
    fake: FakeWeChat,
) -> None:
    clock.now = NOW
    await seed(client)
    await staff.add_staff("u-boss", "老板", "owner", "test")
    alice = Customer(client, "o-pic")
    assert "遇到了什么问题" in await alice.say("我要投诉")
    fake.add_mp_media("m-crack", JPEG)
    assert "图片已收到" in await _picture(alice, "m-crack")
    assert "已转交店长" in await alice.say("桶是裂的")
    assert "已转给店长" in await _picture(alice, "m-gone")  # WeChat no longer has this one
    sent = await _sent_to_staff(fake)
    assert [kind for kind, _ in sent] == ["text", "image", "text"]
    assert "桶是裂的" in sent[0][1]["content"]  # type: ignore[index]
    (upload,) = fake.calls_to("/cgi-bin/media/upload", api="work")
    assert upload.form["media"]["content"] == JPEG
    media_id = sent[1][1]["media_id"]  # type: ignore[index]
    assert media_id.startswith("image_") and media_id != "m-crack"  # WeCom's, from the upload
    assert "没能从公众号取到" in sent[2][1]["content"]  # type: ignore[index]
