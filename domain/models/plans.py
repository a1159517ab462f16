"""Dispatch plans: one row per solve, and each order's place in it."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.models.orders import Order
from domain.models.staff import Courier


class DispatchPlan(Model):
    """A solved plan for one station day; the newest of a day is the current one.

    `figures` keeps what the owner is shown (km, late stops, dropped by reason …) as computed
    when the plan was made, so later deliveries do not rewrite history.
    """

    id = fields.IntField(primary_key=True)
    day = fields.DateField(db_index=True)
    trigger = fields.CharField(max_length=16)  # schedule | command | api | urgent
    actor = fields.CharField(max_length=64)
    meters = fields.IntField(default=0)
    late = fields.IntField(default=0)
    seconds_to_solve = fields.FloatField(default=0.0)
    figures: fields.Field[dict[str, object]] = fields.JSONField(default=dict)
    created_at = fields.DatetimeField()

    class Meta:
        table = "dispatch_plan"


class PlanStop(Model):
    """One order in a plan: its courier, trip and place in the route, or why it was dropped."""

    id = fields.IntField(primary_key=True)
    plan: fields.ForeignKeyRelation[DispatchPlan] = fields.ForeignKeyField(
        "models.DispatchPlan", related_name="stops", on_delete=fields.CASCADE
    )
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="plan_stops", on_delete=fields.CASCADE
    )
    courier: fields.ForeignKeyNullableRelation[Courier] = fields.ForeignKeyField(
        "models.Courier", related_name="plan_stops", null=True, on_delete=fields.SET_NULL
    )
    sequence = fields.IntField(default=0)  # 1… along the courier's route; 0 when dropped
    trip = fields.IntField(default=1)
    arrival = fields.DatetimeField(null=True)
    late = fields.BooleanField(default=False)
    placed = fields.BooleanField(default=False)  # no coordinates: placed by its building
    dropped = fields.CharField(max_length=16, default="")  # the solver's reason code

    class Meta:
        table = "plan_stop"
