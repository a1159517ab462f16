"""Which way money goes back: domain/rules/refund_route.py, without a database."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.rules import refund_route
from domain.rules.errors import InvalidInput
from domain.rules.refund_route import Source
from tests.support import NOW


def test_what_is_left_to_refund_of_a_payment() -> None:
    assert refund_route.left_to_refund("paid", 14400, 0) == 14400
    assert refund_route.left_to_refund("partially_refunded", 14400, 5000) == 9400
    assert refund_route.left_to_refund("refunded", 14400, 14400) == 0
    assert refund_route.left_to_refund("unpaid", 14400, 0) == 0  # nothing came in yet
    assert refund_route.left_to_refund("closed", 14400, 0) == 0


def test_the_deposit_an_online_payment_paid_is_what_it_quoted_and_the_door_charged() -> None:
    assert refund_route.paid_online_deposit(10000, 10000) == 10000
    assert refund_route.paid_online_deposit(15000, 10000) == 10000  # the rest scanned there
    assert refund_route.paid_online_deposit(5000, 10000) == 5000  # less charged: settled there
    assert refund_route.paid_online_deposit(-5000, 10000) == 0
    assert refund_route.paid_online_deposit(None, 10000) == 0  # not delivered


def test_a_return_refunds_online_deposits_first_newest_payment_first() -> None:
    old = Source(1, 5000, 14400, NOW - timedelta(days=30))
    new = Source(2, 5000, 7200, NOW - timedelta(days=1))
    split = refund_route.split_deposit_refund(7500, [old, new], NOW)
    assert split.online == ((2, 5000), (1, 2500)) and split.rest_fen == 0
    split = refund_route.split_deposit_refund(15000, [old, new], NOW)
    assert split.online_fen == 10000 and split.rest_fen == 5000  # the rest: cash or balance
    capped = Source(3, 5000, 1000, NOW)  # the payment itself holds only 10 yuan more
    assert refund_route.split_deposit_refund(5000, [capped], NOW).online == ((3, 1000),)
    stale = Source(4, 5000, 14400, NOW - refund_route.REFUNDABLE_FOR - timedelta(days=1))
    assert refund_route.split_deposit_refund(5000, [stale], NOW).rest_fen == 5000
    assert refund_route.split_deposit_refund(0, [new], NOW).online == ()


def test_at_the_door_money_owed_back_goes_online_first() -> None:
    assert refund_route.at_the_door(-5000, 2200) == (2200, -2800)
    assert refund_route.at_the_door(-5000, 14400) == (5000, 0)
    assert refund_route.at_the_door(3000, 14400) == (0, 3000)  # due: scanned as before
    assert refund_route.at_the_door(-5000, 0) == (0, -5000)  # not paid online: the courier


def test_a_lowered_edit_refunds_the_difference_and_a_raise_is_refused() -> None:
    assert refund_route.edit_refund("1", "paid", 14400, 14400, 7200) == 7200
    assert refund_route.edit_refund("1", "partially_refunded", 14400, 7200, 7200) == 0
    assert refund_route.edit_refund("1", "unpaid", 14400, 0, 14400) == 0  # same price
    with pytest.raises(InvalidInput) as raised:
        refund_route.edit_refund("1", "paid", 14400, 7200, 21600)
    assert "已在线微信支付72.00元" in raised.value.message
    with pytest.raises(InvalidInput) as unpaid:
        refund_route.edit_refund("1", "unpaid", 14400, 0, 7200)
    assert "还没有完成微信支付" in unpaid.value.message


@pytest.mark.parametrize(
    ("online", "rest", "method", "reason", "parts"),
    [
        ((), 5000, "cash", "cash", (0, 5000, 0)),
        ((), 5000, "balance", "balance", (0, 0, 5000)),
        (((1, 5000),), 0, "cash", "wechat_pay", (5000, 0, 0)),
        (((1, 3000), (2, 2000)), 10000, "cash", "wechat_pay:5000 cash", (5000, 10000, 0)),
        (((1, 5000),), 2500, "balance", "wechat_pay:5000 balance", (5000, 0, 2500)),
    ],
)
def test_a_returns_reason_says_the_split_and_reads_back(
    online: tuple[tuple[int, int], ...],
    rest: int,
    method: str,
    reason: str,
    parts: tuple[int, int, int],
) -> None:
    split = refund_route.Split(online, rest)
    assert refund_route.return_reason(split, method) == reason
    back = refund_route.return_parts(reason, split.online_fen + rest)
    assert (back.online_fen, back.cash_fen, back.balance_fen) == parts


def test_a_garbled_split_reason_is_read_as_cash_never_as_more_than_the_refund() -> None:
    assert refund_route.return_parts("wechat_pay:99999 cash", 5000) == refund_route.Parts(5000)
    assert refund_route.return_parts("wechat_pay:x cash", 5000) == refund_route.Parts(0, 5000)
