"""JSON Schema builders and the small validator that checks requests against the same schemas.

The OpenAPI document and the input checks read one declaration, so they cannot drift apart.
Only the keywords used here are understood: type, nullable, properties, required,
additionalProperties, items, min/maxItems, enum, minimum, maximum, min/maxLength, pattern and
format (uuid, date, date-time).
"""

from __future__ import annotations

import re
from datetime import date, datetime
from typing import Any
from uuid import UUID

Schema = dict[str, Any]
INT32 = 2**31 - 1
YEARS = (2000, 2100)  # far-off dates overflow time-zone arithmetic and mean nothing here
COMPONENTS: dict[str, Schema] = {}


def string(
    max_length: int = 200, *, min_length: int = 0, pattern: str | None = None, **extra: Any
) -> Schema:
    """A string; lengths matter because PostgreSQL refuses what is longer than the column."""
    schema: Schema = {"type": "string", "maxLength": max_length, **extra}
    if min_length:
        schema["minLength"] = min_length
    if pattern:
        schema["pattern"] = pattern
    return schema


def integer(minimum: int = 0, maximum: int = INT32, **extra: Any) -> Schema:
    """An integer within bounds (columns are 32-bit)."""
    return {"type": "integer", "minimum": minimum, "maximum": maximum, **extra}


def enum(*values: str, **extra: Any) -> Schema:
    """One of a few strings."""
    return {"type": "string", "enum": list(values), **extra}


def array(items: Schema, max_items: int = 50, **extra: Any) -> Schema:
    """A list of items."""
    return {"type": "array", "items": items, "maxItems": max_items, **extra}


def obj(required: tuple[str, ...] = (), closed: bool = True, **properties: Schema) -> Schema:
    """An object; closed objects refuse properties they do not declare."""
    schema: Schema = {"type": "object", "properties": properties}
    if required:
        schema["required"] = list(required)
    if closed:
        schema["additionalProperties"] = False
    return schema


def nullable(schema: Schema) -> Schema:
    """The same schema, also allowing null."""
    return {**schema, "nullable": True}


def ref(name: str, schema: Schema | None = None) -> Schema:
    """A reference to a named component, registering it when given."""
    if schema is not None:
        COMPONENTS[name] = schema
    return {"$ref": f"#/components/schemas/{name}"}


UUID_S = string(36, format="uuid")
DATETIME = string(40, format="date-time")
DATE = string(10, format="date")
BOOL: Schema = {"type": "boolean"}
_TYPES = {"string": str, "boolean": bool, "object": dict, "array": list}


def validate(value: Any, schema: Schema, path: str = "") -> dict[str, str]:
    """Offending fields by path (empty when the value conforms)."""
    if "$ref" in schema:
        schema = COMPONENTS[schema["$ref"].rsplit("/", 1)[-1]]
    here = path or "body"
    if value is None:
        return {} if schema.get("nullable") else {here: "不能为空"}
    kind = schema.get("type")
    if not _is_type(value, kind):
        return {here: f"应为 {kind}"}
    if "enum" in schema and value not in schema["enum"]:
        return {here: "可选值: " + " / ".join(map(str, schema["enum"]))}
    if kind == "object":
        return _object(value, schema, path)
    if kind == "array":
        return _array(value, schema, path)
    if kind == "string":
        problem = _string(value, schema)
    else:
        problem = _number(value, schema) if kind in ("integer", "number") else None
    return {here: problem} if problem else {}


def _is_type(value: Any, kind: str | None) -> bool:
    if kind is None:
        return True
    if kind == "integer":
        return isinstance(value, int) and not isinstance(value, bool)
    if kind == "number":
        return isinstance(value, int | float) and not isinstance(value, bool)
    return isinstance(value, _TYPES[kind])


def _object(value: dict[str, Any], schema: Schema, path: str) -> dict[str, str]:
    props: dict[str, Schema] = schema.get("properties", {})
    errors: dict[str, str] = {}
    prefix = f"{path}." if path else ""
    for name in schema.get("required", []):
        if name not in value:
            errors[prefix + name] = "必填"
    for name, item in value.items():
        if name in props:
            errors.update(validate(item, props[name], prefix + name))
        elif schema.get("additionalProperties") is False:
            errors[prefix + str(name)[:40]] = "未知字段"
    return errors


def _array(value: list[Any], schema: Schema, path: str) -> dict[str, str]:
    here = path or "body"
    if len(value) > schema.get("maxItems", len(value)):
        return {here: f"最多{schema['maxItems']}项"}
    if len(value) < schema.get("minItems", 0):
        return {here: f"至少{schema['minItems']}项"}
    errors: dict[str, str] = {}
    for i, item in enumerate(value):
        errors.update(validate(item, schema.get("items", {}), f"{here}[{i}]"))
    return errors


def _string(value: str, schema: Schema) -> str | None:
    if len(value) > schema.get("maxLength", len(value)):
        return f"最长{schema['maxLength']}个字符"
    if len(value) < schema.get("minLength", 0):
        return f"至少{schema['minLength']}个字符"
    # PostgreSQL cannot store NUL, and lone surrogates cannot be encoded at all.
    if "\x00" in value or not _encodes(value):
        return "含有无效字符"
    if "pattern" in schema and not re.search(schema["pattern"], value):
        return "格式不对"
    return _format(value, schema.get("format"))


def _encodes(value: str) -> bool:
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def _format(value: str, fmt: str | None) -> str | None:
    try:
        if fmt == "uuid":
            UUID(value)
        elif fmt == "date" and not YEARS[0] <= date.fromisoformat(value).year <= YEARS[1]:
            return f"年份应在{YEARS[0]}到{YEARS[1]}之间"
        elif fmt == "date-time" and not _is_datetime(value):
            return "应为2000到2100年间带时区的时间, 如 2026-11-24T10:00:00+08:00"
    except ValueError:
        return "格式不对"
    return None


def _is_datetime(value: str) -> bool:
    # RFC 3339 needs a 'T' (or space), seconds and an offset; fromisoformat alone is laxer.
    if not re.fullmatch(r"\d{4}-\d\d-\d\d[Tt ]\d\d:\d\d:\d\d(\.\d+)?([Zz]|[+-]\d\d:\d\d)", value):
        return False
    parsed = parse_datetime(value)
    return parsed.tzinfo is not None and YEARS[0] <= parsed.year <= YEARS[1]


def parse_datetime(value: str) -> datetime:
    """A date-time that passed validation, as an aware datetime ('t' and 'z' allowed)."""
    return datetime.fromisoformat(value.upper())


def _number(value: float, schema: Schema) -> str | None:
    if "minimum" in schema and value < schema["minimum"]:
        return f"不能小于{schema['minimum']}"
    if "maximum" in schema and value > schema["maximum"]:
        return f"不能大于{schema['maximum']}"
    return None


def coerce_query(raw: str, schema: Schema) -> Any:
    """A query-string value as the type its schema declares; unchanged when it does not parse."""
    kind = schema.get("type")
    if kind == "integer" and re.fullmatch(r"[+-]?\d{1,12}", raw):
        return int(raw)
    if kind == "boolean" and raw in ("true", "false"):
        return raw == "true"
    return raw
