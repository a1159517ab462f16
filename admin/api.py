"""One declaration per endpoint: the route, its checks, its role area and its OpenAPI operation."""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

from aiohttp import web

from admin.auth import authorize
from admin.errors import ApiError
from admin.keys import PRINCIPAL, clock_of, settings_of
from admin.limits import BODY_LIMIT, UPLOAD_LIMIT, read_capped, read_json
from admin.schema import Schema, coerce_query, validate
from domain.services.api_tokens import TokenInfo
from domain.services.support import jsonable


@dataclass(frozen=True)
class Call:
    """A request after its path, query and body passed their schemas."""

    request: web.Request
    path: dict[str, Any]
    query: dict[str, Any]
    body: dict[str, Any]
    principal: TokenInfo
    now: datetime
    tz: ZoneInfo

    @property
    def actor(self) -> str:
        """The audit actor: the token's name and role."""
        return self.principal.actor


@dataclass(frozen=True)
class Reply:
    """A JSON body with a status other than 200."""

    body: Any
    status: int = 200


Handler = Callable[[Call], Awaitable[Any]]


@dataclass(frozen=True)
class Operation:
    """One endpoint as both the router and the OpenAPI document see it."""

    method: str
    path: str
    handler: Handler
    summary: str
    area: str
    tag: str
    path_params: dict[str, Schema]
    query: dict[str, Schema]
    required_query: tuple[str, ...]
    body: Schema | None
    response: Schema | None
    status: int
    media_types: tuple[str, ...]
    upload: tuple[str, ...] = ()  # media types of a file sent as the raw body, instead of JSON

    @property
    def operation_id(self) -> str:
        """A stable id, e.g. get_orders_number."""
        words = re.sub(r"[{}]", "", self.path).strip("/").replace("/", "_").replace("-", "_")
        return f"{self.method.lower()}_{words}"

    @property
    def writes(self) -> bool:
        """True for operations that change something."""
        return self.method != "GET"


@dataclass
class Routes:
    """The operations of one resource module."""

    tag: str
    operations: list[Operation] = field(default_factory=list)

    def op(
        self,
        method: str,
        path: str,
        *,
        summary: str,
        area: str,
        response: Schema | None,
        path_params: dict[str, Schema] | None = None,
        query: dict[str, Schema] | None = None,
        required_query: tuple[str, ...] = (),
        body: Schema | None = None,
        status: int = 200,
        media_type: str | tuple[str, ...] = "application/json",
        upload: tuple[str, ...] = (),
    ) -> Callable[[Handler], Handler]:
        """Declare an endpoint; the decorated coroutine gets a checked `Call`.

        With `upload`, the body is a file (up to UPLOAD_LIMIT) handed over as `call.body["file"]`.
        """
        declared = re.findall(r"{(\w+)}", path)
        params = path_params or {}
        media_types = (media_type,) if isinstance(media_type, str) else media_type
        if sorted(declared) != sorted(params):
            raise ValueError(f"{path}: path parameters {declared} need schemas, got {list(params)}")

        def register(handler: Handler) -> Handler:
            self.operations.append(
                Operation(
                    method, path, handler, summary, area, self.tag, params, query or {},
                    required_query, body, response, status, media_types, upload,
                )
            )  # fmt: skip
            return handler

        return register


def aiohttp_handler(op: Operation) -> Callable[[web.Request], Awaitable[web.StreamResponse]]:
    """The aiohttp view for an operation: authorise, check input, run, render."""

    async def view(request: web.Request) -> web.StreamResponse:
        principal = request[PRINCIPAL]
        authorize(principal.role, op.area, op.writes)
        call = Call(
            request,
            _path(request, op),
            _query(request, op),
            await _body(request, op),
            principal,
            clock_of(request)(),
            settings_of(request).tz,
        )
        result = await op.handler(call)
        if isinstance(result, web.StreamResponse):
            return result
        reply = result if isinstance(result, Reply) else Reply(result, op.status)
        return json_response(reply.body, reply.status)

    if op.upload:
        setattr(view, BODY_LIMIT, UPLOAD_LIMIT)
    return view


def json_response(body: Any, status: int = 200) -> web.Response:
    """JSON with Chinese kept readable and datetimes as ISO 8601."""
    text = json.dumps(jsonable(body), ensure_ascii=False)
    return web.Response(text=text, status=status, content_type="application/json")


def _path(request: web.Request, op: Operation) -> dict[str, Any]:
    values: dict[str, Any] = {}
    for name, schema in op.path_params.items():
        raw = request.match_info.get(name, "")
        value = coerce_query(raw, schema)
        if validate(value, schema, name):
            # A malformed id names nothing that exists.
            raise ApiError(404, "not_found", "没有找到相关记录")
        values[name] = value
    return values


def _query(request: web.Request, op: Operation) -> dict[str, Any]:
    values: dict[str, Any] = {}
    errors: dict[str, str] = {}
    for name, schema in op.query.items():
        if name not in request.query:
            if name in op.required_query:
                errors[name] = "必填"
            elif "default" in schema:
                values[name] = schema["default"]
            continue
        value = coerce_query(request.query[name], schema)
        problems = validate(value, schema, name)
        errors.update(problems)
        values[name] = value
    if errors:
        raise ApiError.invalid(errors)
    return values


async def _body(request: web.Request, op: Operation) -> dict[str, Any]:
    if op.upload:
        # The file's format is told by its bytes: browsers label CSV and XLSX inconsistently.
        return {"file": await read_capped(request, UPLOAD_LIMIT)}
    if op.body is None:
        return {}
    data = await read_json(request)
    errors = validate(data, op.body)
    if errors:
        raise ApiError.invalid(errors)
    return data if isinstance(data, dict) else {"items": data}
