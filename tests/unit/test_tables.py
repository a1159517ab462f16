"""Download tables: CSV that Excel reads as UTF-8, XLSX that openpyxl opens."""

from __future__ import annotations

import io
from datetime import datetime
from zoneinfo import ZoneInfo

from openpyxl import load_workbook

from admin.tables import Table, download, to_csv, to_xlsx
from domain.rules.tables import Yuan

TABLE = Table(
    "订单",
    ("编号", "金额(分)", "时间", "备注"),
    [("20261124001", 4400, datetime(2026, 11, 24, 10, 30, tzinfo=ZoneInfo("Asia/Shanghai")), None)],
)


def test_csv_starts_with_a_bom_and_keeps_chinese() -> None:
    text = to_csv(TABLE).decode("utf-8")
    assert text.startswith("\ufeff编号,金额(分),时间,备注\r\n")
    assert "20261124001,4400,2026-11-24T10:30:00+08:00,\r\n" in text


def test_xlsx_has_one_sheet_per_table_with_local_times() -> None:
    other = Table("汇总", ("项目", "数值"), [("订单数", 1)])
    book = load_workbook(io.BytesIO(to_xlsx([TABLE, other])))
    assert book.sheetnames == ["订单", "汇总"]
    rows = list(book["订单"].iter_rows(values_only=True))
    assert rows[0] == ("编号", "金额(分)", "时间", "备注")
    assert rows[1] == ("20261124001", 4400, datetime(2026, 11, 24, 10, 30), None)


def test_download_names_the_file_by_format() -> None:
    response = download([TABLE], "orders-2026-11", "xlsx")
    assert response.content_type.endswith("spreadsheetml.sheet")
    assert 'filename="orders-2026-11.xlsx"' in response.headers["Content-Disposition"]
    assert download([TABLE], "orders", "csv").content_type == "text/csv"


MONEY = Table(
    "钱",
    ("项目", "金额(元)"),
    [("应付", Yuan(4400)), ("退款", Yuan(-5)), ("大额", Yuan(123456789)), ("空", None)],
)


def test_yuan_is_two_decimals_in_csv_even_below_zero() -> None:
    text = to_csv(MONEY).decode("utf-8-sig")
    # A negative amount is money, not a formula: no quote in front of it.
    assert text.splitlines()[1:] == ["应付,44.00", "退款,-0.05", "大额,1234567.89", "空,"]


def test_yuan_is_a_number_with_two_decimals_in_xlsx() -> None:
    sheet = load_workbook(io.BytesIO(to_xlsx([MONEY])))["钱"]
    cells = [row[1] for row in sheet.iter_rows(min_row=2)]
    assert [c.value for c in cells] == [44, -0.05, 1234567.89, None]
    assert [c.number_format for c in cells[:3]] == ["0.00"] * 3
    assert all(c.data_type == "n" for c in cells[:3])  # the sheet can sum them
