"""Fixtures: one migrated database per run, emptied before each test that asks for it."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest
from tortoise import Tortoise

from domain.infra.db import close_db, init_db, migrate
from tests.fakes.notifier import RecordingNotifier, installed
from tests.support import clear_tables, test_database_url


@pytest.fixture(scope="session")
async def database_url() -> AsyncIterator[str]:
    """The migrated test database, connected for the whole run."""
    url = test_database_url()
    await migrate(url)
    await init_db(url)
    # Tables added while a feature is being built exist before their migration is written;
    # CI's `python -m domain.migrations.check` fails if a migration is still missing.
    await Tortoise.generate_schemas(safe=True)
    yield url
    await close_db()


@pytest.fixture
async def db(database_url: str) -> AsyncIterator[str]:
    """An empty database for one test."""
    await clear_tables()
    yield database_url


@pytest.fixture
def notices() -> Iterator[RecordingNotifier]:
    """What the use cases notify during one test, recorded instead of queued for WeChat."""
    with installed(RecordingNotifier()) as recording:
        yield recording
