"""Append-only ledgers for tickets, stored value and buckets, with their running balances."""

from __future__ import annotations

from tortoise import fields
from tortoise.models import Model

from domain.models.customers import Customer


class TicketWallet(Model):
    """A customer's tickets for one product; `balance` is the sum of unexpired lots."""

    id = fields.IntField(primary_key=True)
    customer: fields.ForeignKeyRelation[Customer] = fields.ForeignKeyField(
        "models.Customer", related_name="ticket_wallets", on_delete=fields.RESTRICT
    )
    sku = fields.CharField(max_length=32)
    balance = fields.IntField(default=0)

    class Meta:
        table = "ticket_wallet"
        unique_together = (("customer", "sku"),)


class TicketLot(Model):
    """Tickets that arrived together (a pack, a code, a grant) and expire together."""

    id = fields.IntField(primary_key=True)
    wallet: fields.ForeignKeyRelation[TicketWallet] = fields.ForeignKeyField(
        "models.TicketWallet", related_name="lots", on_delete=fields.RESTRICT
    )
    granted = fields.IntField()
    remaining = fields.IntField()
    expires_at = fields.DatetimeField(null=True)
    source = fields.CharField(max_length=16)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "ticket_lot"


class TicketEntry(Model):
    """One movement of tickets with the wallet balance after it."""

    id = fields.IntField(primary_key=True)
    wallet: fields.ForeignKeyRelation[TicketWallet] = fields.ForeignKeyField(
        "models.TicketWallet", related_name="entries", on_delete=fields.RESTRICT
    )
    delta = fields.IntField()
    balance_after = fields.IntField()
    kind = fields.CharField(max_length=16)
    amount_fen = fields.IntField(default=0)
    order_number = fields.CharField(max_length=16, null=True)
    reason = fields.CharField(max_length=200, default="")
    actor = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True, db_index=True)

    class Meta:
        table = "ticket_entry"


class BalanceAccount(Model):
    """A customer's stored value in fen."""

    id = fields.IntField(primary_key=True)
    customer: fields.OneToOneRelation[Customer] = fields.OneToOneField(
        "models.Customer", related_name="balance_account", on_delete=fields.RESTRICT
    )
    balance_fen = fields.IntField(default=0)

    class Meta:
        table = "balance_account"


class BalanceEntry(Model):
    """One movement of stored value with the balance after it."""

    id = fields.IntField(primary_key=True)
    account: fields.ForeignKeyRelation[BalanceAccount] = fields.ForeignKeyField(
        "models.BalanceAccount", related_name="entries", on_delete=fields.RESTRICT
    )
    delta_fen = fields.IntField()
    balance_after_fen = fields.IntField()
    kind = fields.CharField(max_length=16)
    order_number = fields.CharField(max_length=16, null=True)
    reason = fields.CharField(max_length=200, default="")
    actor = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "balance_entry"


class BucketAccount(Model):
    """Buckets a customer holds, how many of them carry a paid deposit, and that deposit."""

    id = fields.IntField(primary_key=True)
    customer: fields.OneToOneRelation[Customer] = fields.OneToOneField(
        "models.Customer", related_name="bucket_account", on_delete=fields.RESTRICT
    )
    held = fields.IntField(default=0)
    paid_buckets = fields.IntField(default=0)
    deposit_fen = fields.IntField(default=0)

    class Meta:
        table = "bucket_account"


class BucketEntry(Model):
    """One movement of buckets or deposit, with the account after it."""

    id = fields.IntField(primary_key=True)
    account: fields.ForeignKeyRelation[BucketAccount] = fields.ForeignKeyField(
        "models.BucketAccount", related_name="entries", on_delete=fields.RESTRICT
    )
    held_delta = fields.IntField()
    held_after = fields.IntField()
    deposit_delta_fen = fields.IntField(default=0)
    deposit_after_fen = fields.IntField()
    paid_buckets_after = fields.IntField()
    kind = fields.CharField(max_length=16)
    order_number = fields.CharField(max_length=16, null=True)
    reason = fields.CharField(max_length=200, default="")
    actor = fields.CharField(max_length=64)
    created_at = fields.DatetimeField(auto_now_add=True)

    class Meta:
        table = "bucket_entry"
