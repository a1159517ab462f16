"""Courier task cards: one row per card sent, so a tap can be checked against what it showed."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.models.orders import Order
from domain.models.staff import Courier


class TaskCard(Model):
    """A task card sent to a courier for an order; `task_id` is WeCom's unique card id.

    state: open (sent), accepted (接单), closed (done with; `outcome` says how: delivered,
    failed, rescheduled, reassigned, cancelled).
    """

    id = fields.IntField(primary_key=True)
    task_id = fields.CharField(max_length=128, unique=True)
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="task_cards", on_delete=fields.CASCADE
    )
    courier: fields.ForeignKeyRelation[Courier] = fields.ForeignKeyField(
        "models.Courier", related_name="task_cards", on_delete=fields.CASCADE
    )
    state = fields.CharField(max_length=16, default="open", db_index=True)
    outcome = fields.CharField(max_length=16, default="")
    accepted_at = fields.DatetimeField(null=True)
    closed_at = fields.DatetimeField(null=True)
    photo_media_id = fields.CharField(max_length=128, default="")
    photo_url = fields.CharField(max_length=500, default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "task_card"
