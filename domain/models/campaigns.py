"""Campaigns (买五赠一, coupons), their promo codes, coupons issued and what each order took."""

from __future__ import annotations

from uuid import UUID

from tortoise import fields
from tortoise.models import Model

from domain.models.customers import Customer
from domain.models.orders import Order


class Campaign(Model):
    """A promotion: buy N get M free, or a coupon of fixed fen off, for an audience and a period."""

    id = fields.IntField(primary_key=True)
    name = fields.CharField(max_length=64)
    kind = fields.CharField(max_length=16)  # buy_n_get_m | coupon
    audience = fields.CharField(max_length=16, default="everyone")  # everyone | dormant | code
    sku = fields.CharField(max_length=32, null=True)  # buy_n_get_m: None means any bucket
    buy_quantity = fields.IntField(null=True)
    free_quantity = fields.IntField(null=True)
    amount_fen = fields.IntField(null=True)  # coupon: fen off
    min_goods_fen = fields.IntField(default=0)  # coupon: goods needed before it applies
    valid_days = fields.IntField(default=30)  # coupon: how long one lasts after issue
    max_issues = fields.IntField(null=True)  # coupon: budget in coupons, None for no cap
    issued = fields.IntField(default=0)  # coupons issued so far (bumped atomically)
    starts_at = fields.DatetimeField()
    ends_at = fields.DatetimeField()
    active = fields.BooleanField(default=True)
    ended_at = fields.DatetimeField(null=True)
    note = fields.CharField(max_length=200, default="")
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()

    class Meta:
        table = "campaign"


class PromoCode(Model):
    """A code customers type to claim a coupon; stored upper-case so matching ignores case."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    campaign: fields.ForeignKeyRelation[Campaign] = fields.ForeignKeyField(
        "models.Campaign", related_name="codes", on_delete=fields.RESTRICT
    )
    max_uses = fields.IntField(null=True)
    uses = fields.IntField(default=0)
    created_by = fields.CharField(max_length=64)
    created_at = fields.DatetimeField()
    campaign_id: int

    class Meta:
        table = "promo_code"


class Coupon(Model):
    """A coupon issued to one customer from one campaign (at most one each), used by one order."""

    id = fields.IntField(primary_key=True)
    campaign: fields.ForeignKeyRelation[Campaign] = fields.ForeignKeyField(
        "models.Campaign", related_name="coupons", on_delete=fields.RESTRICT
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="coupons", on_delete=fields.RESTRICT
    )
    promo_code: fields.ForeignKeyNullableRelation[PromoCode] = fields.ForeignKeyField(
        "models.PromoCode", related_name="coupons", null=True, on_delete=fields.RESTRICT
    )
    amount_fen = fields.IntField()
    min_goods_fen = fields.IntField(default=0)
    expires_at = fields.DatetimeField()
    status = fields.CharField(max_length=16, default="issued")  # issued | used | expired
    order: fields.ForeignKeyNullableRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="coupons", null=True, on_delete=fields.SET_NULL
    )
    issued_at = fields.DatetimeField()
    used_at = fields.DatetimeField(null=True)
    campaign_id: int
    customer_id: UUID
    order_id: int | None

    class Meta:
        table = "coupon"
        unique_together = (("campaign", "customer"),)


class OrderCampaign(Model):
    """What a campaign gave one order: money off and the list value of free goods (its cost)."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="campaign_uses", on_delete=fields.CASCADE
    )
    campaign: fields.ForeignKeyRelation[Campaign] = fields.ForeignKeyField(
        "models.Campaign", related_name="order_uses", on_delete=fields.RESTRICT
    )
    discount_fen = fields.IntField(default=0)
    free_goods_fen = fields.IntField(default=0)
    free_quantity = fields.IntField(default=0)
    order_id: int
    campaign_id: int

    class Meta:
        table = "order_campaign"
        unique_together = (("order", "campaign"),)
