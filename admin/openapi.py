"""The OpenAPI 3 document, generated from the same declarations that route and check requests."""

from __future__ import annotations

from typing import Any

import domain
from admin.api import Operation
from admin.schema import COMPONENTS, Schema, obj, ref, string

ERROR = ref(
    "Error",
    obj(
        ("error",),
        error=obj(
            ("code", "message", "fields"),
            code=string(64),
            message=string(200),
            fields={"type": "object", "additionalProperties": {"type": "string"}},
        ),
    ),
)
ERRORS = {
    400: "malformed request body",
    401: "missing, unknown, expired or revoked token",
    403: "the token's role may not do this",
    404: "unknown id or path",
    409: "conflicts with the current state",
    413: "request body too large",
    415: "a request body that is not labelled application/json",
    422: "invalid input; `fields` names the offending fields",
    429: "too many failed attempts; see Retry-After",
}


def _parameters(op: Operation) -> list[dict[str, Any]]:
    params: list[dict[str, Any]] = [
        {"name": name, "in": "path", "required": True, "schema": schema}
        for name, schema in op.path_params.items()
    ]
    params += [
        {"name": name, "in": "query", "required": name in op.required_query, "schema": schema}
        for name, schema in op.query.items()
    ]
    return params


def _responses(op: Operation) -> dict[str, Any]:
    ok: dict[str, Any] = {"description": "OK"}
    if op.response is not None:
        ok["content"] = {media: {"schema": op.response} for media in op.media_types}
    responses: dict[str, Any] = {str(op.status): ok}
    for status, text in ERRORS.items():
        responses[str(status)] = {
            "description": text,
            "content": {"application/json": {"schema": ERROR}},
        }
    return responses


def _operation(op: Operation) -> dict[str, Any]:
    item: dict[str, Any] = {
        "operationId": op.operation_id,
        "summary": op.summary,
        "tags": [op.tag],
        "parameters": _parameters(op),
        "responses": _responses(op),
        "x-waterbot-area": op.area,
    }
    if op.upload:
        binary = {"type": "string", "format": "binary"}
        item["requestBody"] = {
            "required": True,
            "content": {media: {"schema": binary} for media in op.upload},
        }
    elif op.body is not None:
        item["requestBody"] = {
            "required": True,
            "content": {"application/json": {"schema": op.body}},
        }
    return item


def document(operations: list[Operation]) -> dict[str, Any]:
    """OpenAPI 3.0 for every operation; every one needs a bearer token."""
    paths: dict[str, dict[str, Any]] = {}
    for op in operations:
        paths.setdefault(op.path, {})[op.method.lower()] = _operation(op)
    schemas: dict[str, Schema] = dict(sorted(COMPONENTS.items()))
    return {
        "openapi": "3.0.3",
        "info": {
            "title": "waterbot admin API",
            "version": domain.__version__,
            "description": "Back office of a bottled-water station. Money is integer fen.",
        },
        "servers": [{"url": "/api/v1"}],
        "paths": paths,
        "components": {
            "schemas": schemas,
            "securitySchemes": {"bearer": {"type": "http", "scheme": "bearer"}},
        },
        "security": [{"bearer": []}],
    }
