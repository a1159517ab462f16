"""DbTokenStore: access tokens shared through the database, one refresher at a time."""

from __future__ import annotations

import asyncio
import time
from collections.abc import AsyncIterator

import pytest
from tortoise import connections

from bot.channels.api import MpClient, WeChatApiError, WorkClient
from domain.models import AccessToken
from domain.services.access_tokens import DbTokenStore
from tests.fakes.wechat_server import (
    MP_APPID,
    MP_SECRET,
    WORK_AGENT_ID,
    WORK_CORP_ID,
    WORK_SECRET,
    FakeWeChat,
    start_fake_wechat,
)
from tests.support import on_postgres

pytestmark = pytest.mark.usefixtures("db")

STABLE = "/cgi-bin/stable_token"
CUSTOM = "/cgi-bin/message/custom/send"
only_postgres = pytest.mark.skipif(not on_postgres(), reason="advisory locks need PostgreSQL")


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    server = await start_fake_wechat()
    yield server
    await server.close()


def mp(fake: FakeWeChat, store: DbTokenStore, secret: str = MP_SECRET) -> MpClient:
    return MpClient(MP_APPID, secret, store, base_url=fake.base_url, backoff_s=0.01)


async def twenty_sends(a: MpClient, b: MpClient) -> None:
    await asyncio.gather(*((a if i % 2 else b).send_text(f"o{i}", "到了") for i in range(20)))


async def test_put_get_and_overwrite() -> None:
    store = DbTokenStore()
    assert await store.get("mp:x") is None
    await store.put("mp:x", "t1", 100.5)
    await store.put("mp:x", "t2", 200.0)
    assert await store.get("mp:x") == ("t2", 200.0)
    assert await AccessToken.all().count() == 1


@pytest.mark.parametrize("processes", [1, 2])
async def test_twenty_sends_after_expiry_fetch_one_token(fake: FakeWeChat, processes: int) -> None:
    if processes == 2 and not on_postgres():
        pytest.skip("SQLite runs one process")
    stores = [DbTokenStore() for _ in range(processes)]
    async with mp(fake, stores[0]) as a, mp(fake, stores[-1]) as b:
        await a.send_text("o0", "first")
        fake.expire_tokens()  # WeChat now answers 42001 to the cached token
        await twenty_sends(a, b)
    assert len(fake.calls_to(STABLE)) == 2  # the first fetch and exactly one refresh
    stored = await AccessToken.get(key=f"mp:{MP_APPID}")
    assert fake.calls_to(CUSTOM)[-1].query["access_token"] == stored.token
    assert stored.expires_at > time.time() + 3600


@pytest.mark.parametrize("processes", [1, 2])
async def test_stored_token_past_its_expiry_is_fetched_once(
    fake: FakeWeChat, processes: int
) -> None:
    if processes == 2 and not on_postgres():
        pytest.skip("SQLite runs one process")
    stores = [DbTokenStore() for _ in range(processes)]
    await stores[0].put(f"mp:{MP_APPID}", "old-token", time.time() - 1)
    async with mp(fake, stores[0]) as a, mp(fake, stores[-1]) as b:
        await twenty_sends(a, b)
    assert len(fake.calls_to(STABLE)) == 1
    assert len(fake.calls_to(CUSTOM)) == 20


async def test_wecom_token_shared_too(fake: FakeWeChat) -> None:
    store = DbTokenStore()
    work = WorkClient(WORK_CORP_ID, WORK_AGENT_ID, WORK_SECRET, store, base_url=fake.work_base_url)
    async with work:
        await asyncio.gather(*(work.send_text(f"c{i}", "新订单") for i in range(10)))
        fake.expire_tokens()
        await asyncio.gather(*(work.send_text(f"c{i}", "新订单") for i in range(10)))
    assert len(fake.calls_to("/cgi-bin/gettoken")) == 2
    assert await store.get(f"work:{WORK_CORP_ID}:{WORK_AGENT_ID}") is not None


async def test_a_failed_refresh_releases_the_lock(fake: FakeWeChat) -> None:
    store = DbTokenStore()
    async with mp(fake, store, secret="wrong") as bad:
        with pytest.raises(WeChatApiError):
            await bad.send_text("o1", "x")
    assert await AccessToken.all().count() == 0
    async with mp(fake, store) as good:
        await asyncio.wait_for(good.send_text("o1", "x"), 5)
    assert await AccessToken.all().count() == 1


async def _advisory_waiters() -> int:
    rows = await connections.get("default").execute_query_dict(
        "SELECT count(*) AS n FROM pg_locks WHERE locktype = 'advisory' AND NOT granted"
    )
    return int(rows[0]["n"])


@only_postgres
async def test_lock_excludes_other_processes_until_released() -> None:
    first, second = DbTokenStore(), DbTokenStore()
    inside = asyncio.Event()

    async def refresher_two() -> None:
        async with second.lock("mp:x"):
            inside.set()

    async with first.lock("mp:x"):
        task = asyncio.create_task(refresher_two())
        async with asyncio.timeout(5):
            while await _advisory_waiters() == 0:  # noqa: ASYNC110 - polls PostgreSQL
                await asyncio.sleep(0.01)
        assert not inside.is_set()
        async with second.lock("mp:other"):  # other keys are not held up
            pass
    await asyncio.wait_for(task, 5)
    assert inside.is_set()


@only_postgres
async def test_token_written_under_the_lock_is_visible_to_the_next_holder() -> None:
    first, second = DbTokenStore(), DbTokenStore()
    seen: list[tuple[str, float] | None] = []

    async def reader() -> None:
        async with second.lock("mp:x"):
            seen.append(await second.get("mp:x"))

    async with first.lock("mp:x"):
        task = asyncio.create_task(reader())
        async with asyncio.timeout(5):
            while await _advisory_waiters() == 0:  # noqa: ASYNC110 - polls PostgreSQL
                await asyncio.sleep(0.01)
        await first.put("mp:x", "fresh", 123.0)
    await asyncio.wait_for(task, 5)
    assert seen == [("fresh", 123.0)]
