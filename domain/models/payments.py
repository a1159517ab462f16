"""Orders and ticket packs paid online through WeChat Pay: the trade and its append-only ledger."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.models.chat import PackPurchase
from domain.models.customers import Customer
from domain.models.orders import Order
from domain.models.staff import Courier


class Payment(Model):
    """One WeChat Pay trade, for an order or for a ticket pack bought in chat (exactly one of
    the two); `out_trade_no` is our number for it at WeChat Pay."""

    id = fields.IntField(primary_key=True)
    out_trade_no = fields.CharField(max_length=32, unique=True)
    order: fields.OneToOneNullableRelation[Order] = fields.OneToOneField(
        "models.Order", related_name="online_payment", on_delete=fields.RESTRICT, null=True
    )
    pack_purchase: fields.OneToOneNullableRelation[PackPurchase] = fields.OneToOneField(
        "models.PackPurchase", related_name="online_payment", on_delete=fields.RESTRICT, null=True
    )
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="payments", on_delete=fields.RESTRICT
    )
    amount_fen = fields.IntField()
    # online: the order paid right after ordering (JSAPI); door: the courier's 收款码 (Native)
    kind = fields.CharField(max_length=8, default="online")
    pack_fen = fields.IntField(default=0)  # a door trade's part paying packs riding on it
    # unpaid | paid | partially_refunded | refunded | closed (domain.rules.online_pay)
    status = fields.CharField(max_length=24, default="unpaid", db_index=True)
    # Unique: one WeChat Pay transaction settles one payment, however often it is notified.
    transaction_id = fields.CharField(max_length=32, null=True, unique=True)
    prepay_id = fields.CharField(max_length=64, default="")  # a door trade: its code_url
    prepay_at = fields.DatetimeField(null=True)
    expires_at = fields.DatetimeField()
    reminded_at = fields.DatetimeField(null=True)  # the one reminder before it closes
    paid_at = fields.DatetimeField(null=True)
    refunded_fen = fields.IntField(default=0)
    flag = fields.CharField(max_length=200, default="")  # why the owner was alerted, if ever
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "payment"


class PaymentEntry(Model):
    """Money in (a paid trade) or out (a refund) through WeChat Pay; never updated."""

    id = fields.IntField(primary_key=True)
    payment: fields.ForeignKeyRelation[Payment] = fields.ForeignKeyField(
        "models.Payment", related_name="entries", on_delete=fields.RESTRICT
    )
    kind = fields.CharField(max_length=16)  # pay | refund
    amount_fen = fields.IntField()  # positive in, negative out
    # WeChat Pay's transaction_id (pay) or refund_id (refund): each is posted once.
    reference = fields.CharField(max_length=64, unique=True)
    order_number = fields.CharField(max_length=16)  # a pack's: P + its purchase id
    actor = fields.CharField(max_length=64)
    at = fields.DatetimeField()

    class Meta:
        table = "payment_entry"


class PaymentRefund(Model):
    """Money going back to the customer's WeChat: asked for, sent, then confirmed by WeChat Pay."""

    id = fields.IntField(primary_key=True)
    # Our refund number: WeChat Pay answers a repeat of it with the same refund, never a second.
    out_refund_no = fields.CharField(max_length=64, unique=True)
    payment: fields.ForeignKeyRelation[Payment] = fields.ForeignKeyField(
        "models.Payment", related_name="refunds", on_delete=fields.RESTRICT
    )
    amount_fen = fields.IntField()
    reason = fields.CharField(max_length=80, default="")
    # requested (not sent yet) | processing | success | closed | abnormal
    status = fields.CharField(max_length=16, default="requested", db_index=True)
    refund_id = fields.CharField(max_length=64, null=True)
    created_at = fields.DatetimeField()
    updated_at = fields.DatetimeField(auto_now=True)

    class Meta:
        table = "payment_refund"


class CashHandIn(Model):
    """Cash a courier handed to the station, as the owner counted it; never updated.

    A miscount is put right by another row (negative for cash given back), so the day's
    close always shows what was recorded and when.
    """

    id = fields.IntField(primary_key=True)
    courier: fields.ForeignKeyRelation[Courier] = fields.ForeignKeyField(
        "models.Courier", related_name="hand_ins", on_delete=fields.RESTRICT
    )
    amount_fen = fields.IntField()
    note = fields.CharField(max_length=200, default="")
    actor = fields.CharField(max_length=64)
    at = fields.DatetimeField(db_index=True)

    class Meta:
        table = "cash_hand_in"
