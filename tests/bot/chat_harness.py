"""Drive the real app like WeChat does: signed, AES-encrypted callbacks with the dev credentials."""

from __future__ import annotations

import itertools
import time
from collections.abc import Callable
from datetime import datetime
from typing import Any

from aiohttp.test_utils import TestClient, TestServer

from bot.app import build_app
from bot.channels import mp, work
from bot.channels.dev import (
    DEV_MP_AES_KEY,
    DEV_MP_APPID,
    DEV_MP_TOKEN,
    DEV_WORK_AES_KEY,
    DEV_WORK_AGENT_ID,
    DEV_WORK_CORP_ID,
    DEV_WORK_TOKEN,
)
from bot.devtools import wire
from domain.infra.settings import load_settings
from tests.integration.helpers import seed_catalog

_ids = itertools.count(10_000)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now


async def start_app(clock: Callable[[], datetime], env: dict[str, str] | None = None) -> TestClient:  # type: ignore[type-arg]
    """The service with the OA and WeCom endpoints, on a real port, sharing the test database."""
    app = build_app(
        load_settings(env or {}),
        manage_database=False,
        extensions=(lambda a: mp.setup(a, clock), lambda a: work.setup(a, clock)),
    )
    client: TestClient = TestClient(TestServer(app))  # type: ignore[type-arg]
    await client.start_server()
    return client


async def seed(client: TestClient) -> None:  # type: ignore[type-arg]
    """The demo catalog in the database and in the app's understanding."""
    await seed_catalog()
    await mp.reload_catalog(client.app)


class Customer:
    """One WeChat user talking to the Official Account."""

    def __init__(self, client: TestClient, openid: str = "o-alice") -> None:  # type: ignore[type-arg]
        self.client = client
        self.openid = openid

    async def post(self, message: str | dict[str, Any], **params: str) -> tuple[int, str]:
        """POST one callback; returns (status, decrypted reply text or '')."""
        query, body = wire.build_mp_callback(
            DEV_MP_TOKEN, DEV_MP_AES_KEY, DEV_MP_APPID, message, timestamp=str(int(time.time()))
        )
        query.update(params)
        response = await self.client.post(mp.PATH, params=query, data=body)
        text = await response.text()
        if response.status != 200:
            return response.status, text
        reply = wire.decode_reply(
            text, token=DEV_MP_TOKEN, aes_key=DEV_MP_AES_KEY, receiver_id=DEV_MP_APPID
        )
        return 200, (reply.content or "") if reply else ""

    async def say(self, text: str, msg_id: int | None = None) -> str:
        """Send a text message and return the reply text."""
        status, reply = await self.post(
            wire.mp_text(self.openid, text, msg_id=msg_id or next(_ids))
        )
        assert status == 200, reply
        return reply


class Staffer:
    """One WeCom user (courier, dispatcher, owner or stranger) talking to the app."""

    def __init__(self, client: TestClient, userid: str) -> None:  # type: ignore[type-arg]
        self.client = client
        self.userid = userid

    async def post(self, message: str | dict[str, Any]) -> tuple[int, wire.PassiveReply | None]:
        """POST one encrypted WeCom callback; returns (status, decrypted passive reply)."""
        query, body = wire.build_work_callback(
            DEV_WORK_TOKEN,
            DEV_WORK_AES_KEY,
            DEV_WORK_CORP_ID,
            message,
            timestamp=str(int(time.time())),
        )
        response = await self.client.post(work.PATH, params=query, data=body)
        text = await response.text()
        if response.status != 200:
            return response.status, None
        return 200, wire.decode_reply(
            text,
            token=DEV_WORK_TOKEN,
            aes_key=DEV_WORK_AES_KEY,
            receiver_id=DEV_WORK_CORP_ID,
            channel="work",
        )

    async def say(self, text: str) -> str:
        """Send a text and return the reply text."""
        message = wire.work_text(
            self.userid,
            text,
            corp_id=DEV_WORK_CORP_ID,
            agent_id=DEV_WORK_AGENT_ID,
            msg_id=next(_ids),
        )
        status, reply = await self.post(message)
        assert status == 200
        return (reply.content or "") if reply else ""
