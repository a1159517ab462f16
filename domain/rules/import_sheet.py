"""Spreadsheets as a station saves them (XLSX, or CSV in UTF-8 or GBK) turned into rows of text.

Pure: bytes in, cells out. Nothing here knows what the columns mean.
"""

from __future__ import annotations

import csv
import io
import zipfile
import zlib
from dataclasses import dataclass
from datetime import date, datetime
from decimal import Decimal

from openpyxl import load_workbook
from openpyxl.utils.exceptions import InvalidFileException

from domain.rules.errors import InvalidInput

MAX_ROWS = 10_000  # a station has hundreds of customers; more than this is not a customer list
MAX_COLUMNS = 40
MAX_UNPACKED = 100 * 1024 * 1024  # an XLSX of MAX_ROWS customers unpacks to a few MB
ZIP_MAGIC = b"PK\x03\x04"
# What a damaged workbook raises from inside openpyxl: a bad zip, truncated or corrupt deflate
# data, or broken XML (ElementTree's ParseError is a SyntaxError).
BROKEN_XLSX = (
    zipfile.BadZipFile, zlib.error, EOFError, SyntaxError, KeyError, OSError, ValueError,
)  # fmt: skip
Numbered = tuple[int, list[str]]  # a row's number as the spreadsheet shows it, and its cells


@dataclass(frozen=True)
class Sheet:
    """The header row and the data rows, each with its row number as the spreadsheet shows it."""

    headers: list[str]
    rows: list[Numbered]


def unreadable(why: str) -> InvalidInput:
    """The file as a whole cannot be imported."""
    return InvalidInput(why, message=f"文件无法导入:{why}", fields={"file": why})


def read_sheet(data: bytes) -> Sheet:
    """The first sheet of an XLSX workbook, or a CSV file; the format is told by the bytes."""
    if not data.strip():
        raise unreadable("文件是空的")
    numbered = _xlsx_rows(data) if data.startswith(ZIP_MAGIC) else _csv_rows(data)
    if not numbered:
        raise unreadable("没有表头")
    (_, headers), kept = numbered[0], numbered[1:]
    if len(kept) > MAX_ROWS:
        raise unreadable(f"行数超过{MAX_ROWS}行,请分成几个文件导入")
    return Sheet(headers, kept)


def decode_text(data: bytes) -> str:
    """UTF-8 (with or without BOM), else GB18030, the superset of the GBK Excel writes in China."""
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        try:
            text = data.decode("gb18030")
        except UnicodeDecodeError:
            raise unreadable("不是UTF-8或GBK编码的CSV,也不是XLSX") from None
    if "\x00" in text:
        raise unreadable("不是文本格式的CSV,也不是XLSX")
    return text


def _keep(rows: list[Numbered], number: int, cells: list[str]) -> bool:
    """Keep a row that has something in it, with its line number; False once past the cap."""
    if any(cells):
        rows.append((number, cells))
    # Blank lines are skipped, not counted, so a sheet with gaps loses no rows to the cap;
    # header + MAX_ROWS + 1 rows are enough to tell that the sheet is too long.
    return len(rows) <= MAX_ROWS + 1


def _csv_rows(data: bytes) -> list[Numbered]:
    text = decode_text(data)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if "\t" in first and "," not in first else ","
    rows: list[Numbered] = []
    try:
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        for number, row in enumerate(reader, start=1):
            if not _keep(rows, number, [cell.strip() for cell in row[:MAX_COLUMNS]]):
                break
    except csv.Error as exc:
        raise unreadable(f"CSV格式有误({exc})") from None
    return rows


def _check_unpacked_size(data: bytes) -> None:
    # openpyxl holds shared strings in memory even in read-only mode: refuse a zip bomb first.
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            unpacked = sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError):
        raise unreadable("XLSX文件已损坏或不是Excel工作簿") from None
    if unpacked > MAX_UNPACKED:
        raise unreadable("XLSX文件解压后过大")


def _xlsx_rows(data: bytes) -> list[Numbered]:
    _check_unpacked_size(data)
    try:
        book = load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    except (InvalidFileException, *BROKEN_XLSX):
        raise unreadable("XLSX文件已损坏或不是Excel工作簿") from None
    try:
        sheet = book.worksheets[0] if book.worksheets else None
        if sheet is None:
            raise unreadable("工作簿里没有工作表")
        rows: list[Numbered] = []
        for number, values in enumerate(sheet.iter_rows(max_col=MAX_COLUMNS, values_only=True), 1):
            cells = [cell_text(v) for v in values]
            while cells and not cells[-1]:
                cells.pop()  # read-only sheets pad every row to the widest one
            if not _keep(rows, number, cells):
                break
        return rows
    except (TypeError, *BROKEN_XLSX):
        raise unreadable("XLSX文件已损坏") from None
    finally:
        book.close()


def cell_text(value: object) -> str:
    """A cell as the text a person sees: 10.0 is 10, a phone stored as a number stays whole."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, float):
        if value.is_integer():
            return str(int(value))
        return format(Decimal(repr(value)).normalize(), "f")
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value).strip()
