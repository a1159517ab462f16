"""Changing an open order on a real database: re-priced through the ledgers, refused on the road."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.models import AuditLog, BalanceAccount, Order, OrderLine, TicketWallet
from domain.rules.errors import Conflict, NotFound
from domain.services import customers, order_moves, staff, wallet
from domain.services.customers import AddressInput
from domain.services.order_changes import OrderChange, change_order
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def _balance(customer_id: object) -> int:
    return (await BalanceAccount.get(customer_id=customer_id)).balance_fen


async def test_a_balance_order_is_charged_and_refunded_by_the_difference() -> None:
    await seed_catalog()
    customer = await make_customer()
    await wallet.top_up(customer.id, 50000, "cash", "test")
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "balance"), NOW)
    after_placing = await _balance(customer.id)
    assert after_placing == 50000 - placed.prepaid_fen

    more = await change_order(OrderChange(placed.number, customer.id, quantity=3), NOW)
    order = await Order.get(number=placed.number)
    # One more bucket: its water (22 yuan) and its deposit (50 yuan) come off the balance.
    assert more.balance_delta_fen == 2200 + 5000 and more.quantity == 3
    assert await _balance(customer.id) == after_placing - 7200
    assert order.prepaid_fen == placed.prepaid_fen + 7200 and order.payment_status == "paid"
    assert (await OrderLine.get(order_id=order.id)).quantity == 3

    fewer = await change_order(OrderChange(placed.number, customer.id, quantity=1), NOW)
    assert fewer.balance_delta_fen == -2 * 7200
    assert await _balance(customer.id) == after_placing - 7200 + 2 * 7200
    assert (await Order.get(number=placed.number)).goods_fen == 2200
    assert await AuditLog.filter(action="order.change", entity_id=placed.number).count() == 2


async def test_a_ticket_order_takes_and_gives_back_tickets() -> None:
    await seed_catalog()
    customer = await make_customer()
    await wallet.buy_pack(customer.id, "nfsq-19l-10", "cash", "test", NOW)
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "ticket"), NOW)
    tickets = TicketWallet.get(customer_id=customer.id, sku="nfsq-19l")
    start = (await tickets).balance

    up = await change_order(OrderChange(placed.number, customer.id, quantity=4), NOW)
    assert up.tickets_delta == 2 and (await tickets).balance == start - 2
    down = await change_order(OrderChange(placed.number, customer.id, quantity=1), NOW)
    assert down.tickets_delta == -3 and (await tickets).balance == start + 1
    assert (await Order.get(number=placed.number)).tickets_used == 1


async def test_time_and_address_change_without_money_moving() -> None:
    await seed_catalog()
    customer = await make_customer()
    office = await customers.add_address(customer.id, AddressInput("创业大厦A座1608"), "test")
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "cash"), NOW)
    day = NOW + timedelta(days=1)
    tomorrow = day.replace(hour=13), day.replace(hour=18)
    changed = await change_order(
        OrderChange(placed.number, customer.id, window=tomorrow, address_id=office.id), NOW
    )
    order = await Order.get(number=placed.number)
    assert order.window_start == tomorrow[0] and order.window_end == tomorrow[1]
    assert order.address["text"] == "创业大厦A座1608" == changed.address
    assert changed.balance_delta_fen == 0 and changed.money_due_fen == placed.money_due_fen


async def test_refused_once_the_courier_is_on_the_way() -> None:
    await seed_catalog()
    customer = await make_customer()
    await staff.add_courier("u-wang", "王师傅", "test", "13900000000", 10, 150)
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "cash"), NOW)
    await order_moves.assign_order(placed.number, "u-wang", "test", NOW)
    await order_moves.start_delivery(placed.number, "u-wang", NOW)
    with pytest.raises(Conflict) as err:
        await change_order(OrderChange(placed.number, customer.id, quantity=3), NOW)
    assert "不能再修改" in err.value.message
    assert (await OrderLine.get(order__number=placed.number)).quantity == 2
    assert not await AuditLog.filter(action="order.change").exists()


async def test_someone_elses_order_is_not_found() -> None:
    await seed_catalog()
    owner = await make_customer("o-a")
    other = await make_customer("o-b")
    placed = await place_order(OrderRequest(owner.id, [("nfsq-19l", 2)], "cash"), NOW)
    with pytest.raises(NotFound):
        await change_order(OrderChange(placed.number, other.id, quantity=5), NOW)
