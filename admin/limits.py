"""Request bodies: capped before they are read, parsed as JSON without surprises."""

from __future__ import annotations

import json
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from admin.errors import ApiError

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

JSON_LIMIT = 1024 * 1024  # 1 MiB: far above any form; imports will get their own, larger cap


def too_large() -> ApiError:
    """413 with the cap in the message."""
    return ApiError(413, "body_too_large", "请求内容太大(上限1MB)")


@web.middleware
async def body_cap_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse a declared length over the cap before reading a byte."""
    if request.content_length is not None and request.content_length > JSON_LIMIT:
        raise too_large()
    return await handler(request)


async def read_capped(request: web.Request, limit: int = JSON_LIMIT) -> bytes:
    """The body, refusing a chunked one that grows past the cap."""
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body += chunk
        if len(body) > limit:
            raise too_large()
    return bytes(body)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


async def read_json(request: web.Request) -> Any:
    """The JSON body; 400 when it is empty, malformed, too deep or has NaN or huge numbers."""
    raw = await read_capped(request)
    if not raw.strip():
        raise ApiError(400, "malformed_json", "请求体不能为空, 应为 JSON")
    try:
        return json.loads(raw, parse_constant=_no_constants)
    except (ValueError, RecursionError, UnicodeDecodeError):
        # ValueError covers bad syntax and integers longer than Python will convert.
        raise ApiError(400, "malformed_json", "请求体不是有效的 JSON") from None
