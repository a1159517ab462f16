"""Customer sheets: reading CSV (UTF-8, BOM, GBK) and XLSX, matching headers, checking rows."""

from __future__ import annotations

import csv
import io
import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from domain.rules.customer_cells import yuan_to_fen
from domain.rules.customer_import import (
    TEMPLATE_EXAMPLES,
    TEMPLATE_HEADERS,
    CustomerRow,
    ProductRef,
    check_sheet,
    header_key,
    match_headers,
)
from domain.rules.errors import InvalidInput
from domain.rules.import_sheet import MAX_ROWS, MAX_UNPACKED, Sheet, cell_text, read_sheet
from domain.rules.tables import Table, to_csv, to_xlsx

PRODUCTS = [
    ProductRef("nfsq-19l", "农夫山泉天然水 19L", ("农夫山泉", "农夫"), ticketed=True),
    ProductRef("nfsq-550ml-24", "农夫山泉 550ml×24瓶", ("农夫山泉", "矿泉水")),
    ProductRef("cestbon-18l", "怡宝纯净水 18.9L", ("怡宝", "纯净水"), ticketed=True),
    ProductRef("wahaha-18l", "娃哈哈纯净水 18.9L", ("娃哈哈", "纯净水"), ticketed=True),
    ProductRef("ganten-18l", "景田纯净水 18.9L", ("景田", "小瓶")),
    ProductRef("ganten-500ml", "景田 500ml×24瓶", ("景田", "小瓶")),
]
HEADERS = ["姓名", "电话", "地址", "水票品种", "水票", "押桶", "押金"]


def _check(
    *rows: list[str], headers: list[str] | None = None
) -> tuple[list[CustomerRow], list[str]]:
    sheet = Sheet(headers or HEADERS, [(n, r) for n, r in enumerate(rows, start=2)])
    checked = check_sheet(sheet, PRODUCTS)
    return checked.records, [e.message for e in checked.errors]


def test_a_good_row_becomes_a_record_in_fen() -> None:
    records, errors = _check(["张三", "138-0013-8000", "阳光小区 3栋502", "怡宝", "10", "2", "60"])
    assert errors == []
    assert records == [
        CustomerRow(2, "张三", "13800138000", "阳光小区3栋502", "cestbon-18l", 10, 2, 6000)
    ]


def test_errors_name_the_row_and_the_column_in_chinese() -> None:
    records, errors = _check(
        ["张三", "13800138000", "", "", "", "", ""],
        ["", "12345", "", "雪碧", "-1", "2.5", "abc"],
    )
    assert [r.row for r in records] == [2]
    assert errors == [
        "第3行 姓名:不能为空",
        "第3行 电话:不是有效的手机号",
        "第3行 水票品种:没有叫“雪碧”的产品",
        "第3行 水票:应为不小于0的整数",
        "第3行 押桶:应为不小于0的整数",
        "第3行 押金:应为金额(元),如 30 或 25.50",
    ]


def test_tickets_need_a_product_and_an_ambiguous_alias_is_refused() -> None:
    _, errors = _check(
        ["张三", "13800138000", "", "", "3", "", ""],
        ["李四", "13900139000", "", "纯净水", "3", "", ""],
        ["王五", "13700137000", "", "怡宝", "3", "", ""],
        ["赵六", "13600136000", "", "景田", "3", "", ""],
    )
    assert errors == [
        "第2行 水票品种:有水票时必须填写水票品种",
        "第3行 水票品种:“纯净水”对应多个有水票的产品(怡宝纯净水 18.9L、娃哈哈纯净水 18.9L),"
        "请填写产品编号或全名",
        # Neither 景田 has tickets: the name stays shared among every product.
        "第5行 水票品种:“景田”对应多个产品(景田纯净水 18.9L、景田 500ml×24瓶),请填写产品编号或全名",
    ]


def test_a_ticket_kind_resolves_among_the_products_sold_with_tickets() -> None:
    # 农夫山泉 is the 19 L bucket and the case of bottles; only the bucket has a ticket pack.
    records, errors = _check(
        ["张三", "13800138000", "", "农夫山泉", "10", "", ""],
        ["李四", "13900139000", "", "农夫", "2", "", ""],
        ["王五", "13700137000", "", "农夫山泉 550ml×24瓶", "1", "", ""],
        ["赵六", "13600136000", "", "矿泉水", "1", "", ""],
    )
    assert errors == []
    assert [r.sku for r in records] == ["nfsq-19l", "nfsq-19l", "nfsq-550ml-24", "nfsq-550ml-24"]


def test_a_phone_twice_in_one_file_is_refused_on_the_second_row() -> None:
    records, errors = _check(
        ["张三", "13800138000", "", "", "", "", ""],
        ["张三丰", "+86 138 0013 8000", "", "", "", "", ""],
    )
    assert [r.name for r in records] == ["张三"]
    assert errors == ["第3行 电话:与第2行重复"]


@pytest.mark.parametrize(
    ("text", "fen"), [("30", 3000), ("25.5", 2550), ("¥1,234.56", 123456), ("0", 0), ("8元", 800)]
)
def test_yuan_become_fen(text: str, fen: int) -> None:
    assert yuan_to_fen(text) == fen


@pytest.mark.parametrize("text", ["-1", "1.234", "NaN", "1e999999", "十元", "Infinity"])
def test_bad_amounts_are_refused(text: str) -> None:
    with pytest.raises(InvalidInput):
        yuan_to_fen(text)


def test_headers_tolerate_spaces_brackets_and_synonyms() -> None:
    assert header_key(" 押金（元） ") == "押金"
    assert header_key("水票 数") == "水票数"
    columns = match_headers(["客户姓名", "手机", "联系地址?", "水票数", "押金(元)", "余额（元）"])
    assert columns == {"name": 0, "phone": 1, "tickets": 3, "deposit": 4, "balance": 5}


def test_missing_or_repeated_columns_refuse_the_file() -> None:
    with pytest.raises(InvalidInput, match="缺少必填列:电话"):
        match_headers(["姓名", "地址"])
    with pytest.raises(InvalidInput, match="同一列"):
        match_headers(["姓名", "电话", "手机"])


def test_optional_columns_tags_notes_floor_and_lift() -> None:
    headers = ["姓名", "电话", "标签", "备注", "楼层", "电梯", "余额(元)"]
    records, errors = _check(["张三", "13800138000", "老客户、VIP", "周末送", "6楼", "无", "25.5"],
                             headers=headers)  # fmt: skip
    assert errors == []
    row = records[0]
    assert (row.tags, row.notes, row.floor, row.has_lift, row.balance_fen) == (
        ("老客户", "VIP"), "周末送", 6, False, 2550
    )  # fmt: skip


def test_the_template_checks_clean() -> None:
    table = Table("客户", TEMPLATE_HEADERS, TEMPLATE_EXAMPLES)
    checked = check_sheet(read_sheet(to_csv(table)), PRODUCTS)
    assert checked.errors == [] and len(checked.records) == 2


def test_gbk_csv_as_excel_in_china_saves_it() -> None:
    data = "姓名,电话,押金(元)\r\n张三,13800138000,60\r\n".encode("gbk")
    sheet = read_sheet(data)
    assert sheet.headers == ["姓名", "电话", "押金(元)"]
    assert sheet.rows == [(2, ["张三", "13800138000", "60"])]


def test_utf8_with_and_without_bom_and_blank_rows_keep_their_numbers() -> None:
    text = "\n姓名,电话\n张三,13800138000\n,\n李四,13900139000\n"
    for data in (text.encode(), ("\ufeff" + text).encode()):
        sheet = read_sheet(data)
        assert sheet.headers == ["姓名", "电话"]
        assert [n for n, _ in sheet.rows] == [3, 5]


def test_xlsx_numbers_read_as_a_person_sees_them() -> None:
    book = Workbook()
    sheet = book.active
    assert sheet is not None
    sheet.append(["姓名", "电话", "水票", "押金"])
    sheet.append(["张三", 13800138000, 10.0, 25.5])
    out = io.BytesIO()
    book.save(out)
    read = read_sheet(out.getvalue())
    assert read.rows == [(2, ["张三", "13800138000", "10", "25.5"])]
    assert cell_text(0.1 + 0.2) == "0.30000000000000004"


def test_xlsx_of_the_template_reads_back() -> None:
    data = to_xlsx([Table("客户", TEMPLATE_HEADERS, TEMPLATE_EXAMPLES)])
    assert read_sheet(data).headers == list(TEMPLATE_HEADERS)


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "空"),
        (b"PK\x03\x04garbage", "XLSX"),
        (b"\xff\xfe\x00\x00binary", "CSV"),
        (b"\n\n", "空"),
    ],
)
def test_unreadable_files_are_refused_as_a_whole(data: bytes, why: str) -> None:
    with pytest.raises(InvalidInput, match=why):
        read_sheet(data)


def test_too_many_rows_are_refused() -> None:
    data = ("姓名,电话\n" + "张三,13800138000\n" * (MAX_ROWS + 1)).encode()
    with pytest.raises(InvalidInput, match="行数超过"):
        read_sheet(data)


def test_exported_text_never_runs_as_a_formula_and_drops_control_characters() -> None:
    table = Table("客户", ["姓名", "押桶(个)"], [['=HYPERLINK("x")', -2], ["张\x01三", 1]])
    rows = list(csv.reader(io.StringIO(to_csv(table).decode("utf-8-sig"))))
    assert rows[1] == ['\'=HYPERLINK("x")', "-2"]
    sheet = load_workbook(io.BytesIO(to_xlsx([table]))).worksheets[0]
    cells = [[(c.value, c.data_type) for c in row] for row in sheet.iter_rows(min_row=2)]
    assert cells == [[('=HYPERLINK("x")', "s"), (-2, "n")], [("张三", "s"), (1, "n")]]


def test_an_xlsx_that_unpacks_too_large_is_refused_before_parsing() -> None:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("xl/sharedStrings.xml", b"0" * (MAX_UNPACKED + 1))
    assert len(out.getvalue()) < 1024 * 1024
    with pytest.raises(InvalidInput, match="解压后过大"):
        read_sheet(out.getvalue())


def test_a_title_row_above_the_header_is_skipped_and_row_numbers_kept() -> None:
    data = "阳光水站客户表,,\n2026年11月整理,,\n姓名,电话,押桶\n张三,13800138000,2\n".encode("gbk")
    checked = check_sheet(read_sheet(data), PRODUCTS)
    assert checked.errors == []
    assert [(r.row, r.name, r.buckets) for r in checked.records] == [(4, "张三", 2)]


def test_blank_lines_do_not_count_towards_the_row_cap() -> None:
    gaps = ("\n" if i % 200 == 0 else "" for i in range(MAX_ROWS))
    body = "".join(f"客户{i},139{i:08d}\n{gap}" for i, gap in enumerate(gaps))
    sheet = read_sheet(("姓名,电话\n" + body).encode())
    assert len(sheet.rows) == MAX_ROWS
    assert sheet.rows[-1][1] == [f"客户{MAX_ROWS - 1}", f"139{MAX_ROWS - 1:08d}"]


def _with_broken_sheet_xml(workbook: bytes) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(workbook)) as src, zipfile.ZipFile(out, "w") as dst:
        for info in src.infolist():
            content = src.read(info.filename)
            if info.filename == "xl/worksheets/sheet1.xml":
                content = content[: len(content) // 2]  # cut mid-element: not well-formed XML
            dst.writestr(info, content)
    return out.getvalue()


def test_an_xlsx_with_broken_xml_inside_is_refused_as_a_whole() -> None:
    good = to_xlsx([Table("客户", TEMPLATE_HEADERS, TEMPLATE_EXAMPLES)])
    with pytest.raises(InvalidInput, match="XLSX"):
        read_sheet(_with_broken_sheet_xml(good))
