"""Placing, cancelling and delivering orders on a real database."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.models import AuditLog, BucketAccount, Order, OrderEvent, TicketEntry, TicketWallet
from domain.rules.errors import (
    IllegalTransition,
    InsufficientBalance,
    InsufficientTickets,
    NotFound,
    OrderCancelled,
    OutOfArea,
    ProductUnavailable,
)
from domain.services import order_moves, staff, wallet
from domain.services.orders import OrderRequest, place_order
from domain.services.station import configure_station
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def _ready(tickets: bool = True):  # type: ignore[no-untyped-def]
    await seed_catalog()
    customer = await make_customer()
    if tickets:
        await wallet.buy_pack(customer.id, "nfsq-19l-10", "cash", "test", NOW)
    return customer


async def test_ticket_order_takes_one_ticket_per_bucket_and_quotes_deposit() -> None:
    customer = await _ready()
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "ticket"), NOW)
    assert placed.number == "20261124001"
    assert placed.state == "awaiting_dispatch"
    assert placed.tickets_used == 2
    assert placed.deposit_fen == 2 * 5000  # new customer holds no buckets yet
    assert placed.money_due_fen == 2 * 5000
    w = await TicketWallet.get(customer_id=customer.id, sku="nfsq-19l")
    assert w.balance == 9
    states = [
        e.to_state for e in await OrderEvent.filter(order__number=placed.number).order_by("id")
    ]
    assert states == ["pending", "awaiting_dispatch"]
    assert await AuditLog.filter(action="order.place", entity_id=placed.number).exists()


async def test_order_numbers_count_up_per_day() -> None:
    customer = await _ready()
    first = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "cash"), NOW)
    second = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "cash"), NOW)
    next_day = await place_order(
        OrderRequest(customer.id, [("nfsq-19l", 1)], "cash"), NOW + timedelta(days=1)
    )
    assert [first.number, second.number, next_day.number] == [
        "20261124001",
        "20261124002",
        "20261125001",
    ]


async def test_not_enough_tickets_changes_nothing() -> None:
    customer = await _ready()
    with pytest.raises(InsufficientTickets) as err:
        await place_order(OrderRequest(customer.id, [("nfsq-19l", 12)], "ticket"), NOW)
    assert err.value.message == "水票不足"
    assert await Order.all().count() == 0
    assert (await TicketWallet.get(customer_id=customer.id)).balance == 11


async def test_cancel_gives_tickets_back_and_cannot_cancel_twice() -> None:
    customer = await _ready()
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 3)], "ticket"), NOW)
    moved = await order_moves.cancel_order(placed.number, "customer", NOW, "不要了")
    assert (moved.state, moved.tickets_returned) == ("cancelled", 3)
    assert (await TicketWallet.get(customer_id=customer.id)).balance == 11
    kinds = [e.kind for e in await TicketEntry.all().order_by("id")]
    assert kinds == ["purchase", "order", "cancel"]
    with pytest.raises(OrderCancelled) as err:
        await order_moves.cancel_order(placed.number, "customer", NOW)
    assert err.value.message == "订单已取消"


async def test_balance_order_refunded_on_cancel() -> None:
    customer = await _ready(tickets=False)
    await wallet.top_up(customer.id, 10000, "cash", "test")
    placed = await place_order(OrderRequest(customer.id, [("cestbon-18l", 1)], "balance"), NOW)
    assert placed.prepaid_fen == 2000 + 5000
    with pytest.raises(InsufficientBalance):
        await place_order(OrderRequest(customer.id, [("cestbon-18l", 2)], "balance"), NOW)
    moved = await order_moves.cancel_order(placed.number, "customer", NOW)
    assert moved.refunded_fen == 7000
    assert (await wallet.spend(customer.id, 10000, "test", "test")).balance_fen == 0


async def test_delivery_moves_buckets_and_charges_deposit_only_beyond_paid() -> None:
    customer = await _ready()
    await staff.add_courier("courier1", "刘师傅", "test")
    first = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "ticket"), NOW)
    await order_moves.assign_order(first.number, "courier1", "dispatcher", NOW)
    done = await order_moves.record_delivery(first.number, "courier1", NOW, empties=0)
    assert (done.held_after, done.deposit_charged_fen, done.cash_due_fen) == (2, 10000, 10000)
    second = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "ticket"), NOW)
    assert second.deposit_fen == 0  # two empties come back
    await order_moves.assign_order(second.number, "courier1", "dispatcher", NOW)
    done = await order_moves.record_delivery(second.number, "courier1", NOW, empties=1)
    assert (done.held_after, done.deposit_charged_fen) == (3, 5000)
    account = await BucketAccount.get(customer_id=customer.id)
    assert (account.held, account.paid_buckets, account.deposit_fen) == (3, 3, 15000)


async def test_default_empties_never_exceed_buckets_held() -> None:
    customer = await _ready()
    await staff.add_courier("courier1", "刘师傅", "test")
    first = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "ticket"), NOW)
    await order_moves.assign_order(first.number, "courier1", "dispatcher", NOW)
    done = await order_moves.record_delivery(first.number, "courier1", NOW)
    assert (done.empties_collected, done.held_after, done.deposit_charged_fen) == (0, 2, 10000)
    second = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "ticket"), NOW)
    await order_moves.assign_order(second.number, "courier1", "dispatcher", NOW)
    done = await order_moves.record_delivery(second.number, "courier1", NOW)
    assert (done.empties_collected, done.held_after, done.deposit_charged_fen) == (1, 2, 0)


async def test_illegal_moves_are_refused() -> None:
    customer = await _ready()
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "ticket"), NOW)
    with pytest.raises(IllegalTransition):
        await order_moves.record_delivery(placed.number, "courier1", NOW)
    with pytest.raises(NotFound):
        await order_moves.cancel_order("20991231999", "customer", NOW)


async def test_failed_delivery_goes_back_to_dispatch_with_new_window() -> None:
    customer = await _ready()
    await staff.add_courier("courier1", "刘师傅", "test")
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "ticket"), NOW)
    await order_moves.assign_order(placed.number, "courier1", "dispatcher", NOW)
    tomorrow = NOW + timedelta(days=1)
    moved = await order_moves.fail_delivery(
        placed.number,
        "courier1",
        NOW,
        "无人在家",
        (tomorrow, tomorrow + timedelta(hours=2)),
        courier_userid="courier1",
    )
    assert moved.state == "awaiting_dispatch"
    assert moved.window_start == tomorrow.isoformat()
    states = [
        e.to_state for e in await OrderEvent.filter(order__number=placed.number).order_by("id")
    ]
    # Back to dispatch, which gives it to the one courier on shift again.
    assert states[-3:] == ["failed", "awaiting_dispatch", "assigned"]


async def test_unknown_product_and_out_of_area() -> None:
    customer = await _ready()
    with pytest.raises(ProductUnavailable):
        await place_order(OrderRequest(customer.id, [("nope", 1)], "cash"), NOW)
    await configure_station({"communities": ["翠湖小区"]}, "owner")
    with pytest.raises(OutOfArea) as err:
        await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "cash"), NOW)
    assert err.value.message == "超出配送范围"


async def test_idempotency_key_places_once() -> None:
    customer = await _ready()
    request = OrderRequest(customer.id, [("nfsq-19l", 1)], "ticket", idempotency_key="msg-1")
    first = await place_order(request, NOW)
    again = await place_order(request, NOW)
    assert first == again
    assert await Order.all().count() == 1
    assert (await TicketWallet.get(customer_id=customer.id)).balance == 10


async def test_closed_hours_move_the_order_to_next_opening() -> None:
    customer = await _ready()
    late = NOW.replace(hour=22)
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "cash"), late)
    assert placed.window_moved
    assert placed.window_start == (NOW + timedelta(days=1)).replace(hour=8).isoformat()


async def test_adjusting_tickets_of_an_unknown_product_is_refused() -> None:
    customer = await _ready()
    with pytest.raises(ProductUnavailable):
        await wallet.adjust_tickets(customer.id, "no-such-sku", 3, "补偿", "owner", NOW)
    assert not await TicketWallet.filter(sku="no-such-sku").exists()


async def test_follow_up_note_for_an_unknown_customer_is_not_found() -> None:
    from uuid import uuid4

    from domain.services import customers

    with pytest.raises(NotFound):
        await customers.log_service(uuid4(), "owner", "回访")


async def test_a_mixed_order_is_quoted_the_deposit_its_delivery_charges() -> None:
    customer = await _ready()
    await staff.add_courier("courier1", "刘师傅", "test")
    first = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "cash"), NOW)
    await order_moves.assign_order(first.number, "courier1", "dispatcher", NOW)
    await order_moves.record_delivery(first.number, "courier1", NOW, empties=0)  # 1 paid bucket
    mixed = [("nfsq-19l", 1), ("ganten-18l", 1)]
    placed = await place_order(OrderRequest(customer.id, mixed, "cash"), NOW)
    await order_moves.assign_order(placed.number, "courier1", "dispatcher", NOW)
    done = await order_moves.record_delivery(placed.number, "courier1", NOW)
    # One empty back, two full in: one bucket beyond those paid for, at the higher deposit.
    assert placed.deposit_fen == done.deposit_charged_fen == 5000
    assert done.cash_due_fen == placed.money_due_fen
