"""Fixtures for the admin API: the real app on a test server, a fixed clock, a token per role."""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from admin.app import setup
from admin.keys import CLOCK
from bot.app import build_app
from domain.infra.settings import load_settings
from domain.services.api_tokens import create_token
from tests.support import NOW

Client = TestClient[web.Request, web.Application]


def admin_app(**env: str) -> web.Application:
    """The app with the admin API mounted, on the test database, at NOW."""
    settings = load_settings({f"WATERBOT_{k.upper()}": v for k, v in env.items()})
    app = build_app(settings, manage_database=False, extensions=(setup,))
    app[CLOCK] = lambda: NOW
    return app


class Api:
    """A client that speaks as one token."""

    def __init__(self, client: Client, token: str) -> None:
        self.client, self.token = client, token

    def headers(self) -> dict[str, str]:
        """The bearer header."""
        return {"Authorization": f"Bearer {self.token}"}

    async def call(self, method: str, path: str, json: Any = None, **kw: Any) -> tuple[int, Any]:
        """(status, JSON body) of one request under /api/v1."""
        response = await self.client.request(
            method, "/api/v1" + path, json=json, headers=self.headers(), **kw
        )
        body = await response.json() if response.content_type == "application/json" else None
        return response.status, body

    async def get(self, path: str, **kw: Any) -> tuple[int, Any]:
        """GET."""
        return await self.call("GET", path, **kw)

    async def post(self, path: str, json: Any = None) -> tuple[int, Any]:
        """POST JSON."""
        return await self.call("POST", path, json=json if json is not None else {})

    async def patch(self, path: str, json: Any) -> tuple[int, Any]:
        """PATCH JSON."""
        return await self.call("PATCH", path, json=json)


@pytest.fixture
async def client(db: str) -> AsyncIterator[Client]:
    """A test client on a fresh admin app."""
    client: Client = TestClient(TestServer(admin_app()))
    await client.start_server()
    yield client
    await client.close()


async def token_for(role: str, name: str | None = None) -> str:
    """A fresh token with a role."""
    _, token = await create_token(name or role, role, "test", NOW)
    return token


@pytest.fixture
async def owner(client: Client) -> Api:
    """Speaks as an owner."""
    return Api(client, await token_for("owner", "老板"))


@pytest.fixture
async def dispatcher(client: Client) -> Api:
    """Speaks as a dispatcher."""
    return Api(client, await token_for("dispatcher", "调度"))


@pytest.fixture
async def viewer(client: Client) -> Api:
    """Speaks as a viewer."""
    return Api(client, await token_for("viewer", "会计"))
