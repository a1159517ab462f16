"""Cross-cutting records: audit trail, idempotency keys, counters and the outbox."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class AuditLog(Model):
    """Who changed what, with the state before and after."""

    id = fields.IntField(primary_key=True)
    actor = fields.CharField(max_length=64)
    action = fields.CharField(max_length=48, db_index=True)
    entity = fields.CharField(max_length=32)
    entity_id = fields.CharField(max_length=64)
    before: fields.Field[dict[str, object] | None] = fields.JSONField(null=True)
    after: fields.Field[dict[str, object] | None] = fields.JSONField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "audit_log"


class IdempotencyRecord(Model):
    """The result of a use case under a caller's key, so a retry changes nothing."""

    # Scoped: "action:subject:caller key" (domain.rules.idempotency.scoped_key).
    key = fields.CharField(max_length=128, primary_key=True)
    action = fields.CharField(max_length=48)
    # A digest of the request's parameters: the same key with others is refused, not replayed.
    fingerprint = fields.CharField(max_length=64, default="")
    result: fields.Field[dict[str, object]] = fields.JSONField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "idempotency_record"


class DailyCounter(Model):
    """A per-day sequence (order numbers); bumped with an atomic upsert."""

    name = fields.CharField(max_length=32, primary_key=True)
    value = fields.IntField(default=0)

    class Meta:
        table = "daily_counter"


class OutboxMessage(Model):
    """A message to send, written in the same transaction as the change that caused it."""

    id = fields.IntField(primary_key=True)
    channel = fields.CharField(max_length=8)
    recipient = fields.CharField(max_length=64, db_index=True)
    kind = fields.CharField(max_length=24)
    payload: fields.Field[dict[str, object]] = fields.JSONField()
    status = fields.CharField(max_length=12, default="pending", db_index=True)
    attempts = fields.IntField(default=0)
    next_attempt_at = fields.DatetimeField(db_index=True)
    last_error = fields.CharField(max_length=200, default="")
    created_at = fields.DatetimeField(auto_now_add=True)
    sent_at = fields.DatetimeField(null=True)
    # When a send's answer was first lost (WeChat may have delivered it): kept after a later
    # success so an operator can see the message may have arrived twice.
    outcome_unknown_at = fields.DatetimeField(null=True)

    class Meta:
        table = "outbox_message"
