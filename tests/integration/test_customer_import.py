"""The customer import on a real database: good rows in, bad rows reported, re-import idempotent."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest
from tortoise.exceptions import IntegrityError

from domain.models import (
    Address,
    AuditLog,
    BalanceEntry,
    BucketAccount,
    BucketEntry,
    Customer,
    TicketEntry,
    TicketWallet,
)
from domain.rules.errors import Conflict
from domain.services import backoffice, customer_import, wallet
from domain.services.customer_import import ImportSummary, import_file
from tests.integration.helpers import make_customer, seed_catalog

pytestmark = pytest.mark.usefixtures("db")

HEADER = "姓名,电话,地址,水票品种,水票,押桶,押金(元),余额(元)\n"
GOOD = (
    HEADER
    + "张三,13800138000,阳光小区3栋502,nfsq-19l,10,2,60,0\n"
    + "李四,139 0013 9000,幸福里12号,怡宝,5,1,30,25.5\n"
    + "王五,13700137000,,,,,,\n"
)


def _csv(text: str) -> bytes:
    return text.encode("utf-8")


async def _ledgers() -> tuple[int, int, int, int, int, int]:
    tickets = sum(e.delta for e in await TicketEntry.all())
    balance = sum(e.delta_fen for e in await BalanceEntry.all())
    buckets = sum(e.held_delta for e in await BucketEntry.all())
    deposit = sum(e.deposit_delta_fen for e in await BucketEntry.all())
    entries = (
        await TicketEntry.all().count()
        + await BalanceEntry.all().count()
        + await BucketEntry.all().count()
    )
    return tickets, balance, buckets, deposit, entries, await Customer.all().count()


def _counts(summary: ImportSummary) -> tuple[int, int, int, int, int]:
    return summary.total, summary.created, summary.updated, summary.unchanged, summary.failed


async def test_a_good_file_creates_customers_with_opening_balances() -> None:
    await seed_catalog()
    summary = await import_file(_csv(GOOD), "owner")
    assert _counts(summary) == (3, 3, 0, 0, 0) and summary.errors == []
    zhang = await Customer.get(phone="13800138000")
    assert zhang.name == "张三"
    wallet_ = await TicketWallet.get(customer_id=zhang.id, sku="nfsq-19l")
    assert wallet_.balance == 10
    account = await BucketAccount.get(customer_id=zhang.id)
    assert (account.held, account.paid_buckets, account.deposit_fen) == (2, 2, 6000)
    [address] = await Address.filter(customer_id=zhang.id)
    assert address.text == "阳光小区3栋502" and address.is_default
    li = await Customer.get(phone="13900139000")
    assert (await TicketWallet.get(customer_id=li.id)).sku == "cestbon-18l"
    assert await _ledgers() == (15, 2550, 3, 9000, 5, 3)
    assert {e.kind for e in await TicketEntry.all()} == {"import"}
    assert await AuditLog.filter(action="customer.import").count() == 3
    # One audit row per opening balance posted (张三: 2, 李四: 3).
    assert await AuditLog.filter(action="customer.import_opening").count() == 5


async def test_bad_rows_are_reported_by_row_and_the_rest_imported() -> None:
    await seed_catalog()
    text = GOOD + "赵六,12345,,,,,,\n" + ",13600136000,,雪碧,3,,,\n" + "张三,13800138000,,,,,,\n"
    summary = await import_file(_csv(text), "owner")
    assert _counts(summary) == (6, 3, 0, 0, 3)
    assert [e.message for e in summary.errors] == [
        "第5行 电话:不是有效的手机号",
        "第6行 姓名:不能为空",
        "第6行 水票品种:没有叫“雪碧”的产品",
        "第7行 电话:与第2行重复",
    ]
    assert await Customer.all().count() == 3


async def test_a_ticket_kind_named_by_a_shared_brand_is_the_product_sold_with_tickets() -> None:
    # The demo catalog: 农夫山泉 is the 19 L bucket and the case of bottles; only the bucket
    # has a ticket pack, so the tickets are the bucket's.
    await seed_catalog()
    sheet = HEADER + "张三,13800138000,,农夫山泉,10,,,\n"
    summary = await import_file(_csv(sheet), "owner")
    assert summary.errors == [] and summary.created == 1
    zhang = await Customer.get(phone="13800138000")
    assert [(w.sku, w.balance) for w in await TicketWallet.filter(customer_id=zhang.id)] == [
        ("nfsq-19l", 10)
    ]
    # Once the case has a ticket pack too, the brand names two ticket kinds: the row is refused.
    values = {"sku": "nfsq-550ml-24", "name": "农夫山泉小瓶水票", "tickets": 10, "price_fen": 28000}
    await backoffice.create_pack("nfsq-550ml-24-10", values, "test")
    summary = await import_file(_csv(HEADER + "李四,13900139000,,农夫山泉,5,,,\n"), "owner")
    assert [e.message for e in summary.errors] == [
        "第2行 水票品种:“农夫山泉”对应多个有水票的产品(农夫山泉天然水 19L、农夫山泉 550ml×24瓶),"
        "请填写产品编号或全名"
    ]


async def test_reimporting_the_same_file_changes_nothing() -> None:
    await seed_catalog()
    await import_file(_csv(GOOD), "owner")
    before = await _ledgers()
    audits = await AuditLog.all().count()
    again = await import_file(_csv(GOOD), "owner")
    assert _counts(again) == (3, 0, 0, 3, 0) and again.notes == []
    assert await _ledgers() == before
    assert await AuditLog.all().count() == audits


async def test_a_different_balance_later_is_reported_not_overwritten() -> None:
    await seed_catalog()
    await import_file(_csv(GOOD), "owner")
    zhang = await Customer.get(phone="13800138000")
    await wallet.top_up(zhang.id, 1000, "cash", "owner")  # money moved since the import
    before = await _ledgers()
    changed = HEADER + "张三丰,13800138000,阳光小区3栋502,nfsq-19l,12,2,60,5\n"
    summary = await import_file(_csv(changed), "owner")
    assert _counts(summary) == (1, 0, 1, 0, 0)
    assert [n.message for n in summary.notes] == [
        "第2行 水票:已导入过期初水票10张,与本次水票12张不同;为免覆盖已发生的变动,未修改,请人工调整"
    ]
    # The balance had no opening record (0 was imported), so its first opening amount posts.
    tickets, balance, *_ = await _ledgers()
    assert (tickets, balance) == (before[0], before[1] + 500)
    assert (await Customer.get(id=zhang.id)).name == "张三丰"


async def test_an_existing_customer_is_matched_by_phone() -> None:
    await seed_catalog()
    existing = await make_customer("o-zhang", "旧地址1号")
    await Customer.filter(id=existing.id).update(phone="13800138000", tags=["微信"])
    summary = await import_file(_csv(HEADER + "张三,13800138000,阳光小区3栋502,,,,,\n"), "owner")
    assert _counts(summary) == (1, 0, 1, 0, 0)
    customer = await Customer.get(id=existing.id)
    assert customer.name == "张三" and customer.tags == ["微信"]
    texts = await Address.filter(customer_id=existing.id, is_default=True).values_list(
        "text", flat=True
    )
    assert texts == ["阳光小区3栋502"]
    assert await Customer.all().count() == 1


async def test_dry_run_reports_but_writes_nothing() -> None:
    await seed_catalog()
    summary = await import_file(_csv(GOOD), "owner", dry_run=True)
    assert _counts(summary) == (3, 3, 0, 0, 0) and summary.dry_run
    assert await _ledgers() == (0, 0, 0, 0, 0, 0)


async def test_a_crash_mid_batch_rolls_that_batch_back_and_a_rerun_completes() -> None:
    await seed_catalog()
    seen: list[int] = []

    def crash_on_third(done: int, total: int) -> None:
        seen.append(done)
        if done == 3:
            raise RuntimeError("power cut")

    with pytest.raises(RuntimeError):
        await import_file(_csv(GOOD), "owner", batch_size=2, progress=crash_on_third)
    # The first batch (rows 2 and 3) committed; the second rolled back.
    assert set(await Customer.all().values_list("phone", flat=True)) == {
        "13800138000",
        "13900139000",
    }
    seen.clear()
    summary = await import_file(
        _csv(GOOD), "owner", batch_size=2, progress=lambda done, total: seen.append(done)
    )
    assert seen == [1, 2, 3]
    assert _counts(summary) == (3, 1, 0, 2, 0)
    assert await _ledgers() == (15, 2550, 3, 9000, 5, 3)


async def test_two_imports_of_one_file_at_once_make_each_customer_once() -> None:
    await seed_catalog()
    first, second = await asyncio.gather(
        import_file(_csv(GOOD), "owner"), import_file(_csv(GOOD), "owner")
    )
    assert sorted([first.created, second.created]) == [0, 3]
    assert await _ledgers() == (15, 2550, 3, 9000, 5, 3)


async def test_a_phone_imported_before_then_changed_is_imported_as_a_new_customer() -> None:
    await seed_catalog()
    row = HEADER + "张三,13800138000,阳光小区3栋502,,,,,\n"
    await import_file(_csv(row), "owner")
    first = await Customer.get(phone="13800138000")
    await Customer.filter(id=first.id).update(phone="13900000000")  # the owner corrected it
    summary = await import_file(_csv(row), "owner")
    assert _counts(summary) == (1, 1, 0, 0, 0)
    assert await Customer.filter(phone="13800138000").count() == 1


async def test_a_customer_made_by_another_import_meanwhile_is_not_made_twice() -> None:
    await seed_catalog()
    await import_file(_csv(HEADER + "张三,13800138000,,,,,,\n"), "owner")
    real_filter = Customer.filter
    missed = {"phone": 0}

    def filter_missing_once(*args: Any, **kwargs: Any) -> Any:
        # The chunk's lookup runs before the other import's customer is visible.
        if "13800138000" in kwargs.get("phone__in", ()) and not missed["phone"]:
            missed["phone"] += 1
            return real_filter(phone__in=["no such phone"])
        return real_filter(*args, **kwargs)

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(Customer, "filter", filter_missing_once)
        summary = await import_file(_csv(HEADER + "张三,13800138000,,,,,,\n"), "owner")
    assert missed["phone"] == 1  # the lookup did miss it
    assert _counts(summary) == (1, 0, 0, 1, 0)  # the rerun found the first one's customer
    assert await Customer.filter(phone="13800138000").count() == 1


async def test_a_batch_that_keeps_losing_races_gives_up_with_a_conflict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await seed_catalog()

    async def always_loses(*args: Any) -> Any:
        raise IntegrityError("duplicate key value violates unique constraint")

    monkeypatch.setattr(customer_import, "_run_batch", always_loses)
    with pytest.raises(Conflict, match="lost 3 races"):
        await import_file(_csv(GOOD), "owner")
