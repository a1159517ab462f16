"""POST /import/customers and the template over the API: CSV and XLSX, dry run, roles, limits."""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pytest
from openpyxl import load_workbook

from admin.limits import UPLOAD_LIMIT
from admin.tables import CSV, XLSX
from domain.models import Customer, TicketWallet
from domain.rules.customer_import import TEMPLATE_HEADERS
from domain.rules.tables import Table, to_xlsx
from tests.admin.conftest import Api
from tests.admin.seed import seed_world

pytestmark = pytest.mark.usefixtures("db")
TEMPLATE = Path(__file__).parents[2] / "docs" / "templates" / "customers.csv"

ROWS = [
    ("姓名", "电话", "地址", "水票品种", "水票", "押桶", "押金(元)"),
    ("张三", "13800138000", "阳光小区3栋502", "nfsq-19l", "10", "2", "60"),
    ("李四", "13900139000", "阳光花园3栋502", "", "", "", ""),
    ("王五", "12345", "", "", "", "", ""),
]


def _csv_bytes(rows: Sequence[Sequence[str]], encoding: str = "utf-8-sig") -> bytes:
    out = io.StringIO()
    csv.writer(out).writerows(rows)
    return out.getvalue().encode(encoding)


async def _upload(api: Api, data: bytes, media: str = CSV, **params: Any) -> tuple[int, Any]:
    query = {k: str(v).lower() for k, v in params.items()}
    response = await api.client.post(
        "/api/v1/import/customers",
        data=data,
        params=query,
        headers={**api.headers(), "Content-Type": media},
    )
    body = await response.json() if response.content_type == "application/json" else None
    return response.status, body


async def test_a_csv_upload_imports_and_reports_bad_rows_in_chinese(owner: Api) -> None:
    await seed_world()  # 李四 13900139000 exists already
    status, body = await _upload(owner, _csv_bytes(ROWS))
    assert status == 200, body
    assert {k: body[k] for k in ("total", "created", "updated", "unchanged", "failed")} == {
        "total": 3, "created": 1, "updated": 0, "unchanged": 1, "failed": 1,
    }  # fmt: skip
    assert body["errors"] == [
        {"row": 4, "column": "电话", "message": "第4行 电话:不是有效的手机号"}
    ]
    zhang = await Customer.get(phone="13800138000")
    assert (await TicketWallet.get(customer_id=zhang.id)).balance == 10
    again_status, again = await _upload(owner, _csv_bytes(ROWS, "gbk"))
    assert again_status == 200 and (again["created"], again["unchanged"]) == (0, 2)


async def test_an_xlsx_upload_imports_the_same(owner: Api) -> None:
    await seed_world()
    data = to_xlsx([Table("客户", ROWS[0], ROWS[1:3])])
    status, body = await _upload(owner, data, XLSX)
    assert status == 200 and (body["created"], body["failed"]) == (1, 0), body


async def test_dry_run_writes_nothing(owner: Api) -> None:
    await seed_world()
    status, body = await _upload(owner, _csv_bytes(ROWS), dry_run=True)
    assert status == 200 and body["dry_run"] and body["created"] == 1
    assert not await Customer.filter(phone="13800138000").exists()


async def test_only_the_owner_imports(dispatcher: Api, viewer: Api) -> None:
    for api in (dispatcher, viewer):
        status, body = await _upload(api, _csv_bytes(ROWS))
        assert status == 403 and body["error"]["code"] == "forbidden"
        assert (await api.get("/import/customers/template"))[0] == 403


async def test_an_oversized_file_is_refused_before_it_is_read(owner: Api) -> None:
    status, body = await _upload(owner, b"x" * (UPLOAD_LIMIT + 1))
    assert status == 413 and body["error"]["code"] == "body_too_large"


@pytest.mark.parametrize(
    "data",
    [
        b"",
        b"PK\x03\x04not really a workbook",
        bytes(range(256)) * 4,
        "名字,地址\n张三,x\n".encode(),
    ],
)
async def test_an_unusable_file_is_refused_as_a_whole(owner: Api, data: bytes) -> None:
    status, body = await _upload(owner, data, "application/octet-stream")
    assert status == 422 and body["error"]["fields"]["file"], body


async def test_the_template_downloads_as_csv_and_xlsx(owner: Api) -> None:
    response = await owner.client.get("/api/v1/import/customers/template", headers=owner.headers())
    assert response.status == 200 and response.content_type == CSV
    text = (await response.read()).decode("utf-8-sig")
    assert next(csv.reader(io.StringIO(text))) == list(TEMPLATE_HEADERS)
    response = await owner.client.get(
        "/api/v1/import/customers/template", params={"format": "xlsx"}, headers=owner.headers()
    )
    book = load_workbook(io.BytesIO(await response.read()), read_only=True)
    rows = list(book.worksheets[0].iter_rows(values_only=True))
    assert rows[0] == TEMPLATE_HEADERS and len(rows) == 3


def test_the_committed_template_matches_the_code() -> None:
    with TEMPLATE.open(encoding="utf-8-sig", newline="") as f:
        rows = list(csv.reader(f))
    assert tuple(rows[0]) == TEMPLATE_HEADERS and len(rows) == 3
