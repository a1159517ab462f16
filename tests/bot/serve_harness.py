"""Real `waterbot serve` processes on the test database, and WeChat's side of the callback."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
import time
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

import aiohttp

from bot.channels import mp
from bot.channels.dev import DEV_MP_AES_KEY, DEV_MP_APPID, DEV_MP_TOKEN
from bot.devtools import bench_serve, wire

HEALTHY_WITHIN_S = 30.0
free_port = bench_serve.free_port


@dataclass
class Served:
    """One `waterbot serve` process and where it listens."""

    process: asyncio.subprocess.Process
    port: int
    log: Path

    @property
    def url(self) -> str:
        """The Official Account callback URL."""
        return f"http://127.0.0.1:{self.port}{mp.PATH}"

    def kill(self) -> None:
        """kill -9: no cleanup, no goodbye."""
        self.process.send_signal(signal.SIGKILL)

    async def stop(self) -> None:
        """SIGTERM (or nothing, if it is dead already) and wait for it."""
        if self.process.returncode is None:
            self.process.send_signal(signal.SIGTERM)
        await asyncio.wait_for(self.process.wait(), 30)


async def start_serve(
    database_url: str,
    log: Path,
    command: Sequence[str] = ("-m", "bot.main", "serve"),
    settings: Mapping[str, str] | None = None,
) -> Served:
    """`waterbot serve` (or `command`) on a free port over `database_url`, once /healthz answers.

    `settings`: more WATERBOT_* variables (a WeChat Pay merchant account, say).
    """
    port = free_port()
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    env.update(WATERBOT_DATABASE_URL=database_url, WATERBOT_PORT=str(port), **(settings or {}))
    with log.open("wb") as out:
        process = await asyncio.create_subprocess_exec(
            sys.executable, *command, env=env, stdout=out, stderr=out
        )
    served = Served(process, port, log)
    if await healthy(port, process) is not None:
        return served
    await served.stop()
    raise AssertionError(f"serve not healthy in {HEALTHY_WITHIN_S} s:\n{_tail(log)}")


async def healthy(port: int, process: asyncio.subprocess.Process) -> dict[str, object] | None:
    """/healthz's body once the server on `port` answers 200 within this suite's deadline."""
    return await bench_serve.healthy(port, process, HEALTHY_WITHIN_S)


def _tail(log: Path) -> str:
    return log.read_text(errors="replace")[-3000:]


async def post_text(
    session: aiohttp.ClientSession, served: Served, openid: str, text: str, msg_id: int
) -> tuple[int, str]:
    """POST a signed, encrypted text message as WeChat does; (status, reply text or '')."""
    query, body = wire.build_mp_callback(
        DEV_MP_TOKEN,
        DEV_MP_AES_KEY,
        DEV_MP_APPID,
        wire.mp_text(openid, text, msg_id=msg_id),
        timestamp=str(int(time.time())),
    )
    async with session.post(served.url, params=query, data=body) as response:
        answer = await response.text()
    if response.status != 200 or answer == "success":
        return response.status, ""
    reply = wire.decode_reply(
        answer, token=DEV_MP_TOKEN, aes_key=DEV_MP_AES_KEY, receiver_id=DEV_MP_APPID
    )
    return 200, (reply.content or "") if reply else ""
