"""What the benchmarks share: a fresh interpreter per run, a scratch database, argument types."""

from __future__ import annotations

import argparse
import multiprocessing
import shutil
import tempfile
import uuid
from collections.abc import AsyncIterator, Callable
from concurrent.futures import ProcessPoolExecutor
from contextlib import asynccontextmanager
from pathlib import Path
from typing import Any, TypeVar

import asyncpg

from domain.infra.db import driver_url
from domain.infra.settings import Settings

T = TypeVar("T")


def positive(value: str) -> int:
    """A command-line count: 1 or more."""
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a positive number: {value!r}")
    return int(value)


def in_own_process(fn: Callable[..., T], *args: Any) -> T:
    """`fn(*args)` in a fresh interpreter; it must be a module-level function."""
    # A fresh interpreter per target: the ORM keeps one process-wide database context that a
    # second database cannot replace, and no run inherits another's warm caches or garbage.
    with ProcessPoolExecutor(1, mp_context=multiprocessing.get_context("spawn")) as pool:
        return pool.submit(fn, *args).result()


class DatabaseUnavailable(Exception):
    """The scratch PostgreSQL database could not be made (no server, no CREATEDB right)."""


@asynccontextmanager
async def bench_database(target: str, env: Settings) -> AsyncIterator[str]:
    """The URL of a fresh SQLite file or a scratch PostgreSQL database, removed afterwards."""
    if target == "postgres":
        async with _scratch_database(env.database_url) as url:
            yield url
        return
    folder = Path(tempfile.mkdtemp(prefix="waterbot-bench-"))
    try:
        yield f"sqlite://{folder}/bench.db"
    finally:
        shutil.rmtree(folder, ignore_errors=True)


@asynccontextmanager
async def _scratch_database(url: str) -> AsyncIterator[str]:
    """A throw-away database beside the configured one: the bench never writes to yours."""
    scratch = f"waterbot_bench_{uuid.uuid4().hex[:10]}"
    admin = await _create_database(url, scratch)
    try:
        yield f"{url.rsplit('/', 1)[0]}/{scratch}"
    finally:
        try:
            await admin.execute(f'DROP DATABASE IF EXISTS "{scratch}" WITH (FORCE)')
        finally:
            await admin.close()


async def _create_database(url: str, name: str) -> Any:
    """A connection to the server after creating `name`; DatabaseUnavailable when it cannot."""
    try:
        admin = await asyncpg.connect(driver_url(url), timeout=10)
    except (OSError, TimeoutError) as exc:
        raise DatabaseUnavailable(f"cannot reach {url.split('@')[-1]}: {exc}") from exc
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
    except asyncpg.PostgresError as exc:
        await admin.close()
        raise DatabaseUnavailable(f"cannot create a scratch database: {exc}") from exc
    return admin
