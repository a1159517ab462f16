"""Tortoise models: thin records. Rules live in the pure modules beside this package."""

from domain.models.admin import ApiToken
from domain.models.alerts import AlertSent
from domain.models.campaigns import Campaign, Coupon, OrderCampaign, PromoCode
from domain.models.catalog import Product, TicketPack
from domain.models.chat import (
    AccessToken,
    Complaint,
    Conversation,
    CustomerMedia,
    Handoff,
    PackPurchase,
    ProcessedMessage,
    ReturnRequest,
)
from domain.models.codes import CodeSecret, RedeemFailure, TicketCode, TicketCodeBatch
from domain.models.customers import Address, Customer, ServiceLog
from domain.models.infra import AuditLog, DailyCounter, IdempotencyRecord, OutboxMessage
from domain.models.ledgers import (
    BalanceAccount,
    BalanceEntry,
    BucketAccount,
    BucketEntry,
    TicketEntry,
    TicketLot,
    TicketWallet,
)
from domain.models.orders import Order, OrderEvent, OrderLine, OrderTicketUse
from domain.models.payments import CashHandIn, Payment, PaymentEntry, PaymentRefund
from domain.models.plans import DispatchPlan, PlanStop
from domain.models.reminders import JobRun, Reminder
from domain.models.staff import Courier, Staff, Station
from domain.models.tasks import TaskCard

__all__ = [
    "AccessToken",
    "Address",
    "AlertSent",
    "ApiToken",
    "AuditLog",
    "BalanceAccount",
    "BalanceEntry",
    "BucketAccount",
    "BucketEntry",
    "Campaign",
    "CashHandIn",
    "CodeSecret",
    "Complaint",
    "Conversation",
    "Coupon",
    "Courier",
    "Customer",
    "CustomerMedia",
    "DailyCounter",
    "DispatchPlan",
    "Handoff",
    "IdempotencyRecord",
    "JobRun",
    "Order",
    "OrderCampaign",
    "OrderEvent",
    "OrderLine",
    "OrderTicketUse",
    "OutboxMessage",
    "PackPurchase",
    "Payment",
    "PaymentEntry",
    "PaymentRefund",
    "PlanStop",
    "ProcessedMessage",
    "Product",
    "PromoCode",
    "RedeemFailure",
    "Reminder",
    "ReturnRequest",
    "ServiceLog",
    "Staff",
    "Station",
    "TaskCard",
    "TicketCode",
    "TicketCodeBatch",
    "TicketEntry",
    "TicketLot",
    "TicketPack",
    "TicketWallet",
]
