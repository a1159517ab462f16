"""The OA callback's refusals, dedupe under a retry storm, and the reply budget."""

from __future__ import annotations

import asyncio
import time

import pytest
from aiohttp.test_utils import TestClient

from bot.channels import mp
from bot.channels.dev import DEV_MP_AES_KEY, DEV_MP_APPID, DEV_MP_TOKEN
from bot.devtools import wire
from domain.models import Customer as CustomerRow
from domain.models import Order, OutboxMessage, ProcessedMessage
from domain.services import customers, wallet
from tests.bot.chat_harness import Clock, Customer, seed
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def _post(client: TestClient, query: dict[str, str], body: bytes) -> tuple[int, str]:  # type: ignore[type-arg]
    response = await client.post(mp.PATH, params=query, data=body)
    return response.status, await response.text()


def _signed(text: str = "你好", msg_id: int = 1) -> tuple[dict[str, str], bytes]:
    return wire.build_mp_callback(
        DEV_MP_TOKEN,
        DEV_MP_AES_KEY,
        DEV_MP_APPID,
        wire.mp_text("o-x", text, msg_id=msg_id),
        timestamp=str(int(time.time())),
    )


async def test_url_check(client: TestClient) -> None:  # type: ignore[type-arg]
    params = wire.build_mp_url_check(DEV_MP_TOKEN, "echo-123")
    response = await client.get(mp.PATH, params=params)
    assert (response.status, await response.text()) == (200, "echo-123")
    params["signature"] = "0" * 40
    response = await client.get(mp.PATH, params=params)
    assert response.status == 403


async def test_wrong_msg_signature_is_403(client: TestClient) -> None:  # type: ignore[type-arg]
    query, body = _signed()
    query["msg_signature"] = "f" * 40
    assert (await _post(client, query, body))[0] == 403
    assert await ProcessedMessage.all().count() == 0


async def test_stale_timestamp_is_403(client: TestClient) -> None:  # type: ignore[type-arg]
    stale = str(int(time.time()) - 301)
    query, body = wire.build_mp_callback(
        DEV_MP_TOKEN, DEV_MP_AES_KEY, DEV_MP_APPID, wire.mp_text("o-x", "hi"), timestamp=stale
    )
    assert (await _post(client, query, body))[0] == 403


async def test_body_over_64_kib_is_413(client: TestClient) -> None:  # type: ignore[type-arg]
    query, _ = _signed()
    assert (await _post(client, query, b"<xml>" + b"a" * 70_000 + b"</xml>"))[0] == 413


async def test_malformed_doctype_and_undecryptable_are_400(client: TestClient) -> None:  # type: ignore[type-arg]
    bomb = (
        b'<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]><xml><Encrypt>&a;</Encrypt></xml>'
    )
    for body in (b"<xml><Encrypt>", bomb):
        query, _ = _signed()
        assert (await _post(client, query, body))[0] in (400, 403)
    # A correctly signed envelope whose ciphertext is garbage: signature ok, decrypt fails.
    from bot.channels.protocol import compute_signature

    ts, nonce, garbage = str(int(time.time())), "n1", "bm90LWNpcGhlcnRleHQ="
    query = {
        "timestamp": ts,
        "nonce": nonce,
        "encrypt_type": "aes",
        "signature": compute_signature(DEV_MP_TOKEN, ts, nonce),
        "msg_signature": compute_signature(DEV_MP_TOKEN, ts, nonce, garbage),
    }
    body = f"<xml><ToUserName>gh</ToUserName><Encrypt>{garbage}</Encrypt></xml>".encode()
    assert (await _post(client, query, body))[0] == 400
    assert await CustomerRow.all().count() == 0


async def test_echoed_text_with_cdata_end_survives(client: TestClient, clock: Clock) -> None:  # type: ignore[type-arg]
    clock.now = NOW
    await seed(client)
    reply = await Customer(client, "o-cdata").say("]]><xml>送水")
    assert "要哪种水" in reply


async def test_retry_storm_places_one_order(client: TestClient, clock: Clock) -> None:  # type: ignore[type-arg]
    clock.now = NOW
    await seed(client)
    customer, _ = await customers.customer_for_openid("o-storm")
    await customers.set_phone(customer.id, "13800001111", "test")
    await wallet.adjust_tickets(customer.id, "nfsq-19l", 10, "test", "owner", NOW)
    bob = Customer(client, "o-storm")
    assert "请确认订单" in await bob.say("送一桶农夫山泉到阳光花园3栋502")
    replies = await asyncio.gather(*[bob.say("1", msg_id=424242) for _ in range(50)])
    placed = [r for r in replies if "下单成功" in r]
    assert len(placed) >= 1 and len(set(placed)) == 1
    assert all(r in ("", placed[0]) for r in replies)
    assert await Order.all().count() == 1


async def test_slow_reply_answers_success_then_goes_out_later(
    client: TestClient, clock: Clock
) -> None:  # type: ignore[type-arg]
    clock.now = NOW
    await seed(client)
    endpoint = client.app[mp.MP_ENDPOINT]
    endpoint.runner.budget_s = 0.0  # every reply misses the budget
    try:
        status, reply = await Customer(client, "o-slow").post(wire.mp_text("o-slow", "价格"))
        assert (status, reply) == (200, "")
        for _ in range(100):
            if await OutboxMessage.filter(recipient="o-slow").exists():
                break
            await asyncio.sleep(0.02)
        message = await OutboxMessage.get(recipient="o-slow")
        assert message.channel == "mp" and "价格表" in str(message.payload["text"])
    finally:
        endpoint.runner.budget_s = 4.0
