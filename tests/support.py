"""Test helpers shared by the suites: the database under test and fixed clocks."""

from __future__ import annotations

import os
import tempfile
from datetime import datetime
from zoneinfo import ZoneInfo

from tortoise import Tortoise, connections

TZ = ZoneInfo("Asia/Shanghai")
NOW = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)


def test_database_url() -> str:
    """WATERBOT_TEST_DATABASE_URL, or a fresh SQLite file."""
    url = os.environ.get("WATERBOT_TEST_DATABASE_URL")
    if url:
        return url
    return f"sqlite://{tempfile.mkdtemp(prefix='waterbot-test-')}/test.db"


def on_postgres() -> bool:
    """True when the suite runs against PostgreSQL."""
    return os.environ.get("WATERBOT_TEST_DATABASE_URL", "").startswith("postgres")


async def clear_tables() -> None:
    """Empty every table but aerich's, so each test starts from nothing."""
    conn = connections.get("default")
    tables = [
        model._meta.db_table
        for app in Tortoise.apps.values()
        for model in app.values()
        if model._meta.db_table != "aerich"
    ]
    if conn.capabilities.dialect == "postgres":
        quoted = ", ".join(f'"{t}"' for t in tables)
        await conn.execute_script(f"TRUNCATE {quoted} RESTART IDENTITY CASCADE")
    else:
        await conn.execute_script(
            "PRAGMA foreign_keys=OFF;"
            + "".join(f'DELETE FROM "{t}";' for t in tables)
            + "PRAGMA foreign_keys=ON;"
        )
