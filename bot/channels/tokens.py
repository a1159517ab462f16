"""Access-token storage shared by every process that talks to the WeChat APIs."""

from __future__ import annotations

import asyncio
from contextlib import AbstractAsyncContextManager
from typing import Protocol


class TokenStore(Protocol):
    """Where access tokens live; the DB-backed one shares them across workers."""

    async def get(self, key: str) -> tuple[str, float] | None:
        """Return (token, expires_at epoch seconds) or None."""
        ...

    async def put(self, key: str, token: str, expires_at: float) -> None:
        """Store a freshly fetched token."""
        ...

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """Mutual exclusion for refreshing `key` (one refresher at a time)."""
        ...


class InMemoryTokenStore:
    """Single-process TokenStore for tests, demos and one-worker deployments."""

    def __init__(self) -> None:
        self._tokens: dict[str, tuple[str, float]] = {}
        self._locks: dict[str, asyncio.Lock] = {}

    async def get(self, key: str) -> tuple[str, float] | None:
        """Return the cached (token, expires_at) for key, if any."""
        return self._tokens.get(key)

    async def put(self, key: str, token: str, expires_at: float) -> None:
        """Cache a token."""
        self._tokens[key] = (token, expires_at)

    def lock(self, key: str) -> AbstractAsyncContextManager[None]:
        """An asyncio.Lock per key."""
        return self._locks.setdefault(key, asyncio.Lock())
