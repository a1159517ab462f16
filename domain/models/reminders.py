"""Refill reminders and the runs of scheduled jobs, each claimed in the database."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.models.customers import Customer


class Reminder(Model):
    """One planned reminder (first, follow-up or wake-up) for one cycle of one household.

    A cycle is the delivery the prediction came from; (customer, cycle, kind) is unique, so a
    household is never reminded twice for one cycle whatever the number of schedulers.
    """

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="reminders", on_delete=fields.CASCADE
    )
    cycle_key = fields.CharField(max_length=40)
    kind = fields.CharField(max_length=12)
    due_at = fields.DatetimeField(db_index=True)
    need_at = fields.DatetimeField(null=True)
    status = fields.CharField(max_length=12, default="pending", db_index=True)
    claim_token = fields.CharField(max_length=32, default="")
    lease_until = fields.DatetimeField(null=True)
    skip_reason = fields.CharField(max_length=24, default="")
    sent_at = fields.DatetimeField(null=True)
    delivered_as = fields.CharField(max_length=12, default="")
    outbox_id = fields.IntField(null=True)
    sku = fields.CharField(max_length=32, default="")
    quantity = fields.IntField(default=0)
    payment_method = fields.CharField(max_length=16, default="")
    outcome = fields.CharField(max_length=12, default="", db_index=True)
    order_number = fields.CharField(max_length=16, null=True)
    settled_at = fields.DatetimeField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "reminder"
        unique_together = (("customer", "cycle_key", "kind"),)


class JobRun(Model):
    """A scheduled job's unit of work done once across all processes (e.g. one day's report)."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=32)
    key = fields.CharField(max_length=32)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "job_run"
        unique_together = (("name", "key"),)
