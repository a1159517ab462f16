"""Campaign rules without a database: terms, 买N赠M, coupon discounts, codes and ROI."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.rules import campaigns as rules
from domain.rules.errors import Conflict, InvalidInput
from domain.rules.pricing import PricedLine, Quote
from tests.support import NOW

NFSQ = PricedLine("nfsq-19l", "农夫山泉", 5, 2200, 5000, True)
LOCAL = PricedLine("local-18l", "本地山泉水", 3, 1000, 3000, True)
CASE = PricedLine("nfsq-550ml-24", "瓶装水", 6, 3000, 0, False)
BUY5 = rules.Terms(rules.BUY_N_GET_M, "everyone", NOW, NOW + timedelta(days=30), None, 5, 1)


def test_buy_five_get_one_of_the_named_product() -> None:
    terms = rules.Terms(**{**BUY5.__dict__, "sku": "nfsq-19l"})
    free = rules.free_goods(terms, [NFSQ, LOCAL], "cash")
    assert free is not None
    assert free.line == PricedLine("nfsq-19l", "农夫山泉", 1, 0, 5000, True)
    assert free.value_fen == 2200
    generous = rules.Terms(**{**BUY5.__dict__, "buy_quantity": 1, "free_quantity": 50})
    many = rules.free_goods(generous, [NFSQ], "cash")
    assert many is not None and many.line.quantity == 99
    ten = rules.free_goods(
        terms, [PricedLine("nfsq-19l", "农夫山泉", 11, 2200, 5000, True)], "cash"
    )
    assert ten is not None and (ten.line.quantity, ten.value_fen) == (2, 4400)


def test_any_bucket_counts_together_and_the_cheapest_is_free() -> None:
    four = PricedLine("nfsq-19l", "农夫山泉", 4, 2200, 5000, True)
    free = rules.free_goods(BUY5, [four, LOCAL, CASE], "balance")
    assert free is not None and (free.line.sku, free.line.quantity, free.value_fen) == (
        "local-18l",
        1,
        1000,
    )


def test_no_free_goods_below_n_on_cases_or_on_ticket_orders() -> None:
    assert rules.free_goods(BUY5, [LOCAL, CASE], "cash") is None
    assert rules.free_goods(BUY5, [NFSQ], "ticket") is None
    coupon = rules.Terms(rules.COUPON, "everyone", NOW, NOW + timedelta(days=1), amount_fen=500)
    assert rules.free_goods(coupon, [NFSQ], "cash") is None


def test_best_free_goods_is_the_most_valuable_then_the_oldest() -> None:
    small = rules.FreeGoods(LOCAL, 1000)
    big = rules.FreeGoods(NFSQ, 2200)
    assert rules.best_free_goods([(1, small), (2, big), (3, None)]) == (2, big)
    assert rules.best_free_goods([(4, big), (2, big)]) == (2, big)
    assert rules.best_free_goods([(1, None)]) is None


def test_coupon_discount_needs_the_minimum_and_never_touches_the_deposit() -> None:
    assert rules.coupon_discount(500, 3000, 4400, 0) == 500
    assert rules.coupon_discount(500, 5000, 4400, 0) == 0
    assert rules.coupon_discount(5000, 0, 2200, 300) == 2500  # capped at goods + fees


def test_quote_subtracts_the_discount_never_below_zero() -> None:
    quote = Quote(4400, 300, 0, 10000, 0, discount_fen=500)
    assert quote.total_fen == 14200
    assert quote.money_due_fen("cash") == 14200
    assert Quote(100, 0, 0, 0, 0, discount_fen=500).money_due_fen("cash") == 0


def test_coupon_state_and_checks() -> None:
    later = NOW + timedelta(days=1)
    assert rules.coupon_state(rules.ISSUED, later, NOW) == rules.ISSUED
    assert rules.coupon_state(rules.ISSUED, NOW, NOW) == rules.EXPIRED
    assert rules.coupon_state(rules.USED, NOW - timedelta(days=1), NOW) == rules.USED
    rules.check_coupon(rules.ISSUED, later, NOW, "wechat_pay")
    with pytest.raises(Conflict, match="used"):
        rules.check_coupon(rules.USED, later, NOW, "cash")
    with pytest.raises(Conflict, match="expired"):
        rules.check_coupon(rules.ISSUED, NOW, NOW, "cash")
    with pytest.raises(InvalidInput):
        rules.check_coupon(rules.ISSUED, later, NOW, "ticket")


def test_coupon_expiry_is_capped_by_the_campaign_end() -> None:
    end = NOW + timedelta(days=10)
    assert rules.coupon_expiry(NOW, 30, end) == end
    assert rules.coupon_expiry(NOW, 7, end) == NOW + timedelta(days=7)


def test_terms_are_checked_field_by_field() -> None:
    rules.check_terms(BUY5)
    bad = rules.Terms("raffle", "friends", NOW, NOW, amount_fen=None, valid_days=0)
    with pytest.raises(InvalidInput) as caught:
        rules.check_terms(bad)
    assert set(caught.value.fields) == {"kind", "audience", "ends_at", "valid_days"}
    no_amount = rules.Terms(rules.COUPON, "dormant", NOW, NOW + timedelta(days=1))
    with pytest.raises(InvalidInput) as caught:
        rules.check_terms(no_amount)
    assert set(caught.value.fields) == {"amount_fen"}
    mixed = rules.Terms(rules.COUPON, "everyone", NOW, NOW + timedelta(days=1), "nfsq-19l", 5,
                        amount_fen=500)  # fmt: skip
    with pytest.raises(InvalidInput) as caught:
        rules.check_terms(mixed)
    assert set(caught.value.fields) == {"sku", "buy_quantity"}
    priced = rules.Terms(**{**BUY5.__dict__, "amount_fen": 500})
    with pytest.raises(InvalidInput) as caught:
        rules.check_terms(priced)
    assert set(caught.value.fields) == {"amount_fen"}
    coded = rules.Terms(rules.BUY_N_GET_M, "code", NOW, NOW + timedelta(days=1), None, 0, None)
    with pytest.raises(InvalidInput) as caught:
        rules.check_terms(coded)
    assert set(caught.value.fields) == {"audience", "buy_quantity", "free_quantity"}


def test_running_only_while_active_inside_the_period() -> None:
    end = NOW + timedelta(days=1)
    assert rules.is_running(True, NOW, end, NOW)
    assert not rules.is_running(True, NOW, end, end)
    assert not rules.is_running(False, NOW, end, NOW)
    assert not rules.is_running(True, NOW, end, NOW - timedelta(seconds=1))


def test_promo_codes_ignore_case_and_refuse_junk() -> None:
    assert rules.normalize_code("  winter5 ") == "WINTER5"
    for junk in ("ab", "冬季优惠", "WIN TER", "x" * 33):
        with pytest.raises(InvalidInput):
            rules.normalize_code(junk)


def test_roi_counts_distinct_customers_and_exact_money() -> None:
    report = rules.roi([("a", 13200, 2200), ("a", 11000, 2200), ("b", 4000, 500)])
    assert (report.participants, report.orders, report.revenue_fen, report.cost_fen) == (
        2,
        3,
        28200,
        4900,
    )
    assert report.roi == round((28200 - 4900) / 4900, 4) == 4.7551
    assert rules.roi([]).roi is None
    assert rules.roi([("a", 0, 500)]).roi == -1.0
