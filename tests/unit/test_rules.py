"""Pure rules, no database: order flow, tickets, deposits, pricing, station hours and area."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from itertools import pairwise

import pytest

from domain.rules import deposits, pricing
from domain.rules.errors import (
    BelowMinimum,
    IllegalTransition,
    InsufficientBuckets,
    InsufficientTickets,
    InvalidInput,
    OrderCancelled,
    OutOfArea,
)
from domain.rules.order_flow import CANCELLABLE, OrderState, check_transition, format_order_number
from domain.rules.station import MAX_DAYS_AHEAD, StationRules, check_area, schedule_window
from domain.rules.tickets import Lot, allocate, pack_expiry, usable_count
from tests.support import NOW

S = OrderState


def test_happy_path_transitions() -> None:
    path = [S.PENDING, S.AWAITING_DISPATCH, S.ASSIGNED, S.DELIVERING, S.DELIVERED]
    for src, dst in pairwise(path):
        assert check_transition(src, dst) is dst


def test_failed_returns_to_dispatch_and_delivered_is_final() -> None:
    assert check_transition(S.DELIVERING, S.FAILED) is S.FAILED
    assert check_transition(S.FAILED, S.AWAITING_DISPATCH) is S.AWAITING_DISPATCH
    with pytest.raises(IllegalTransition):
        check_transition(S.DELIVERED, S.CANCELLED)
    with pytest.raises(IllegalTransition):
        check_transition(S.PENDING, S.DELIVERED)
    with pytest.raises(OrderCancelled):
        check_transition(S.CANCELLED, S.AWAITING_DISPATCH)
    assert S.DELIVERING not in CANCELLABLE


def test_order_number_format() -> None:
    assert format_order_number(date(2026, 11, 24), 7) == "20261124007"
    assert format_order_number(date(2026, 11, 24), 1234) == "202611241234"
    with pytest.raises(ValueError):
        format_order_number(date(2026, 11, 24), 0)


def _lot(i: int, n: int, days: int | None) -> Lot:
    return Lot(i, n, NOW + timedelta(days=days) if days is not None else None, NOW)


def test_tickets_earliest_expiry_first_skipping_expired() -> None:
    lots = [_lot(1, 5, 300), _lot(2, 2, 10), _lot(3, 4, -1), _lot(4, 9, None)]
    assert usable_count(lots, NOW) == 16
    assert allocate(lots, 3, NOW) == [(2, 2), (1, 1)]
    assert allocate(lots, 16, NOW) == [(2, 2), (1, 5), (4, 9)]
    with pytest.raises(InsufficientTickets):
        allocate(lots, 17, NOW)


def test_pack_expiry() -> None:
    assert pack_expiry(NOW, 365) == NOW + timedelta(days=365)
    assert pack_expiry(NOW, 0) is None


def test_deposit_only_beyond_paid_buckets() -> None:
    fresh = deposits.BucketState(0, 0, 0)
    move = deposits.delivery_move(fresh, 2, 0, 5000)
    assert move == deposits.BucketMove(2, 2, 10000)
    held = move.apply(fresh)
    assert deposits.delivery_move(held, 2, 2, 5000) == deposits.BucketMove(0, 0, 0)
    assert deposits.delivery_move(held, 3, 2, 5000) == deposits.BucketMove(1, 1, 5000)
    assert deposits.expected_deposit(held, 3, 5000) == 5000
    with pytest.raises(InsufficientBuckets):
        deposits.delivery_move(held, 1, 4, 5000)


def test_returns_refund_paid_deposit_and_never_more() -> None:
    state = deposits.BucketState(held=3, paid_buckets=2, deposit_fen=9000)
    first = deposits.return_move(state, 1)  # the free bucket goes first
    assert first == deposits.BucketMove(-1, 0, 0)
    rest = deposits.return_move(first.apply(state), 2)
    assert rest == deposits.BucketMove(-2, -2, -9000)
    assert rest.apply(first.apply(state)) == deposits.BucketState(0, 0, 0)
    with pytest.raises(InsufficientBuckets):
        deposits.return_move(state, 4)
    with pytest.raises(InvalidInput):
        deposits.return_move(state, 0)


def _line(qty: int, price: int = 2200) -> pricing.PricedLine:
    return pricing.PricedLine("nfsq-19l", "农夫山泉", qty, price, 5000, True)


def test_quote_with_floor_fee_and_tickets() -> None:
    rules = StationRules(delivery_fee_fen=300, floor_fee_fen=100, free_floors=2, min_order_fen=2000)
    quote = pricing.quote(rules, [_line(2)], "ticket", floor=6, has_lift=False, deposit_fen=0)
    assert (quote.goods_fen, quote.floor_fee_fen, quote.tickets_needed) == (4400, 800, 2)
    assert quote.money_due_fen("ticket") == 300 + 800
    lifted = pricing.quote(rules, [_line(2)], "cash", floor=6, has_lift=True, deposit_fen=5000)
    assert lifted.money_due_fen("cash") == 4400 + 300 + 5000


def test_quote_refusals() -> None:
    rules = StationRules(min_order_fen=3000)
    with pytest.raises(BelowMinimum):
        pricing.quote(rules, [_line(1)], "cash", None, True, 0)
    with pytest.raises(InvalidInput):
        pricing.quote(rules, [_line(2)], "bitcoin", None, True, 0)
    with pytest.raises(InvalidInput):
        pricing.quote(rules, [_line(0)], "cash", None, True, 0)
    with pytest.raises(InvalidInput):
        pricing.quote(rules, [_line(100)], "cash", None, True, 0)


def test_money_formatting_is_exact() -> None:
    assert (
        pricing.yuan(2200) == "22.00"
        and pricing.yuan(5) == "0.05"
        and pricing.yuan(-150) == "-1.50"
    )
    assert pricing.parse_yuan("22.00") == 2200 and pricing.parse_yuan("0.5") == 50
    with pytest.raises(InvalidInput):
        pricing.parse_yuan("1.234")


RULES = StationRules(opens_at=time(8), closes_at=time(21), closed_weekdays=frozenset({6}))


def _at(day: int, hour: int) -> datetime:
    return NOW.replace(day=day, hour=hour)


def test_window_inside_hours_is_kept() -> None:
    slot = schedule_window(RULES, _at(24, 13), _at(24, 18), NOW)
    assert (slot.start, slot.end, slot.moved) == (_at(24, 13), _at(24, 18), False)


def test_window_after_closing_moves_to_next_opening() -> None:
    slot = schedule_window(RULES, _at(24, 22), _at(24, 23), NOW)
    assert (slot.start, slot.end, slot.moved) == (_at(25, 8), _at(25, 9), True)


def test_window_before_opening_starts_at_opening() -> None:
    slot = schedule_window(RULES, _at(24, 6), _at(24, 7), NOW)
    assert (slot.start, slot.moved) == (_at(24, 8), True)


def test_closed_day_moves_to_next_open_day() -> None:
    sunday = NOW.replace(day=29)  # 2026-11-29 is a Sunday
    assert sunday.weekday() == 6
    slot = schedule_window(RULES, sunday.replace(hour=8), sunday.replace(hour=21), NOW)
    assert (slot.start, slot.end, slot.moved) == (_at(30, 8), _at(30, 21), True)


def test_window_beyond_the_horizon_is_refused() -> None:
    last = NOW + timedelta(days=MAX_DAYS_AHEAD)
    assert schedule_window(RULES, last, last + timedelta(hours=1), NOW).start >= last
    with pytest.raises(InvalidInput) as err:
        schedule_window(RULES, NOW.replace(year=2099), NOW.replace(year=2099, hour=18), NOW)
    assert err.value.message == f"只能预约{MAX_DAYS_AHEAD}天以内的送水时间"


def test_area_by_community_or_radius() -> None:
    rules = StationRules(communities=("阳光花园",), radius_m=3000, latitude=31.23, longitude=121.47)
    check_area(rules, "阳光花园3栋502", None, None)
    check_area(rules, "别处", 31.24, 121.47)  # about 1.1 km away
    with pytest.raises(OutOfArea):
        check_area(rules, "别处", 31.40, 121.47)
    with pytest.raises(OutOfArea):
        check_area(rules, "别处", None, None)
    check_area(StationRules(), "anywhere", None, None)
