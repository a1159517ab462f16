"""Admin API tokens: made once, kept as a hash, checked in constant time, revoked by id."""

from __future__ import annotations

import hashlib
import hmac
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from domain.infra.ports import Conn
from domain.infra.settings import SettingsError
from domain.models import ApiToken
from domain.rules.errors import InvalidInput, NotFound
from domain.services.support import audit, run_in_transaction, utcnow

ROLES = ("owner", "dispatcher", "viewer")
PREFIX = "wb_"
MIN_SEED_CHARS = 24
SEED_NAME = "WATERBOT_ADMIN_TOKEN"
MAX_DAYS = 3650


@dataclass(frozen=True)
class TokenInfo:
    """A token as the back office sees it (never the secret itself)."""

    id: str
    name: str
    role: str
    created_by: str
    created_at: datetime
    expires_at: datetime | None
    revoked_at: datetime | None

    @property
    def actor(self) -> str:
        """How audit rows name whoever used this token."""
        return f"api:{self.name}:{self.role}"[:64]


def hash_token(token: str) -> str:
    """The stored form: sha256 is enough for a 256-bit random secret (no dictionary to try)."""
    return hashlib.sha256(token.encode("utf-8")).hexdigest()


def token_info(row: ApiToken) -> TokenInfo:
    """A stored token as the back office sees it."""
    return TokenInfo(
        str(row.id),
        row.name,
        row.role,
        row.created_by,
        row.created_at,
        row.expires_at,
        row.revoked_at,
    )


def _check(name: str, role: str, days: int | None) -> None:
    fields: dict[str, str] = {}
    if role not in ROLES:
        fields["role"] = "owner / dispatcher / viewer"
    if not name.strip() or len(name) > 40:
        fields["name"] = "1到40个字"
    if days is not None and not 1 <= days <= MAX_DAYS:
        fields["days"] = f"1到{MAX_DAYS}天"
    if fields:
        raise InvalidInput(f"bad token fields {sorted(fields)}", fields=fields)


async def create_token(
    name: str, role: str, actor: str, now: datetime, days: int | None = None
) -> tuple[TokenInfo, str]:
    """A new random token with a role; the plain token is returned here and nowhere else."""
    _check(name, role, days)
    token = PREFIX + secrets.token_urlsafe(32)
    expires = now + timedelta(days=days) if days else None
    return await _store(name.strip(), role, token, actor, now, expires), token


async def _store(
    name: str, role: str, token: str, actor: str, now: datetime, expires: datetime | None
) -> TokenInfo:
    async def work(conn: Conn) -> dict[str, Any]:
        row = await ApiToken.create(
            name=name,
            role=role,
            token_hash=hash_token(token),
            created_by=actor,
            created_at=now,
            expires_at=expires,
            using_db=conn,
        )
        after = {"name": name, "role": role, "expires_at": expires}
        await audit(conn, actor, "token.create", "api_token", row.id, None, after)
        return {"id": str(row.id)}

    created = await run_in_transaction("token.create", None, work)
    return token_info(await ApiToken.get(id=created["id"]))


async def seed_token(token: str, now: datetime) -> bool:
    """Make WATERBOT_ADMIN_TOKEN a valid owner token; True when it was new (idempotent)."""
    if len(token) < MIN_SEED_CHARS:
        raise SettingsError(f"WATERBOT_ADMIN_TOKEN needs at least {MIN_SEED_CHARS} characters")
    if await ApiToken.exists(token_hash=hash_token(token)):
        return False
    # Keyed, so processes starting together seed it once.
    key = f"token-seed:{hash_token(token)}"

    async def work(conn: Conn) -> dict[str, Any]:
        row = await ApiToken.create(
            name=SEED_NAME,
            role="owner",
            token_hash=hash_token(token),
            created_by="settings",
            created_at=now,
            using_db=conn,
        )
        await audit(conn, "settings", "token.seed", "api_token", row.id, None, {"role": "owner"})
        return {"id": str(row.id)}

    await run_in_transaction("token.seed", key, work, subject="owner")
    return True


async def authenticate(token: str, now: datetime) -> TokenInfo | None:
    """The live token matching `token`, or None (unknown, expired or revoked)."""
    if not token or len(token) > 200:
        return None
    digest = hash_token(token)
    row = await ApiToken.get_or_none(token_hash=digest)
    # The lookup is by a hash of the secret; the compare is constant-time all the same.
    if row is None or not hmac.compare_digest(row.token_hash, digest):
        return None
    if row.revoked_at is not None or (row.expires_at is not None and row.expires_at <= now):
        return None
    return token_info(row)


async def revoke_token(token_id: UUID | str, actor: str, now: datetime | None = None) -> TokenInfo:
    """Stop a token working; revoking twice changes nothing."""

    async def work(conn: Conn) -> dict[str, Any]:
        row = await ApiToken.filter(id=token_id).select_for_update().using_db(conn).first()
        if row is None:
            raise NotFound(f"api token {token_id}", message="没有这个令牌")
        if row.revoked_at is None:
            row.revoked_at = now or utcnow()
            await row.save(using_db=conn, update_fields=["revoked_at"])
            after = {"revoked_at": row.revoked_at}
            await audit(conn, actor, "token.revoke", "api_token", row.id, None, after)
        return {"id": str(row.id)}

    done = await run_in_transaction("token.revoke", None, work)
    return token_info(await ApiToken.get(id=done["id"]))
