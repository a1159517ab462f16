"""What the database shows about one customer, order or courier, as plain records.

For the developer tools that look after the fact: `waterbot demo` checks each step's effect
here, `waterbot bench` counts what it placed. Nothing here is on a request's path.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from uuid import UUID

from domain.models import (
    Address,
    BucketAccount,
    Complaint,
    Courier,
    Customer,
    Handoff,
    Order,
    OrderLine,
    ReturnRequest,
    TicketPack,
    TicketWallet,
)
from domain.rules.order_flow import OPEN_STATES


@dataclass(frozen=True)
class CustomerFacts:
    """A customer as the Official Account knows them."""

    id: UUID
    subscribed: bool
    phone: str | None


@dataclass(frozen=True)
class OrderFacts:
    """An order's state, how it is paid and who carries it."""

    number: str
    state: str
    payment_method: str
    tickets_used: int
    courier_userid: str | None
    courier_name: str | None
    window_start: datetime
    window_end: datetime
    lines: tuple[tuple[str, int], ...]  # (sku, quantity) in the order written


@dataclass(frozen=True)
class Place:
    """A saved address with its coordinates."""

    text: str
    latitude: float | None
    longitude: float | None


@dataclass(frozen=True)
class ReturnFacts:
    """A customer's request to hand buckets back."""

    id: int
    buckets: int | None
    status: str


async def customer(openid: str) -> CustomerFacts | None:
    """The customer behind an Official Account openid."""
    row = await Customer.get_or_none(mp_openid=openid)
    return CustomerFacts(row.id, row.subscribed, row.phone) if row else None


async def tickets_held(customer_id: UUID, sku: str) -> int:
    """Tickets in a customer's wallet for one product (0 without a wallet)."""
    wallet = await TicketWallet.get_or_none(customer_id=customer_id, sku=sku)
    return wallet.balance if wallet else 0


async def buckets_held(customer_id: UUID) -> int:
    """Buckets the customer has at home (0 without an account)."""
    account = await BucketAccount.get_or_none(customer_id=customer_id)
    return account.held if account else 0


async def order(number: str) -> OrderFacts | None:
    """An order by its number."""
    row = await Order.get_or_none(number=number).prefetch_related("courier")
    if row is None:
        return None
    courier: Courier | None = row.courier
    lines = await OrderLine.filter(order_id=row.id).order_by("id").values_list("sku", "quantity")
    return OrderFacts(
        row.number,
        row.state,
        row.payment_method,
        row.tickets_used,
        courier.wecom_userid if courier else None,
        courier.name if courier else None,
        row.window_start,
        row.window_end,
        tuple((str(sku), int(qty)) for sku, qty in lines),
    )


async def open_orders(customer_id: UUID) -> list[str]:
    """The numbers of a customer's orders not yet delivered or cancelled, oldest first."""
    found = Order.filter(customer_id=customer_id, state__in=list(OPEN_STATES)).order_by("id")
    return [str(number) for number in await found.values_list("number", flat=True)]


async def complaints(customer_id: UUID) -> list[str]:
    """The texts of a customer's complaints, oldest first."""
    found = Complaint.filter(customer_id=customer_id).order_by("id")
    return [str(text) for text in await found.values_list("text", flat=True)]


@dataclass(frozen=True)
class HandoffFacts:
    """A conversation handed to staff: its number, whether it is open and who ended it."""

    number: int
    status: str
    closed_by: str


async def latest_handoff(customer_id: UUID) -> HandoffFacts | None:
    """The customer's most recent handoff to staff."""
    row = await Handoff.filter(customer_id=customer_id).order_by("-id").first()
    return HandoffFacts(row.id, row.status, row.closed_by) if row else None


async def order_count(source: str) -> int:
    """How many orders came in one way (chat, phone …)."""
    return await Order.filter(source=source).count()


async def located_address(customer_id: UUID) -> Place | None:
    """The customer's first address that has coordinates (from a shared location)."""
    row = await Address.filter(customer_id=customer_id, latitude__isnull=False).first()
    return Place(row.text, row.latitude, row.longitude) if row else None


async def pack_tickets(code: str) -> int:
    """How many tickets one pack grants, its bonus included."""
    pack = await TicketPack.get(code=code)
    return pack.tickets + pack.bonus


async def latest_return(customer_id: UUID) -> ReturnFacts | None:
    """The customer's most recent return request."""
    row = await ReturnRequest.filter(customer_id=customer_id).order_by("-id").first()
    return ReturnFacts(row.id, row.buckets, row.status) if row else None


async def courier_on_shift(userid: str) -> bool:
    """Whether a courier takes new orders."""
    return (await Courier.get(wecom_userid=userid)).on_shift
