"""Money under concurrency: meaningful on PostgreSQL, where transactions really run in parallel.

On SQLite the single writer serialises everything, so these pass there by construction; CI runs
the suite on PostgreSQL too, which is the run that proves the row locks.
"""

from __future__ import annotations

import asyncio

import pytest

from domain.models import BalanceAccount, BalanceEntry, Order, Station, TicketEntry, TicketWallet
from domain.rules.errors import DomainError, InsufficientBalance, InsufficientTickets
from domain.services import wallet
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

ATTEMPTS = 50


async def _outcomes(calls: list) -> tuple[int, list[BaseException]]:  # type: ignore[type-arg]
    results = await asyncio.gather(*calls, return_exceptions=True)
    failures = [r for r in results if isinstance(r, BaseException)]
    return len(results) - len(failures), failures


async def test_fifty_concurrent_ticket_orders_against_ten_tickets() -> None:
    await seed_catalog()
    customer = await make_customer()
    await wallet.adjust_tickets(customer.id, "nfsq-19l", 10, "开户赠送", "owner", NOW)
    request = OrderRequest(customer.id, [("nfsq-19l", 1)], "ticket")
    ok, failures = await _outcomes([place_order(request, NOW) for _ in range(ATTEMPTS)])
    assert ok == 10
    assert all(isinstance(f, InsufficientTickets) for f in failures), failures[:3]
    assert {f.message for f in failures if isinstance(f, DomainError)} == {"水票不足"}
    w = await TicketWallet.get(customer_id=customer.id)
    ledger = await TicketEntry.filter(wallet_id=w.id).values_list("delta", flat=True)
    assert w.balance == 0 == sum(ledger)
    assert await Order.all().count() == 10
    numbers = await Order.all().values_list("number", flat=True)
    assert len(set(numbers)) == 10


async def test_fifty_concurrent_balance_orders_against_ten_orders_worth() -> None:
    await seed_catalog()
    customer = await make_customer()
    await wallet.top_up(customer.id, 10 * 2200, "cash", "owner")
    # Deposit is quoted only for buckets beyond those held; hold enough so each order costs 22.00.
    from domain.services.buckets import set_opening_buckets
    from domain.services.support import default_connection

    await set_opening_buckets(await default_connection(), customer.id, 1, 5000, "owner")
    request = OrderRequest(customer.id, [("nfsq-19l", 1)], "balance")
    ok, failures = await _outcomes([place_order(request, NOW) for _ in range(ATTEMPTS)])
    assert ok == 10
    assert all(isinstance(f, InsufficientBalance) for f in failures), failures[:3]
    account = await BalanceAccount.get(customer_id=customer.id)
    ledger = await BalanceEntry.filter(account_id=account.id).values_list("delta_fen", flat=True)
    assert account.balance_fen == 0 == sum(ledger)


async def test_fifty_concurrent_spends_of_stored_value() -> None:
    customer = await make_customer()
    await wallet.top_up(customer.id, 10 * 1000, "cash", "owner")
    calls = [wallet.spend(customer.id, 1000, "test", "test") for _ in range(ATTEMPTS)]
    ok, failures = await _outcomes(calls)
    assert ok == 10
    assert {type(f) for f in failures} == {InsufficientBalance}
    account = await BalanceAccount.get(customer_id=customer.id)
    ledger = await BalanceEntry.filter(account_id=account.id).values_list("delta_fen", flat=True)
    assert account.balance_fen == 0 == sum(ledger)
    balances = (
        await BalanceEntry.filter(account_id=account.id)
        .order_by("id")
        .values_list("balance_after_fen", flat=True)
    )
    assert min(balances) >= 0


async def test_same_idempotency_key_fifty_times_concurrently_places_one_order() -> None:
    await seed_catalog()
    customer = await make_customer()
    await wallet.adjust_tickets(customer.id, "nfsq-19l", 10, "开户赠送", "owner", NOW)
    request = OrderRequest(customer.id, [("nfsq-19l", 1)], "ticket", idempotency_key="msg-42")
    results = await asyncio.gather(*[place_order(request, NOW) for _ in range(ATTEMPTS)])
    assert len({r.number for r in results}) == 1
    assert await Order.all().count() == 1
    assert (await TicketWallet.get(customer_id=customer.id)).balance == 9


async def test_the_first_orders_of_a_new_station_all_go_through() -> None:
    await seed_catalog()
    await Station.all().delete()  # a fresh station: its settings row is made on first use
    people = [await make_customer(f"o-first-{i}") for i in range(8)]
    requests = [OrderRequest(c.id, [("nfsq-19l", 2)], "cash") for c in people]
    ok, failures = await _outcomes([place_order(r, NOW) for r in requests])
    assert (ok, failures) == (8, [])
    assert await Station.all().count() == 1
