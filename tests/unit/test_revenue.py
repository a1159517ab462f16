"""Revenue never includes bucket deposits (domain/rules/revenue.py), no database."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from domain.rules import revenue


@dataclass(frozen=True)
class Delivered:
    """The fields the rules read; defaults are an order with nothing in it."""

    payment_method: str
    goods_fen: int = 0
    prepaid_fen: int = 0
    deposit_fen: int = 0
    deposit_charged_fen: int | None = None
    cash_collected_fen: int | None = None
    cash_due_fen: int | None = None
    buckets_delivered: int | None = None
    empties_collected: int | None = None
    id: int = 1
    tickets_fen: int = 0
    packs_cash_fen: int = 0


CASES = {
    # 2 buckets at 22.00 plus 2 new deposits of 50.00, all cash at the door
    "cash": Delivered("cash", 4400, deposit_charged_fen=10000, cash_collected_fen=14400),
    # scanned, one extra empty back: 50.00 refunded off the scan
    "scan refund": Delivered(
        "wechat_pay", 4400, deposit_charged_fen=-5000, cash_collected_fen=-600
    ),
    "scan": Delivered("wechat_pay", 6600, deposit_charged_fen=4000, cash_collected_fen=10600),
    # tickets paid the water; the deposit was cash
    "ticket": Delivered("ticket", 4400, deposit_charged_fen=10000, cash_collected_fen=10000),
    # the quote took 20.00 + 50.00 from the balance and the bucket did carry a deposit
    "balance": Delivered("balance", 2000, 7000, 5000, 5000, 0),
    # quoted one deposit, the empty came back after all: 50.00 back to the balance
    "balance back": Delivered("balance", 2000, 7000, 5000, 0, 0),
    # quoted one deposit, two new buckets: the second deposit was cash
    "balance more": Delivered("balance", 4000, 9000, 5000, 10000, 5000),
}


@pytest.mark.parametrize("name", CASES)
def test_sales_are_what_was_paid_less_the_deposit_in_every_method(name: str) -> None:
    order = CASES[name]
    paid, deposit = revenue.paid_by_method(order), revenue.deposit_by_method(order)
    assert sum(deposit.values()) == (order.deposit_charged_fen or 0)
    by_method = revenue.sales_by_method(order)
    assert by_method == {m: paid[m] - deposit[m] for m in revenue.METHODS}
    assert sum(by_method.values()) == revenue.sales(order) == order.goods_fen


def test_where_each_deposit_was_paid() -> None:
    where = {name: revenue.deposit_by_method(o) for name, o in CASES.items()}
    assert where["cash"]["cash"] == where["ticket"]["cash"] == 10000
    assert where["scan"]["wechat_pay"] == 4000
    assert where["scan refund"]["cash"] == -5000  # nothing was scanned: the courier paid it out
    assert where["balance"]["balance"] == 5000
    assert where["balance back"] == dict.fromkeys(revenue.METHODS, 0)
    assert (where["balance more"]["balance"], where["balance more"]["cash"]) == (5000, 5000)
    assert revenue.sales_by_method(CASES["ticket"]) == {
        "ticket": 4400, "balance": 0, "cash": 0, "wechat_pay": 0,
    }  # fmt: skip
