"""Outbound MP / WeCom clients against the fake WeChat server."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest

from bot.channels.api import (
    InMemoryTokenStore,
    MpClient,
    OutsideServiceWindow,
    WeChatApiError,
    WeChatError,
    WeChatUnavailable,
    WorkClient,
)
from tests.fakes.wechat_server import (
    MP_APPID,
    MP_SECRET,
    WORK_AGENT_ID,
    WORK_CORP_ID,
    WORK_SECRET,
    FakeWeChat,
    start_fake_wechat,
)

CUSTOM = "/cgi-bin/message/custom/send"
STABLE = "/cgi-bin/stable_token"
WORK_SEND = "/cgi-bin/message/send"


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    server = await start_fake_wechat()
    yield server
    await server.close()


@pytest.fixture
async def mp(fake: FakeWeChat) -> AsyncIterator[MpClient]:
    client = MpClient(
        MP_APPID,
        MP_SECRET,
        InMemoryTokenStore(),
        base_url=fake.base_url,
        timeout_s=2.0,
        backoff_s=0.01,
    )
    yield client
    await client.close()


@pytest.fixture
async def work(fake: FakeWeChat) -> AsyncIterator[WorkClient]:
    client = WorkClient(
        WORK_CORP_ID,
        WORK_AGENT_ID,
        WORK_SECRET,
        InMemoryTokenStore(),
        base_url=fake.work_base_url,
        timeout_s=2.0,
        backoff_s=0.01,
    )
    yield client
    await client.close()


def tokens_used(fake: FakeWeChat, path: str) -> list[str]:
    return [c.query["access_token"] for c in fake.calls_to(path)]


async def test_token_fetched_once_and_cached(fake: FakeWeChat, mp: MpClient) -> None:
    await asyncio.gather(*(mp.send_text(f"o{i}", "您的水已出发") for i in range(5)))
    await mp.send_text("o9", "again")
    assert len(fake.calls_to(STABLE)) == 1  # concurrent first calls share one refresh
    assert len(set(tokens_used(fake, CUSTOM))) == 1
    first = fake.calls_to(STABLE)[0].json
    assert first == {
        "grant_type": "client_credential",
        "appid": MP_APPID,
        "secret": MP_SECRET,
        "force_refresh": False,
    }
    assert fake.calls_to(CUSTOM)[0].json == {
        "touser": "o0",
        "msgtype": "text",
        "text": {"content": "您的水已出发"},
    }


async def test_token_shared_through_the_store(fake: FakeWeChat) -> None:
    store = InMemoryTokenStore()
    a = MpClient(MP_APPID, MP_SECRET, store, base_url=fake.base_url)
    b = MpClient(MP_APPID, MP_SECRET, store, base_url=fake.base_url)
    async with a, b:
        await a.send_text("o1", "x")
        await b.send_text("o2", "y")
    assert len(fake.calls_to(STABLE)) == 1


async def test_invalid_token_40001_refreshes_once_and_retries(
    fake: FakeWeChat, mp: MpClient
) -> None:
    await mp.send_text("o1", "first")
    fake.invalidate_tokens()  # e.g. another system force-refreshed the stable token
    await mp.send_text("o1", "second")
    old, rejected, fresh = tokens_used(fake, CUSTOM)
    assert old == rejected != fresh
    assert len(fake.calls_to(STABLE)) == 2
    assert fake.calls_to(STABLE)[-1].json["force_refresh"] is False


async def test_40001_on_a_token_wechat_still_hands_out_forces_refresh(
    fake: FakeWeChat, mp: MpClient
) -> None:
    await mp.send_text("o1", "first")
    fake.fail_next(CUSTOM, errcode=40001)
    await mp.send_text("o1", "second")
    assert [c.json["force_refresh"] for c in fake.calls_to(STABLE)] == [False, False, True]
    assert tokens_used(fake, CUSTOM)[1] != tokens_used(fake, CUSTOM)[2]


async def test_expired_token_42001_refreshes_once_and_retries(
    fake: FakeWeChat, mp: MpClient
) -> None:
    await mp.send_text("o1", "first")
    fake.expire_tokens()  # WeChat expired it before our cached expiry
    await mp.send_text("o1", "second")
    assert len(fake.calls_to(CUSTOM)) == 3
    assert len(fake.calls_to(STABLE)) == 2


async def test_only_one_refresh_per_call(fake: FakeWeChat, mp: MpClient) -> None:
    fake.fail_next(CUSTOM, errcode=42001, times=2)
    with pytest.raises(WeChatApiError) as info:
        await mp.send_text("o1", "x")
    assert info.value.errcode == 42001
    assert len(fake.calls_to(CUSTOM)) == 2


@pytest.mark.parametrize("errcode", [45015, 45047])
async def test_outside_service_window(fake: FakeWeChat, mp: MpClient, errcode: int) -> None:
    fake.outside_window("o_silent", errcode)
    with pytest.raises(OutsideServiceWindow) as info:
        await mp.send_text("o_silent", "您的订单已送达")
    assert info.value.errcode == errcode and info.value.path == CUSTOM
    assert len(fake.calls_to(CUSTOM)) == 1  # not retried
    await mp.send_text("o_other", "ok")  # other users unaffected


async def test_5xx_is_retried_then_succeeds(fake: FakeWeChat, mp: MpClient) -> None:
    fake.fail_next(CUSTOM, http_status=502, times=2)
    await mp.send_text("o1", "x")
    assert len(fake.calls_to(CUSTOM)) == 3


async def test_5xx_exhausts_retries(fake: FakeWeChat, mp: MpClient) -> None:
    fake.fail_next(CUSTOM, http_status=503, times=5)
    with pytest.raises(WeChatUnavailable) as info:
        await mp.send_text("o1", "x")
    assert info.value.attempts == 3 and "503" in info.value.last_error
    assert len(fake.calls_to(CUSTOM)) == 3


async def test_system_busy_minus_one_is_retried(fake: FakeWeChat, mp: MpClient) -> None:
    fake.fail_next(CUSTOM, errcode=-1)
    await mp.send_text("o1", "x")
    assert len(fake.calls_to(CUSTOM)) == 2


async def test_other_errcodes_raise_without_retry(fake: FakeWeChat, mp: MpClient) -> None:
    fake.fail_next(CUSTOM, errcode=40003)
    with pytest.raises(WeChatApiError) as info:
        await mp.send_text("not-an-openid", "x")
    assert info.value.errcode == 40003 and not isinstance(info.value, OutsideServiceWindow)
    assert len(fake.calls_to(CUSTOM)) == 1


async def test_unexpected_http_status_is_not_retried(fake: FakeWeChat, mp: MpClient) -> None:
    fake.fail_next(CUSTOM, http_status=404)
    with pytest.raises(WeChatApiError, match="HTTP 404"):
        await mp.send_text("o1", "x")
    assert len(fake.calls_to(CUSTOM)) == 1


async def test_timeout_is_bounded(fake: FakeWeChat) -> None:
    client = MpClient(
        MP_APPID,
        MP_SECRET,
        InMemoryTokenStore(),
        base_url=fake.base_url,
        timeout_s=0.2,
        max_attempts=2,
        backoff_s=0.01,
    )
    fake.set_delay(1.0, path=STABLE)
    started = time.monotonic()
    async with client:
        with pytest.raises(WeChatUnavailable, match="TimeoutError"):
            await client.send_text("o1", "x")
    assert time.monotonic() - started < 0.9  # 2 x 0.2 s + backoff, not the 1 s delay
    assert len(fake.calls_to(STABLE)) == 2  # a token fetch may safely go twice


def short_timeout_client(fake: FakeWeChat) -> MpClient:
    return MpClient(
        MP_APPID,
        MP_SECRET,
        InMemoryTokenStore(),
        base_url=fake.base_url,
        timeout_s=0.2,
        backoff_s=0.01,
    )


async def test_a_late_answer_to_a_send_is_not_retried(fake: FakeWeChat) -> None:
    fake.answer_late(CUSTOM, 5.0, times=3)  # WeChat delivers, then answers after our timeout
    async with short_timeout_client(fake) as client:
        with pytest.raises(WeChatError, match="TimeoutError") as info:
            await client.send_text("o1", "您的水已出发")
    assert len(fake.delivered_to(CUSTOM)) == 1  # one copy, not one per client attempt
    assert type(info.value).__name__ == "OutcomeUnknown"


async def test_a_connection_dropped_after_sending_is_not_retried(
    fake: FakeWeChat, work: WorkClient
) -> None:
    fake.drop_after_processing(WORK_SEND, times=3)
    with pytest.raises(WeChatError, match="ServerDisconnected") as info:
        await work.send_text("courier7", "新订单")
    assert len(fake.delivered_to(WORK_SEND)) == 1
    assert type(info.value).__name__ == "OutcomeUnknown"


async def test_a_late_template_answer_is_not_retried(fake: FakeWeChat) -> None:
    fake.answer_late("/cgi-bin/message/template/send", 5.0, times=3)
    async with short_timeout_client(fake) as client:
        with pytest.raises(WeChatError):
            await client.send_template("o1", "TPL", {"thing1": "x"}, client_msg_id="outbox-1")
    assert len(fake.delivered) == 1


async def test_a_late_token_answer_is_retried(fake: FakeWeChat) -> None:
    fake.answer_late(STABLE, 5.0)  # fetching a token twice is harmless
    async with short_timeout_client(fake) as client:
        await client.send_text("o1", "x")
    assert len(fake.calls_to(STABLE)) == 2
    assert len(fake.delivered_to(CUSTOM)) == 1


async def test_refused_connections_are_retried(fake: FakeWeChat, mp: MpClient) -> None:
    await mp.send_text("o1", "first")
    await fake.refuse_connections()
    with pytest.raises(WeChatUnavailable, match="ClientConnectorError") as info:
        await mp.send_text("o1", "second")
    assert info.value.attempts == 3  # nothing was sent, so every attempt is safe
    await fake.accept_connections()
    await mp.send_text("o1", "second")
    assert [c.json["text"]["content"] for c in fake.delivered_to(CUSTOM)] == ["first", "second"]


async def test_connection_refused_is_unavailable() -> None:
    dead = await start_fake_wechat()
    url = dead.base_url
    await dead.close()
    client = MpClient(MP_APPID, MP_SECRET, InMemoryTokenStore(), base_url=url, backoff_s=0.01)
    async with client:
        with pytest.raises(WeChatUnavailable):
            await client.send_text("o1", "x")


async def test_bad_secret_is_an_api_error(fake: FakeWeChat) -> None:
    async with MpClient(MP_APPID, "wrong", InMemoryTokenStore(), base_url=fake.base_url) as c:
        with pytest.raises(WeChatApiError) as info:
            await c.send_text("o1", "x")
    assert info.value.errcode == 40125


async def test_mp_upload_image_and_template(fake: FakeWeChat, mp: MpClient) -> None:
    media_id = await mp.upload_temp_media("image", "route.png", b"\x89PNG fake")
    upload = fake.calls_to("/cgi-bin/media/upload", api="mp")[0]
    assert upload.query["type"] == "image"
    assert upload.form["media"]["filename"] == "route.png"
    assert upload.form["media"]["content"] == b"\x89PNG fake"
    await mp.send_image("o1", media_id)
    assert fake.calls_to(CUSTOM)[0].json == {
        "touser": "o1",
        "msgtype": "image",
        "image": {"media_id": media_id},
    }
    msgid = await mp.send_template(
        "o1",
        "TPL_ORDER",
        {"thing1": "农夫山泉 x2", "amount2": {"value": "¥36", "color": "#f00"}},
        url="https://example.invalid/o/1",
        client_msg_id="order-1-shipped",
    )
    assert msgid > 0
    assert fake.calls_to("/cgi-bin/message/template/send")[0].json == {
        "touser": "o1",
        "template_id": "TPL_ORDER",
        "data": {"thing1": {"value": "农夫山泉 x2"}, "amount2": {"value": "¥36", "color": "#f00"}},
        "url": "https://example.invalid/o/1",
        "client_msg_id": "order-1-shipped",
    }


async def test_work_text_image_upload(fake: FakeWeChat, work: WorkClient) -> None:
    await work.send_text("courier7", "新订单")
    media_id = await work.upload_temp_media("image", "map.png", b"png")
    await work.send_image("courier7", media_id)
    assert len(fake.calls_to("/cgi-bin/gettoken")) == 1
    assert fake.calls_to("/cgi-bin/gettoken")[0].query == {
        "corpid": WORK_CORP_ID,
        "corpsecret": WORK_SECRET,
    }
    first, second = (c.json for c in fake.calls_to(WORK_SEND))
    assert first == {
        "touser": "courier7",
        "msgtype": "text",
        "agentid": WORK_AGENT_ID,
        "text": {"content": "新订单"},
    }
    assert second["image"] == {"media_id": media_id}


async def test_work_invalid_token_40014_refreshes(fake: FakeWeChat, work: WorkClient) -> None:
    await work.send_text("courier7", "a")
    fake.invalidate_tokens()
    await work.send_text("courier7", "b")
    assert len(fake.calls_to("/cgi-bin/gettoken")) == 2
    assert len(fake.calls_to(WORK_SEND)) == 3


async def test_template_card_response_code_and_exact_update(
    fake: FakeWeChat, work: WorkClient
) -> None:
    card = {
        "card_type": "button_interaction",
        "main_title": {"title": "新订单 #1042", "desc": "朝阳区 2 桶"},
        "task_id": "order-1042-v1",
        "button_list": [{"text": "接单", "style": 1, "key": "accept:1042"}],
    }
    code = await work.send_template_card("courier7", card)
    assert code is not None and code == fake.response_codes[0]
    assert fake.calls_to(WORK_SEND)[0].json["template_card"] == card
    await work.update_template_card(["courier7"], code, "已被接单")
    assert fake.calls_to("/cgi-bin/message/update_template_card")[0].json == {
        "userids": ["courier7"],
        "agentid": WORK_AGENT_ID,
        "response_code": code,
        "button": {"replace_name": "已被接单"},
    }
