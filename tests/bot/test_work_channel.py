"""The WeCom callback: URL check, staff identified by user id, strangers refused."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient

from bot.channels import work
from bot.channels.dev import DEV_WORK_AES_KEY, DEV_WORK_CORP_ID, DEV_WORK_TOKEN
from bot.devtools import wire
from domain.services import staff
from tests.bot.chat_harness import Clock, Staffer, start_app
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture(scope="module")
async def client(database_url: str) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    client = await start_app(Clock(NOW))
    yield client
    await client.close()


async def test_url_check_decrypts_echostr(client: TestClient) -> None:  # type: ignore[type-arg]
    params = wire.build_work_url_check(DEV_WORK_TOKEN, DEV_WORK_AES_KEY, DEV_WORK_CORP_ID, "hi-42")
    response = await client.get(work.PATH, params=params)
    assert (response.status, await response.text()) == (200, "hi-42")


async def test_unknown_user_is_refused_politely(client: TestClient) -> None:  # type: ignore[type-arg]
    assert "还不是本水站的员工" in await Staffer(client, "stranger").say("今日")


async def test_roles_get_their_own_commands(client: TestClient) -> None:  # type: ignore[type-arg]
    await staff.add_courier("courier1", "刘师傅", "test")
    await staff.add_staff("owner", "店长", "owner", "test")
    assert "送水员命令" in await Staffer(client, "courier1").say("帮助")
    assert "店长命令" in await Staffer(client, "owner").say("帮助")
