"""The station, its couriers and staff."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Station(Model):
    """The station's own settings (one row): contact, hours, area and pricing rules."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64, default="水站")
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    opens_at = fields.CharField(max_length=5, default="08:00")
    closes_at = fields.CharField(max_length=5, default="21:00")
    closed_weekdays: fields.Field[list[int]] = fields.JSONField(default=list)
    closed_dates: fields.Field[list[str]] = fields.JSONField(default=list)
    communities: fields.Field[list[str]] = fields.JSONField(default=list)
    radius_m = fields.IntField(null=True)
    min_order_fen = fields.IntField(default=0)
    delivery_fee_fen = fields.IntField(default=0)
    floor_fee_fen = fields.IntField(default=0)
    free_floors = fields.IntField(default=1)
    # Minutes the station needs between an order and the earliest delivery it can promise.
    lead_minutes = fields.IntField(default=60)
    # What customers are told when they ask where, how to call and when (empty: not given;
    # hours_text empty: said from opens_at, closes_at and the closed weekdays).
    address = fields.CharField(max_length=200, default="")
    phone = fields.CharField(max_length=32, default="")
    hours_text = fields.CharField(max_length=100, default="")
    # Dispatch tuning (docs/DISPATCH.md): plans every N minutes in opening hours (0: only on
    # request), the travel model, the time at each door and the solver's time limit.
    dispatch_every_minutes = fields.IntField(default=30)
    travel_speed_kmh = fields.FloatField(default=20.0)
    travel_detour = fields.FloatField(default=1.3)
    service_base_s = fields.IntField(default=120)
    service_per_bucket_s = fields.IntField(default=30)
    service_per_floor_s = fields.IntField(default=40)
    plan_seconds = fields.IntField(default=5)
    # The station's own seasonal swing in days per bucket, fitted on its delivery history by
    # the refill_season job (docs/REFILL.md); null until a year of history gives a clear fit.
    season_amplitude = fields.FloatField(null=True)
    season_peak_day = fields.IntField(null=True)
    season_fitted_at = fields.DatetimeField(null=True)

    class Meta:
        table = "station"


class Courier(Model):
    """A delivery courier reachable in WeCom."""

    id = fields.UUIDField(primary_key=True)
    wecom_userid = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=64)
    phone = fields.CharField(max_length=20, default="")
    trip_capacity = fields.IntField(default=10)
    active = fields.BooleanField(default=True)
    on_shift = fields.BooleanField(default=True)
    piece_rate_fen = fields.IntField(default=0)
    # Shift hours "HH:MM" (empty: the station's opening hours); the plan keeps within them.
    shift_starts = fields.CharField(max_length=5, default="")
    shift_ends = fields.CharField(max_length=5, default="")
    # Where WeCom last reported the courier (the LOCATION event), the plan's start when fresh.
    latitude = fields.FloatField(null=True)
    longitude = fields.FloatField(null=True)
    located_at = fields.DatetimeField(null=True)
    located_within_m = fields.FloatField(null=True)  # WeCom's Precision: the fix's accuracy

    class Meta:
        table = "courier"


class Staff(Model):
    """A WeCom user with a role: owner, dispatcher or courier."""

    id = fields.UUIDField(primary_key=True)
    wecom_userid = fields.CharField(max_length=64, unique=True)
    name = fields.CharField(max_length=64)
    role = fields.CharField(max_length=16)
    courier: fields.ForeignKeyNullableRelation[Courier] = fields.ForeignKeyField(
        "models.Courier", related_name="staff", null=True, on_delete=fields.SET_NULL
    )
    # An owner or dispatcher on duty takes the customers who ask for a person (人工).
    on_duty = fields.BooleanField(default=False)

    class Meta:
        table = "staff"
