"""Request bodies: capped before they are read, parsed as JSON without surprises."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable
from typing import Any

from aiohttp import web

from admin.errors import ApiError

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

JSON_LIMIT = 1024 * 1024  # 1 MiB: far above any form
UPLOAD_LIMIT = 5 * 1024 * 1024  # 5 MiB: a sheet of 10,000 customers is well under 2 MiB
BODY_LIMIT = "admin_body_limit"  # attribute of a view that accepts more than JSON_LIMIT


def too_large(limit: int = JSON_LIMIT) -> ApiError:
    """413 with the cap in the message."""
    return ApiError(413, "body_too_large", f"请求内容太大(上限{limit // (1024 * 1024)}MB)")


@web.middleware
async def body_cap_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Refuse a declared length over the route's cap before reading a byte."""
    limit = getattr(request.match_info.handler, BODY_LIMIT, JSON_LIMIT)
    if request.content_length is not None and request.content_length > limit:
        raise too_large(limit)
    return await handler(request)


async def read_capped(request: web.Request, limit: int = JSON_LIMIT) -> bytes:
    """The body, refusing a chunked one that grows past the cap."""
    body = bytearray()
    async for chunk in request.content.iter_chunked(64 * 1024):
        body += chunk
        if len(body) > limit:
            raise too_large(limit)
    return bytes(body)


def _no_constants(name: str) -> Any:
    raise ValueError(f"{name} is not JSON")


def is_json(content_type: str) -> bool:
    """application/json or a +json type such as application/merge-patch+json."""
    return content_type == "application/json" or (
        content_type.startswith("application/") and content_type.endswith("+json")
    )


async def read_json(request: web.Request) -> Any:
    """The JSON body; 415 when it is labelled otherwise, 400 when it is empty, malformed,
    too deep or has NaN or huge numbers."""
    raw = await read_capped(request)
    if not raw.strip():
        raise ApiError(400, "malformed_json", "请求体不能为空, 应为 JSON")
    if not is_json(request.content_type):
        # A form or text body parsed as JSON anyway would let a browser form post to the API.
        log.info("refused a %s body on %s %s", request.content_type, request.method, request.path)
        raise ApiError(
            415, "unsupported_media_type", "请求内容应为 JSON(Content-Type: application/json)"
        )
    try:
        return json.loads(raw, parse_constant=_no_constants)
    except (ValueError, RecursionError, UnicodeDecodeError):
        # ValueError covers bad syntax and integers longer than Python will convert.
        raise ApiError(400, "malformed_json", "请求体不是有效的 JSON") from None
