"""Many rows of one table in one prepared statement, without building an ORM object per row.

For bulk writers (the customer import): building a tortoise Model per row and converting each
field through it cost more than the database did. Values go in as plain tuples; a column's
value is converted only when its field type needs it (JSON, UUID, time), the same way the ORM
converts it. Columns left out get the field's default (the same for every row), or now for
`auto_now_add`, or NULL.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

import asyncpg
from tortoise import fields, timezone
from tortoise.exceptions import IntegrityError
from tortoise.models import Model

from domain.infra.ports import Conn
from domain.services.support import is_postgres

Row = Sequence[Any]
_PLAIN = (fields.IntField, fields.CharField, fields.TextField, fields.BooleanField)


def _converter(model: type[Model], name: str) -> Callable[[Any], Any] | None:
    """How a column's value goes to the driver: None when as it is."""
    field = model._meta.fields_map[name]
    if isinstance(field, fields.JSONField):
        # The field's own encoder, without re-validating values the caller built.
        encode = field.encoder
        return lambda value: None if value is None else encode(value)
    if isinstance(field, fields.UUIDField):
        return lambda value: None if value is None else str(value)
    if isinstance(field, _PLAIN):
        return None
    return lambda value: None if value is None else field.to_db_value(value, None)  # type: ignore[arg-type]


def _convert(convert: Callable[[Any], Any] | None, value: Any) -> Any:
    return value if convert is None else convert(value)


def _converted(converters: Sequence[Callable[[Any], Any] | None], row: Row) -> list[Any]:
    return [v if c is None else c(v) for c, v in zip(converters, row, strict=True)]


def _marks(conn: Conn, count: int, start: int = 1) -> list[str]:
    if is_postgres(conn):
        return [f"${i}" for i in range(start, start + count)]
    return ["?"] * count


def _defaults(model: type[Model], given: Sequence[str]) -> dict[str, Any]:
    """What a left-out column gets: the field's default, now for a creation time, else NULL."""
    meta = model._meta
    if meta.pk_attr not in given and not meta.pk.generated:
        raise ValueError(f"{model.__name__}: give every row its own primary key")
    now = timezone.now()
    extra: dict[str, Any] = {}
    for name in meta.fields_db_projection:
        field = meta.fields_map[name]
        if name in given or field.generated:
            continue
        if getattr(field, "auto_now_add", False) or getattr(field, "auto_now", False):
            extra[name] = now
        elif field.default is not None:
            extra[name] = field.default() if callable(field.default) else field.default
        else:
            extra[name] = None
    return extra


async def insert_rows(
    conn: Conn, model: type[Model], columns: Sequence[str], rows: Sequence[Row]
) -> None:
    """INSERT every row (values in the order of `columns`) with one executemany."""
    if not rows:
        return
    meta = model._meta
    extra = _defaults(model, columns)
    names = [*columns, *extra]
    head = f'INSERT INTO "{meta.db_table}" ({", ".join(_quoted(model, names))}) VALUES '
    converters = [_converter(model, n) for n in columns]
    tail = [_convert(_converter(model, n), v) for n, v in extra.items()]
    values = [[*_converted(converters, row), *tail] for row in rows]
    if is_postgres(conn):
        await _copy(conn, meta.db_table, [meta.fields_db_projection[n] for n in names], values)
        return
    # SQLite runs in this process: an executemany costs little more than its rows there.
    await conn.execute_many(head + f"({', '.join(_marks(conn, len(names)))})", values)


async def _copy(conn: Conn, table: str, columns: list[str], values: list[list[Any]]) -> None:
    """PostgreSQL's COPY, inside the caller's transaction: its bulk load, one round trip."""
    # An executemany runs the INSERT once per row on the server; measured on the import,
    # that was most of its time. COPY takes the same rows as one stream.
    try:
        async with conn.acquire_connection() as raw:
            await raw.copy_records_to_table(table, records=values, columns=columns)
    except asyncpg.IntegrityConstraintViolationError as exc:
        # As the ORM reports it, so callers retry a lost race the same way.
        raise IntegrityError(str(exc)) from exc


def _quoted(model: type[Model], names: Sequence[str]) -> list[str]:
    return [f'"{model._meta.fields_db_projection[n]}"' for n in names]


async def update_rows(
    conn: Conn, model: type[Model], columns: Sequence[str], rows: Sequence[Row]
) -> None:
    """UPDATE each row (its `columns` values, then its primary key) with one executemany."""
    if not rows:
        return
    meta = model._meta
    marks = _marks(conn, len(columns) + 1)
    sets = ", ".join(
        f'"{meta.fields_db_projection[c]}" = {m}' for c, m in zip(columns, marks, strict=False)
    )
    sql = f'UPDATE "{meta.db_table}" SET {sets} WHERE "{meta.db_pk_column}" = {marks[-1]}'
    converters = [_converter(model, n) for n in (*columns, meta.pk_attr)]
    values = [_converted(converters, row) for row in rows]
    await conn.execute_many(sql, values)
