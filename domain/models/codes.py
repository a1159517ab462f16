"""Printed ticket codes: batches, the codes (as keyed hashes), failed tries and the code key."""

from __future__ import annotations

from uuid import UUID

from tortoise import fields
from tortoise.models import Model

from domain.models.customers import Customer


class TicketCodeBatch(Model):
    """A print run of codes for one ticket pack; voiding it stops every unredeemed code."""

    id = fields.IntField(primary_key=True)
    pack_code = fields.CharField(max_length=32)
    count = fields.IntField()
    note = fields.CharField(max_length=200, default="")
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()
    voided_at = fields.DatetimeField(null=True)

    class Meta:
        table = "ticket_code_batch"


class TicketCode(Model):
    """One printed code, stored only as its keyed fingerprint.

    An unsold card is a bearer voucher, so the database never holds one: a leaked backup or a
    read-only query cannot redeem anything unless the code secret leaked too (hence
    WATERBOT_CODE_SECRET, kept outside the database). The price is that a batch cannot be
    printed again; void it and make a new one.
    """

    id = fields.IntField(primary_key=True)
    fingerprint = fields.CharField(max_length=64, unique=True)
    batch: fields.ForeignKeyRelation[TicketCodeBatch] = fields.ForeignKeyField(
        "models.TicketCodeBatch", related_name="codes", on_delete=fields.RESTRICT
    )
    redeemed_by: fields.ForeignKeyNullableRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="redeemed_codes", null=True, on_delete=fields.RESTRICT
    )
    redeemed_at = fields.DatetimeField(null=True)
    batch_id: int  # the foreign keys' columns, declared for the type checker
    redeemed_by_id: UUID | None

    class Meta:
        table = "ticket_code"


class RedeemFailure(Model):
    """A try that looked like guessing (malformed, bad tag or unknown code), for the lockout."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="redeem_failures", on_delete=fields.CASCADE
    )
    attempted = fields.CharField(max_length=16)
    at = fields.DatetimeField()
    customer_id: UUID

    class Meta:
        table = "redeem_failure"
        indexes = (("customer", "at"),)


class CodeSecret(Model):
    """The installation's code key, made once when WATERBOT_CODE_SECRET is not set."""

    id = fields.IntField(primary_key=True)
    value = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "code_secret"
