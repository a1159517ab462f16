"""What the chat edges keep in the database so that it holds across processes."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.models.customers import Customer


class ProcessedMessage(Model):
    """A callback handled once: WeChat retries, so the key is unique and the reply is kept."""

    key = fields.CharField(max_length=160, primary_key=True)
    channel = fields.CharField(max_length=8)
    status = fields.CharField(max_length=12, default="processing")
    reply: fields.Field[dict[str, object] | None] = fields.JSONField(null=True)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)
    # A claim is a lease: a retry may take the message over once its holder stops renewing.
    holder = fields.CharField(max_length=48, null=True)
    lease_until = fields.DatetimeField(null=True)

    class Meta:
        table = "processed_message"


class Conversation(Model):
    """A chat's state: a named step, a small draft and when it lapses."""

    id = fields.IntField(primary_key=True)
    channel = fields.CharField(max_length=8)
    user_id = fields.CharField(max_length=64)
    state = fields.CharField(max_length=32, default="idle")
    draft: fields.Field[dict[str, object]] = fields.JSONField(default=dict)
    expires_at = fields.DatetimeField(null=True)
    updated_at = fields.DatetimeField(auto_now=True)
    # The turn under way, whichever process runs it: one turn per user at a time.
    holder = fields.CharField(max_length=48, null=True)
    held_until = fields.DatetimeField(null=True)

    class Meta:
        table = "conversation"
        unique_together = (("channel", "user_id"),)


class AccessToken(Model):
    """A WeChat access token shared by every process."""

    key = fields.CharField(max_length=64, primary_key=True)
    token = fields.CharField(max_length=600)
    expires_at = fields.FloatField()

    class Meta:
        table = "access_token"


class Complaint(Model):
    """A customer's complaint, open until staff close it."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="complaints", on_delete=fields.RESTRICT
    )
    text = fields.TextField()
    order_number = fields.CharField(max_length=16, null=True)
    status = fields.CharField(max_length=12, default="open", db_index=True)
    resolution = fields.TextField(default="")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "complaint"


class ReturnRequest(Model):
    """A customer asked to return buckets; the dispatcher sends someone to collect them."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="return_requests", on_delete=fields.RESTRICT
    )
    buckets = fields.IntField(null=True)
    status = fields.CharField(max_length=12, default="open", db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "return_request"


class PackPurchase(Model):
    """A ticket pack ordered in chat: paid to the courier on the next delivery, or online."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="pack_purchases", on_delete=fields.RESTRICT
    )
    pack_code = fields.CharField(max_length=32)
    price_fen = fields.IntField()
    status = fields.CharField(max_length=12, default="pending", db_index=True)
    # Paid to the courier on the customer's next delivery (False: paid another way, online)
    pays_courier = fields.BooleanField(default=True)
    # The order whose delivery card it rides on (set when that card is issued), settled by it
    rides_on = fields.CharField(max_length=16, null=True, db_index=True)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "pack_purchase"


class CustomerMedia(Model):
    """A picture a customer sent: proof of a delivery or evidence for a complaint."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="media", on_delete=fields.CASCADE
    )
    media_id = fields.CharField(max_length=128)
    pic_url = fields.CharField(max_length=500, default="")
    purpose = fields.CharField(max_length=16, default="evidence")
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "customer_media"


class Handoff(Model):
    """A customer's conversation handed to staff (人工客服) until 结束 or half an hour of silence.

    Its id is the short number staff answer with (回复 12 …). While it is open the customer's
    conversation is in the handoff state; the row, not the state, says whether it still is.
    """

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="handoffs", on_delete=fields.RESTRICT
    )
    openid = fields.CharField(max_length=64)
    status = fields.CharField(max_length=12, default="open", db_index=True)
    opened_at = fields.DatetimeField()
    last_at = fields.DatetimeField(db_index=True)  # the last message, from either side
    closed_at = fields.DatetimeField(null=True)
    closed_by = fields.CharField(max_length=80, default="")  # customer, lapse, staff:<userid>
    # The staff member who answered first; the customer's later messages go to them alone.
    staff_userid = fields.CharField(max_length=64, default="")

    class Meta:
        table = "handoff"
