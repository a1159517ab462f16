"""Tables as files: one shape, written as CSV (UTF-8 with BOM, for Excel) or XLSX.

Pure: the admin API serves them as downloads, the CLI writes them to disk.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE
from openpyxl.cell.cell import Cell as ExcelCell
from openpyxl.worksheet.worksheet import Worksheet

from domain.rules.pricing import yuan


@dataclass(frozen=True)
class Yuan:
    """Money for people: integer fen shown as yuan with two decimals (2200 -> 22.00)."""

    fen: int


Cell = str | int | float | bool | date | datetime | Yuan | None
YUAN_FORMAT = "0.00"


@dataclass(frozen=True)
class Table:
    """A named sheet: headers and rows of plain cells."""

    name: str
    headers: Sequence[str]
    rows: Sequence[Sequence[Cell]]


# Text a spreadsheet would run as a formula: a customer named "=HYPERLINK(…)" must stay text.
FORMULA_START = ("=", "+", "-", "@", "\t", "\r")


def _text(cell: Cell) -> str:
    if cell is None:
        return ""
    if isinstance(cell, Yuan):
        return yuan(cell.fen)
    if isinstance(cell, datetime | date):
        return cell.isoformat()
    if isinstance(cell, str) and cell.startswith(FORMULA_START):
        return "'" + cell
    return str(cell)


def to_csv(table: Table) -> bytes:
    """CSV bytes; the BOM makes Excel read the Chinese headers as UTF-8."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(table.headers)
    writer.writerows([_text(c) for c in row] for row in table.rows)
    return ("\ufeff" + out.getvalue()).encode("utf-8")


def _excel_cell(sheet: Worksheet, cell: Cell) -> Any:
    # Excel has no time zones: keep the station-local wall time an owner expects to see.
    if isinstance(cell, datetime) and cell.tzinfo is not None:
        return cell.replace(tzinfo=None)
    if isinstance(cell, Yuan):
        # A number, so the sheet can sum it; exact, and always shown with two decimals.
        money = ExcelCell(sheet, value=Decimal(cell.fen).scaleb(-2))
        money.number_format = YUAN_FORMAT
        return money
    if isinstance(cell, str):
        # XLSX cannot hold control characters; text starting with "=" would become a formula.
        boxed = ExcelCell(sheet, value=ILLEGAL_CHARACTERS_RE.sub("", cell))
        boxed.data_type = "s"
        return boxed
    return cell


def to_xlsx(tables: Sequence[Table]) -> bytes:
    """An XLSX workbook with one sheet per table."""
    book = Workbook()
    first = book.active
    if first is not None:
        book.remove(first)
    for table in tables:
        sheet = book.create_sheet(table.name[:31])
        sheet.append(list(table.headers))
        for row in table.rows:
            sheet.append([_excel_cell(sheet, c) for c in row])
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()
