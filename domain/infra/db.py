"""Database set-up: tortoise configuration, schema migrations (aerich) and health."""

from __future__ import annotations

import logging
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from importlib import resources
from pathlib import Path
from typing import Any

import asyncpg
from tortoise import Tortoise, connections
from tortoise.exceptions import DBConnectionError

log = logging.getLogger(__name__)

MODEL_MODULES = ["domain.models", "aerich.models"]


# tortoise's own default is 5 PostgreSQL connections: a few turns waiting on a row lock would
# then starve the lease renewals that keep other turns theirs. A URL's own maxsize wins.
POSTGRES_POOL = 20


def tortoise_config(database_url: str) -> dict[str, Any]:
    """The tortoise configuration for a database URL."""
    if dialect(database_url) == "postgres" and "maxsize=" not in database_url:
        database_url += ("&" if "?" in database_url else "?") + f"maxsize={POSTGRES_POOL}"
    return {
        "connections": {"default": database_url},
        "apps": {"models": {"models": MODEL_MODULES, "default_connection": "default"}},
        "use_tz": True,
        "timezone": "UTC",
    }


def dialect(database_url: str) -> str:
    """'postgres' or 'sqlite': aerich writes SQL for one dialect, so each has its folder."""
    return "postgres" if database_url.startswith(("postgres://", "postgresql://")) else "sqlite"


def migrations_location(database_url: str) -> Path:
    """The folder holding the migrations for this URL's dialect."""
    root = Path(str(resources.files("domain") / "migrations"))
    return root / dialect(database_url)


async def init_db(database_url: str) -> None:
    """Connect tortoise; the context is global so aiohttp's handler tasks see it."""
    await Tortoise.init(config=tortoise_config(database_url), _enable_global_fallback=True)


async def close_db() -> None:
    """Close every connection."""
    await connections.close_all()


@asynccontextmanager
async def connected(database_url: str, *, migrate_first: bool = True) -> AsyncIterator[None]:
    """Migrate (unless told not to), connect, and close again however the body ends.

    The one place commands and the server open the database: an aiosqlite connection left open
    keeps its worker thread alive, and the process never exits.
    """
    if migrate_first:
        await migrate(database_url)
    await init_db(database_url)
    try:
        yield
    finally:
        await close_db()


# Pool settings tortoise reads from the URL; asyncpg would send them to the server as settings.
POOL_PARAMS = ("minsize", "maxsize")


def driver_url(database_url: str) -> str:
    """The URL for a plain asyncpg connection: tortoise's pool settings taken out."""
    base, _, query = database_url.partition("?")
    kept = [p for p in query.split("&") if p and p.split("=", 1)[0] not in POOL_PARAMS]
    return base + ("?" + "&".join(kept) if kept else "")


MIGRATION_LOCK = 0x57415452  # "WATR": one advisory lock id for schema changes


async def migrate(database_url: str) -> list[str]:
    """Apply pending migrations; return the names applied.

    On PostgreSQL several `waterbot serve` processes may start at once, so the upgrade runs
    under an advisory lock and the later ones find nothing left to do.
    """
    if dialect(database_url) != "postgres":
        return await _upgrade(database_url)
    lock_conn = await asyncpg.connect(driver_url(database_url))
    try:
        await lock_conn.execute("SELECT pg_advisory_lock($1)", MIGRATION_LOCK)
        return await _upgrade(database_url)
    finally:
        await lock_conn.close()  # closing the session releases the lock


async def _upgrade(database_url: str) -> list[str]:
    from aerich import Command  # deferred: ~0.6 s to import, and only migrating needs it

    command = Command(
        tortoise_config=tortoise_config(database_url),
        app="models",
        location=str(migrations_location(database_url)),
    )
    # `async with` closes the connections aerich opened: left open, `waterbot migrate` on
    # SQLite printed its line and then never exited.
    async with command:
        applied: list[str] = await command.upgrade(run_in_transaction=True)
    for name in applied:
        log.info("applied migration %s", name)
    return applied


async def ping() -> bool:
    """True when the database answers a trivial query."""
    try:
        await connections.get("default").execute_query("SELECT 1")
    except Exception as exc:  # any driver error means unhealthy, whatever its class
        log.warning("database ping failed: %s", exc)
        return False
    return True


def is_outage(exc: BaseException) -> bool:
    """True when a failure means the database could not be reached, not that the work was wrong.

    A turn that fails this way is let go so that WeChat's retry runs it again; any other error
    is a bug or a refusal, answered and kept.
    """
    outages = (OSError, DBConnectionError, asyncpg.InterfaceError, asyncpg.PostgresConnectionError)
    seen: BaseException | None = exc
    for _ in range(8):  # follow the cause chain a few links, never round a loop
        if seen is None:
            return False
        if isinstance(seen, outages) or "database is locked" in str(seen):
            return True
        seen = seen.__cause__ or seen.__context__
    return False
