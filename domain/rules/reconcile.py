"""WeChat Pay's trade bill against our payment ledger for one day (docs/PAY.md). Pure.

A payment is matched by WeChat Pay's transaction id, a refund by its refund id: what the bill
has and the ledger lacks (money we never booked), what the ledger has and the bill lacks (money
we booked that WeChat Pay did not move that day), and amounts that differ.
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.rules.trade_bill import Bill

PAY, REFUND = "pay", "refund"
MISSING_IN_LEDGER, MISSING_IN_BILL = "missing_in_ledger", "missing_in_bill"
AMOUNT_DIFFERS, REFUND_DIFFERS = "amount_differs", "refund_differs"


@dataclass(frozen=True)
class Booked:
    """One of our ledger rows: a payment in or a refund out (amount positive both ways)."""

    kind: str  # PAY or REFUND
    reference: str  # transaction_id or refund_id
    out_trade_no: str
    amount_fen: int


@dataclass(frozen=True)
class Mismatch:
    """One difference between the bill and the ledger."""

    kind: str
    reference: str
    out_trade_no: str
    bill_fen: int | None
    ledger_fen: int | None


@dataclass(frozen=True)
class Matched:
    """A day's reconciliation: totals on both sides and every difference."""

    paid_in_bill_fen: int
    paid_in_ledger_fen: int
    refunded_in_bill_fen: int
    refunded_in_ledger_fen: int
    mismatches: tuple[Mismatch, ...]


def reconcile(bill: Bill, booked: list[Booked]) -> Matched:
    """Match the bill's rows with our ledger's, by transaction and refund id."""
    theirs: dict[tuple[str, str], tuple[str, int]] = {}
    for row in bill.rows:
        if row.state == "SUCCESS":
            theirs[(PAY, row.transaction_id)] = (row.out_trade_no, row.amount_fen)
        elif row.refund_id:
            theirs[(REFUND, row.refund_id)] = (row.out_trade_no, row.refund_fen)
    ours = {(b.kind, b.reference): (b.out_trade_no, b.amount_fen) for b in booked}
    found = []
    for key in sorted(theirs.keys() | ours.keys()):
        kind, reference = key
        bill_side, ledger_side = theirs.get(key), ours.get(key)
        trade = (bill_side or ledger_side or ("", 0))[0]
        bill_fen = bill_side[1] if bill_side else None
        ledger_fen = ledger_side[1] if ledger_side else None
        if bill_fen == ledger_fen:
            continue
        if bill_fen is None:
            what = MISSING_IN_BILL
        elif ledger_fen is None:
            what = MISSING_IN_LEDGER
        else:
            what = AMOUNT_DIFFERS if kind == PAY else REFUND_DIFFERS
        found.append(Mismatch(what, reference, trade, bill_fen, ledger_fen))
    return Matched(
        sum(fen for (kind, _), (_, fen) in theirs.items() if kind == PAY),
        sum(b.amount_fen for b in booked if b.kind == PAY),
        sum(fen for (kind, _), (_, fen) in theirs.items() if kind == REFUND),
        sum(b.amount_fen for b in booked if b.kind == REFUND),
        tuple(found),
    )
