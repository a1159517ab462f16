"""A customer's picture reaches staff in WeCom: downloaded from the Official Account
(media/get on the fake), uploaded to WeCom and sent; or, when it cannot be had, the note."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest

from bot.channels.api import MpClient, WorkClient
from bot.channels.outbox_worker import OutboxWorker
from bot.channels.pictures import FETCH_TRIES
from bot.notify import WeChatNotifier
from domain.infra.ports import set_notifier
from domain.models import OutboxMessage
from domain.services import handoffs, requests, staff
from tests.fakes.wechat_server import FakeWeChat, start_fake_wechat
from tests.integration.helpers import make_customer
from tests.integration.test_outbox import drain, mp_client, work_client
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4
MEDIA_GET, UPLOAD = "/cgi-bin/media/get", "/cgi-bin/media/upload"
WORK_SEND = "/cgi-bin/message/send"
NOTE = "投诉 #{id}:图片没能取到"


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    server = await start_fake_wechat()
    yield server
    await server.close()


@pytest.fixture
async def clients(fake: FakeWeChat) -> AsyncIterator[tuple[MpClient, WorkClient]]:
    async with mp_client(fake) as mp, work_client(fake) as work:
        yield mp, work


async def _complaint_with_picture(media_id: str) -> int:
    await staff.add_staff("u-boss", "老板", "owner", "test")
    customer = await make_customer("o-wang")
    return await requests.log_complaint(
        customer.id, "桶裂了", NOW, "新投诉 #{id}", pictures=((media_id, "http://p/1.jpg"),),
        picture_note=NOTE,
    )  # fmt: skip


def _work_sends(fake: FakeWeChat) -> list[dict[str, object]]:
    return [c.json for c in fake.delivered_to(WORK_SEND) if c.json]


async def test_a_complaint_picture_is_downloaded_and_uploaded_to_wecom(
    fake: FakeWeChat, clients: tuple[MpClient, WorkClient]
) -> None:
    fake.add_mp_media("m-1", PNG, "image/png")
    await _complaint_with_picture("m-1")
    assert await drain(OutboxWorker(*clients)) == 2
    (got,) = fake.calls_to(MEDIA_GET, api="mp")
    assert got.query["media_id"] == "m-1" and got.query["access_token"]
    (upload,) = fake.calls_to(UPLOAD, api="work")
    assert upload.form["media"]["content"] == PNG and upload.query["type"] == "image"
    text, image = _work_sends(fake)
    assert text["msgtype"] == "text" and "新投诉" in text["text"]["content"]  # type: ignore[index]
    assert image["msgtype"] == "image" and image["touser"] == "u-boss"
    assert image["image"]["media_id"] != "m-1"  # type: ignore[index]  # WeCom's own id
    row = await OutboxMessage.filter(kind="image").get()
    assert row.status == "sent" and row.payload["result"]["delivered_as"] == "image"  # type: ignore[index]


async def test_an_unknown_picture_reaches_staff_as_the_note(
    fake: FakeWeChat, clients: tuple[MpClient, WorkClient], caplog: pytest.LogCaptureFixture
) -> None:
    caplog.set_level(logging.WARNING)
    complaint = await _complaint_with_picture("m-expired")
    assert await drain(OutboxWorker(*clients)) == 2
    assert not fake.calls_to(UPLOAD)
    contents = [m["text"]["content"] for m in _work_sends(fake)]  # type: ignore[index]
    assert contents == [f"新投诉 #{complaint}", f"投诉 #{complaint}:图片没能取到"]
    assert "refused by the Official Account" in caplog.text and "40007" in caplog.text
    row = await OutboxMessage.filter(kind="image").get()
    assert row.status == "sent" and row.payload["result"]["delivered_as"] == "unfetched_text"  # type: ignore[index]


async def test_without_an_official_account_client_staff_get_the_note(
    fake: FakeWeChat, clients: tuple[MpClient, WorkClient]
) -> None:
    fake.add_mp_media("m-1", PNG)
    await _complaint_with_picture("m-1")
    assert await drain(OutboxWorker(None, clients[1])) == 2
    assert "图片没能取到" in _work_sends(fake)[-1]["text"]["content"]  # type: ignore[index]


async def test_an_unreachable_official_account_is_tried_again_then_noted(
    fake: FakeWeChat, clients: tuple[MpClient, WorkClient]
) -> None:
    fake.add_mp_media("m-1", PNG)
    await _complaint_with_picture("m-1")
    fake.fail_next(MEDIA_GET, http_status=503, times=3 * FETCH_TRIES)
    worker, now = OutboxWorker(*clients), NOW
    await drain(worker, now)
    for _ in range(FETCH_TRIES):
        row = await OutboxMessage.filter(kind="image").get()
        assert row.status == ("sent" if row.attempts == FETCH_TRIES else "pending")
        now = max(now, row.next_attempt_at) + timedelta(seconds=1)
        await drain(worker, now)
    row = await OutboxMessage.filter(kind="image").get()
    assert (row.status, row.attempts) == ("sent", FETCH_TRIES)
    assert "图片没能取到" in _work_sends(fake)[-1]["text"]["content"]  # type: ignore[index]


async def test_a_handed_over_picture_goes_to_staff_as_an_image(
    fake: FakeWeChat, clients: tuple[MpClient, WorkClient]
) -> None:
    previous = set_notifier(WeChatNotifier())
    try:
        await staff.add_staff("u-boss", "老板", "owner", "test")
        customer = str((await make_customer("o-wang")).id)
        await handoffs.open_handoff(customer, "o-wang", NOW, "k0")
        fake.add_mp_media("m-2", PNG)
        await handoffs.relay_from_customer(customer, NOW, "k1", picture=("m-2", "http://p/2.jpg"))
        await drain(OutboxWorker(*clients))
    finally:
        set_notifier(previous)
    *_, said, image = _work_sends(fake)
    assert "发来一张图片" in said["text"]["content"]  # type: ignore[index]
    assert image["msgtype"] == "image"
    assert fake.calls_to(UPLOAD, api="work")[0].form["media"]["content"] == PNG
