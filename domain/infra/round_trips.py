"""Database round trips counted by stage, for the benchmarks; free unless `install` was called.

`install` wraps the query, batch and transaction methods (BEGIN, COMMIT, savepoints) of
tortoise's SQLite and asyncpg clients once per process; until then nothing is wrapped and the
service pays nothing. A round trip is counted against the stage named by `stage(...)` in the
task that issued it (a context variable, so concurrent turns do not mix); a method calling
another wrapped method counts once.
"""

from __future__ import annotations

import contextlib
import functools
from collections import Counter
from collections.abc import Awaitable, Callable, Iterator
from contextvars import ContextVar
from typing import Any

from tortoise.backends.asyncpg import client as asyncpg_client
from tortoise.backends.sqlite import client as sqlite_client

ROUND_TRIP_METHODS = (
    "execute_insert",
    "execute_query",
    "execute_query_dict",
    "execute_many",
    "execute_script",
    "begin",
    "commit",
    "rollback",
    "savepoint",
    "release_savepoint",
    "savepoint_rollback",
)
CLIENTS = (
    sqlite_client.SqliteClient,
    sqlite_client.SqliteTransactionWrapper,
    asyncpg_client.AsyncpgDBClient,
    asyncpg_client.TransactionWrapper,
)

_stage: ContextVar[str] = ContextVar("round_trip_stage", default="other")
_inside: ContextVar[bool] = ContextVar("round_trip_inside", default=False)
_counts: Counter[str] = Counter()
_installed = False


def install() -> None:
    """Start counting in this process (benchmarks only; there is no uninstall)."""
    global _installed
    if _installed:
        return
    for cls in CLIENTS:
        for name in ROUND_TRIP_METHODS:
            if name in vars(cls):
                setattr(cls, name, _counted(getattr(cls, name)))
    _installed = True


def _counted(method: Callable[..., Awaitable[Any]]) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(method)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        if _inside.get():
            return await method(*args, **kwargs)
        _counts[_stage.get()] += 1
        token = _inside.set(True)
        try:
            return await method(*args, **kwargs)
        finally:
            _inside.reset(token)

    return wrapper


@contextlib.contextmanager
def stage(name: str) -> Iterator[None]:
    """Count the round trips of this task (and tasks it starts) against `name`."""
    token = _stage.set(name)
    try:
        yield
    finally:
        _stage.reset(token)


def taken() -> dict[str, int]:
    """Round trips so far by stage, and start afresh."""
    counts = dict(_counts)
    _counts.clear()
    return counts
