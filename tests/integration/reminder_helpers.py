"""Builders for the refill-reminder tests: a household with deliveries, a policy, a sweep."""

from __future__ import annotations

from datetime import datetime, timedelta

from domain.models import Courier, Customer, Order, Product, Reminder
from domain.rules.reminder_rules import (
    DEFAULT_TEMPLATE_FIELDS,
    FIRST,
    ReminderPolicy,
    parse_template_fields,
)
from domain.services import order_moves, staff, wallet
from domain.services.customers import set_phone
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

TEMPLATE_ID = "TPL_REFILL"
POLICY = ReminderPolicy(
    template_id=TEMPLATE_ID, template_fields=parse_template_fields(DEFAULT_TEMPLATE_FIELDS)
)
EVERY = timedelta(days=12)


async def deliver(
    customer: Customer, at: datetime, quantity: int = 2, method: str = "ticket"
) -> str:
    """Place, dispatch and deliver one order at `at`; returns its number."""
    placed = await place_order(
        OrderRequest(customer.id, [("nfsq-19l", quantity)], method, window=(at, at)), at
    )
    order = await Order.get(number=placed.number)
    if order.state == "awaiting_dispatch":
        await order_moves.assign_order(placed.number, "courier1", "dispatcher", at)
    delivered = at + timedelta(minutes=30)
    await order_moves.record_delivery(placed.number, "courier1", delivered, refill_policy=POLICY)
    return placed.number


async def household(
    openid: str = "o-wang", deliveries: int = 3, last: datetime = NOW, chatted: bool = True
) -> Customer:
    """A customer with tickets and `deliveries` deliveries 12 days apart, the last at `last`."""
    if not await Product.exists():
        await seed_catalog()
    if not await Courier.exists(wecom_userid="courier1"):
        await staff.add_courier("courier1", "刘师傅", "test")
    customer = await make_customer(openid)
    customer.name = "王阿姨"
    await customer.save(update_fields=["name"])
    await set_phone(customer.id, "13800000001", "test")
    await wallet.adjust_tickets(customer.id, "nfsq-19l", 40, "test", "owner", last - 60 * EVERY)
    for back in range(deliveries - 1, -1, -1):
        await deliver(customer, last - back * EVERY - timedelta(minutes=30))
    if chatted:
        await Customer.filter(id=customer.id).update(last_message_at=last)
    return await Customer.get(id=customer.id)


async def first_reminder(customer: Customer) -> Reminder:
    """The customer's pending first reminder of the current cycle."""
    return await Reminder.get(customer_id=customer.id, kind=FIRST, status="pending")
