"""Fail when the models have changed without a migration (run in CI).

    python -m domain.migrations.check

For each dialect, copies the committed migrations to a scratch folder and asks aerich, offline,
for a new migration; if it would write one, the committed migrations are behind the models.
"""

from __future__ import annotations

import asyncio
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

from aerich import Command
from tortoise import connections

from domain.infra.db import tortoise_config

HERE = Path(__file__).parent
URLS = {"sqlite": "sqlite://:memory:", "postgres": "postgres://postgres@127.0.0.1:5432/unused"}


async def _pending(dialect: str) -> str:
    with tempfile.TemporaryDirectory() as tmp:
        scratch = Path(tmp) / dialect
        shutil.copytree(HERE / dialect, scratch)
        command = Command(tortoise_config(URLS[dialect]), app="models", location=str(scratch))
        try:
            await command.init(offline=True)
            return await command.migrate("drift", no_input=True, offline=True) or ""
        finally:
            await connections.close_all()


def main() -> None:
    """Exit 1 when any dialect's migrations lag the models."""
    if len(sys.argv) == 2:
        written = asyncio.run(_pending(sys.argv[1]))
        print(written)
        return
    behind = []
    for dialect in URLS:
        # aerich keeps class-level state, so each dialect is checked in its own process.
        out = subprocess.run([sys.executable, "-m", "domain.migrations.check", dialect],
                             capture_output=True, text=True, check=True).stdout.strip()
        if out:
            behind.append(dialect)
    if behind:
        raise SystemExit(f"models changed without a migration for: {', '.join(behind)}; "
                         "run: python -m domain.migrations.make NAME")
    print("migrations match the models")


if __name__ == "__main__":
    main()
