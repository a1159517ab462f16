"""Placing an order: the one way an order comes to exist, from chat, phone or admin."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from domain.infra.ports import Conn, TaskLine
from domain.models import Order, OrderLine
from domain.rules import pricing
from domain.rules.cleaning import clean_text
from domain.rules.errors import TicketsChanged
from domain.rules.order_flow import OrderState, format_order_number
from domain.rules.station import Scheduled
from domain.services import campaign_orders, payments
from domain.services.dispatch import dispatch_new
from domain.services.order_payment import pay_order
from domain.services.order_preparation import (
    OrderRequest,
    Preview,
    address_snapshot,
    prepare,
    preview_order,
)
from domain.services.order_transitions import record_events
from domain.services.support import audit, next_in_sequence, run_in_transaction
from domain.services.task_cards import NewOrder

# The request and the preview are asked for here by the edges that place orders.
__all__ = ["OrderRequest", "PlacedOrder", "Preview", "place_order", "preview_order"]


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
    tickets_fen: int = 0  # goods paid with tickets (a mixed order's covered lines)
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
        # Only when asked, so keys stored before mixed payments still compare equal.
        **({"tickets": True} if request.use_tickets else {}),
    }


async def _place(conn: Conn, req: OrderRequest, now: datetime) -> dict[str, Any]:
    prepared = await prepare(conn, req, now, lock=True)
    expected = req.tickets_expected
    if expected is not None and prepared.cover.tickets != expected:
        # Tickets expired or were spent since the confirmation: the money due has changed.
        usable = prepared.cover.tickets
        raise TicketsChanged(f"{req.customer_id}: {usable} tickets cover, {expected} shown")
    customer, address, lines, slot, quote = (
        prepared.customer,
        prepared.address,
        prepared.lines,
        prepared.slot,
        prepared.quote,
    )
    # `now` is in the station's time zone, so the number carries the station's calendar day.
    sequence = await next_in_sequence(conn, f"order:{now:%Y%m%d}", on_its_own=True)
    number = format_order_number(now.date(), sequence)
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
        tickets_fen=quote.tickets_fen,
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
    await pay_order(conn, customer, order, prepared.cover, quote, now, req.actor)
    # Paid online (docs/PAY.md): pending until WeChat Pay says so, then payments.settle moves it.
    due = quote.money_due_fen(order.payment_method) - order.prepaid_fen
    trade = await payments.open_for_order(conn, order, customer, due, now)
    steps: list[tuple[str | None, str, str]] = [(None, OrderState.PENDING, req.source)]
    if trade is None:
        steps.append((OrderState.PENDING, OrderState.AWAITING_DISPATCH, ""))
        order.state = OrderState.AWAITING_DISPATCH
    await record_events(conn, order, steps, req.actor, now)  # both events in one statement
    placed = {**_placed(order, lines, quote, slot), "out_trade_no": trade or ""}
    # Written once, by the dispatch (with its courier when one takes it).
    card_lines = tuple(TaskLine(line.name, line.quantity) for line in lines)
    await dispatch_new(conn, order, now, NewOrder(card_lines, customer))
    await audit(conn, req.actor, "order.place", "order", order.number, None, placed)
    return placed


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
        "tickets_fen": quote.tickets_fen,
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
