"""GET /healthz on the real app, and the real `waterbot serve` process start to stop."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.app import build_app
from bot.health import PINGER
from domain.infra.settings import load_settings
from tests.bot.serve_harness import healthy


async def _client(app: object) -> TestClient:  # type: ignore[type-arg]
    client: TestClient = TestClient(TestServer(app))  # type: ignore[arg-type, type-arg]
    await client.start_server()
    return client


@pytest.mark.usefixtures("db")
async def test_healthz_ok_with_database() -> None:
    app = build_app(load_settings({}), manage_database=False)
    client = await _client(app)
    try:
        response = await client.get("/healthz")
        body = await response.json()
    finally:
        await client.close()
    assert response.status == 200
    assert body["status"] == "ok" and body["database"] == "ok" and body["version"]


async def test_healthz_503_when_database_unreachable() -> None:
    async def unreachable() -> bool:
        return False

    app = build_app(load_settings({}), manage_database=False)
    app[PINGER] = unreachable
    client = await _client(app)
    try:
        response = await client.get("/healthz")
        body = await response.json()
    finally:
        await client.close()
    assert response.status == 503
    assert body["database"] == "unreachable"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def _run(args: list[str], env: dict[str, str]) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        "-m",
        "bot.main",
        *args,
        env=env,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def test_serve_process_with_demo_data_answers_and_stops_on_sigterm(tmp_path: Path) -> None:
    port = _free_port()
    env = {
        **os.environ,
        "WATERBOT_DATABASE_URL": f"sqlite://{tmp_path}/demo.db",
        "WATERBOT_PORT": str(port),
    }
    env.pop("WATERBOT_TEST_DATABASE_URL", None)
    loader = await _run(["demo-data"], env)
    _, err = await asyncio.wait_for(loader.communicate(), 60)
    assert loader.returncode == 0, err.decode()
    server = await _run(["serve"], env)
    try:
        body = await healthy(port, server)
        assert body is not None and body["status"] == "ok"
    finally:
        server.send_signal(signal.SIGTERM)
        _, err = await asyncio.wait_for(server.communicate(), 30)
    assert server.returncode == 0, err.decode()
    assert b"Traceback" not in err


async def test_bad_setting_stops_start_up_with_one_line() -> None:
    env = {**os.environ, "WATERBOT_PORT": "eighty"}
    proc = await _run(["serve"], env)
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 2
    assert err.decode().strip().splitlines() == [
        "waterbot: configuration error: "
        "WATERBOT_PORT='eighty' must be a port number from 1 to 65535"
    ]


async def test_dev_credentials_refuse_a_public_address() -> None:
    env = {**os.environ, "WATERBOT_HOST": "0.0.0.0"}
    env.pop("WATERBOT_MP_TOKEN", None)
    proc = await _run(["serve"], env)
    _, err = await asyncio.wait_for(proc.communicate(), 30)
    assert proc.returncode == 2
    assert "refusing to listen on 0.0.0.0" in err.decode()
