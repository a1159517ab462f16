"""Every declared operation, for every role and for no token, against the role table.

Walked from `admin.app.operations()`, so an endpoint added tomorrow is checked without editing
this file: no token is 401; a role is refused (403) exactly when `may(role, area, writes)` says
so, and that refusal comes before any lookup or input check (404, 422) could tell a forbidden
caller whether a record exists.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient, TestServer

from admin.api import Operation
from admin.app import API_APP, operations
from admin.auth import THROTTLE, Throttle, may
from admin.schema import Schema, validate
from domain.models import Address, Courier, Staff
from tests.admin.conftest import Api, Client, admin_app, token_for
from tests.admin.seed import SKU, seed_world

pytestmark = pytest.mark.usefixtures("db")
ROLES = ("owner", "dispatcher", "viewer")
MISSING_UUID = "7f0c9a52-1111-4222-8333-444455556666"
# Candidates for string parameters that declare a pattern; the first that validates is used.
STRING_SAMPLES = ("999999999999", "nfsq-19l-99", "2026-11-24", "2026-11", "missing")


def missing_value(name: str, schema: Schema) -> str:
    """A well-formed value for a path parameter that names nothing."""
    if schema.get("format") == "uuid":
        return MISSING_UUID
    if schema.get("type") == "integer":
        return str(min(schema.get("maximum", 999_999), 999_999))
    if "enum" in schema:
        return str(schema["enum"][0])
    for sample in STRING_SAMPLES:
        if not validate(sample, schema, name):
            return sample
    raise AssertionError(f"no well-formed sample for path parameter {name}: {schema}")


async def existing_values() -> dict[str, str]:
    """Path parameters that name real records of the seeded station (tokens excluded:
    an owner deleting their own token would end the walk)."""
    world = await seed_world()
    address = await Address.get(customer_id=world.customer.id)
    return {
        "customer_id": str(world.customer.id),
        "address_id": str(address.id),
        "courier_id": str((await Courier.get(wecom_userid=world.courier_userid)).id),
        "staff_id": str((await Staff.get(wecom_userid=world.courier_userid)).id),
        "sku": SKU,
        "code": "nfsq-19l-10",
    }


def paths(op: Operation, existing: dict[str, str]) -> list[str]:
    """The operation's path with real, missing and malformed parameters."""
    if not op.path_params:
        return [op.path]
    variants = [
        {n: existing.get(n) or missing_value(n, s) for n, s in op.path_params.items()},
        {n: missing_value(n, s) for n, s in op.path_params.items()},
        dict.fromkeys(op.path_params, "bad~id"),
    ]
    out = []
    for values in variants:
        path = op.path
        for name, value in values.items():
            path = path.replace("{" + name + "}", value)
        out.append(path)
    return out


@pytest.fixture
async def open_client() -> AsyncIterator[Client]:
    """A client on an app that never throttles (this walk fails auth on purpose, often)."""
    app = admin_app()
    app[API_APP][THROTTLE] = Throttle(limit=10**9)
    client: Client = TestClient(TestServer(app))
    await client.start_server()
    yield client
    await client.close()


async def _call(api: Api, op: Operation, path: str) -> tuple[int, Any]:
    return await api.call(op.method, path, json={} if op.writes else None)


async def test_without_a_valid_token_every_operation_is_401(open_client: Client) -> None:
    existing = await existing_values()
    wrong = []
    for token in ("", "wb_not-a-token"):
        api = Api(open_client, token)
        for op in operations():
            for path in paths(op, existing):
                status, body = await _call(api, op, path)
                if status != 401 or body["error"]["code"] != "unauthorized":
                    wrong.append(f"{op.method} {path} without a token: {status}")
    assert not wrong, "\n".join(wrong)


@pytest.mark.parametrize("role", ROLES)
async def test_each_role_is_refused_exactly_where_the_role_table_says(
    open_client: Client, role: str
) -> None:
    existing = await existing_values()
    api = Api(open_client, await token_for(role, f"walk-{role}"))
    wrong, allowed_ops, refused_ops = [], 0, 0
    for op in operations():
        allowed = may(role, op.area, op.writes)
        allowed_ops, refused_ops = allowed_ops + allowed, refused_ops + (not allowed)
        for path in paths(op, existing):
            status, body = await _call(api, op, path)
            refused = status == 403 and body["error"]["code"] == "forbidden"
            if (allowed and status in (401, 403)) or (not allowed and not refused):
                wrong.append(f"{role} {op.method} {path} (area {op.area}): {status} {body}")
    assert not wrong, "\n".join(wrong)
    # The walk saw both sides of the table (the owner may do everything).
    assert allowed_ops > 10 and (refused_ops > 0 or role == "owner")
