"""`waterbot bench webhook` as a real process: the per-stage table, and real serve processes."""

from __future__ import annotations

import asyncio
import os
import sys

import pytest

from tests.support import on_postgres


def _env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    return {**env, **extra}


async def _bench(args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.main", "bench", "webhook", *args, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 240)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


def _row(out: str, start: str) -> list[str]:
    return next(line for line in out.splitlines() if line.startswith(start)).split()


async def test_the_per_stage_table_counts_round_trips_per_message_kind() -> None:
    code, out, err = await _bench(["--messages", "8", "--concurrency", "2"], _env())
    assert code == 0, out + err
    assert "waterbot (SQLite) per stage" in out and "serve ×1 (" not in out  # no PostgreSQL
    lines = out.splitlines()
    for kind in ("order sentence", "confirm 1", "status question"):
        at = next(i for i, line in enumerate(lines) if line.startswith(kind))
        ms, db = lines[at].split(), lines[at + 1].split()
        assert ms[len(kind.split())] == "ms" and db[0] == "db", lines[at : at + 2]
        trips = [float(x) for x in db[1:]]
        claim, save, total = trips[0], trips[6], trips[-2]
        # One insert claims the message; the save is one transaction; the total adds up.
        assert claim == 1.0 and save >= 3.0 and total >= sum(trips[:9]) - 0.05, db


@pytest.mark.skipif(not on_postgres(), reason="the serve run needs PostgreSQL")
async def test_two_serve_processes_place_every_order_once() -> None:
    url = os.environ["WATERBOT_TEST_DATABASE_URL"]
    args = ["--messages", "24", "--concurrency", "4", "--serve", "2", "--postgres", url]
    code, out, err = await _bench(args, _env())
    assert code == 0, out + err  # an order missing or placed twice is an error, exit 1
    for name in ("serve ×1 (PostgreSQL)", "serve ×2 (PostgreSQL)"):
        figures = _row(out, name)[-6:]
        assert figures[:3] == ["24", "0", "0"], figures  # messages, errors, late
