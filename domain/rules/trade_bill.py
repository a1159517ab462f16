"""WeChat Pay's daily trade bill (交易账单, bill_type ALL) read into rows: the ground truth that
reconciliation compares our ledger with (issue 14). Pure: bytes in, rows out.

The file is CSV in UTF-8: a header row, one row per trade or refund, then a summary header and
its one row. Every value starts with a backtick (so spreadsheets keep long numbers as text).
Columns are found by their header names, not positions, so a column WeChat Pay adds later does
not shift the others. Amounts are yuan with two decimals; rows carry fen.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

SUMMARY_FIRST = "总交易单数"


class BillError(ValueError):
    """The file is not a trade bill we can read."""


@dataclass(frozen=True)
class BillRow:
    """One trade or refund as WeChat Pay booked it."""

    time: str
    transaction_id: str
    out_trade_no: str
    trade_type: str
    state: str  # SUCCESS, REFUND, …
    amount_fen: int  # 应结订单金额
    refund_id: str
    out_refund_no: str
    refund_fen: int  # 退款金额
    refund_status: str


@dataclass(frozen=True)
class Bill:
    """The rows and WeChat Pay's own totals."""

    rows: tuple[BillRow, ...]
    trades: int
    amount_fen: int  # 应结订单总金额
    refund_fen: int  # 退款总金额


def _fen(text: str, column: str) -> int:
    try:
        return int((Decimal(text or "0") * 100).to_integral_exact())
    except (InvalidOperation, ValueError):
        raise BillError(f"{column} {text!r} is not an amount") from None


def _cells(line: list[str]) -> list[str]:
    return [cell.strip().removeprefix("`") for cell in line]


def parse_bill(raw: bytes) -> Bill:
    """Read a trade bill; BillError when it is not one."""
    lines = [ln for ln in csv.reader(io.StringIO(raw.decode("utf-8-sig"))) if ln]
    if not lines or "商户订单号" not in lines[0]:
        raise BillError("no header with 商户订单号")
    header = _cells(lines[0])
    rows, summary = [], None
    for i, line in enumerate(lines[1:], 1):
        if line[0].strip() == SUMMARY_FIRST:
            if i + 1 >= len(lines):
                raise BillError("the summary header has no row")
            summary = dict(zip(_cells(line), _cells(lines[i + 1]), strict=False))
            break
        cell = dict(zip(header, _cells(line), strict=False))
        rows.append(
            BillRow(
                cell.get("交易时间", ""),
                cell.get("微信订单号", ""),
                cell.get("商户订单号", ""),
                cell.get("交易类型", ""),
                cell.get("交易状态", ""),
                _fen(cell.get("应结订单金额", ""), "应结订单金额"),
                cell.get("微信退款单号", ""),
                cell.get("商户退款单号", ""),
                _fen(cell.get("退款金额", ""), "退款金额"),
                cell.get("退款状态", ""),
            )
        )
    if summary is None:
        raise BillError("no summary (总交易单数) at the end")
    return Bill(
        tuple(rows),
        int(summary.get(SUMMARY_FIRST) or 0),
        _fen(summary.get("应结订单总金额", ""), "应结订单总金额"),
        _fen(summary.get("退款总金额", ""), "退款总金额"),
    )
