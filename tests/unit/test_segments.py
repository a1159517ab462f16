"""RFM segments, areas from addresses, fen shares and revenue by payment method (no database)."""

from __future__ import annotations

import pytest

from domain.models import Order
from domain.reads.finance import revenue_split
from domain.reads.sales import shares
from domain.reads.stats import order_revenue
from domain.rules import segments
from domain.rules.areas import UNKNOWN, area_of
from domain.rules.segments import Rfm, quantile, segment, thresholds


def active(money: int, orders: int = 3, first: float = 200.0, recency: float = 5.0) -> Rfm:
    """A customer who ordered recently."""
    return Rfm(recency, first, orders, money, refill_overdue_days=-2.0, silent_days=recency)


def test_quantile_is_nearest_rank() -> None:
    assert quantile([], 0.8) == 0
    assert quantile([5], 0.8) == 5
    assert quantile([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.8) == 8
    assert quantile([10, 1, 5, 2], 0.5) == 2


def test_thresholds_come_from_active_customers_only() -> None:
    rows = [active(m) for m in (1000, 2000, 3000, 4000, 5000)]
    silent = Rfm(45.0, 300.0, 0, 0, None, silent_days=45.0)  # dormant: not counted in the cut-offs
    never = Rfm(None, None, 0, 0, None)
    cut = thresholds([*rows, silent, never])
    assert (cut.high_value_fen, cut.potential_fen) == (4000, 3000)
    assert (cut.idle_days, cut.grace_days) == (30, 3)
    # With nobody active, nobody is high value for spending nothing.
    assert thresholds([never]).high_value_fen == 1


def test_each_rule_in_order() -> None:
    cut = thresholds([active(m) for m in (1000, 2000, 3000, 4000, 5000)])
    assert segment(Rfm(None, None, 0, 0, None), cut) == segments.PROSPECT
    assert segment(active(5000, recency=30.0), cut) == segments.DORMANT
    assert segment(active(5000), cut) == segments.HIGH_VALUE
    assert segment(active(5000, orders=1), cut) == segments.POTENTIAL  # big but only once
    assert segment(active(3000), cut) == segments.POTENTIAL  # at the median
    assert segment(active(500, orders=1, first=3.0), cut) == segments.POTENTIAL  # new
    assert segment(active(1000), cut) == segments.REGULAR


def test_dormant_agrees_with_the_sleeper_list() -> None:
    cut = thresholds([])
    idle = Rfm(30.0, 90.0, 1, 2000, None, silent_days=30.0)
    assert segment(idle, cut) == segments.DORMANT
    assert segment(Rfm(29.9, 90.0, 1, 2000, None, silent_days=29.9), cut) != segments.DORMANT
    # Silence is counted from the last order placed, as the sleeper list does: a delivery 40 days
    # ago and an order placed (then cancelled) 2 days ago is not asleep.
    assert segment(Rfm(40.0, 90.0, 1, 2000, None, silent_days=2.0), cut) != segments.DORMANT
    # Ordered 35 days ago and never received anything: asleep, not a prospect.
    assert segment(Rfm(None, None, 0, 0, None, silent_days=35.0), cut) == segments.DORMANT
    # Well past the refill date (more than the 3-day grace) even after a recent order.
    assert segment(Rfm(10.0, 90.0, 2, 2000, 3.5), cut) == segments.DORMANT
    assert segment(Rfm(10.0, 90.0, 2, 2000, 3.0), cut) != segments.DORMANT
    # An open order means they are not asleep, whatever the dates say.
    waiting = Rfm(40.0, 90.0, 1, 2000, 9.0, has_open_order=True)
    assert segment(waiting, cut) != segments.DORMANT


@pytest.mark.parametrize(
    ("text", "communities", "area"),
    [
        ("翠湖小区8栋1201", (), "翠湖小区"),
        ("创业大厦A座1608", (), "创业大厦A座"),
        ("阳光花园 - 3栋502", (), "阳光花园"),
        ("阳光花园3栋502", ("阳光", "阳光花园"), "阳光花园"),  # the longest served name
        ("12号楼301", (), UNKNOWN),
        ("  ", (), UNKNOWN),
    ],
)
def test_area_is_the_served_community_or_the_name_before_the_numbers(
    text: str, communities: tuple[str, ...], area: str
) -> None:
    assert area_of(text, communities) == area


def test_shares_add_up_to_the_fen() -> None:
    assert shares(1000, [1, 1, 1]) == [334, 333, 333]
    assert shares(7000, [2000, 0]) == [7000, 0]
    assert shares(5, [0, 0]) == [3, 2]  # nothing to weigh by: equal parts
    assert shares(0, [3, 4]) == [0, 0]
    assert shares(10, []) == []
    assert sum(shares(9999, [7, 13, 29, 31])) == 9999
    # Past float precision the parts are still exact: 10**17 + 1 split 1:2.
    assert shares(10**17 + 1, [1, 2]) == [33_333_333_333_333_334, 66_666_666_666_666_667]


def test_revenue_split_by_method_adds_up_to_the_order_revenue() -> None:
    tickets = Order(
        payment_method="ticket", goods_fen=4400, cash_collected_fen=10000, tickets_used=2
    )
    assert revenue_split(tickets) == {"ticket": 4400, "balance": 0, "cash": 10000, "wechat_pay": 0}
    balance = Order(
        payment_method="balance", prepaid_fen=7000, deposit_fen=5000, deposit_charged_fen=0,
        cash_collected_fen=0,
    )  # fmt: skip
    assert revenue_split(balance) == {"ticket": 0, "balance": 2000, "cash": 0, "wechat_pay": 0}
    scanned = Order(payment_method="wechat_pay", cash_collected_fen=2200)
    assert revenue_split(scanned)["wechat_pay"] == 2200
    for order in (tickets, balance, scanned):
        assert sum(revenue_split(order).values()) == order_revenue(order)
