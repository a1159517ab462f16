"""Every refusal as `{"error": {"code", "message", "fields"}}`, translated once, here."""

from __future__ import annotations

import json
import logging
from collections.abc import Awaitable, Callable

from aiohttp import web

from domain.rules.errors import DomainError, InvalidInput

log = logging.getLogger(__name__)

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]

_HTTP_CODES = {
    400: ("bad_request", "请求格式不对"),
    401: ("unauthorized", "需要有效的访问令牌"),
    403: ("forbidden", "您没有权限执行这个操作"),
    404: ("not_found", "没有找到相关记录"),
    405: ("method_not_allowed", "不支持这个请求方法"),
    413: ("body_too_large", "请求内容太大"),
    415: ("unsupported_media_type", "请求内容应为 JSON"),
    429: ("too_many_requests", "请求过于频繁,请稍后再试"),
}


class ApiError(Exception):
    """A refusal decided at the edge (auth, limits, malformed input)."""

    def __init__(
        self,
        status: int,
        code: str,
        message: str,
        fields: dict[str, str] | None = None,
        headers: dict[str, str] | None = None,
    ) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message
        self.fields = fields or {}
        self.headers = headers or {}

    @classmethod
    def invalid(cls, fields: dict[str, str]) -> ApiError:
        """422 naming the offending fields."""
        return cls(422, "invalid_input", InvalidInput.message, fields)


def error_response(
    status: int,
    code: str,
    message: str,
    fields: dict[str, str] | None = None,
    headers: dict[str, str] | None = None,
) -> web.Response:
    """The one error shape."""
    body = {"error": {"code": code, "message": message, "fields": fields or {}}}
    return web.Response(
        text=json.dumps(body, ensure_ascii=False),
        status=status,
        content_type="application/json",
        headers=headers,
    )


@web.middleware
async def errors_middleware(request: web.Request, handler: Handler) -> web.StreamResponse:
    """Turn domain errors, edge refusals and aiohttp's own into JSON; never leak a traceback."""
    try:
        return await handler(request)
    except ApiError as exc:
        return error_response(exc.status, exc.code, exc.message, exc.fields, exc.headers)
    except DomainError as exc:
        log.info("refused %s %s: %s", request.method, request.path, exc.detail)
        fields = exc.fields if isinstance(exc, InvalidInput) else {}
        return error_response(exc.http_status, exc.code, exc.message, fields)
    except web.HTTPException as exc:
        if exc.status < 400:
            raise
        code, message = _HTTP_CODES.get(exc.status, ("http_error", exc.reason))
        return error_response(exc.status, code, message)
    except Exception:
        log.exception("admin API failed on %s %s", request.method, request.path)
        return error_response(500, "internal_error", "服务器内部错误")
