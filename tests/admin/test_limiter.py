"""The failed-login limiter behind a real reverse proxy: per client and per token prefix.

Every party is a real socket: the admin app on a test server, a forwarding proxy on 127.0.0.1
that appends the peer to X-Forwarded-For as nginx's `$proxy_add_x_forwarded_for` does, and
clients bound to their own loopback addresses (127.0.0.2, 127.0.0.3, ...).
"""

from __future__ import annotations

from collections.abc import AsyncIterator, Awaitable, Callable

import aiohttp
import pytest
from aiohttp import web
from aiohttp.test_utils import TestServer

from tests.admin.conftest import admin_app, token_for

pytestmark = pytest.mark.usefixtures("db")

OWNER_AT, GUESSER_AT = "127.0.0.2", "127.0.0.3"
# Each guess below starts differently unless the test is about a shared prefix.
KEEP = ("Content-Type", "Retry-After", "WWW-Authenticate")
Call = Callable[..., Awaitable[int]]


def forwarding_proxy(upstream: str, session: aiohttp.ClientSession) -> web.Application:
    """A reverse proxy that passes every request on with the peer appended to X-Forwarded-For."""

    async def forward(request: web.Request) -> web.Response:
        chain = [*request.headers.getall("X-Forwarded-For", []), str(request.remote)]
        headers = {"X-Forwarded-For": ", ".join(chain)}
        if "Authorization" in request.headers:
            headers["Authorization"] = request.headers["Authorization"]
        async with session.request(
            request.method, upstream + request.rel_url.path_qs, headers=headers
        ) as answer:
            kept = {k: answer.headers[k] for k in KEEP if k in answer.headers}
            return web.Response(status=answer.status, body=await answer.read(), headers=kept)

    app = web.Application()
    app.router.add_route("*", "/{tail:.*}", forward)
    return app


@pytest.fixture
async def servers() -> AsyncIterator[tuple[str, str]]:
    """(proxy URL, direct URL) of the admin app that trusts the proxy on 127.0.0.1."""
    app_server = TestServer(admin_app(trusted_proxies="127.0.0.1"), host="127.0.0.1")
    await app_server.start_server()
    direct = str(app_server.make_url("")).rstrip("/")
    async with aiohttp.ClientSession() as upstream:
        proxy_server = TestServer(forwarding_proxy(direct, upstream), host="127.0.0.1")
        await proxy_server.start_server()
        try:
            yield str(proxy_server.make_url("")).rstrip("/"), direct
        finally:
            await proxy_server.close()
            await app_server.close()


@pytest.fixture
async def caller() -> AsyncIterator[Call]:
    """call(base, from_address, token, forwarded_for=None) -> status of GET /customers."""
    sessions: dict[str, aiohttp.ClientSession] = {}

    async def call(base: str, source: str, token: str, forwarded_for: str | None = None) -> int:
        if source not in sessions:
            connector = aiohttp.TCPConnector(local_addr=(source, 0))
            sessions[source] = aiohttp.ClientSession(connector=connector)
        headers = {"Authorization": f"Bearer {token}"}
        if forwarded_for is not None:
            headers["X-Forwarded-For"] = forwarded_for
        async with sessions[source].get(f"{base}/api/v1/customers", headers=headers) as answer:
            return answer.status

    yield call
    for session in sessions.values():
        await session.close()


async def test_owner_token_works_after_others_fail_behind_the_proxy(
    servers: tuple[str, str], caller: Call
) -> None:
    proxy, _ = servers
    owner = await token_for("owner", "老板")
    statuses = [await caller(proxy, GUESSER_AT, f"wb_{i}guess") for i in range(7)]
    assert statuses == [401] * 5 + [429] * 2  # the guesser is slowed down ...
    assert await caller(proxy, OWNER_AT, owner) == 200  # ... and only the guesser


async def test_forwarded_for_from_an_untrusted_peer_is_ignored(
    servers: tuple[str, str], caller: Call
) -> None:
    proxy, direct = servers
    owner = await token_for("owner", "老板")
    # Straight to the app, claiming a new address (the owner's, even) on every try.
    claims = [OWNER_AT, "198.51.100.1", "198.51.100.2", "198.51.100.3", "198.51.100.4"]
    for n, claim in enumerate(claims):
        assert await caller(direct, GUESSER_AT, f"wb_{n}bad", forwarded_for=claim) == 401
    for n, claim in enumerate(("198.51.100.5", OWNER_AT)):
        assert await caller(direct, GUESSER_AT, f"wb_{n}other", forwarded_for=claim) == 429
    assert await caller(proxy, OWNER_AT, owner) == 200


async def test_rotating_forwarded_for_through_the_proxy_counts_per_client(
    servers: tuple[str, str], caller: Call
) -> None:
    proxy, _ = servers
    owner = await token_for("owner", "老板")
    statuses = [
        await caller(proxy, GUESSER_AT, f"wb_try{i:02d}zz", forwarded_for=f"203.0.113.{i}")
        for i in range(8)
    ]
    assert statuses == [401] * 5 + [429] * 3
    assert await caller(proxy, OWNER_AT, owner) == 200


async def test_guessing_tokens_with_one_prefix_is_limited_per_prefix(
    servers: tuple[str, str], caller: Call
) -> None:
    proxy, _ = servers
    owner = await token_for("owner", "老板")
    guessers = [f"127.0.0.{n}" for n in range(10, 17)]
    statuses = [await caller(proxy, at, f"wb_SAME1-{n}") for n, at in enumerate(guessers)]
    assert statuses == [401] * 5 + [429] * 2  # a fresh address does not help
    assert await caller(proxy, "127.0.0.20", "wb_OTHER-1") == 401  # other prefixes are not held
    assert await caller(proxy, OWNER_AT, owner) == 200
