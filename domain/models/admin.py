"""Back-office access: API tokens for the admin API, stored only as hashes."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class ApiToken(Model):
    """A bearer token for the admin API with a role; the token itself is never stored."""

    id = fields.UUIDField(primary_key=True)
    name = fields.CharField(max_length=40)
    role = fields.CharField(max_length=16)
    token_hash = fields.CharField(max_length=64, unique=True)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()
    expires_at = fields.DatetimeField(null=True)
    revoked_at = fields.DatetimeField(null=True)

    class Meta:
        table = "api_token"
