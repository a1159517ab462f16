"""Preparing an order: the request, its lines priced, its address, window and deposit checked.

`preview_order` runs it alone for the confirmation; `orders.place_order` runs it under the
customer's lock and then places the order.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import datetime
from uuid import UUID

from domain.infra.ports import Conn
from domain.models import Address, Customer
from domain.rules import deposits, pricing, ticket_split
from domain.rules.errors import InsufficientTickets, InvalidInput, NotFound, ProductUnavailable
from domain.rules.station import Scheduled, bookable_window, check_area
from domain.services import campaign_orders, ledgers, shared_settings
from domain.services.support import default_connection, lock_customer


@dataclass(frozen=True)
class OrderRequest:
    """What the customer (or staff on their behalf) asked for."""

    customer_id: UUID | str
    items: list[tuple[str, int]]
    payment_method: str
    address_id: UUID | str | None = None
    window: tuple[datetime, datetime] | None = None
    note: str = ""
    source: str = "chat"
    actor: str = "customer"
    idempotency_key: str | None = None
    promo_code: str | None = None
    # Tickets pay the lines they cover and `payment_method` the rest (a mixed order).
    use_tickets: bool = False
    # The tickets the customer saw the order take when they confirmed it: placing refuses
    # (TicketsChanged) when the wallets now cover other goods, rather than charge another sum.
    tickets_expected: int | None = None


async def priced_lines(conn: Conn, items: list[tuple[str, int]]) -> list[pricing.PricedLine]:
    """The items merged per product and priced from the catalog; unknown products refused."""
    if not items:
        raise InvalidInput("order without items", message="请告诉我们要订什么水")
    merged: dict[str, int] = {}
    for sku, qty in items:
        merged[sku] = merged.get(sku, 0) + qty
    products = await shared_settings.products(conn, list(merged))
    lines = []
    for sku, qty in merged.items():
        product = products.get(sku)
        if product is None or not product.active:
            raise ProductUnavailable(f"product {sku!r} unknown or inactive")
        lines.append(
            pricing.PricedLine(
                sku,
                product.name,
                qty,
                product.price_fen,
                product.deposit_fen,
                is_bucket=product.unit == "桶",
            )
        )
    return lines


async def find_address(conn: Conn, customer: Customer, address_id: UUID | str | None) -> Address:
    """The customer's address by id, or the default one; a clear refusal when there is none."""
    query = Address.filter(customer_id=customer.id).using_db(conn)
    found = await (
        query.filter(id=address_id) if address_id else query.filter(is_default=True)
    ).first()
    if found is None:
        raise NotFound(
            f"no address {address_id or 'default'} for {customer.id}",
            message="还没有送水地址,请先告诉我们地址",
        )
    return found


def address_snapshot(address: Address) -> dict[str, object]:
    """The address as it was when the order was placed."""
    return {
        "id": str(address.id),
        "label": address.label,
        "text": address.text,
        "community": address.community,
        "building": address.building,
        "unit": address.unit,
        "room": address.room,
        "floor": address.floor,
        "has_lift": address.has_lift,
        "latitude": address.latitude,
        "longitude": address.longitude,
    }


@dataclass(frozen=True)
class Preview:
    """An order priced and checked, not yet placed: what the confirmation shows."""

    lines: list[pricing.PricedLine]
    address: dict[str, object]
    window_start: datetime
    window_end: datetime
    window_moved: bool
    quote: pricing.Quote
    tickets_left: dict[str, int]
    cover: ticket_split.TicketCover = ticket_split.NO_TICKETS


@dataclass(frozen=True)
class Prepared:
    """An order checked and priced, with the campaign goods and coupon it would use."""

    customer: Customer
    address: Address
    lines: list[pricing.PricedLine]
    slot: Scheduled
    quote: pricing.Quote
    free: campaign_orders.FreeChoice | None
    coupon: campaign_orders.CouponChoice | None
    cover: ticket_split.TicketCover


async def prepare(
    conn: Conn, req: OrderRequest, now: datetime, lock: bool, known: Customer | None = None
) -> Prepared:
    """Check and price a request; `lock` (placing) takes the customer's row lock first.

    `known`: the customer, not read again (a preview, which uses only its id).
    """
    if lock:
        customer = await lock_customer(conn, req.customer_id)
    else:
        customer = known or await _customer(conn, req)
    rules = await shared_settings.station_rules(conn)
    lines = await priced_lines(conn, req.items)
    address = await find_address(conn, customer, req.address_id)
    check_area(rules, address.text, address.latitude, address.longitude)
    slot = bookable_window(rules, now, req.window)
    cover = await ticket_cover(conn, customer, req, lines, now)
    # Campaigns are for orders paid in money only: an order that takes tickets gets none.
    method = "ticket" if cover.tickets else req.payment_method
    offers = await campaign_orders.running_offers(conn, method, now)  # one read for both uses
    free = await campaign_orders.free_goods_for(conn, lines, method, now, offers)
    if free is not None:
        lines = [*lines, free.goods.line]  # free buckets are carried and held like any other
    deposit = await expected_deposit(conn, customer, lines, lock)
    quote = pricing.quote(
        rules,
        lines,
        req.payment_method,
        address.floor,
        address.has_lift,
        deposit,
        (cover.tickets, cover.value_fen),
    )
    code = req.promo_code
    if lock:  # placing: an automatic coupon is issued (its budget claimed) right here
        coupon = await campaign_orders.settle_coupon(
            conn, customer, quote, method, code, now, req.actor, offers
        )
    else:
        coupon = await campaign_orders.coupon_for(
            conn, customer, quote, method, code, now, offers=offers
        )
    if coupon is not None:
        quote = replace(quote, discount_fen=coupon.discount_fen)
    return Prepared(customer, address, lines, slot, quote, free, coupon, cover)


async def ticket_cover(
    conn: Conn,
    customer: Customer,
    req: OrderRequest,
    lines: list[pricing.PricedLine],
    now: datetime,
) -> ticket_split.TicketCover:
    """The lines tickets pay: all of a ticket order, those the wallets cover in a mixed one.

    Read without locking the wallets: placing holds the customer's lock, which every ticket
    movement takes first, so the counts cannot change before the wallets are debited.
    """
    if req.payment_method == "ticket":
        return ticket_split.whole(lines)
    if not req.use_tickets:
        return ticket_split.NO_TICKETS
    ticket_split.check_rest_method(req.payment_method)
    return ticket_split.cover(lines, await ledgers.usable_tickets(conn, customer, now))


async def expected_deposit(
    conn: Conn, customer: Customer, lines: list[pricing.PricedLine], lock: bool
) -> int:
    """Deposit the delivery will charge: all buckets together, at the highest deposit.

    The same rule as `order_delivery.record_delivery`, so the quote is what the courier collects
    (quoting per product counted the customer's paid buckets once for each product).
    """
    # A preview reads without locking or creating anything: it holds no customer lock, and
    # locking (or inserting) the account first deadlocked against a placement, which locks
    # the customer and then the account.
    if lock:
        state = ledgers.bucket_state(await ledgers.bucket_account(conn, customer))
    else:
        state = await ledgers.peek_bucket_state(conn, customer)
    buckets = [line for line in lines if line.is_bucket]
    count = sum(line.quantity for line in buckets)
    each = max((line.deposit_each_fen for line in buckets), default=0)
    return deposits.expected_deposit(state, count, each)


async def _customer(conn: Conn, req: OrderRequest) -> Customer:
    found = await Customer.filter(id=req.customer_id).using_db(conn).first()
    if found is None:
        raise NotFound(f"customer {req.customer_id}", message="没有找到这位客户")
    return found


async def preview_order(request: OrderRequest, now: datetime, identified: bool = False) -> Preview:
    """Run every check and price the order without placing it (for the confirmation).

    `identified`: the caller found the customer this turn (the chat's turn), so the preview
    does not read the row again; it needs only the id (tickets, buckets, coupons, address).
    """
    # Reads only, so no transaction: on PostgreSQL's read committed one would not give the
    # reads one snapshot anyway, and BEGIN and COMMIT were two round trips of each preview.
    conn = await default_connection()
    known = Customer(id=request.customer_id) if identified else None
    prepared = await prepare(conn, request, now, lock=False, known=known)
    left = await ledgers.usable_tickets(conn, prepared.customer, now)
    if request.payment_method == "ticket":
        for line in prepared.lines:
            if left.get(line.sku, 0) < line.quantity:
                raise InsufficientTickets(f"{line.sku}: {left.get(line.sku, 0)} usable")
    return Preview(
        prepared.lines,
        address_snapshot(prepared.address),
        prepared.slot.start,
        prepared.slot.end,
        prepared.slot.moved,
        prepared.quote,
        left,
        prepared.cover,
    )
