"""Tokens, roles, the failure throttle, the error shape, body limits, OpenAPI and metrics."""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import timedelta
from pathlib import Path

import pytest
from aiohttp.test_utils import TestClient, TestServer

from admin.app import API_APP
from admin.auth import THROTTLE, may
from domain.infra.telemetry import webhook_message
from domain.models import ApiToken, AuditLog
from domain.services import api_tokens
from tests.admin.conftest import Api, Client, admin_app, token_for
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def test_no_token_bad_token_and_wrong_scheme_are_401(client: Client) -> None:
    for headers in ({}, {"Authorization": "Bearer nope"}, {"Authorization": "Basic abc"}):
        response = await client.get("/api/v1/customers", headers=headers)
        body = await response.json()
        assert response.status == 401
        assert body["error"]["code"] == "unauthorized" and body["error"]["message"]
        assert response.headers["WWW-Authenticate"] == "Bearer"


async def test_expired_and_revoked_tokens_stop_working(client: Client) -> None:
    info, token = await api_tokens.create_token(
        "临时", "viewer", "test", NOW - timedelta(days=2), 1
    )
    assert info.expires_at is not None
    assert (await Api(client, token).get("/customers"))[0] == 401
    info, token = await api_tokens.create_token("前台", "viewer", "test", NOW)
    assert (await Api(client, token).get("/customers"))[0] == 200
    await api_tokens.revoke_token(info.id, "test")
    assert (await Api(client, token).get("/customers"))[0] == 401


async def test_tokens_are_stored_hashed(client: Client) -> None:
    token = await token_for("owner")
    row = await ApiToken.get(name="owner")
    assert token not in row.token_hash and row.token_hash == api_tokens.hash_token(token)


def test_role_table() -> None:
    assert may("viewer", "orders", writes=False) and not may("viewer", "orders", writes=True)
    assert may("dispatcher", "dispatch", writes=True) and may("dispatcher", "returns", True)
    assert not may("dispatcher", "catalog", True) and not may("dispatcher", "tickets", True)
    assert not may("dispatcher", "tokens", False) and not may("dispatcher", "codes", False)
    assert may("owner", "tokens", True) and not may("stranger", "orders", False)


@pytest.mark.parametrize(
    ("role", "method", "path", "allowed"),
    [
        ("viewer", "GET", "/customers", True),
        ("viewer", "GET", "/orders", True),
        ("viewer", "GET", "/audit", True),
        ("viewer", "POST", "/customers", False),
        ("viewer", "GET", "/tokens", False),
        ("viewer", "GET", "/code-batches", False),
        ("dispatcher", "POST", "/customers", True),
        ("dispatcher", "POST", "/products", False),
        ("dispatcher", "POST", "/tokens", False),
        ("dispatcher", "GET", "/code-batches", False),
        ("owner", "GET", "/tokens", True),
    ],
)
async def test_each_role_limits(
    client: Client, role: str, method: str, path: str, allowed: bool
) -> None:
    api = Api(client, await token_for(role))
    body = {"name": "王五"} if path == "/customers" else {}
    status, reply = await api.call(method, path, json=body if method == "POST" else None)
    if allowed:
        assert status < 400, reply
    else:
        assert status == 403 and reply["error"]["code"] == "forbidden"


async def test_five_failures_in_a_minute_slow_the_address_down(client: Client) -> None:
    clock = [1000.0]
    client.server.app[API_APP][THROTTLE].clock = lambda: clock[0]
    good = Api(client, await token_for("owner"))
    bad = Api(client, "wrong")
    for _ in range(5):
        assert (await bad.get("/customers"))[0] == 401
    response = await client.get("/api/v1/customers", headers=good.headers())
    assert response.status == 429
    assert 1 <= int(response.headers["Retry-After"]) <= 60
    assert (await response.json())["error"]["code"] == "too_many_failures"
    clock[0] += 61
    assert (await good.get("/customers"))[0] == 200


async def test_failures_spread_over_minutes_are_not_throttled(client: Client) -> None:
    clock = [0.0]
    client.server.app[API_APP][THROTTLE].clock = lambda: clock[0]
    bad = Api(client, "wrong")
    for _ in range(8):
        assert (await bad.get("/customers"))[0] == 401
        clock[0] += 20


async def test_admin_token_setting_seeds_an_owner_token_once(db: str) -> None:
    secret = "s" * 32
    for _ in range(2):
        client: Client = TestClient(TestServer(admin_app(admin_token=secret)))
        await client.start_server()
        try:
            status, _ = await Api(client, secret).get("/tokens")
        finally:
            await client.close()
        assert status == 200
    assert await ApiToken.filter(role="owner").count() == 1


async def test_writes_are_audited_with_the_token_name_and_role(owner: Api) -> None:
    status, made = await owner.post("/customers", {"name": "赵六", "phone": "13700137000"})
    assert status == 201
    row = await AuditLog.get(action="customer.create", entity_id=made["id"])
    assert row.actor == "api:老板:owner"


async def test_malformed_bodies_are_400_and_wrong_types_422(owner: Api) -> None:
    for raw in (b"{", b"", b"NaN", b"[" * 100_000, b'{"name": 1' + b"0" * 5000 + b"}"):
        response = await owner.client.post(
            "/api/v1/customers",
            data=raw,
            headers={**owner.headers(), "Content-Type": "application/json"},
        )
        assert response.status in (400, 422), raw[:20]
    status, body = await owner.post("/customers", {"name": 5, "tags": "vip", "extra": 1})
    assert status == 422
    assert set(body["error"]["fields"]) == {"name", "tags", "extra"}
    status, body = await owner.post("/customers", ["not", "an", "object"])
    assert status == 422


async def test_bodies_over_one_mebibyte_are_413(owner: Api) -> None:
    big = b'{"name": "' + b"x" * (1024 * 1024 + 10) + b'"}'
    response = await owner.client.post(
        "/api/v1/customers",
        data=big,
        headers={**owner.headers(), "Content-Type": "application/json"},
    )
    assert response.status == 413
    assert (await response.json())["error"]["code"] == "body_too_large"


async def test_unknown_path_and_method_answer_in_the_error_shape(owner: Api) -> None:
    status, body = await owner.get("/nothing-here")
    assert status == 404 and body["error"]["code"] == "not_found"
    status, body = await owner.call("PUT", "/customers")
    assert status == 405 and body["error"]["code"] == "method_not_allowed"


async def test_openapi_document_is_public_and_lists_every_route(client: Client) -> None:
    response = await client.get("/api/v1/openapi.json")
    doc = await response.json()
    assert response.status == 200 and doc["openapi"].startswith("3.")
    routes = {
        (r.method, r.resource.canonical)
        for r in client.server.app[API_APP].router.routes()
        if r.resource is not None and r.method != "HEAD"
    }
    documented = {
        (method.upper(), "/api/v1" + path) for path, item in doc["paths"].items() for method in item
    }
    assert routes - documented == {("GET", "/api/v1/openapi.json")}
    assert doc["paths"]["/orders/{number}"]["get"]["responses"]["404"]


async def test_metrics_count_requests_webhooks_and_the_outbox(owner: Api) -> None:
    await owner.get("/customers")
    webhook_message("mp", "text")
    response = await owner.client.get("/metrics")
    text = await response.text()
    assert response.status == 200 and response.content_type.startswith("text/plain")
    assert (
        'waterbot_http_requests_total{method="GET",route="/api/v1/customers",status="200"}' in text
    )
    assert "waterbot_http_request_duration_seconds_bucket" in text
    assert 'waterbot_webhook_messages_total{channel="mp",type="text"}' in text
    assert "waterbot_outbox_depth 0.0" in text
    assert "waterbot_reminders" in text


async def test_cli_prints_a_working_token_once(tmp_path: Path) -> None:
    url = os.environ.get("WATERBOT_TEST_DATABASE_URL") or f"sqlite://{tmp_path}/cli.db"
    env = {**os.environ, "WATERBOT_DATABASE_URL": url}
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "bot.main", "token", "create", "--role", "dispatcher",
        "--name", "前台", "--days", "30", env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 0, err.decode()
    token = out.decode().strip()
    assert token.startswith("wb_") and "前台 (dispatcher)" in err.decode()
    found = await api_tokens.authenticate(token, NOW)
    if os.environ.get("WATERBOT_TEST_DATABASE_URL"):
        assert found is not None and found.role == "dispatcher"


async def test_hostile_input_is_refused_not_a_server_error(owner: Api) -> None:
    from domain.reads.paging import encode_cursor

    forged = [encode_cursor([2**40]), encode_cursor(["9999-12-31T23:59:59-23:59", "x"]), "%%%"]
    for cursor in forged:
        for path in ("/orders", "/customers", "/audit"):
            status, body = await owner.get(path, params={"cursor": cursor})
            assert status == 422 and "cursor" in body["error"]["fields"], (path, cursor)
    cases = [
        ("GET", "/audit?since=0001-01-01T00:00:00%2B01:00", None),
        ("GET", "/orders?date=9999-12-31", None),
        ("GET", "/orders?limit=99999999999999999999", None),
        ("POST", "/customers", {"name": "a\x00b"}),
        ("POST", "/customers", {"name": "x", "tags": ["t"] * 1000}),
        ("POST", "/orders", {"customer_id": "x", "items": [], "payment_method": "cash"}),
        ("POST", "/code-batches", {"pack_code": "nfsq-19l-10", "count": 10**20}),
        ("PATCH", "/products/%00", {"price_fen": 1}),
    ]
    for method, path, body in cases:
        status, reply = await owner.call(method, path, json=body)
        assert 400 <= status < 500 and reply["error"]["code"], (method, path, status)
