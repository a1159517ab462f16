"""Alerts already sent to owners and dispatchers, so each goes out once across processes."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class AlertSent(Model):
    """One alert about one thing (an order, a failure); the unique key is the send-once guard."""

    id = fields.IntField(primary_key=True)
    kind = fields.CharField(max_length=24)
    ref = fields.CharField(max_length=64)
    order_number = fields.CharField(max_length=16, null=True)
    recipients = fields.IntField(default=0)
    sent_at = fields.DatetimeField()

    class Meta:
        table = "alert_sent"
        unique_together = (("kind", "ref"),)
