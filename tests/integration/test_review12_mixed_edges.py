"""Issue 12 review: a mixed order (tickets + balance) changed, cancelled and raced.

Whatever happened in between — a move to a walk-up flat that costs a floor fee, a cancel racing
the courier's 送达, the same cancel sent twice — the ledgers end where they should: a cancel
gives back exactly the tickets and the balance the order holds, once; never below zero.
"""

from __future__ import annotations

import asyncio

import pytest

from domain.models import BalanceEntry, Order, TicketEntry
from domain.rules.errors import DomainError
from domain.services import customers, order_moves, staff
from domain.services.customers import AddressInput
from domain.services.order_changes import OrderChange, change_order
from domain.services.order_moves import Delivered, Moved
from domain.services.orders import OrderRequest, place_order
from domain.services.station import configure_station
from tests.integration.helpers import seed_catalog
from tests.integration.test_mixed_payment import ITEMS, _balance, _customer, _tickets
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def test_a_cancel_after_a_move_upstairs_gives_back_the_floor_fee_too() -> None:
    await seed_catalog()
    await configure_station({"floor_fee_fen": 100, "free_floors": 3}, "test")
    customer = await _customer(balance_fen=50000)
    walkup = AddressInput("阳光花园5栋602", floor=6, has_lift=False, make_default=False)
    flat = await customers.add_address(customer.id, walkup, "test")
    placed = await place_order(OrderRequest(customer.id, ITEMS, "balance", use_tickets=True), NOW)
    before = placed.prepaid_fen
    changed = await change_order(OrderChange(placed.number, customer.id, address_id=flat.id), NOW)
    order = await Order.get(number=placed.number)
    assert order.floor_fee_fen > 0 and changed.balance_delta_fen == order.floor_fee_fen
    assert order.prepaid_fen == before + order.floor_fee_fen
    assert await _balance(customer.id) == 50000 - order.prepaid_fen

    again = "cancel-once"
    first = await order_moves.cancel_order(placed.number, "customer", NOW, key=again)
    repeat = await order_moves.cancel_order(placed.number, "customer", NOW, key=again)
    assert first == repeat and first.refunded_fen == order.prepaid_fen
    assert first.tickets_returned == 1
    assert await _balance(customer.id) == 50000 and await _tickets(customer.id) == 8
    back = await BalanceEntry.filter(order_number=placed.number, delta_fen__gt=0).count()
    assert back == 1 and await TicketEntry.filter(order_number=placed.number, delta=1).count() == 1


async def test_a_cancel_racing_the_delivery_leaves_one_outcome_and_whole_ledgers() -> None:
    await seed_catalog()
    customer = await _customer(balance_fen=50000)
    await staff.add_courier("courier1", "王师傅", "test", "13900000000", 10, 150)
    placed = await place_order(OrderRequest(customer.id, ITEMS, "balance", use_tickets=True), NOW)
    await order_moves.assign_order(placed.number, "courier1", "dispatcher", NOW)
    await order_moves.start_delivery(placed.number, "courier1", NOW)
    results = await asyncio.gather(
        order_moves.cancel_order(placed.number, "dispatcher", NOW, "客户不要了"),
        order_moves.record_delivery(placed.number, "courier1", NOW, empties=0),
        return_exceptions=True,
    )
    won = [r for r in results if isinstance(r, Moved | Delivered)]
    assert len(won) == 1 and all(isinstance(r, DomainError) for r in results if r not in won)
    order = await Order.get(number=placed.number)
    if isinstance(won[0], Moved):
        assert order.state == "cancelled"
        assert await _balance(customer.id) == 50000 and await _tickets(customer.id) == 8
    else:
        assert order.state == "delivered"
        assert await _balance(customer.id) == 50000 - order.prepaid_fen
        assert await _tickets(customer.id) == 7
