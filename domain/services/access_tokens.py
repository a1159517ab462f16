"""WeChat access tokens in the database, shared by every process, refreshed by one at a time.

The store behind the bot's API clients (their `TokenStore`): the clients fetch tokens over
HTTP, this module keeps them and serialises the refreshes.

WeChat invalidates the previous token when a new one is fetched with force_refresh (and
WeCom rate-limits gettoken), so processes must not refresh in a stampede. On PostgreSQL the
refresher holds a transaction-scoped advisory lock on its own connection for the whole
refresh; the new token is written in that transaction, so whoever gets the lock next reads
it. On SQLite (one process by design) an asyncio.Lock per key is enough.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import AbstractAsyncContextManager, asynccontextmanager
from typing import Any

from tortoise import connections

from domain.infra.ports import Conn
from domain.models import AccessToken
from domain.services.support import is_postgres

# First key of the two-key advisory lock space: "WBTK". PostgreSQL keeps one-key and
# two-key advisory locks apart, so this cannot meet the migration lock (domain.infra.db).
LOCK_NAMESPACE = 0x5742544B

_TABLE = AccessToken._meta.db_table
_SELECT = f'SELECT "token", "expires_at" FROM "{_TABLE}" WHERE "key" = {{0}}'
_UPSERT = (
    f'INSERT INTO "{_TABLE}" ("key", "token", "expires_at") VALUES ({{0}}, {{1}}, {{2}}) '
    'ON CONFLICT ("key") DO UPDATE SET "token" = excluded."token", '
    '"expires_at" = excluded."expires_at"'
)


class DbTokenStore:
    """TokenStore on the access_token table; use one instance per process."""

    def __init__(self, connection_name: str = "default") -> None:
        self._connection_name = connection_name
        self._local: dict[str, asyncio.Lock] = {}
        # The raw connection holding the advisory lock, per task inside lock(): get/put run
        # on it, so the refresher never waits for a second pooled connection, and tasks
        # spawned meanwhile do not share it.
        self._held: dict[asyncio.Task[Any], Any] = {}

    def _client(self) -> Conn:
        client = connections.get(self._connection_name)
        # Inside a caller's transaction tortoise hands out that transaction; the lock needs
        # a connection of its own from the pool behind it.
        return getattr(client, "_parent", client)

    async def _rows(self, sql: str, *args: object) -> list[Any]:
        held = self._held.get(asyncio.current_task())  # type: ignore[arg-type]
        if held is not None:
            return list(await held.fetch(sql.format("$1", "$2", "$3"), *args))
        client = self._client()
        marks = ("$1", "$2", "$3") if is_postgres(client) else ("?", "?", "?")
        return await client.execute_query_dict(sql.format(*marks), list(args))

    async def get(self, key: str) -> tuple[str, float] | None:
        """Return the stored (token, expires_at epoch seconds) or None."""
        rows = await self._rows(_SELECT, key)
        return (str(rows[0]["token"]), float(rows[0]["expires_at"])) if rows else None

    async def put(self, key: str, token: str, expires_at: float) -> None:
        """Store a token (an upsert, so a first write by two processes cannot collide)."""
        await self._rows(_UPSERT, key, token, expires_at)

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """One refresher of `key` at a time: across processes on PostgreSQL, in-process else."""
        return self._locked(key)

    @asynccontextmanager
    async def _locked(self, key: str) -> AsyncIterator[None]:
        # The local lock first: a process queues its own refreshers here, so at most one
        # pooled connection per process waits on the advisory lock.
        async with self._local.setdefault(key, asyncio.Lock()):
            client = self._client()
            if not is_postgres(client):
                yield
                return
            task = asyncio.current_task()
            assert task is not None  # always inside a task under asyncio
            async with client.acquire_connection() as raw, raw.transaction():
                # Released at commit, after the new token is written: the next holder reads it.
                await raw.execute(
                    "SELECT pg_advisory_xact_lock($1, hashtext($2))", LOCK_NAMESPACE, key
                )
                self._held[task] = raw
                try:
                    yield
                finally:
                    del self._held[task]
