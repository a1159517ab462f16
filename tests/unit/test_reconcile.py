"""A day's trade bill against the payment ledger: each kind of difference, found once."""

from __future__ import annotations

from domain.rules.reconcile import Booked, reconcile
from domain.rules.trade_bill import Bill, BillRow


def row(no: str, tx: str, state: str, fen: int, refund_id: str = "", refund: int = 0) -> BillRow:
    return BillRow("2026-11-24 10:00:00", tx, no, "JSAPI", state, fen, refund_id, "", refund, "")


BILL = Bill(
    (
        row("WB1", "T1", "SUCCESS", 14400),
        row("WB2", "T2", "SUCCESS", 5000),
        row("WB3", "T3", "SUCCESS", 2000),
        row("WB1", "T1", "REFUND", 0, "R1", 4400),
    ),
    4, 21400, 4400,
)  # fmt: skip


def test_agreeing_books_have_no_mismatch() -> None:
    booked = [Booked("pay", "T1", "WB1", 14400), Booked("pay", "T2", "WB2", 5000),
              Booked("pay", "T3", "WB3", 2000), Booked("refund", "R1", "WB1", 4400)]  # fmt: skip
    matched = reconcile(BILL, booked)
    assert matched.mismatches == ()
    assert (matched.paid_in_bill_fen, matched.refunded_in_ledger_fen) == (21400, 4400)


def test_every_kind_of_difference() -> None:
    booked = [
        Booked("pay", "T1", "WB1", 14400),
        Booked("pay", "T2", "WB2", 4000),  # amount differs
        Booked("pay", "T9", "WB9", 100),  # only in the ledger
        Booked("refund", "R1", "WB1", 4000),  # refund differs
    ]  # T3 only in the bill
    found = {
        (m.kind, m.reference, m.bill_fen, m.ledger_fen) for m in reconcile(BILL, booked).mismatches
    }
    assert found == {
        ("amount_differs", "T2", 5000, 4000),
        ("missing_in_bill", "T9", None, 100),
        ("missing_in_ledger", "T3", 2000, None),
        ("refund_differs", "R1", 4400, 4000),
    }
