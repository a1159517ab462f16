"""The rules that decide what a verified WeChat Pay notice may change (no database)."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from domain.rules import online_pay
from domain.rules.online_pay import Notice, Verdict

PAID = Notice("WB1", "4200001", "SUCCESS", 14400)


@pytest.mark.parametrize(
    ("status", "amount", "transaction", "notice", "expected"),
    [
        ("unpaid", 14400, None, PAID, Verdict.SETTLE),
        ("paid", 14400, "4200001", PAID, Verdict.ALREADY),
        ("refunded", 14400, "4200001", PAID, Verdict.ALREADY),
        ("paid", 14400, "4200009", PAID, Verdict.OTHER_TRANSACTION),
        ("unpaid", 14400, None, Notice("WB1", "4200001", "SUCCESS", 1), Verdict.MISMATCH),
        ("closed", 14400, None, PAID, Verdict.AFTER_CLOSE),
        ("closed", 14400, None, Notice("WB1", "4200001", "SUCCESS", 1), Verdict.MISMATCH),
        ("unpaid", 14400, None, Notice("WB1", "", "NOTPAY", 14400), Verdict.NOT_PAID),
    ],
)
def test_verdict(
    status: str, amount: int, transaction: str | None, notice: Notice, expected: Verdict
) -> None:
    assert online_pay.verdict(status, amount, transaction, notice) is expected


def test_numbers_and_statuses() -> None:
    no = online_pay.out_trade_no("20261124001", "a1b2c3d4")
    assert no == "WB20261124001A1B2C3D4" and 6 <= len(no) <= 32
    assert online_pay.out_refund_no(no, 2) == no + "R2"
    assert online_pay.refund_status(14400, 0) == "paid"
    assert online_pay.refund_status(14400, 4400) == "partially_refunded"
    assert online_pay.refund_status(14400, 14400) == "refunded"


def test_prepay_is_renewed_before_it_lapses() -> None:
    now = datetime(2026, 11, 24, 10, 0)
    assert online_pay.needs_prepay("", None, now)
    assert not online_pay.needs_prepay("wx1", now - timedelta(minutes=100), now)
    assert online_pay.needs_prepay("wx1", now - timedelta(minutes=110), now)
