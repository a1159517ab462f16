"""Keyset pagination with opaque cursors: stable while rows are added, no offsets to guess."""

from __future__ import annotations

import base64
import binascii
import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar
from uuid import UUID

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from domain.rules.errors import InvalidInput

M = TypeVar("M", bound=Model)
T = TypeVar("T")
R = TypeVar("R")
MAX_LIMIT = 200


@dataclass(frozen=True)
class Page(Generic[T]):
    """One page of items and the cursor of the next page (None on the last)."""

    items: list[T]
    next_cursor: str | None

    def map(self, make: Callable[[T], R]) -> Page[R]:
        """The same page with each item made into something else (a row into its record)."""
        return Page([make(item) for item in self.items], self.next_cursor)


def where(query: QuerySet[M], **filters: Any) -> QuerySet[M]:
    """The query narrowed by every filter that was given (None: not filtered)."""
    return query.filter(**{k: v for k, v in filters.items() if v is not None})


def encode_cursor(values: list[Any]) -> str:
    """An opaque token for the position after a row."""
    raw = json.dumps(values, separators=(",", ":")).encode()
    return base64.urlsafe_b64encode(raw).decode().rstrip("=")


def decode_cursor(cursor: str, size: int) -> list[Any]:
    """The values inside a cursor; InvalidInput when it was not one of ours."""
    try:
        padded = cursor + "=" * (-len(cursor) % 4)
        values = json.loads(base64.urlsafe_b64decode(padded.encode("ascii")))
    except (ValueError, UnicodeError, binascii.Error):
        values = None
    if not isinstance(values, list) or len(values) != size:
        raise InvalidInput(f"bad cursor {cursor[:40]!r}", fields={"cursor": "分页游标无效"})
    return values


def _check_limit(limit: int) -> None:
    if not 1 <= limit <= MAX_LIMIT:
        raise InvalidInput(f"limit {limit}", fields={"limit": f"1到{MAX_LIMIT}"})


def _bad_cursor() -> InvalidInput:
    return InvalidInput("bad cursor value", fields={"cursor": "分页游标无效"})


async def page_by_id(
    query: QuerySet[M], limit: int, cursor: str | None, newest_first: bool = True
) -> Page[M]:
    """By integer id, newest first unless asked for the oldest first (catalog order)."""
    _check_limit(limit)
    if cursor:
        (last,) = decode_cursor(cursor, 1)
        if not isinstance(last, int) or isinstance(last, bool) or not 0 < last < 2**31:
            raise _bad_cursor()
        query = query.filter(id__lt=last) if newest_first else query.filter(id__gt=last)
    rows = list(await query.order_by("-id" if newest_first else "id").limit(limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    return Page(rows, encode_cursor([rows[-1].pk]) if more else None)


async def page_by_created(query: QuerySet[M], limit: int, cursor: str | None) -> Page[M]:
    """Newest first by (created_at, id), for tables keyed by UUID."""
    _check_limit(limit)
    if cursor:
        stamp, last = decode_cursor(cursor, 2)
        try:
            at, last_id = datetime.fromisoformat(str(stamp)), UUID(str(last))
        except ValueError:
            at = None
        # A forged far-off time would overflow the conversion to UTC.
        if at is None or at.tzinfo is None or not 2000 <= at.year <= 2100:
            raise _bad_cursor()
        query = query.filter(Q(created_at__lt=at) | Q(created_at=at, id__lt=last_id))
    rows = list(await query.order_by("-created_at", "-id").limit(limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    if not more:
        return Page(rows, None)
    tail = rows[-1]
    return Page(rows, encode_cursor([tail.created_at.isoformat(), str(tail.pk)]))  # type: ignore[attr-defined]


def _text_key(value: Any, last: Any) -> tuple[str, UUID]:
    # PostgreSQL stores no NUL, and a forged lone surrogate cannot even be sent to it.
    if not isinstance(value, str) or "\x00" in value:
        raise _bad_cursor()
    try:
        value.encode("utf-8")
        return value, UUID(str(last))
    except ValueError:  # UnicodeEncodeError included
        raise _bad_cursor() from None


async def page_by_text(query: QuerySet[M], field: str, limit: int, cursor: str | None) -> Page[M]:
    """In the order of a text column such as a name, ties broken by the UUID key."""
    _check_limit(limit)
    if cursor:
        value, last_id = _text_key(*decode_cursor(cursor, 2))
        after: dict[str, Any] = {f"{field}__gt": value}
        tie: dict[str, Any] = {field: value, "id__gt": last_id}
        query = query.filter(Q(**after) | Q(**tie))
    rows = list(await query.order_by(field, "id").limit(limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    if not more:
        return Page(rows, None)
    return Page(rows, encode_cursor([getattr(rows[-1], field), str(rows[-1].pk)]))
