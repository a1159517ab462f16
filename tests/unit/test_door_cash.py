"""Cash at the door (docs/MONEY.md, "Cash at the door"), no database."""

from __future__ import annotations

import pytest

from domain.rules import door_cash
from domain.rules.door_cash import AtTheDoor, Bill
from domain.rules.errors import InvalidInput


def _bill(method: str, prepaid: int = 0) -> Bill:
    return Bill(method, goods_fen=2200, fees_fen=300, discount_fen=500, prepaid_fen=prepaid)


def test_cash_due_is_goods_and_fees_less_discount_and_the_deposit_moved() -> None:
    assert door_cash.at_the_door(_bill("cash"), 5000) == AtTheDoor(2200 + 300 - 500 + 5000, 0)
    assert door_cash.at_the_door(_bill("wechat_pay"), 0) == AtTheDoor(2000, 0)
    assert door_cash.at_the_door(_bill("ticket"), 5000).cash_due_fen == 300 - 500 + 5000


def test_a_refund_for_extra_empties_comes_off_the_cash_and_may_be_paid_out() -> None:
    assert door_cash.at_the_door(_bill("cash"), -5000).cash_due_fen == 2000 - 5000


def test_balance_orders_settle_the_difference_from_their_quote() -> None:
    quoted = _bill("balance", prepaid=2000 + 5000)  # quoted one new bucket
    assert door_cash.at_the_door(quoted, 5000) == AtTheDoor(0, 0)
    assert door_cash.at_the_door(quoted, 0) == AtTheDoor(0, 5000)  # empty came back after all
    assert door_cash.at_the_door(quoted, 10000) == AtTheDoor(5000, 0)  # one more bucket: cash
    swap = _bill("balance", prepaid=2000)
    assert door_cash.at_the_door(swap, -5000) == AtTheDoor(0, 5000)  # refund to the balance


def test_short_owes_over_shows_and_none_means_exactly_the_due() -> None:
    short = door_cash.settle(7200, 100)
    assert (short.short_fen, short.over_fen, short.status) == (7100, 0, door_cash.OWING)
    over = door_cash.settle(7200, 8000)
    assert (over.short_fen, over.over_fen, over.status) == (0, 800, door_cash.PAID)
    exact = door_cash.settle(7200, None)
    assert (exact.collected_fen, exact.short_fen, exact.status) == (7200, 0, door_cash.PAID)
    refund = door_cash.settle(-2800, None)
    assert (refund.collected_fen, refund.status) == (-2800, door_cash.PAID)
    kept = door_cash.settle(-2800, 0)  # the courier did not pay the refund out
    assert kept.over_fen == 2800


def test_taking_less_than_nothing_is_refused_unless_a_refund_was_due() -> None:
    with pytest.raises(InvalidInput):
        door_cash.settle(7200, -1)
    with pytest.raises(InvalidInput):
        door_cash.settle(-2800, -3000)


def test_what_to_collect_is_scanned_for_wechat_pay_and_cash_otherwise() -> None:
    assert door_cash.to_collect("wechat_pay", 7000, 0) == door_cash.ToCollect("scan", 7000, 0)
    assert door_cash.to_collect("cash", 7000, 0) == door_cash.ToCollect("cash", 7000, 0)
    # A ticket order's fees and deposit are cash; its tickets are named beside them.
    assert door_cash.to_collect("ticket", 5000, 2) == door_cash.ToCollect("cash", 5000, 2)
    assert door_cash.to_collect("ticket", 0, 2) == door_cash.ToCollect("", 0, 2)
    assert door_cash.to_collect("balance", 0, 0) == door_cash.ToCollect("", 0, 0)
    assert door_cash.to_collect("wechat_pay", -100, 0).amount_fen == 0  # nothing to take
