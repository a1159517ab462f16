"""Orders, their lines, their state history and the tickets they used."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.models.customers import Customer
from domain.models.ledgers import TicketLot
from domain.models.staff import Courier


class Order(Model):
    """One delivery order; `number` is the public YYYYMMDDNNN reference."""

    id = fields.IntField(primary_key=True)
    number = fields.CharField(max_length=16, unique=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="orders", on_delete=fields.RESTRICT
    )
    address: fields.Field[dict[str, object]] = fields.JSONField()
    window_start = fields.DatetimeField()
    window_end = fields.DatetimeField()
    payment_method = fields.CharField(max_length=16)
    # unpaid | paid | owing | refunded | partially_refunded (an order paid online, docs/PAY.md)
    payment_status = fields.CharField(max_length=24, default="unpaid")
    state = fields.CharField(max_length=24, default="pending", db_index=True)
    goods_fen = fields.IntField(default=0)
    delivery_fee_fen = fields.IntField(default=0)
    floor_fee_fen = fields.IntField(default=0)
    deposit_fen = fields.IntField(default=0)
    prepaid_fen = fields.IntField(default=0)
    tickets_used = fields.IntField(default=0)
    # Goods paid with tickets: a mixed order's covered lines (docs/MONEY.md, "Tickets in a
    # mixed order"), whose rest `payment_method` pays; a ticket order covers all its goods.
    tickets_fen = fields.IntField(default=0)
    discount_fen = fields.IntField(default=0)  # coupons' money off (see OrderCampaign)
    courier: fields.ForeignKeyNullableRelation[Courier] = fields.ForeignKeyField(
        "models.Courier", related_name="orders", null=True, on_delete=fields.SET_NULL
    )
    note = fields.CharField(max_length=200, default="")
    source = fields.CharField(max_length=16, default="chat")
    buckets_delivered = fields.IntField(null=True)
    empties_collected = fields.IntField(null=True)
    # At the door (domain.rules.door_cash): what was due, what the courier took (both negative when
    # he paid a deposit refund out), and the deposit the buckets charged (negative: refunded).
    cash_due_fen = fields.IntField(null=True)
    cash_collected_fen = fields.IntField(null=True)
    # Ticket packs riding on this delivery paid with its money (cash, or a scan to the station's
    # code on a WeChat Pay order): part of the due and collected above, never the order's
    # revenue (docs/PAY.md).
    packs_cash_fen = fields.IntField(default=0)
    deposit_charged_fen = fields.IntField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    updated_at = fields.DatetimeField(auto_now=True)
    delivered_at = fields.DatetimeField(null=True)

    class Meta:
        table = "order"

    @property
    def total_fen(self) -> int:
        """What the order costs after discounts (tickets cover goods when paid by ticket)."""
        gross = self.goods_fen + self.delivery_fee_fen + self.floor_fee_fen + self.deposit_fen
        return gross - self.discount_fen


class OrderLine(Model):
    """A product and quantity on an order, priced when placed."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="lines", on_delete=fields.CASCADE
    )
    sku = fields.CharField(max_length=32)
    name = fields.CharField(max_length=64)
    quantity = fields.IntField()
    unit_price_fen = fields.IntField()
    deposit_each_fen = fields.IntField(default=0)
    is_bucket = fields.BooleanField(default=True)

    class Meta:
        table = "order_line"


class OrderEvent(Model):
    """One state transition of an order: when, who and why."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="events", on_delete=fields.CASCADE
    )
    from_state = fields.CharField(max_length=24, null=True)
    to_state = fields.CharField(max_length=24)
    actor = fields.CharField(max_length=64)
    reason = fields.CharField(max_length=200, default="")
    at = fields.DatetimeField()

    class Meta:
        table = "order_event"


class OrderTicketUse(Model):
    """Tickets an order took from one lot, so a cancel returns them to the same lot."""

    id = fields.IntField(primary_key=True)
    order: fields.ForeignKeyRelation[Order] = fields.ForeignKeyField(
        "models.Order", related_name="ticket_uses", on_delete=fields.CASCADE
    )
    lot: fields.ForeignKeyRelation[TicketLot] = fields.ForeignKeyField(
        "models.TicketLot", related_name="uses", on_delete=fields.RESTRICT
    )
    count = fields.IntField()

    class Meta:
        table = "order_ticket_use"
