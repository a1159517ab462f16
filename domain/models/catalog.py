"""What the station sells: products and ticket packs. Money in integer fen."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model


class Product(Model):
    """A product such as a 19 L bucket of 农夫山泉."""

    id = fields.IntField(primary_key=True)
    sku = fields.CharField(max_length=32, unique=True)
    name = fields.CharField(max_length=64)
    aliases: fields.Field[list[str]] = fields.JSONField(default=list)
    unit = fields.CharField(max_length=8, default="桶")
    price_fen = fields.IntField()
    deposit_fen = fields.IntField(default=0)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "product"


class TicketPack(Model):
    """A pack of prepaid water tickets for one product (e.g. 10 + 1 bonus)."""

    id = fields.IntField(primary_key=True)
    code = fields.CharField(max_length=32, unique=True)
    sku = fields.CharField(max_length=32)
    name = fields.CharField(max_length=64)
    tickets = fields.IntField()
    bonus = fields.IntField(default=0)
    price_fen = fields.IntField()
    valid_days = fields.IntField(default=365)
    active = fields.BooleanField(default=True)

    class Meta:
        table = "ticket_pack"
