"""The 收款码's pure rules (domain/rules/door_pay.py) and packs in revenue, no database."""

from __future__ import annotations

import pytest

from domain.rules import door_pay, revenue
from domain.rules.door_pay import OpenTrade, Step
from tests.unit.test_revenue import Delivered

LIVE = OpenTrade("unpaid", 14400, live=True)


@pytest.mark.parametrize(
    ("trade", "due", "closing", "step"),
    [
        (None, 14400, False, Step.NEW),
        (None, 0, False, Step.NOTHING),
        (LIVE, 14400, False, Step.REUSE),  # a second tap, same amount: the same code
        (LIVE, 36400, False, Step.REPLACE),  # another amount: close the old one first
        (LIVE, 36400, True, Step.NEW),  # ... then a new trade
        (OpenTrade("unpaid", 14400, live=False), 14400, False, Step.REPLACE),  # expired
        (OpenTrade("closed", 14400, live=False), 14400, False, Step.NEW),
        (OpenTrade("closed", 36400, live=True), 14400, False, Step.REPLACE),  # may still be paid
        (OpenTrade("paid", 36400, live=True, voided=True), 14400, False, Step.VOID),
        (OpenTrade("paid", 14400, live=True), 0, False, Step.PAID),
        (OpenTrade("refunded", 14400, live=True), 14400, False, Step.PAID),
    ],
)
def test_what_a_tap_does(trade: OpenTrade | None, due: int, closing: bool, step: Step) -> None:
    assert door_pay.next_step(trade, due, closing) is step


def test_a_code_is_for_orders_paid_at_the_door() -> None:
    assert door_pay.offers_code("cash", paid_online=False)
    assert door_pay.offers_code("ticket", paid_online=False)  # the fees
    assert not door_pay.offers_code("wechat_pay", paid_online=True)
    assert not door_pay.offers_code("balance", paid_online=False)  # the balance pays the rest
    assert door_pay.due_at_door(-5000, 22000) == (0, 22000)  # a refund is paid out in cash


def test_packs_are_paid_by_the_code_only_when_it_covered_them() -> None:
    assert door_pay.packs_paid_by_code("paid", 22000, [22000])
    assert not door_pay.packs_paid_by_code("paid", 0, [22000])  # the code was for the order
    assert not door_pay.packs_paid_by_code("closed", 22000, [22000])
    assert not door_pay.packs_paid_by_code("paid", 22000, [])
    assert door_pay.packs_method(True, "cash") == "wechat_pay"
    assert door_pay.packs_method(False, "wechat_pay") == "wechat_pay"  # scanned at the door
    assert door_pay.packs_method(False, "cash") == "cash"


def test_packs_taken_with_a_delivery_are_not_its_revenue() -> None:
    cash = Delivered("cash", 4400, deposit_charged_fen=0, cash_collected_fen=26400,
                     packs_cash_fen=22000)  # fmt: skip
    assert revenue.paid_by_method(cash)["cash"] == 4400 and revenue.sales(cash) == 4400
    scanned = Delivered("wechat_pay", 4400, deposit_charged_fen=0, cash_collected_fen=26400,
                        packs_cash_fen=22000)  # fmt: skip
    assert revenue.paid_by_method(scanned)["wechat_pay"] == 4400
    by_code = Delivered("cash", 4400, prepaid_fen=4400, deposit_charged_fen=0,
                        cash_collected_fen=0)  # fmt: skip
    assert revenue.paid_by_method(by_code) == {
        "ticket": 0, "balance": 0, "cash": 0, "wechat_pay": 4400,
    }  # fmt: skip
