"""Exports of orders, customers and ledgers: CSV rows and XLSX that openpyxl opens, by role."""

from __future__ import annotations

import csv
import io
from typing import Any

import pytest
from openpyxl import load_workbook

from admin.tables import CSV, XLSX
from domain.models import Customer
from domain.reads import exports as reads
from domain.rules.errors import InvalidInput
from domain.services import wallet
from domain.services.customer_import import import_file
from tests.admin.conftest import Api, token_for
from tests.admin.seed import SKU, World, seed_world

pytestmark = pytest.mark.usefixtures("db")
SHEET = (
    "姓名,电话,地址,水票品种,水票,押桶,押金(元),余额(元)\n"
    "张三,13800138000,幸福里1号,怡宝,4,2,60,25.5\n"
)


async def _download(api: Api, path: str, **params: str) -> tuple[int, str, bytes]:
    response = await api.client.get("/api/v1" + path, params=params, headers=api.headers())
    return response.status, response.content_type, await response.read()


def _csv_rows(data: bytes) -> list[dict[str, str]]:
    assert data.startswith("\ufeff".encode())
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"))))


def _xlsx_rows(data: bytes) -> list[dict[str, Any]]:
    return [{k: c.value for k, c in row.items()} for row in _xlsx_cells(data)]


def _xlsx_cells(data: bytes) -> list[dict[str, Any]]:
    """The first sheet's cells by header, so a test can see a cell's number format too."""
    book = load_workbook(io.BytesIO(data))
    header, *rows = list(book.worksheets[0].iter_rows())
    return [dict(zip((h.value for h in header), row, strict=True)) for row in rows]


async def _world(owner: Api) -> World:
    world = await seed_world()  # 李四 with 5 nfsq-19l tickets
    await import_file(SHEET.encode(), "owner")
    body = {
        "customer_id": str(world.customer.id),
        "items": [{"sku": SKU, "quantity": 2}],
        "payment_method": "ticket",
    }
    status, _ = await owner.post("/orders", body)
    assert status == 201
    return world


async def test_orders_export_as_csv_and_xlsx(owner: Api) -> None:
    await _world(owner)
    status, media, data = await _download(owner, "/export/orders")
    assert status == 200 and media == CSV
    [row] = _csv_rows(data)
    assert row["客户"] == "李四" and row["商品"].endswith("×2") and row["用水票(张)"] == "2"
    assert row["状态"] == "已派单"  # the seed's courier takes it at once
    # For people: codes by their Chinese names, money in yuan with two decimals.
    assert (row["支付方式"], row["支付状态"], row["来源"]) == ("水票", "未付款", "电话下单")
    assert (row["商品金额(元)"], row["押金(元)"], row["配送费(元)"]) == ("44.00", "100.00", "0.00")
    assert row["应付合计(元)"] == "144.00" and not any("(分)" in h for h in row)
    _, _, data = await _download(owner, "/export/orders", format="xlsx")
    [cells] = _xlsx_cells(data)
    assert (cells["支付方式"].value, cells["支付状态"].value, cells["来源"].value) == (
        "水票", "未付款", "电话下单",
    )  # fmt: skip
    total = cells["应付合计(元)"]
    assert (total.value, total.data_type, total.number_format) == (144, "n", "0.00")
    status, media, data = await _download(owner, "/export/orders", format="xlsx", state="cancelled")
    assert status == 200 and media == XLSX and _xlsx_rows(data) == []
    _, _, data = await _download(owner, "/export/orders", format="xlsx", to="2026-01-01")
    assert _xlsx_rows(data) == []  # placed today, after the last day asked for


async def test_customers_export_carries_balances_buckets_and_deposit(dispatcher: Api) -> None:
    await _world(Api(dispatcher.client, await _owner_token()))
    status, _, data = await _download(dispatcher, "/export/customers", format="xlsx")
    assert status == 200
    rows = {r["电话"]: r for r in _xlsx_rows(data)}
    zhang = rows["13800138000"]
    assert (zhang["余额(元)"], zhang["押桶(个)"], zhang["押金(元)"]) == (25.5, 2, 60)
    assert zhang["水票:怡宝纯净水 18.9L(张)"] == 4 and zhang["地址"] == "幸福里1号"
    assert rows["13900139000"]["水票:农夫山泉天然水 19L(张)"] == 3  # 5 less the order's 2


async def test_ledger_exports_by_kind(viewer: Api) -> None:
    await _world(Api(viewer.client, await _owner_token()))
    _, _, data = await _download(viewer, "/export/ledgers", kind="tickets")
    rows = _csv_rows(data)
    assert [(r["电话"], r["品种"], r["变动(张)"], r["类型"]) for r in rows] == [
        ("13900139000", "农夫山泉天然水 19L", "5", "赠送"),
        ("13800138000", "怡宝纯净水 18.9L", "4", "期初导入"),
        ("13900139000", "农夫山泉天然水 19L", "-2", "下单"),
    ]
    zhang = await Customer.get(phone="13800138000")
    await wallet.top_up(zhang.id, 1000, "wechat_pay", "owner")  # the method is the reason
    _, _, data = await _download(viewer, "/export/ledgers", kind="balance", format="xlsx")
    imported, topped = _xlsx_cells(data)
    assert (imported["变动(元)"].value, imported["变动后余额(元)"].value) == (25.5, 25.5)
    assert imported["变动(元)"].number_format == "0.00"
    assert [topped[h].value for h in ("变动(元)", "变动后余额(元)", "类型", "原因")] == [
        10, 35.5, "充值", "微信支付",
    ]  # fmt: skip
    for kind in ("buckets", "deposits"):
        _, _, data = await _download(viewer, "/export/ledgers", kind=kind)
        [row] = _csv_rows(data)
        assert (row["押桶变动(个)"], row["押金变动(元)"]) == ("2", "60.00")


async def test_exports_follow_the_role_table_and_check_their_query(dispatcher: Api) -> None:
    assert (await _download(dispatcher, "/export/ledgers", kind="tickets"))[0] == 403
    assert (await _download(dispatcher, "/export/orders"))[0] == 200
    owner = Api(dispatcher.client, await _owner_token())
    status, _, body = await _download(owner, "/export/ledgers", kind="cash")
    assert status == 422
    status, _, body = await _download(
        owner, "/export/orders", **{"from": "2026-02-01"}, to="2026-01-01"
    )
    assert status == 422 and "结束日期" in body.decode()
    assert (await _download(owner, "/export/ledgers"))[0] == 422  # kind is required


async def _owner_token() -> str:
    return await token_for("owner", "老板")


async def test_an_export_over_the_cap_is_refused_before_loading() -> None:
    await seed_world()
    await import_file(SHEET.encode(), "owner")
    assert len(await reads.capped(Customer.all(), limit=2)) == 2
    with pytest.raises(InvalidInput) as refused:
        await reads.capped(Customer.all(), limit=1)
    assert refused.value.message == "导出超过1行,请缩小日期范围"
