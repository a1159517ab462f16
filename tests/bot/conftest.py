"""Fixtures for end-to-end chat tests: one app per module on a clock the test moves."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient

from tests.bot.chat_harness import Clock, start_app
from tests.support import NOW


@pytest.fixture(scope="module")
def clock() -> Clock:
    """The app's clock, starting at the suite's fixed NOW."""
    return Clock(NOW)


@pytest.fixture(scope="module")
async def client(database_url: str, clock: Clock) -> AsyncIterator[TestClient]:
    """The real app (OA and WeCom callbacks) on a loopback port, sharing the test database."""
    client = await start_app(clock)
    yield client
    await client.close()
