"""What every use case shares: transactions, idempotency keys, audit rows, locks and counters."""

from __future__ import annotations

import dataclasses
import json
import secrets
from collections.abc import Awaitable, Callable, Mapping
from datetime import UTC, datetime
from typing import Any, TypeVar
from uuid import UUID

from tortoise import connections
from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from domain.infra.ports import Conn
from domain.models import AuditLog, Customer, DailyCounter, IdempotencyRecord
from domain.rules import idempotency
from domain.rules.errors import IdempotencyKeyReused, NotFound

T = TypeVar("T")


def utcnow() -> datetime:
    """The current time, timezone-aware."""
    return datetime.now(UTC)


def as_stored_time(moment: datetime) -> datetime:
    """A time as it is written and compared in the database: aware, in UTC."""
    # SQLite stores datetimes as ISO text and compares them as text, so every value written
    # or filtered on must carry the same offset.
    if moment.tzinfo is None:
        raise ValueError("stored times must be timezone-aware")
    return moment.astimezone(UTC)


def is_postgres(conn: Conn) -> bool:
    """True on PostgreSQL, where row locks and SKIP LOCKED exist."""
    return conn.capabilities.dialect == "postgres"


def jsonable(value: Any) -> Any:
    """Turn dataclasses, UUIDs and datetimes into JSON-safe values."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime):
        return value.isoformat()
    return value


async def audit(
    conn: Conn,
    actor: str,
    action: str,
    entity: str,
    entity_id: object,
    before: Any = None,
    after: Any = None,
) -> None:
    """Write one audit row inside the caller's transaction."""
    await AuditLog.create(
        actor=actor,
        action=action,
        entity=entity,
        entity_id=str(entity_id),
        before=jsonable(before),
        after=jsonable(after),
        using_db=conn,
    )


async def run_in_transaction(
    action: str,
    key: str | None,
    work: Callable[[Conn], Awaitable[dict[str, Any]]],
    *,
    subject: object = None,
    params: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """Run `work` in one transaction; with a key, a repeat returns the first result unchanged.

    A key counts within its use case (`action`) and `subject` (the customer, the order): the
    same key elsewhere is a new request. Within that scope a key offered with other `params`
    raises IdempotencyKeyReused (409) instead of replaying someone else's result.
    """
    if not key:
        async with in_transaction() as conn:
            return await work(conn)
    stored = idempotency.scoped_key(action, subject, key)
    prints = idempotency.fingerprint(jsonable(params))
    try:
        async with in_transaction() as conn:
            # Claim the key first: a concurrent twin blocks here on PostgreSQL, then fails; a
            # repeat fails at once. Either is replayed below, so the usual first run needs no
            # read of the key beforehand (one round trip fewer per keyed use case).
            await IdempotencyRecord.create(
                key=stored, action=action, fingerprint=prints, result={}, using_db=conn
            )
            result = await work(conn)
            claimed = IdempotencyRecord.filter(key=stored).using_db(conn)
            await claimed.update(result=jsonable(result))
            return result
    except IntegrityError:
        done = await _replay(stored, prints)
        if done is not None:
            return done
        raise


async def _replay(stored: str, prints: str) -> dict[str, Any] | None:
    """The first result under a scoped key, None if there is none; refuses other parameters."""
    done = await IdempotencyRecord.get_or_none(key=stored)
    if done is None:
        return None
    if not idempotency.same_request(done.fingerprint, prints):
        raise IdempotencyKeyReused(f"key {stored!r} was first used with other parameters")
    return done.result


async def lock_customer(conn: Conn, customer_id: UUID | str) -> Customer:
    """Lock the customer row: every move of their tickets, money or buckets queues here."""
    customer = await Customer.filter(id=customer_id).select_for_update().using_db(conn).first()
    if customer is None:
        raise NotFound(f"customer {customer_id} not found", message="没有找到这位客户")
    return customer


async def next_in_sequence(
    conn: Conn, name: str, *, on_its_own: bool = False, first: int = 1
) -> int:
    """Bump a named counter atomically (an upsert), unique under concurrency on both databases.

    `on_its_own`: on PostgreSQL the bump commits at once on a connection of its own instead of
    in `conn`'s transaction. Inside it, the counter's row stayed locked until that transaction
    committed, so every order of the day queued behind the one before for its whole placement
    (dispatch, task card, outbox: the p99 tail under load). The price: a placement that rolls
    back after its bump leaves a gap in the day's numbers. SQLite has one writer at a time, so
    there it stays in the transaction. `first`: the value of a counter not seen before.
    """
    if on_its_own and is_postgres(conn):
        conn = connections.get("default")
    table = DailyCounter._meta.db_table
    marks = "$1, $2" if is_postgres(conn) else "?, ?"
    sql = (
        f'INSERT INTO "{table}" ("name", "value") VALUES ({marks}) '
        f'ON CONFLICT ("name") DO UPDATE SET "value" = "{table}"."value" + 1 RETURNING "value"'
    )
    rows = await conn.execute_query_dict(sql, [name, first])
    return int(rows[0]["value"])


# The counter row every writer of the station or a product bumps (services.shared_settings).
SETTINGS_VERSION = "settings-version"


async def bump_settings_version(conn: Conn) -> None:
    """Mark the station or the catalog changed, in the writer's transaction."""
    # A random first value: two databases (tests, benchmarks) never share a version.
    await next_in_sequence(conn, SETTINGS_VERSION, first=1 + secrets.randbelow(2**30))


async def default_connection() -> Conn:
    """The default connection, outside any transaction."""
    return connections.get("default")


def from_json(cls: type[T], data: dict[str, Any]) -> T:
    """Rebuild a flat result dataclass stored by `run_in_transaction`."""
    names = {f.name for f in dataclasses.fields(cls)}  # type: ignore[arg-type]
    return cls(**{k: v for k, v in data.items() if k in names})


def dumps(value: Any) -> str:
    """JSON with Chinese kept readable."""
    return json.dumps(jsonable(value), ensure_ascii=False)
