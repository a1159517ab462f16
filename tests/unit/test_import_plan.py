"""The import's plan for a row, from its customer as they stand: pure, no database."""

from __future__ import annotations

import pytest

from domain.rules.customer_import import CustomerRow
from domain.rules.deposits import BucketMove, BucketState
from domain.rules.import_plan import Known, plan_row

ROW = CustomerRow(
    row=7, name="张三", phone="13800138000", address="阳光小区3栋502", sku="nfsq-19l",
    tickets=10, buckets=2, deposit_fen=6000, balance_fen=2550, tags=("老客户",),
)  # fmt: skip
POSTED = {
    "tickets:nfsq-19l": {"tickets": 10},
    "balance": {"balance_fen": 2550},
    "buckets": {"buckets": 2, "deposit_fen": 6000},
}


def test_a_new_phone_creates_the_customer_with_every_opening() -> None:
    plan = plan_row(ROW, None, "new-id")
    assert (plan.customer_id, plan.outcome, plan.address, plan.notes) == (
        "new-id",
        "created",
        True,
        [],
    )
    assert plan.tickets is not None and plan.balance is not None and plan.buckets is not None
    assert (plan.tickets.count, plan.tickets.balance_after, plan.tickets.new_wallet) == (
        10,
        10,
        True,
    )
    assert (plan.balance.delta_fen, plan.balance.balance_after_fen) == (2550, 2550)
    assert plan.buckets.after == BucketState(2, 2, 6000)
    assert plan.buckets.move == BucketMove(2, 2, 6000)
    assert dict(plan.posted) == POSTED


def test_openings_add_to_what_an_existing_customer_holds_with_running_balances() -> None:
    known = Known("c1", "张三", ("微信",), wallets={"nfsq-19l": 3}, balance_fen=1000,
                  buckets=BucketState(0, 0, 0))  # fmt: skip
    plan = plan_row(ROW, known, "unused")
    assert plan.customer_id == "c1" and plan.outcome == "updated"
    assert plan.details == (
        {"name": "张三", "tags": ["微信"], "notes": ""},
        {"name": "张三", "tags": ["微信", "老客户"], "notes": ""},
    )
    assert plan.tickets and (plan.tickets.balance_after, plan.tickets.new_wallet) == (13, False)
    assert plan.balance and plan.balance.balance_after_fen == 3550 and not plan.balance.new_account
    assert plan.buckets and plan.buckets.after == BucketState(2, 2, 6000)


def test_the_same_row_again_is_unchanged_and_writes_nothing() -> None:
    known = Known("c1", "张三", ("老客户",), addresses=frozenset({"阳光小区3栋502"}),
                  openings=POSTED, buckets_moved=True)  # fmt: skip
    plan = plan_row(ROW, known, "unused")
    assert plan.outcome == "unchanged" and plan.notes == [] and plan.posted == []
    assert (plan.details, plan.tickets, plan.balance, plan.buckets) == (None, None, None, None)


def test_another_opening_later_is_noted_for_the_row_never_posted() -> None:
    known = Known("c1", "张三", ("老客户",), addresses=frozenset({"阳光小区3栋502"}),
                  openings={**POSTED, "tickets:nfsq-19l": {"tickets": 8}})  # fmt: skip
    plan = plan_row(ROW, known, "unused")
    assert plan.tickets is None and plan.outcome == "unchanged"
    assert [n.message for n in plan.notes] == [
        "第7行 水票:已导入过期初水票8张,与本次水票10张不同;为免覆盖已发生的变动,未修改,请人工调整"
    ]


@pytest.mark.parametrize("opening", [True, False])
def test_buckets_that_moved_before_any_import_are_not_overwritten(opening: bool) -> None:
    row = ROW if opening else CustomerRow(row=7, name="张三", phone="13800138000")
    known = Known("c1", "张三", buckets=BucketState(3, 0, 0), buckets_moved=True)
    plan = plan_row(row, known, "unused")
    assert plan.buckets is None
    expected = ["第7行 押桶:该客户已有押桶记录,期初押桶和押金未导入,请人工核对"] if opening else []
    assert [n.message for n in plan.notes] == expected


def test_zero_openings_post_nothing_and_keep_no_record() -> None:
    row = CustomerRow(row=2, name="王五", phone="13700137000", sku="nfsq-19l")
    plan = plan_row(row, None, "id")
    assert plan.posted == [] and (plan.tickets, plan.balance, plan.buckets) == (None, None, None)
    assert not plan.address
