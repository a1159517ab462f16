"""Tickets in a mixed order on a real database: placed, delivered and cancelled.

Tickets pay the lines they cover and one other method the rest (docs/MONEY.md, "Tickets in a
mixed order"); the ledgers move in the placing transaction and come back on a cancel.
"""

from __future__ import annotations

import asyncio
from datetime import timedelta

import pytest

from domain.models import (
    AuditLog,
    BalanceAccount,
    BalanceEntry,
    Order,
    OrderTicketUse,
    TicketEntry,
    TicketWallet,
)
from domain.rules import revenue
from domain.rules.errors import DomainError, InsufficientBalance, InvalidInput
from domain.services import customers, order_moves, staff, wallet
from domain.services.customers import AddressInput
from domain.services.order_changes import OrderChange, change_order
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

# The example: 一桶农夫一桶怡宝 from a customer holding 8 怡宝 tickets.
ITEMS = [("nfsq-19l", 1), ("cestbon-18l", 1)]
NFSQ, CESTBON, DEPOSIT = 2200, 2000, 5000


async def _customer(tickets: int = 8, balance_fen: int = 0, openid: str = "o-test"):  # type: ignore[no-untyped-def]
    customer = await make_customer(openid)
    if tickets:
        await wallet.adjust_tickets(customer.id, "cestbon-18l", tickets, "开户赠送", "owner", NOW)
    if balance_fen:
        await wallet.top_up(customer.id, balance_fen, "cash", "owner")
    return customer


async def _tickets(customer_id: object) -> int:
    w = await TicketWallet.get(customer_id=customer_id, sku="cestbon-18l")
    ledger = await TicketEntry.filter(wallet_id=w.id).values_list("delta", flat=True)
    assert w.balance == sum(ledger) >= 0  # the posted balance is its ledger's sum
    return w.balance


async def _balance(customer_id: object) -> int:
    account = await BalanceAccount.get_or_none(customer_id=customer_id)
    if account is None:
        return 0
    ledger = await BalanceEntry.filter(account_id=account.id).values_list("delta_fen", flat=True)
    assert account.balance_fen == sum(ledger) >= 0
    return account.balance_fen


async def test_tickets_and_balance_pay_one_order_and_a_cancel_gives_both_back() -> None:
    await seed_catalog()
    customer = await _customer(balance_fen=30000)
    request = OrderRequest(customer.id, ITEMS, "balance", use_tickets=True)
    placed = await place_order(request, NOW)

    rest = NFSQ + 2 * DEPOSIT  # the 农夫 bucket and both new buckets' deposit
    assert (placed.tickets_used, placed.tickets_fen) == (1, CESTBON)
    assert (placed.prepaid_fen, placed.money_due_fen) == (rest, 0)
    order = await Order.get(number=placed.number)
    assert (order.payment_method, order.payment_status) == ("balance", "paid")
    assert (order.tickets_used, order.tickets_fen, order.prepaid_fen) == (1, CESTBON, rest)
    assert await _tickets(customer.id) == 7
    assert await _balance(customer.id) == 30000 - rest
    # Both ledgers name the order; the audit row carries what was paid how.
    assert await TicketEntry.filter(order_number=placed.number, delta=-1).exists()
    assert await BalanceEntry.filter(order_number=placed.number, delta_fen=-rest).exists()
    audit = await AuditLog.get(action="order.place", entity_id=placed.number)
    assert audit.after is not None
    assert (audit.after["tickets_fen"], audit.after["prepaid_fen"]) == (CESTBON, rest)

    moved = await order_moves.cancel_order(placed.number, "customer", NOW, "不要了")
    assert (moved.tickets_returned, moved.refunded_fen) == (1, rest)
    assert await _tickets(customer.id) == 8
    assert await _balance(customer.id) == 30000
    order = await Order.get(number=placed.number)
    assert (order.state, order.payment_status) == ("cancelled", "refunded")
    assert await TicketEntry.filter(order_number=placed.number, delta=1).exists()
    assert await BalanceEntry.filter(order_number=placed.number, delta_fen=rest).exists()
    assert await AuditLog.filter(action="order.cancel", entity_id=placed.number).exists()


async def test_tickets_and_cash_take_only_tickets_and_a_cancel_returns_them_and_no_money() -> None:
    await seed_catalog()
    customer = await _customer()
    placed = await place_order(OrderRequest(customer.id, ITEMS, "cash", use_tickets=True), NOW)
    assert (placed.tickets_used, placed.prepaid_fen) == (1, 0)
    assert placed.money_due_fen == NFSQ + 2 * DEPOSIT
    assert await _tickets(customer.id) == 7
    assert await _balance(customer.id) == 0
    assert await OrderTicketUse.filter(order__number=placed.number).count() == 1

    moved = await order_moves.cancel_order(placed.number, "customer", NOW)
    assert (moved.tickets_returned, moved.refunded_fen) == (1, 0)
    assert await _tickets(customer.id) == 8
    assert not await BalanceEntry.all().exists()  # nothing was taken, nothing given back


async def test_the_courier_collects_only_what_the_tickets_leave() -> None:
    await seed_catalog()
    customer = await _customer()
    await staff.add_courier("courier1", "王师傅", "test", "13900000000", 10, 150)
    placed = await place_order(OrderRequest(customer.id, ITEMS, "cash", use_tickets=True), NOW)
    await order_moves.assign_order(placed.number, "courier1", "dispatcher", NOW)
    done = await order_moves.record_delivery(placed.number, "courier1", NOW, empties=0)
    assert done.cash_due_fen == NFSQ + 2 * DEPOSIT == done.cash_collected_fen
    order = await Order.get(number=placed.number)
    # Revenue counts the 怡宝 at its ticket value and the 农夫 in cash, never the deposit.
    assert revenue.sales_by_method(order) == {
        "ticket": CESTBON,
        "balance": 0,
        "cash": NFSQ,
        "wechat_pay": 0,
    }


async def test_a_balance_too_small_for_the_rest_refuses_the_order_and_moves_nothing() -> None:
    await seed_catalog()
    customer = await _customer(balance_fen=1000)
    with pytest.raises(InsufficientBalance):
        await place_order(OrderRequest(customer.id, ITEMS, "balance", use_tickets=True), NOW)
    assert await Order.all().count() == 0
    assert await _tickets(customer.id) == 8
    assert await _balance(customer.id) == 1000


async def test_a_retry_with_the_key_places_and_debits_once() -> None:
    await seed_catalog()
    customer = await _customer(balance_fen=30000)
    request = OrderRequest(customer.id, ITEMS, "balance", use_tickets=True, idempotency_key="k1")
    first = await place_order(request, NOW)
    again = await place_order(request, NOW)
    assert first == again
    assert await Order.all().count() == 1
    assert await _tickets(customer.id) == 7


async def test_without_tickets_for_any_line_the_order_is_plain_and_the_rest_method_is_checked() -> (
    None
):
    await seed_catalog()
    customer = await _customer(tickets=0)
    placed = await place_order(OrderRequest(customer.id, ITEMS, "cash", use_tickets=True), NOW)
    assert (placed.tickets_used, placed.tickets_fen) == (0, 0)
    assert placed.money_due_fen == NFSQ + CESTBON + 2 * DEPOSIT
    with pytest.raises(InvalidInput):
        await place_order(OrderRequest(customer.id, ITEMS, "coupon", use_tickets=True), NOW)


async def test_concurrent_mixed_orders_never_overdraw_tickets_or_balance() -> None:
    # On PostgreSQL these run in parallel: the customer lock, then balance, then wallets.
    await seed_catalog()
    customer = await _customer(tickets=3, balance_fen=5 * (NFSQ + 2 * DEPOSIT))
    request = OrderRequest(customer.id, ITEMS, "balance", use_tickets=True)
    results = await asyncio.gather(
        *[place_order(request, NOW) for _ in range(12)], return_exceptions=True
    )
    failures = [r for r in results if isinstance(r, BaseException)]
    assert all(isinstance(f, InsufficientBalance) for f in failures), failures[:3]
    assert all(isinstance(f, DomainError) for f in failures)
    placed = await Order.all()
    assert sum(o.tickets_used for o in placed) == 3 - await _tickets(customer.id)
    spent = sum(o.prepaid_fen for o in placed)
    assert await _balance(customer.id) == 5 * (NFSQ + 2 * DEPOSIT) - spent
    assert all(o.tickets_fen == CESTBON * o.tickets_used for o in placed)


async def test_a_change_keeps_the_tickets_and_a_quantity_change_is_refused() -> None:
    await seed_catalog()
    customer = await _customer(balance_fen=30000)
    office = await customers.add_address(customer.id, AddressInput("创业大厦A座1608"), "test")
    placed = await place_order(OrderRequest(customer.id, ITEMS, "balance", use_tickets=True), NOW)
    day = NOW + timedelta(days=1)
    tomorrow = day.replace(hour=13), day.replace(hour=18)
    await change_order(
        OrderChange(placed.number, customer.id, window=tomorrow, address_id=office.id), NOW
    )
    order = await Order.get(number=placed.number)
    assert (order.tickets_used, order.tickets_fen) == (1, CESTBON)
    assert order.prepaid_fen == order.total_fen - CESTBON
    assert await _balance(customer.id) == 30000 - order.prepaid_fen
    assert await _tickets(customer.id) == 7
    with pytest.raises(InvalidInput) as refused:
        await change_order(OrderChange(placed.number, customer.id, quantity=3), NOW)
    assert "取消后重新下单" in refused.value.message
    assert await _tickets(customer.id) == 7
