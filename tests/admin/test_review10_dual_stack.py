"""Review of issue 10: the limiter on a dual-stack listener (WATERBOT_HOST=::).

Linux gives IPv4 peers of an `::` socket as IPv4-mapped IPv6 addresses (::ffff:a.b.c.d).
"""

from __future__ import annotations

from collections.abc import AsyncIterator

import aiohttp
import pytest
from aiohttp.test_utils import TestServer

from tests.admin.conftest import admin_app, token_for

pytestmark = pytest.mark.usefixtures("db")


async def _status(port: int, source: str, token: str) -> int:
    connector = aiohttp.TCPConnector(local_addr=(source, 0))
    async with aiohttp.ClientSession(connector=connector) as session:
        headers = {"Authorization": f"Bearer {token}"}
        url = f"http://127.0.0.1:{port}/api/v1/customers"
        async with session.get(url, headers=headers) as answer:
            return answer.status


@pytest.fixture
async def dual_stack() -> AsyncIterator[int]:
    """The admin app listening on `::` (IPv4 clients too), trusting no proxy; its port."""
    server = TestServer(admin_app(), host="::")
    await server.start_server()
    try:
        assert server.port is not None
        yield server.port
    finally:
        await server.close()


async def test_a_guesser_on_ipv4_does_not_lock_out_the_owner_on_a_dual_stack_listener(
    dual_stack: int,
) -> None:
    owner = await token_for("owner", "老板")
    statuses = [await _status(dual_stack, "127.0.0.3", f"wb_{i}guess") for i in range(6)]
    assert statuses == [401] * 5 + [429]
    assert await _status(dual_stack, "127.0.0.2", owner) == 200
