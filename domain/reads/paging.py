"""Keyset pagination with opaque cursors: stable while rows are added, no offsets to guess."""

from __future__ import annotations

import base64
import binascii
import json
from dataclasses import dataclass
from datetime import datetime
from typing import Any, Generic, TypeVar
from uuid import UUID

from tortoise.expressions import Q
from tortoise.models import Model
from tortoise.queryset import QuerySet

from domain.errors import InvalidInput

M = TypeVar("M", bound=Model)
MAX_LIMIT = 200


@dataclass(frozen=True)
class Page(Generic[M]):
    """One page of rows and the cursor of the next page (None on the last)."""

    items: list[M]
    next_cursor: str | None


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


async def page_by_id(query: QuerySet[M], limit: int, cursor: str | None) -> Page[M]:
    """Newest first by integer id."""
    _check_limit(limit)
    if cursor:
        (last,) = decode_cursor(cursor, 1)
        if not isinstance(last, int) or isinstance(last, bool) or not 0 < last < 2**31:
            raise InvalidInput("bad cursor value", fields={"cursor": "分页游标无效"})
        query = query.filter(id__lt=last)
    rows = list(await query.order_by("-id").limit(limit + 1))
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
            raise InvalidInput("bad cursor value", fields={"cursor": "分页游标无效"})
        query = query.filter(Q(created_at__lt=at) | Q(created_at=at, id__lt=last_id))
    rows = list(await query.order_by("-created_at", "-id").limit(limit + 1))
    more = len(rows) > limit
    rows = rows[:limit]
    if not more:
        return Page(rows, None)
    tail = rows[-1]
    return Page(rows, encode_cursor([tail.created_at.isoformat(), str(tail.pk)]))  # type: ignore[attr-defined]
