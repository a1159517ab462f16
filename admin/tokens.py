"""API tokens: list, make one (shown once), revoke."""

from __future__ import annotations

from typing import Any

from admin.api import Call, Reply, Routes
from admin.schema import BOOL, DATETIME, UUID_S, enum, integer, nullable, obj, ref, string
from admin.views import PAGE_QUERY, page_json, page_schema
from domain.reads import records
from domain.services import api_tokens
from domain.services.api_tokens import TokenInfo

routes = Routes("tokens")
TOKEN = ref(
    "ApiToken",
    obj(
        ("id", "name", "role", "created_by", "created_at", "expires_at", "revoked_at"),
        id=UUID_S,
        name=string(40),
        role=enum(*api_tokens.ROLES),
        created_by=string(64),
        created_at=DATETIME,
        expires_at=nullable(DATETIME),
        revoked_at=nullable(DATETIME),
    ),
)


def token_json(t: TokenInfo) -> dict[str, Any]:
    """A token's record, never the secret."""
    return {
        "id": t.id,
        "name": t.name,
        "role": t.role,
        "created_by": t.created_by,
        "created_at": t.created_at.isoformat(),
        "expires_at": t.expires_at.isoformat() if t.expires_at else None,
        "revoked_at": t.revoked_at.isoformat() if t.revoked_at else None,
    }


@routes.op(
    "GET",
    "/tokens",
    summary="API tokens newest first (without secrets), optionally one role, revoked or not",
    area="tokens",
    query={"role": enum(*api_tokens.ROLES), "revoked": BOOL, **PAGE_QUERY},
    response=page_schema("ApiTokenPage", TOKEN),
)
async def list_tokens(call: Call) -> Any:
    """Tokens."""
    q = call.query
    page = await records.token_page(q.get("role"), q.get("revoked"), q["limit"], q.get("cursor"))
    return page_json(page, lambda row: token_json(api_tokens.token_info(row)))


@routes.op(
    "POST",
    "/tokens",
    summary="Make a token with a role; the token is in this response only",
    area="tokens",
    body=obj(
        ("name", "role"),
        name=string(40, min_length=1),
        role=enum(*api_tokens.ROLES),
        days=integer(1, api_tokens.MAX_DAYS),
    ),
    response=ref("ApiTokenMade", obj(("token", "info"), token=string(100), info=TOKEN)),
    status=201,
)
async def create_token(call: Call) -> Any:
    """Make a token."""
    b = call.body
    info, token = await api_tokens.create_token(
        b["name"], b["role"], call.actor, call.now, b.get("days")
    )
    return Reply({"token": token, "info": token_json(info)}, 201)


@routes.op("DELETE", "/tokens/{token_id}", summary="Revoke a token", area="tokens",
           path_params={"token_id": UUID_S}, response=TOKEN)  # fmt: skip
async def revoke(call: Call) -> Any:
    """Revoke."""
    return token_json(await api_tokens.revoke_token(call.path["token_id"], call.actor, call.now))
