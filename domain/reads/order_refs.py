"""Which order a typed number names (`rules.order_numbers`), for staff and for a customer.

A courier's numbers are resolved among his own tasks (`services.courier_tasks.resolve_number`).
"""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

from tortoise.queryset import QuerySet

from domain.models import Order
from domain.rules.errors import NotFound
from domain.rules.order_flow import OPEN_STATES
from domain.rules.order_numbers import pick_number

STAFF_REACH = 200  # how far back an owner's short number may reach
CUSTOMER_REACH = 50  # and a customer's, among their own orders


async def _numbers(query: QuerySet[Order]) -> list[str]:
    return [str(n) for n in await query.values_list("number", flat=True)]


async def for_staff(said: str, now: datetime) -> str:
    """The order an owner or dispatcher means (20261124003, 003, #003): today's first, then
    the open ones, then the latest; NotFound when none has that number."""
    latest = Order.all().order_by("-id")
    groups = (
        await _numbers(latest.filter(number__startswith=f"{now:%Y%m%d}")),
        await _numbers(latest.filter(state__in=list(OPEN_STATES))),
        await _numbers(latest.limit(STAFF_REACH)),
    )
    number = pick_number(said, groups)
    if number is None or not await Order.exists(number=number):
        raise NotFound(f"order {said} not found", message=f"没有找到订单 {said}")
    return number


async def for_customer(customer_id: UUID | str, said: str) -> str | None:
    """The customer's order `said` names, open ones first; None when none of theirs has it."""
    mine = Order.filter(customer_id=customer_id).order_by("-id")
    groups = (
        await _numbers(mine.filter(state__in=list(OPEN_STATES))),
        await _numbers(mine.limit(CUSTOMER_REACH)),
    )
    return pick_number(said, groups)
