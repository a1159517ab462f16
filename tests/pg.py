"""Create or drop a throw-away PostgreSQL database for one test run (used by tests/run).

    python -m tests.pg create   -> prints the new database's URL
    python -m tests.pg drop URL
"""

from __future__ import annotations

import asyncio
import os
import sys
import uuid

import asyncpg

ADMIN_URL = os.environ.get("WATERBOT_TEST_POSTGRES", "postgres://postgres@127.0.0.1:5432/test")


async def create() -> str:
    """A fresh, empty database beside the admin one."""
    name = f"waterbot_test_{uuid.uuid4().hex[:10]}"
    conn = await asyncpg.connect(ADMIN_URL, timeout=10)
    try:
        await conn.execute(f'CREATE DATABASE "{name}"')
    finally:
        await conn.close()
    return f"{ADMIN_URL.rsplit('/', 1)[0]}/{name}"


async def drop(url: str) -> None:
    """Drop a database made by `create`."""
    name = url.rsplit("/", 1)[1]
    if not name.startswith("waterbot_test_"):
        raise SystemExit(f"refusing to drop {name!r}: not a test database")
    conn = await asyncpg.connect(ADMIN_URL, timeout=10)
    try:
        await conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    finally:
        await conn.close()


def main() -> None:
    """Command-line entry."""
    if sys.argv[1:2] == ["create"]:
        try:
            print(asyncio.run(create()))
        except (OSError, asyncpg.PostgresError) as exc:
            raise SystemExit(f"PostgreSQL unreachable at {ADMIN_URL}: {exc}") from None
    elif sys.argv[1:2] == ["drop"] and len(sys.argv) == 3:
        asyncio.run(drop(sys.argv[2]))
    else:
        raise SystemExit(__doc__)


if __name__ == "__main__":
    main()
