"""Buckets and deposits through the real services: import, quote, delivery, return, finance."""

from __future__ import annotations

import random
from datetime import timedelta

import pytest

from domain.models import BalanceEntry, BucketAccount, BucketEntry, Customer
from domain.reads.finance import finance
from domain.rules import deposits
from domain.rules.errors import InsufficientBuckets, InvalidInput
from domain.rules.periods import day_period
from domain.services import backoffice, order_moves, requests, staff, wallet
from domain.services.customer_import import import_file
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW, TZ

pytestmark = pytest.mark.usefixtures("db")

BUCKET, CASE = "nfsq-19l", "nfsq-550ml-24"  # 22.00 with 50.00 deposit; 30.00, no deposit


async def _imported(buckets: int, deposit_yuan: int) -> Customer:
    """A customer from the station's old sheet: 押桶 and 押金 as given."""
    sheet = (
        "姓名,电话,地址,水票品种,水票,押桶,押金(元),余额(元)\n"
        f"张三,13800138000,阳光小区3栋502,,,{buckets},{deposit_yuan},0\n"
    )
    summary = await import_file(sheet.encode("utf-8"), "owner")
    assert summary.failed == 0, summary.errors
    return await Customer.get(phone="13800138000")


async def _deliver(
    customer: Customer, items: list[tuple[str, int]], empties: int | None, method: str = "cash"
) -> tuple[int, order_moves.Delivered]:
    """Place, assign and deliver; returns the quoted deposit and what the delivery did."""
    placed = await place_order(OrderRequest(customer.id, items, method), NOW)
    await order_moves.assign_order(placed.number, "courier1", "dispatcher", NOW)
    done = await order_moves.record_delivery(placed.number, "courier1", NOW, empties=empties)
    return placed.deposit_fen, done


async def _account(customer: Customer) -> tuple[int, int, int]:
    account = await BucketAccount.get(customer_id=customer.id)
    return account.held, account.paid_buckets, account.deposit_fen


async def _ready() -> None:
    await seed_catalog()
    await staff.add_courier("courier1", "刘师傅", "test")


async def test_a_imported_buckets_without_deposit_swap_for_nothing() -> None:
    await _ready()
    customer = await _imported(buckets=2, deposit_yuan=0)
    quoted, done = await _deliver(customer, [(BUCKET, 1)], empties=1)
    assert quoted == 0  # one full for one empty: no new bucket, no deposit
    assert (done.deposit_charged_fen, done.cash_due_fen, done.held_after) == (0, 2200, 2)
    assert await _account(customer) == (2, 0, 0)


async def test_b_extra_empties_refund_at_the_door_and_the_last_return_empties_the_account() -> None:
    await _ready()
    customer = await make_customer()
    _, first = await _deliver(customer, [(BUCKET, 2)], empties=0)
    assert first.deposit_charged_fen == 10000 and await _account(customer) == (2, 2, 10000)
    _, second = await _deliver(customer, [(BUCKET, 1)], empties=2)  # 2 empties for 1 full
    assert (second.deposit_charged_fen, second.held_after) == (-5000, 1)
    assert second.cash_due_fen == second.cash_collected_fen == 2200 - 5000  # paid out
    assert await _account(customer) == (1, 1, 5000)
    asked = await requests.request_return(customer.id, None, NOW, "退桶")
    returned = await backoffice.approve_return(asked, 1, "cash", "owner")
    assert returned.refund_fen == 5000
    assert await _account(customer) == (0, 0, 0)  # nothing stranded
    assert sum(e.deposit_delta_fen for e in await BucketEntry.all()) == 0
    with pytest.raises(InvalidInput) as refused:
        await requests.request_return(customer.id, None, NOW, "退桶")
    assert refused.value.message == "您名下没有押桶"  # true now: no bucket and no deposit
    await BucketEntry.filter(kind="return").update(created_at=NOW)  # stamped by the db clock
    report = await finance(day_period(NOW.date(), TZ), NOW + timedelta(hours=1))
    d = report.deposits
    assert (d.collected_fen, d.refunded_cash_fen, d.buckets_returned) == (10000, 10000, 2)
    assert d.held.deposit_fen == 0
    assert [c.cash_fen for c in report.couriers] == [4400 + 10000 + 2200 - 5000]


async def test_b_on_a_balance_order_the_door_refund_goes_to_the_balance() -> None:
    await _ready()
    customer = await make_customer()
    await _deliver(customer, [(BUCKET, 2)], empties=0)
    await wallet.top_up(customer.id, 2200, "cash", "test")
    quoted, done = await _deliver(customer, [(BUCKET, 1)], empties=2, method="balance")
    assert quoted == 0 and (done.deposit_charged_fen, done.cash_due_fen) == (-5000, 0)
    [back] = await BalanceEntry.filter(kind="deposit_back")
    assert back.delta_fen == 5000 and back.balance_after_fen == 5000
    assert await _account(customer) == (1, 1, 5000)
    report = await finance(day_period(NOW.date(), TZ), NOW + timedelta(hours=1))
    assert report.deposits.refunded_balance_fen == 5000


async def test_c_a_delivery_of_cases_only_marks_no_bucket_as_deposit_paid() -> None:
    await _ready()
    customer = await _imported(buckets=2, deposit_yuan=0)
    quoted, done = await _deliver(customer, [(CASE, 1)], empties=None)
    assert (quoted, done.buckets_delivered, done.deposit_charged_fen) == (0, 0, 0)
    assert await _account(customer) == (2, 0, 0)
    _, swap = await _deliver(customer, [(BUCKET, 2)], empties=2)
    assert swap.deposit_charged_fen == 0 and await _account(customer) == (2, 0, 0)
    _, more = await _deliver(customer, [(BUCKET, 3)], empties=2)
    assert more.deposit_charged_fen == 5000 and await _account(customer) == (3, 1, 5000)


async def test_the_invariant_holds_over_a_random_day_of_deliveries_and_returns() -> None:
    """Random deliveries, extra empties and returns; after each, the account keeps the rule."""
    await _ready()
    customer = await _imported(buckets=2, deposit_yuan=0)
    rng = random.Random(20261124)
    for _ in range(14):
        held = (await _account(customer))[0]
        if held and rng.random() < 0.25:
            asked = await requests.request_return(customer.id, None, NOW, "退桶")
            await backoffice.approve_return(asked, rng.randint(1, held), "cash", "owner")
        else:
            items = [(BUCKET, rng.randint(1, 3))] if rng.random() < 0.8 else [(CASE, 1)]
            try:
                await _deliver(customer, items, empties=rng.randint(0, held + 1))
            except InsufficientBuckets:
                continue  # more empties than the customer could have: refused, nothing moved
        state = deposits.BucketState(*await _account(customer))
        assert deposits.holds(state), state
        entries = await BucketEntry.filter(account__customer_id=customer.id)
        assert sum(e.deposit_delta_fen for e in entries) == state.deposit_fen
        assert sum(e.held_delta for e in entries) == state.held
