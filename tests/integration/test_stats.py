"""The owner's figures on a real database, against the history in owner_seed."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date

import pytest

from domain.models import AuditLog, Complaint
from domain.reads import owner_lookups, owner_views, stats
from domain.rules.periods import last_days, month_period, named_period
from domain.services import customers
from domain.services.complaints import close_complaint
from tests.integration.owner_seed import at, seed_station
from tests.support import NOW, TZ

pytestmark = pytest.mark.usefixtures("db")


def money(figures: stats.Figures) -> dict[str, int]:
    keep = ("cash_fen", "scan_fen", "balance_fen", "tickets_value_fen", "deposit_fen", "packs_fen")
    return {k: v for k, v in asdict(figures).items() if k in keep}


def counts(figures: stats.Figures) -> tuple[int, ...]:
    f = figures
    return (
        f.orders_placed,
        f.orders_cancelled,
        f.orders_delivered,
        f.buckets_delivered,
        f.tickets_redeemed,
        f.packs_sold,
        f.tickets_sold,
        f.new_customers,
    )


async def test_today_counts_orders_buckets_and_money_by_how_it_was_paid() -> None:
    await seed_station()
    today = await stats.figures(named_period("today", NOW))
    # placed t1 t2 open gone; gone cancelled; t1 + t2 delivered (2 + 1 buckets); 1 pack of 10+1
    assert counts(today) == (4, 1, 2, 3, 2, 1, 11, 2)
    assert money(today) == {
        "cash_fen": 0,  # t1: tickets paid the water; its 2 deposits (100.00 cash) are not sales
        "scan_fen": 0,
        "balance_fen": 2000,  # t2: 20.00 water; its 50.00 deposit came from stored value too
        "tickets_value_fen": 4400,  # 2 tickets at 22.00
        "deposit_fen": 15000,  # beside revenue, never in it: owed back with the buckets
        "packs_fen": 22000,
    }
    assert today.revenue_fen == 6400


async def test_yesterday_week_month_and_a_named_month() -> None:
    await seed_station()
    yesterday = await stats.figures(named_period("yesterday", NOW))
    assert counts(yesterday) == (1, 0, 1, 3, 0, 0, 0, 1)
    assert (yesterday.cash_fen, yesterday.deposit_fen) == (3000, 9000)  # 120.00 taken
    week = await stats.figures(named_period("week", NOW))
    assert counts(week) == (5, 1, 3, 6, 2, 1, 11, 3)
    assert week.revenue_fen == 6400 + 3000
    month = await stats.figures(named_period("month", NOW))
    assert counts(month) == (6, 1, 4, 7, 2, 1, 11, 4)
    # cash 22.00 (11-08) + 30.00 (11-23); deposits 50 + 90 + 100 + 50 left out
    assert (month.cash_fen, month.revenue_fen, month.deposit_fen) == (5200, 11600, 29000)
    october = await stats.figures(month_period(2026, 10, TZ))
    assert counts(october) == (1, 0, 1, 1, 0, 0, 0, 1)
    assert (october.revenue_fen, october.deposit_fen) == (1800, 4000)


async def test_new_customers_are_those_whose_first_order_was_placed_in_the_period() -> None:
    seeded = await seed_station()
    # Two people said 你好 today and never ordered; 张老板 ordered again today (first: 11-23).
    for openid in ("o-hello1", "o-hello2"):
        await customers.customer_for_openid(openid, "test")
    today = await stats.figures(named_period("today", NOW))
    assert today.new_customers == 2  # 王阿姨 and 李先生 placed their first orders
    assert seeded.numbers["gone"].startswith("20261124")  # 张老板's second order, today
    tomorrow = await stats.figures(named_period("today", at(11, 25, 10)))
    assert tomorrow.new_customers == 0


async def test_courier_ranking_on_time_rate_and_average_time_from_assignment() -> None:
    await seed_station()
    ranks = await stats.courier_ranking(named_period("month", NOW))
    assert [(r.userid, r.deliveries, r.buckets, r.on_time_pct, r.avg_minutes) for r in ranks] == [
        ("courier1", 2, 5, 100, 55),  # 45 and 65 minutes
        ("courier2", 2, 2, 50, 50),  # 40 and 60 minutes; t2 came after its window
    ]
    today = await stats.courier_ranking(named_period("today", NOW))
    assert [(r.userid, r.deliveries, r.avg_minutes) for r in today] == [
        ("courier1", 1, 45),
        ("courier2", 1, 60),
    ]


async def test_daily_trend_and_brand_share_over_thirty_days() -> None:
    await seed_station()
    period = last_days(30, NOW)
    days = await stats.daily_sales(period)
    assert len(days) == 30 and days[-1].day == date(2026, 11, 24)
    busy = {d.day: (d.orders, d.buckets, d.revenue_fen) for d in days if d.orders}
    assert busy == {
        date(2026, 11, 8): (1, 1, 2200),
        date(2026, 11, 23): (1, 3, 3000),
        date(2026, 11, 24): (2, 3, 6400),
    }
    shares = await stats.brand_share(period)
    assert [(s.brand, s.name, s.buckets) for s in shares] == [
        ("local", "山泉水", 3),
        ("nfsq", "农夫山泉", 3),
        ("cestbon", "怡宝", 1),
    ]


async def test_ticket_liability_and_deposits_held() -> None:
    await seed_station()
    rows = await owner_views.ticket_liabilities(NOW)
    assert [(r.sku, r.count, r.value_fen, r.customers) for r in rows] == [("nfsq-19l", 9, 19800, 1)]
    held = await owner_views.deposits_held()
    assert (held.customers, held.buckets, held.paid_buckets, held.deposit_fen) == (5, 8, 8, 33000)
    # Expired tickets are no longer owed.
    assert await owner_views.ticket_liabilities(at(11, 24, 10).replace(year=2028)) == []


async def test_sleepers_say_why_and_skip_customers_with_an_open_order() -> None:
    seeded = await seed_station()
    found = {s.name: (s.overdue, s.idle) for s in await owner_views.sleeping_customers(NOW)}
    assert found["赵先生"] == (True, False)  # due 11-18, last ordered 11-08
    assert found["陈女士"][1] is True  # nothing since 10-10
    assert "李先生" not in found and "王阿姨" not in found
    assert seeded.customers["chen"].phone == "13800000004"


async def test_customer_search_and_card() -> None:
    seeded = await seed_station()
    wang = await owner_lookups.search_customers("13800000001", NOW)
    assert [c.name for c in wang.found] == ["王阿姨"]
    assert [c.name for c in (await owner_lookups.search_customers("0005", NOW)).found] == ["赵先生"]
    several = await owner_lookups.search_customers("1380000", NOW)
    assert len(several.found) == 5 and several.card is None
    card = wang.card
    assert card is not None and card.customer.id == seeded.customers["wang"].id
    assert card.address == "阳光花园3栋502"
    assert [(t.sku, t.count) for t in card.account.tickets] == [("nfsq-19l", 9)]
    assert (card.account.buckets_held, card.account.deposit_fen, card.orders_total) == (2, 10000, 1)
    assert card.refill is not None and card.refill.buckets == 2 and card.refill.intervals_used == 0


async def test_closing_a_complaint_is_audited_and_happens_once() -> None:
    seeded = await seed_station()
    assert [c.id for c in await owner_lookups.open_complaints()] == [seeded.complaint_id]
    closed = await close_complaint(seeded.complaint_id, "已电话道歉并换水", "owner", NOW)
    assert (closed.previous, closed.resolution) == ("open", "已电话道歉并换水")
    again = await close_complaint(seeded.complaint_id, "再处理一次", "owner", NOW)
    assert again.previous == "closed"
    assert (await Complaint.get(id=seeded.complaint_id)).resolution == "已电话道歉并换水"
    assert await AuditLog.filter(action="complaint.close").count() == 1
    assert await owner_lookups.open_complaints() == []
    assert (await close_complaint(999, "x", "owner", NOW)).previous is None
