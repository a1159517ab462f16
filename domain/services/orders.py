"""Placing an order: the one way an order comes to exist, from chat, phone or admin."""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any
from uuid import UUID

from tortoise.transactions import in_transaction

from domain.infra.ports import Conn
from domain.models import Address, Customer, Order, OrderEvent, OrderLine, OrderTicketUse, Product
from domain.rules import deposits, pricing
from domain.rules.cleaning import clean_text
from domain.rules.errors import InsufficientTickets, InvalidInput, NotFound, ProductUnavailable
from domain.rules.order_flow import OrderState, format_order_number
from domain.rules.station import Scheduled, bookable_window, check_area
from domain.services import campaign_orders, ledgers, payments
from domain.services.dispatch import dispatch_order
from domain.services.ledgers import Posting
from domain.services.station import load_rules
from domain.services.support import audit, lock_customer, next_in_sequence, run_in_transaction


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


@dataclass(frozen=True)
class PlacedOrder:
    """The outcome the customer is told about."""

    number: str
    state: str
    window_start: str
    window_end: str
    window_moved: bool
    goods_fen: int
    delivery_fee_fen: int
    floor_fee_fen: int
    deposit_fen: int
    money_due_fen: int
    prepaid_fen: int
    tickets_used: int
    payment_method: str
    lines: list[dict[str, Any]] = field(default_factory=list)
    discount_fen: int = 0
    out_trade_no: str = ""  # paid online: the WeChat Pay trade waiting for the customer


async def place_order(request: OrderRequest, now: datetime) -> PlacedOrder:
    """Validate, price, pay (tickets or balance) and create the order in one transaction.

    `now` is timezone-aware, in the station's time zone.
    """

    async def work(conn: Conn) -> dict[str, Any]:
        return await _place(conn, request, now)

    result = await run_in_transaction(
        "order.place",
        request.idempotency_key,
        work,
        subject=request.customer_id,
        params=_order_params(request),
    )
    return PlacedOrder(**result)


def _order_params(request: OrderRequest) -> dict[str, Any]:
    """What makes two placements the same order (who placed it and when do not)."""
    return {
        "items": sorted(request.items),
        "payment": request.payment_method,
        "address": request.address_id,
        "window": request.window,
        "note": request.note,
        "promo": request.promo_code,
    }


async def _priced_lines(conn: Conn, items: list[tuple[str, int]]) -> list[pricing.PricedLine]:
    if not items:
        raise InvalidInput("order without items", message="请告诉我们要订什么水")
    merged: dict[str, int] = {}
    for sku, qty in items:
        merged[sku] = merged.get(sku, 0) + qty
    products = {p.sku: p for p in await Product.filter(sku__in=list(merged)).using_db(conn)}
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


async def _address(conn: Conn, customer: Customer, address_id: UUID | str | None) -> Address:
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


@dataclass(frozen=True)
class _Prepared:
    customer: Customer
    address: Address
    lines: list[pricing.PricedLine]
    slot: Scheduled
    quote: pricing.Quote
    free: campaign_orders.FreeChoice | None
    coupon: campaign_orders.CouponChoice | None


async def _prepare(conn: Conn, req: OrderRequest, now: datetime, lock: bool) -> _Prepared:
    customer = await (lock_customer(conn, req.customer_id) if lock else _customer(conn, req))
    rules = await load_rules(conn)
    lines = await _priced_lines(conn, req.items)
    address = await _address(conn, customer, req.address_id)
    check_area(rules, address.text, address.latitude, address.longitude)
    slot = bookable_window(rules, now, req.window)
    free = await campaign_orders.free_goods_for(conn, lines, req.payment_method, now)
    if free is not None:
        lines = [*lines, free.goods.line]  # free buckets are carried and held like any other
    deposit = await _deposit(conn, customer, lines, lock)
    quote = pricing.quote(
        rules, lines, req.payment_method, address.floor, address.has_lift, deposit
    )
    method, code = req.payment_method, req.promo_code
    if lock:  # placing: an automatic coupon is issued (its budget claimed) right here
        coupon = await campaign_orders.settle_coupon(
            conn, customer, quote, method, code, now, req.actor
        )
    else:
        coupon = await campaign_orders.coupon_for(conn, customer, quote, method, code, now)
    if coupon is not None:
        quote = replace(quote, discount_fen=coupon.discount_fen)
    return _Prepared(customer, address, lines, slot, quote, free, coupon)


async def _deposit(
    conn: Conn, customer: Customer, lines: list[pricing.PricedLine], lock: bool
) -> int:
    """Deposit the delivery will charge: all buckets together, at the highest deposit.

    The same rule as `order_moves.record_delivery`, so the quote is what the courier collects
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


async def preview_order(request: OrderRequest, now: datetime) -> Preview:
    """Run every check and price the order without placing it (for the confirmation)."""
    async with in_transaction() as conn:
        prepared = await _prepare(conn, request, now, lock=False)
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
        )


async def _place(conn: Conn, req: OrderRequest, now: datetime) -> dict[str, Any]:
    prepared = await _prepare(conn, req, now, lock=True)
    customer, address, lines, slot, quote = (
        prepared.customer,
        prepared.address,
        prepared.lines,
        prepared.slot,
        prepared.quote,
    )
    # `now` is in the station's time zone, so the number carries the station's calendar day.
    number = format_order_number(now.date(), await next_in_sequence(conn, f"order:{now:%Y%m%d}"))
    order = await Order.create(
        number=number,
        customer=customer,
        address=address_snapshot(address),
        window_start=slot.start,
        window_end=slot.end,
        payment_method=req.payment_method,
        state=OrderState.PENDING,
        goods_fen=quote.goods_fen,
        delivery_fee_fen=quote.delivery_fee_fen,
        floor_fee_fen=quote.floor_fee_fen,
        deposit_fen=quote.deposit_fen,
        tickets_used=quote.tickets_needed,
        discount_fen=quote.discount_fen,
        note=clean_text(req.note, multiline=True)[:200],
        source=req.source,
        using_db=conn,
    )
    for line in lines:
        await OrderLine.create(
            order=order,
            sku=line.sku,
            name=line.name,
            quantity=line.quantity,
            unit_price_fen=line.unit_price_fen,
            deposit_each_fen=line.deposit_each_fen,
            is_bucket=line.is_bucket,
            using_db=conn,
        )
    await campaign_orders.record_use(
        conn, order, customer, prepared.free, prepared.coupon, req.actor, now
    )
    await _pay(conn, customer, order, lines, quote, now, req.actor)
    await _record_event(conn, order, None, OrderState.PENDING, req.actor, req.source, now)
    # Paid online (docs/PAY.md): pending until WeChat Pay says so, then payments.settle moves it.
    due = quote.money_due_fen(order.payment_method) - order.prepaid_fen
    trade = await payments.open_for_order(conn, order, customer, due, now)
    if trade is None:
        await _record_event(
            conn, order, OrderState.PENDING, OrderState.AWAITING_DISPATCH, req.actor, "", now
        )
        order.state = OrderState.AWAITING_DISPATCH
    await order.save(using_db=conn)
    placed = {**_placed(order, lines, quote, slot), "out_trade_no": trade or ""}
    await dispatch_order(conn, order, now)
    await audit(conn, req.actor, "order.place", "order", order.number, None, placed)
    return placed


async def _pay(
    conn: Conn,
    customer: Customer,
    order: Order,
    lines: list[pricing.PricedLine],
    quote: pricing.Quote,
    now: datetime,
    actor: str,
) -> None:
    posting = Posting(actor, "order", order_number=order.number)
    if order.payment_method == "ticket":
        for line in sorted(lines, key=lambda ln: ln.sku):  # wallets lock in sku order
            wallet = await ledgers.wallet(conn, customer, line.sku)
            for lot, n in await ledgers.take_tickets(conn, wallet, line.quantity, now, posting):
                await OrderTicketUse.create(order=order, lot=lot, count=n, using_db=conn)
    elif order.payment_method == "balance":
        account = await ledgers.balance_account(conn, customer)
        await ledgers.move_balance(conn, account, -quote.money_due_fen("balance"), posting)
        order.prepaid_fen = quote.money_due_fen("balance")
    if quote.money_due_fen(order.payment_method) == order.prepaid_fen:
        order.payment_status = "paid"


async def _record_event(
    conn: Conn, order: Order, src: str | None, dst: str, actor: str, reason: str, now: datetime
) -> None:
    await OrderEvent.create(
        order=order,
        from_state=src,
        to_state=dst,
        actor=actor,
        reason=clean_text(reason)[:200],
        at=now,
        using_db=conn,
    )


def _placed(
    order: Order, lines: list[pricing.PricedLine], quote: pricing.Quote, slot: Scheduled
) -> dict[str, Any]:
    return {
        "number": order.number,
        "state": order.state,
        "window_start": slot.start.isoformat(),
        "window_end": slot.end.isoformat(),
        "window_moved": slot.moved,
        "goods_fen": quote.goods_fen,
        "delivery_fee_fen": quote.delivery_fee_fen,
        "floor_fee_fen": quote.floor_fee_fen,
        "deposit_fen": quote.deposit_fen,
        "money_due_fen": quote.money_due_fen(order.payment_method) - order.prepaid_fen,
        "prepaid_fen": order.prepaid_fen,
        "tickets_used": quote.tickets_needed,
        "payment_method": order.payment_method,
        "discount_fen": quote.discount_fen,
        "lines": [
            {
                "sku": ln.sku,
                "name": ln.name,
                "quantity": ln.quantity,
                "unit_price_fen": ln.unit_price_fen,
            }
            for ln in lines
        ],
    }
