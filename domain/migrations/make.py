"""Write a migration for both dialects from the current models (a developer's tool).

    python -m domain.migrations.make NAME [--postgres postgres://postgres@127.0.0.1:5432/postgres]

aerich emits SQL for one dialect, so the same model change is written twice: against a scratch
SQLite file and a scratch PostgreSQL database created for the purpose and dropped afterwards.
"""

from __future__ import annotations

import argparse
import asyncio
import subprocess
import sys
import tempfile
import uuid
from pathlib import Path

import asyncpg
from aerich import Command
from tortoise import connections

from domain.infra.db import tortoise_config

HERE = Path(__file__).parent


async def _make(url: str, location: Path, name: str) -> None:
    command = Command(tortoise_config(url), app="models", location=str(location))
    try:
        if not (location / "models").exists():
            await command.init_db(safe=True)
        else:
            # Offline: the previous model state comes from the last migration file itself.
            await command.init(offline=True)
            written = await command.migrate(name, no_input=True, offline=True)
            print(f"{location.name}: {written or 'no changes'}")
    finally:
        await connections.close_all()


async def _postgres(admin_url: str, name: str) -> None:
    scratch = f"waterbot_make_{uuid.uuid4().hex[:8]}"
    admin = await asyncpg.connect(admin_url)
    await admin.execute(f'CREATE DATABASE "{scratch}"')
    try:
        base = admin_url.rsplit("/", 1)[0]
        await _make(f"{base}/{scratch}", HERE / "postgres", name)
    finally:
        await admin.execute(f'DROP DATABASE "{scratch}" WITH (FORCE)')
        await admin.close()


def main() -> None:
    """Write the migration for SQLite and PostgreSQL."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("name")
    parser.add_argument("--postgres", default="postgres://postgres@127.0.0.1:5432/postgres")
    parser.add_argument("--only", choices=["sqlite", "postgres"])
    args = parser.parse_args()
    if args.only is None:
        # aerich keeps class-level state between runs, so each dialect gets its own process.
        for only in ("sqlite", "postgres"):
            subprocess.run([sys.executable, "-m", "domain.migrations.make", args.name,
                            "--postgres", args.postgres, "--only", only], check=True)
    elif args.only == "sqlite":
        with tempfile.TemporaryDirectory() as tmp:
            asyncio.run(_make(f"sqlite://{tmp}/scratch.db", HERE / "sqlite", args.name))
    else:
        asyncio.run(_postgres(args.postgres, args.name))


if __name__ == "__main__":
    main()
