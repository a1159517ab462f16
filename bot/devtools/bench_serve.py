"""`bench webhook` on real `waterbot serve` processes sharing one scratch PostgreSQL database.

The bench process prepares the database (catalog, customers with phones), starts P serve
processes on free loopback ports, drives them round robin (a customer's two messages usually
reach different processes) and counts the orders afterwards: one per customer who sent `1`,
none lost and none doubled (stopping a server lets its late turns finish first). The servers
log to a temporary folder, shown when one fails to start.
"""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

import aiohttp

from bot.devtools.bench_drive import Result, count_orders, customers, drive, order_expect
from bot.devtools.bench_support import DatabaseUnavailable, bench_database
from domain.infra.db import connected
from domain.infra.settings import Settings
from domain.services.demo import load_demo_data

HEALTHY_WITHIN_S = 60.0
STOP_WITHIN_S = 30.0


async def measure(env: Settings, processes: int, count: int, concurrency: int) -> Result:
    """The load through `processes` serve processes; errors if any order is missing or twice."""
    name = f"serve ×{processes} (PostgreSQL)"
    try:
        async with bench_database("postgres", env) as url:
            async with connected(url):
                await load_demo_data(datetime.now(env.tz))
                openids = await customers("bench", count)
            with tempfile.TemporaryDirectory(prefix="waterbot-serve-") as logs:
                result = await _through(name, url, Path(logs), processes, env, openids, concurrency)
            async with connected(url, migrate_first=False):
                await count_orders(result, result.confirmed)
            return result
    except DatabaseUnavailable as exc:
        return Result(name, note=f"skipped: {exc}")
    except ServeFailed as exc:
        return Result(name, errors=[str(exc)])


async def _through(
    name: str,
    url: str,
    logs: Path,
    processes: int,
    env: Settings,
    openids: list[str],
    concurrency: int,
) -> Result:
    servers: list[asyncio.subprocess.Process] = []
    try:
        bases = []
        for i in range(processes):
            process, base = await _start(url, logs / f"serve-{i}.log")
            servers.append(process)
            bases.append(base)
        return await drive(name, bases, env, openids, concurrency, order_expect)
    finally:
        await asyncio.gather(*(_stop(process) for process in servers))


class ServeFailed(Exception):
    """A serve process did not come up."""


async def _start(url: str, log: Path) -> tuple[asyncio.subprocess.Process, str]:
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    env.update(WATERBOT_DATABASE_URL=url, WATERBOT_PORT=str(port))
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable, "-m", "bot.main", "serve", env=env, stdout=out, stderr=out
        )
    if await healthy(port, process) is None:
        await _stop(process)
        tail = (await asyncio.to_thread(log.read_text, errors="replace"))[-800:]
        raise ServeFailed(f"serve did not start: {tail}")
    return process, f"http://127.0.0.1:{port}"


def free_port() -> int:
    """A port nobody listens on now."""
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


async def healthy(
    port: int, process: asyncio.subprocess.Process, within_s: float = HEALTHY_WITHIN_S
) -> dict[str, object] | None:
    """/healthz's body once the server on `port` answers 200; None if it never does in time.

    A deadline, not a number of tries: on a busy machine a start-up takes longer than usual,
    and this only bounds how long a broken server is waited for.
    """
    deadline = time.monotonic() + within_s
    async with aiohttp.ClientSession() as session:
        while time.monotonic() < deadline and process.returncode is None:
            try:
                async with session.get(f"http://127.0.0.1:{port}/healthz") as response:
                    if response.status == 200:
                        body: dict[str, object] = await response.json()
                        return body
            except aiohttp.ClientConnectionError:
                pass
            await asyncio.sleep(0.1)
    return None


async def _stop(process: asyncio.subprocess.Process) -> None:
    if process.returncode is None:
        process.send_signal(signal.SIGTERM)
    try:
        await asyncio.wait_for(process.wait(), STOP_WITHIN_S)
    except TimeoutError:
        process.kill()
        await process.wait()
