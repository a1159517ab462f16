"""Customer sheets: which column is which, and each row checked into a clean record or errors.

Pure rules on plain values. Amounts are written in 元 in the sheet and kept in fen here;
押桶 is the number of buckets the customer holds.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from domain.rules.customer_cells import PARSERS, Meaning, ProductIndex, word
from domain.rules.errors import InvalidInput
from domain.rules.import_sheet import Sheet, unreadable
from domain.rules.tables import Table

# Field -> the header as the template writes it, then what stations also call it.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("姓名", "客户姓名", "客户名称", "客户", "名字", "联系人"),
    "phone": ("电话", "手机", "手机号", "手机号码", "联系电话", "电话号码", "联系方式"),
    "address": ("地址", "送水地址", "送货地址", "收货地址", "详细地址"),
    "product": ("水票品种", "水票种类", "水票类型", "品种", "水种", "产品"),
    "tickets": ("水票", "水票数", "水票数量", "剩余水票", "水票余额"),
    "buckets": ("押桶", "押桶数", "押桶数量", "桶数", "在外桶数"),
    "deposit": ("押金", "押金金额", "桶押金"),
    "balance": ("余额", "储值", "储值余额", "预存款"),
    "tags": ("标签",),
    "notes": ("备注",),
    "floor": ("楼层",),
    "lift": ("电梯", "有无电梯", "有电梯"),
}
REQUIRED = ("name", "phone")
TITLE_ROWS = 5  # rows above the header a station may use for a title or a note
TEMPLATE_HEADERS = (
    "姓名", "电话", "地址", "水票品种", "水票", "押桶", "押金(元)", "余额(元)", "标签", "备注",
    "楼层", "电梯",
)  # fmt: skip
TEMPLATE_EXAMPLES = (
    ("张三", "13800138000", "阳光小区3栋502", "nfsq-19l", "10", "2", "60", "0", "老客户", "",
     "5", "有"),
    ("李四", "139 0013 9000", "幸福里12号", "怡宝", "0", "1", "30", "25.5", "", "周末送",
     "", ""),
)  # fmt: skip
_SYNONYMS = {alias: name for name, aliases in COLUMNS.items() for alias in aliases}


@dataclass(frozen=True)
class ProductRef:
    """A product as the sheet may name it: sku, name or one of its aliases."""

    sku: str
    name: str
    aliases: tuple[str, ...] = ()
    ticketed: bool = False  # the station sells tickets for it (it has a ticket pack)


@dataclass(frozen=True)
class CustomerRow:
    """One valid row, ready for the import service; money in fen."""

    row: int
    name: str
    phone: str
    address: str | None = None
    sku: str | None = None
    tickets: int = 0
    buckets: int = 0
    deposit_fen: int = 0
    balance_fen: int = 0
    tags: tuple[str, ...] = ()
    notes: str = ""
    floor: int | None = None
    has_lift: bool = True


@dataclass(frozen=True)
class RowError:
    """A refused cell: its row, its column (as the sheet names it) and why, in Chinese."""

    row: int
    column: str
    reason: str

    @property
    def message(self) -> str:
        """As shown to the station: 第5行 电话:不是有效的手机号."""
        return f"第{self.row}行 {self.column}:{self.reason}"


@dataclass
class Checked:
    """The rows that passed and the errors of the rows that did not."""

    records: list[CustomerRow] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def failed_rows(self) -> int:
        """How many rows were refused."""
        return len({e.row for e in self.errors})


def template() -> Table:
    """The sheet a station fills in: every column, two example rows."""
    return Table("客户", TEMPLATE_HEADERS, TEMPLATE_EXAMPLES)


def header_key(header: str) -> str:
    """A header without spaces, units in brackets or full-width forms: 押金（元） -> 押金."""
    text = header.replace("（", "(").replace("）", ")").replace("\u3000", " ")
    text = re.sub(r"\(.*?\)|\[.*?\]|【.*?】", "", text)
    return re.sub(r"\s+", "", text).lower()


def match_headers(headers: Sequence[str]) -> dict[str, int]:
    """Field -> column index; InvalidInput when a required column is missing or one repeats."""
    found: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = _SYNONYMS.get(header_key(header))
        if name is None:
            continue
        if name in found:
            raise unreadable(f"“{headers[found[name]]}”和“{header}”是同一列,请只保留一个")
        found[name] = index
    missing = [COLUMNS[name][0] for name in REQUIRED if name not in found]
    if missing:
        raise unreadable("缺少必填列:" + "、".join(missing))
    return found


def product_index(products: Sequence[ProductRef]) -> ProductIndex:
    """Every way the sheet may name a product (case-blind) -> the product, or the candidates.

    水票品种 names a kind of ticket: a name several products share (农夫山泉: the 19 L bucket and
    the case of bottles) resolves among the products sold with tickets; only a name still shared
    there is refused. An exact sku or full name always means that product.
    """
    index = _names(products, ticketed=False)
    for key, meaning in _names([p for p in products if p.ticketed], ticketed=True).items():
        if index[key].sku is None:
            index[key] = meaning
    return index


def _names(products: Sequence[ProductRef], ticketed: bool) -> ProductIndex:
    exact: dict[str, ProductRef] = {}
    for p in products:
        exact.setdefault(word(p.sku), p)
        exact.setdefault(word(p.name), p)
    shared: dict[str, list[ProductRef]] = {}
    for p in products:
        for alias in map(word, p.aliases):
            if alias not in exact and p not in shared.setdefault(alias, []):
                shared[alias].append(p)
    index = {key: Meaning(p.sku) for key, p in exact.items()}
    for alias, named in shared.items():
        many = len(named) > 1
        could_be = tuple(p.name for p in named) if many else ()
        index[alias] = Meaning(None if many else named[0].sku, could_be, ticketed and many)
    return index


def find_header(sheet: Sheet) -> Sheet:
    """The sheet from its header row on: a title row or two above it (客户表) is skipped."""
    candidates = [sheet.headers, *(row for _, row in sheet.rows[:TITLE_ROWS])]
    for index, headers in enumerate(candidates):
        names = {_SYNONYMS.get(header_key(h)) for h in headers}
        if all(name in names for name in REQUIRED):
            return sheet if index == 0 else Sheet(headers, sheet.rows[index:])
    return sheet  # match_headers says which columns are missing


def check_sheet(sheet: Sheet, products: Sequence[ProductRef]) -> Checked:
    """Every row as a clean record or its errors; a phone seen twice in the file is refused."""
    sheet = find_header(sheet)
    columns = match_headers(sheet.headers)
    labels = {name: sheet.headers[i].strip()[:32] for name, i in columns.items()}
    skus = product_index(products)
    checked = Checked()
    first_row_of: dict[str, int] = {}
    for number, cells in sheet.rows:
        raw = {name: cells[i] if i < len(cells) else "" for name, i in columns.items()}
        record, errors = check_row(number, raw, labels, skus)
        if record is not None and record.phone in first_row_of:
            errors = [RowError(number, labels["phone"], f"与第{first_row_of[record.phone]}行重复")]
        if record is not None and not errors:
            first_row_of[record.phone] = number
            checked.records.append(record)
        checked.errors.extend(errors)
    return checked


def check_row(
    number: int, raw: dict[str, str], labels: dict[str, str], skus: ProductIndex
) -> tuple[CustomerRow | None, list[RowError]]:
    """One row: the record, or None and what is wrong with it."""
    values: dict[str, object] = {}
    errors: list[RowError] = []
    for name, text in raw.items():
        try:
            values[name] = PARSERS[name](text.strip(), skus)
        except InvalidInput as exc:
            errors.append(RowError(number, labels[name], exc.message))
    if not errors and values.get("tickets") and not values.get("product"):
        errors.append(
            RowError(number, labels.get("product", "水票品种"), "有水票时必须填写水票品种")
        )
    if not errors and values.get("deposit") and not values.get("buckets"):
        # A deposit on no bucket could never be refunded: returns refund per paid bucket.
        errors.append(RowError(number, labels.get("buckets", "押桶"), "有押金时押桶数要大于0"))
    if errors:
        return None, errors
    fields = {_FIELDS.get(k, k): v for k, v in values.items() if v is not None}
    return CustomerRow(row=number, **fields), []  # type: ignore[arg-type]


_FIELDS = {"product": "sku", "deposit": "deposit_fen", "balance": "balance_fen", "lift": "has_lift"}
