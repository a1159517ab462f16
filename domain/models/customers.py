"""Customers, their addresses and the station's follow-up log."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Customer(Model):
    """A household or office that orders water; ids are UUIDs so they cannot be guessed."""

    id = fields.UUIDField(primary_key=True)
    mp_openid = fields.CharField(max_length=64, null=True, unique=True)
    unionid = fields.CharField(max_length=64, null=True, db_index=True)
    name = fields.CharField(max_length=64, default="")
    phone = fields.CharField(max_length=20, null=True, db_index=True)
    tags: fields.Field[list[str]] = fields.JSONField(default=list)
    notes = fields.TextField(default="")
    reminder_opt_out = fields.BooleanField(default=False)
    subscribed = fields.BooleanField(default=True)
    scene = fields.CharField(max_length=64, null=True)
    last_message_at = fields.DatetimeField(null=True)
    refill_state: fields.Field[dict[str, object] | None] = fields.JSONField(null=True)
    refill_due_at = fields.DatetimeField(null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "customer"


class Address(Model):
    """A delivery address; one per customer is the default."""

    id = fields.UUIDField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="addresses", on_delete=fields.CASCADE
    )
    label = fields.CharField(max_length=16, default="家")
    text = fields.CharField(max_length=200)
    community = fields.CharField(max_length=64, default="")
    building = fields.CharField(max_length=16, default="")
    unit = fields.CharField(max_length=16, default="")
    room = fields.CharField(max_length=16, default="")
    floor = fields.IntField(null=True)
    has_lift = fields.BooleanField(default=True)
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    is_default = fields.BooleanField(default=False)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "address"


class ServiceLog(Model):
    """A follow-up note (跟进记录) written by staff about a customer."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="service_log", on_delete=fields.CASCADE
    )
    author = fields.CharField(max_length=64)
    text = fields.TextField()
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "service_log"
