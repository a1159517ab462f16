"""An open order as a change request shows it: old values beside the new ones."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from domain.models import Order, OrderLine


@dataclass(frozen=True)
class OrderOutline:
    """What a customer can change on an order: when, where, how many."""

    number: str
    state: str
    window_start: datetime
    window_end: datetime
    address: str
    quantity: int
    mixed: bool = False  # paid partly with tickets: its quantity is not changed in chat


async def order_outline(customer_id: UUID | str, number: str) -> OrderOutline | None:
    """The customer's order with this number, or None when it is not theirs."""
    order = await Order.filter(number=number, customer_id=customer_id).first()
    if order is None:
        return None
    quantities = await OrderLine.filter(order_id=order.id).values_list("quantity", flat=True)
    return OrderOutline(
        order.number,
        order.state,
        order.window_start,
        order.window_end,
        str(order.address.get("text") or ""),
        sum(quantities),  # type: ignore[arg-type]
        order.payment_method != "ticket" and order.tickets_used > 0,
    )
