"""Spreadsheet exports of orders, customers with their balances, and the ledgers.

Made for people: headers and codes in Chinese (labels), money in yuan with two decimals, said in
every money header (金额(元)); times are station-local. `from` and `to` are whole station days,
both inclusive. The JSON API keeps the codes and fen.
"""

from __future__ import annotations

from datetime import date, datetime, tzinfo
from typing import Any

from admin.api import Call, Routes
from admin.schema import DATE, Schema, enum
from admin.tables import FILE_SCHEMA, FORMAT_QUERY, MEDIA_TYPES, Cell, Table, download
from admin.views import STATES
from domain.reads import exports as reads
from domain.rules.labels import (
    ENTRY_KINDS,
    ORDER_SOURCES,
    ORDER_STATES,
    PAYMENT_METHODS,
    PAYMENT_STATUSES,
    label,
    reason_label,
)
from domain.rules.tables import Yuan

routes = Routes("export")
DAYS: dict[str, Schema] = {"from": DATE, "to": DATE}
ORDER_HEADERS = (
    "订单号", "下单时间", "状态", "客户", "电话", "地址", "商品", "送达开始", "送达结束",
    "支付方式", "支付状态", "商品金额(元)", "配送费(元)", "楼层费(元)", "押金(元)",
    "优惠(元)", "应付合计(元)", "用水票(张)", "配送员", "来源", "送达时间", "备注",
)  # fmt: skip
WHO = ("时间", "客户", "电话")
BY = ("类型", "订单号", "原因", "操作人")
LEDGER_HEADERS = {
    "tickets": (*WHO, "品种", "变动(张)", "变动后(张)", "金额(元)", *BY),
    "balance": (*WHO, "变动(元)", "变动后余额(元)", *BY),
    "buckets": (*WHO, "押桶变动(个)", "变动后押桶(个)", "押金变动(元)", "变动后押金(元)", *BY),
}
LEDGER_NAMES = {"tickets": "水票明细", "balance": "余额明细", "buckets": "押桶明细",
                "deposits": "押金明细"}  # fmt: skip


def _local(moment: datetime | None, tz: tzinfo) -> datetime | None:
    return moment.astimezone(tz) if moment else None


def _span(call: Call) -> reads.Span:
    first: date | None = date.fromisoformat(call.query["from"]) if "from" in call.query else None
    last: date | None = date.fromisoformat(call.query["to"]) if "to" in call.query else None
    return reads.day_span(first, last, call.tz)


def order_row(r: reads.OrderRow, tz: tzinfo) -> list[Cell]:
    """One order as a spreadsheet row."""
    o = r.order
    goods = "、".join(f"{line.name}×{line.quantity}" for line in r.lines)
    courier = o.courier.name if o.courier else ""
    money = (o.goods_fen, o.delivery_fee_fen, o.floor_fee_fen, o.deposit_fen, o.discount_fen,
             o.total_fen)  # fmt: skip
    return [
        o.number, _local(o.created_at, tz), label(ORDER_STATES, o.state), o.customer.name,
        o.customer.phone, str(o.address.get("text", "")), goods, _local(o.window_start, tz),
        _local(o.window_end, tz), label(PAYMENT_METHODS, o.payment_method),
        label(PAYMENT_STATUSES, o.payment_status), *(Yuan(fen) for fen in money),
        o.tickets_used, courier, label(ORDER_SOURCES, o.source), _local(o.delivered_at, tz),
        o.note,
    ]  # fmt: skip


@routes.op(
    "GET",
    "/export/orders",
    summary="Orders placed between two station days (inclusive), optionally in one state, "
    "as CSV or XLSX for people: Chinese labels, money in yuan",
    area="orders",
    query={**DAYS, "state": STATES, **FORMAT_QUERY},
    media_type=MEDIA_TYPES,
    response=FILE_SCHEMA,
)
async def export_orders(call: Call) -> Any:
    """The orders sheet."""
    rows = await reads.orders(_span(call), call.query.get("state"))
    table = Table("订单", ORDER_HEADERS, [order_row(r, call.tz) for r in rows])
    return download([table], "orders", call.query["format"])


def customer_table(rows: list[reads.CustomerRow], products: list[Any], tz: tzinfo) -> Table:
    """Customers with a ticket column per product anyone holds tickets for."""
    headers = ["姓名", "电话", "地址", "标签", "备注", *(f"水票:{p.name}(张)" for p in products),
               "余额(元)", "押桶(个)", "押金(元)", "建档时间"]  # fmt: skip
    body: list[list[Cell]] = [
        [r.customer.name, r.customer.phone, r.address, "、".join(r.customer.tags),
         r.customer.notes, *(r.tickets.get(p.sku, 0) for p in products), Yuan(r.balance_fen),
         r.buckets, Yuan(r.deposit_fen), _local(r.customer.created_at, tz)]
        for r in rows
    ]  # fmt: skip
    return Table("客户", headers, body)


@routes.op(
    "GET",
    "/export/customers",
    summary="Every customer with default address, tickets per product, balance, buckets "
    "and deposit, as CSV or XLSX; money in yuan",
    area="customers",
    query=FORMAT_QUERY,
    media_type=MEDIA_TYPES,
    response=FILE_SCHEMA,
)
async def export_customers(call: Call) -> Any:
    """The customers sheet."""
    rows, products = await reads.customers(call.now)
    return download([customer_table(rows, products, call.tz)], "customers", call.query["format"])


def ledger_row(kind: str, entry: Any, customer: Any, product: str, tz: tzinfo) -> list[Cell]:
    """One ledger entry as a spreadsheet row; `product` names the tickets' product."""
    who: list[Cell] = [_local(entry.created_at, tz), customer.name, customer.phone]
    by: list[Cell] = [label(ENTRY_KINDS, entry.kind), entry.order_number,
                      reason_label(entry.reason), entry.actor]  # fmt: skip
    if kind == "tickets":
        moved: list[Cell] = [product, entry.delta, entry.balance_after, Yuan(entry.amount_fen)]
    elif kind == "balance":
        moved = [Yuan(entry.delta_fen), Yuan(entry.balance_after_fen)]
    else:
        moved = [entry.held_delta, entry.held_after, Yuan(entry.deposit_delta_fen),
                 Yuan(entry.deposit_after_fen)]  # fmt: skip
    return [*who, *moved, *by]


@routes.op(
    "GET",
    "/export/ledgers",
    summary="One ledger (tickets, balance, buckets or deposits) between two station days, "
    "every entry with the balance after it, as CSV or XLSX; money in yuan",
    area="finance",
    query={"kind": enum(*reads.LEDGER_KINDS), **DAYS, **FORMAT_QUERY},
    required_query=("kind",),
    media_type=MEDIA_TYPES,
    response=FILE_SCHEMA,
)
async def export_ledgers(call: Call) -> Any:
    """The ledger sheet."""
    kind = call.query["kind"]
    entries = await reads.ledger(kind, _span(call))
    names = await reads.product_names()
    rows = [ledger_row(kind, e, c, names.get(sku, sku), call.tz) for e, c, sku in entries]
    headers = LEDGER_HEADERS["buckets" if kind == "deposits" else kind]
    table = Table(LEDGER_NAMES[kind], headers, rows)
    return download([table], f"ledger-{kind}", call.query["format"])
