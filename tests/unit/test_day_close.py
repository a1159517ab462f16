"""The day's close as pure rules: which day 对账 means, cash against hand-ins, what differs."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from domain.rules import day_close as rules
from domain.rules.close_texts import summary
from domain.rules.reconcile import Matched, Mismatch
from tests.support import TZ

TODAY = date(2026, 11, 25)


@pytest.mark.parametrize(
    ("said", "day"),
    [
        ("", date(2026, 11, 24)),
        ("昨天", date(2026, 11, 24)),
        ("今天", TODAY),
        ("前天", date(2026, 11, 23)),
        ("11-24", date(2026, 11, 24)),
        ("11月24日", date(2026, 11, 24)),
        ("2026-11-24", date(2026, 11, 24)),
        ("2025/12/31", date(2025, 12, 31)),
        ("12-31", date(2025, 12, 31)),  # not after today: last year's
        ("13-01", None),
        ("2-30", None),
        ("明天", None),
        ("上周", None),
    ],
)
def test_which_day(said: str, day: date | None) -> None:
    assert rules.parse_day(said, TODAY) == day


def test_cash_taken_joined_with_hand_ins() -> None:
    rows = rules.courier_cash(
        {"c1": ("刘师傅", 2, 10100), "c2": ("赵师傅", 1, 0)},
        {"c1": ("刘师傅", 10000), "c3": ("王师傅", 5000)},  # c3 handed in a day without cash
    )
    assert [(r.userid, r.collected_fen, r.handed_in_fen, r.gap_fen) for r in rows] == [
        ("c1", 10100, 10000, 100),
        ("c2", 0, 0, 0),
        ("c3", 0, 5000, -5000),
    ]
    assert rows[2].name == "王师傅"


def _close(wechat: rules.WeChatPart, couriers: tuple[rules.CourierCash, ...]) -> rules.DayClose:
    return rules.DayClose(
        date(2026, 11, 24), datetime(2026, 11, 25, tzinfo=TZ), wechat, couriers,
        rules.Receivables(7100, 1, 9100, 2),
        (rules.TicketsOwed("nfsq-19l", "农夫山泉", 9, 2200),),
        rules.DepositsHeld(8, 7, 34000, 5),
    )  # fmt: skip


def test_differences_and_the_summary() -> None:
    stray = Mismatch("missing_in_ledger", "4200", "WBSTRAY", 1000, None)
    matched = rules.WeChatPart(rules.MATCHED, Matched(29800, 28800, 0, 0, (stray,)))
    short = rules.CourierCash("c1", "刘师傅", 2, 10100, 10000)
    close = _close(matched, (short, rules.CourierCash("c2", "赵师傅", 1, 500, 600)))
    assert close.differences == 3 and close.tickets_fen == 19800
    assert summary(close).split("\n") == [
        "【11月24日对账】有3处需要核对",
        "微信支付:账单收298.00元、退0.00元;流水收288.00元、退0.00元",
        "  · WBSTRAY 微信有10.00元,流水没有",
        "现金 刘师傅:收101.00元,已交100.00元,还差1.00元",
        "现金 赵师傅:收5.00元,已交6.00元,多交1.00元",
        "客户欠款:当天少收71.00元(1单),目前共欠91.00元(2单)",
        "水票负债:未用9张,按单价计198.00元",
        "押金在外:8个桶(5户),押金340.00元",
    ]


def test_no_bill_is_a_difference_no_wechat_pay_is_not() -> None:
    assert _close(rules.WeChatPart(rules.NOT_CONNECTED), ()).differences == 0
    missing = _close(rules.WeChatPart(rules.UNAVAILABLE, error="STATEMENT_CREATING"), ())
    assert missing.differences == 1
    assert "微信支付:账单暂未取到(STATEMENT_CREATING),稍后可再发“对账 11-24”" in summary(missing)
    assert "现金:当天没有送水员收现金" in summary(missing)
