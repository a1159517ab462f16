"""The mixed-payment rule (domain/rules/ticket_split.py) and what it does to the money, no DB."""

from __future__ import annotations

import pytest

from domain.rules import door_cash, pricing, revenue, ticket_split
from domain.rules.errors import InvalidInput
from domain.rules.pricing import PricedLine
from domain.rules.station import StationRules
from tests.unit.test_revenue import Delivered

NFSQ = PricedLine("nfsq-19l", "农夫山泉", 1, 2200, 5000, True)
CESTBON = PricedLine("cestbon-18l", "怡宝", 1, 2000, 5000, True)


def test_eight_cestbon_tickets_pay_the_cestbon_line_and_leave_the_nfsq_line() -> None:
    cover = ticket_split.cover([NFSQ, CESTBON], {"cestbon-18l": 8})
    assert cover.covered == (ticket_split.CoveredLine("cestbon-18l", "怡宝", 1, 2000),)
    assert cover.left == (("农夫山泉", 1),)
    assert (cover.tickets, cover.value_fen, cover.partial) == (1, 2000, True)
    assert cover.per_sku() == {"cestbon-18l": 1}


def test_a_line_takes_what_tickets_there_are_and_leaves_the_rest_of_it() -> None:
    three = PricedLine("cestbon-18l", "怡宝", 3, 2000, 5000, True)
    cover = ticket_split.cover([three], {"cestbon-18l": 1})
    assert (cover.tickets, cover.value_fen, cover.left) == (1, 2000, (("怡宝", 2),))


def test_tickets_of_one_product_are_shared_by_its_lines_and_never_pay_free_goods() -> None:
    free = PricedLine("cestbon-18l", "怡宝", 1, 0, 5000, True)
    two = PricedLine("cestbon-18l", "怡宝", 2, 2000, 5000, True)
    cover = ticket_split.cover([two, free, CESTBON], {"cestbon-18l": 2})
    assert cover.per_sku() == {"cestbon-18l": 2}
    assert cover.left == (("怡宝", 1),)  # the free bucket is neither covered nor left to pay


def test_no_usable_tickets_cover_nothing_and_all_usable_cover_all() -> None:
    assert ticket_split.cover([NFSQ], {"cestbon-18l": 5}) == ticket_split.TicketCover(
        (), (("农夫山泉", 1),)
    )
    assert ticket_split.cover([NFSQ], {"nfsq-19l": 0, "cestbon-18l": -1}).tickets == 0
    full = ticket_split.cover([NFSQ, CESTBON], {"nfsq-19l": 1, "cestbon-18l": 1})
    assert (full.tickets, full.partial, full.left) == (2, False, ())
    assert ticket_split.whole([NFSQ, CESTBON]).per_sku() == {"nfsq-19l": 1, "cestbon-18l": 1}
    assert ticket_split.whole([]) == ticket_split.NO_TICKETS


def test_the_rest_is_paid_in_money_only() -> None:
    for method in ticket_split.REST_METHODS:
        ticket_split.check_rest_method(method)
    with pytest.raises(InvalidInput) as refused:
        ticket_split.check_rest_method("ticket")
    assert "现金、微信支付或余额" in refused.value.message


def test_the_quote_leaves_the_uncovered_goods_fees_and_deposit_to_pay() -> None:
    rules = StationRules(delivery_fee_fen=300)
    cover = ticket_split.cover([NFSQ, CESTBON], {"cestbon-18l": 8})
    quote = pricing.quote(
        rules, [NFSQ, CESTBON], "cash", None, True, 10000, (cover.tickets, cover.value_fen)
    )
    assert (quote.tickets_needed, quote.tickets_fen) == (1, 2000)
    assert quote.money_due_fen("cash") == 2200 + 300 + 10000
    # A ticket order is a cover of every line, as before.
    whole = pricing.quote(rules, [NFSQ], "ticket", None, True, 0)
    assert (whole.tickets_needed, whole.tickets_fen, whole.money_due_fen("ticket")) == (
        1,
        2200,
        300,
    )


def test_at_the_door_only_the_uncovered_part_is_due_and_scanned_or_cash() -> None:
    bill = door_cash.Bill("cash", 4200, 300, 0, 0, tickets_fen=2000)
    assert door_cash.at_the_door(bill, 0).cash_due_fen == 2500
    # Orders kept before mixed payments have no tickets_fen: a ticket order covers its goods.
    old = door_cash.Bill("ticket", 4200, 300, 0, 0)
    assert door_cash.at_the_door(old, 0).cash_due_fen == 300
    assert door_cash.to_collect("cash", 2500, 1) == door_cash.ToCollect("cash", 2500, 1)
    assert door_cash.to_collect("wechat_pay", 2500, 1) == door_cash.ToCollect("scan", 2500, 1)
    # Tickets and balance: the balance prepaid the rest, nothing is collected.
    prepaid = door_cash.Bill("balance", 4200, 300, 0, 2500, tickets_fen=2000)
    assert door_cash.at_the_door(prepaid, 0) == door_cash.AtTheDoor(0, 0)


def test_revenue_counts_the_covered_lines_as_tickets_and_the_rest_by_its_method() -> None:
    order = Delivered("cash", 4200, cash_collected_fen=2200, cash_due_fen=2200, tickets_fen=2000)
    assert revenue.sales_by_method(order) == {
        "ticket": 2000,
        "balance": 0,
        "cash": 2200,
        "wechat_pay": 0,
    }
    balance = Delivered("balance", 4200, prepaid_fen=2200, tickets_fen=2000)
    assert revenue.sales_by_method(balance)["balance"] == 2200
    assert revenue.sales(balance) == 4200
