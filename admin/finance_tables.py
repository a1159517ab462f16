"""The finance report as download tables: a summary, then one sheet per part.

Built from the same JSON the API returns, so the file and the screen cannot disagree. Made for
people: payment methods by their Chinese names, money in yuan with two decimals (the headers
and the unit column say 元), written exactly from the fen so an accountant's sums match.
"""

from __future__ import annotations

from typing import Any

from admin.tables import Cell, Table
from domain.rules.labels import PAYMENT_METHODS
from domain.rules.tables import Yuan

FIGURE = ("项目", "数值", "单位")
ORDERS, TICKETS, BUCKETS, PACKS = "单", "张", "桶", "套"


def _money(item: str, fen: int) -> tuple[Cell, ...]:
    return (item, Yuan(fen), "元")


def _summary(r: dict[str, Any]) -> list[tuple[Cell, ...]]:
    rev, t, d = r["revenue"], r["tickets"], r["deposits"]
    rows: list[tuple[Cell, ...]] = [
        ("期间开始", r["period"]["start"], ""),
        ("期间结束(不含)", r["period"]["end"], ""),
        ("完成配送", rev["orders"], ORDERS),
        _money("营业收入合计", rev["total_fen"]),
    ]
    rows += [_money(f"收入-{PAYMENT_METHODS[m]}", fen) for m, fen in rev["by_method"].items()]
    rows += [
        _money("押金(另收,不计入收入)", rev["deposit_fen"]),
        _money("送水员应交现金", sum(c["cash_fen"] for c in r["couriers"])),
        ("售出水票套餐", t["packs_sold"], PACKS),
        _money("售票金额", t["packs_fen"]),
        *[_money(f"售票金额-{PAYMENT_METHODS[m]}", fen) for m, fen in t["packs_by_method"].items()],
        ("售出水票", t["tickets_sold"], TICKETS),
        ("兑换码兑入水票", t["codes_redeemed"], TICKETS),
        ("使用水票", t["used"], TICKETS),
        _money("使用水票价值", t["used_fen"]),
    ]
    rows += _door_rows(r["door"])
    return rows + _owed(t) + _stored_rows(r["stored_value"]) + _deposit_rows(d) + _money_in(r)


def _door_rows(door: dict[str, Any]) -> list[tuple[Cell, ...]]:
    return [
        _money("上门应收", door["due_fen"]),
        _money("上门实收", door["collected_fen"]),
        _money("少收(客户欠款)", door["short_fen"]),
        _money("多收", door["over_fen"]),
        _money("客户欠款(当前)", door["receivables_fen"]),
        ("欠款订单(当前)", door["receivable_orders"], ORDERS),
    ]


def _stored_rows(s: dict[str, Any]) -> list[tuple[Cell, ...]]:
    return [
        *[_money(f"充值-{PAYMENT_METHODS[m]}", fen) for m, fen in s["topups"].items()],
        _money("充值合计", s["topups_fen"]),
        _money("储值余额(当前)", s["held_fen"]),
        ("有余额客户(当前)", s["customers"], "户"),
    ]


def _money_in(r: dict[str, Any]) -> list[tuple[Cell, ...]]:
    # Door payments + top-ups + packs not paid from the balance: each fen counted once.
    money = r["money_in"]
    return [
        *[_money(f"新收款-{PAYMENT_METHODS[m]}", fen) for m, fen in money["by_method"].items()],
        _money("新收款合计", money["total_fen"]),
    ]


def _owed(t: dict[str, Any]) -> list[tuple[Cell, ...]]:
    return [
        ("未使用水票(当前)", t["outstanding_count"], TICKETS),
        _money("未使用水票价值(按单价)", t["outstanding_fen"]),
        _money("未使用水票价值(按套餐价)", t["outstanding_pack_fen"]),
    ]


def _deposit_rows(d: dict[str, Any]) -> list[tuple[Cell, ...]]:
    return [
        _money("收取押金", d["collected_fen"]),
        _money("退押金-现金", d["refunded_cash_fen"]),
        _money("退押金-余额", d["refunded_balance_fen"]),
        _money("退押金-微信原路", d["refunded_online_fen"]),
        ("退回空桶", d["buckets_returned"], BUCKETS),
        _money("押金结存(当前)", d["held_fen"]),
        ("在外空桶(当前)", d["buckets_out"], BUCKETS),
        ("已付押金的桶(当前)", d["paid_buckets"], BUCKETS),
        ("押金客户(当前)", d["customers"], "户"),
    ]


def _yuan(fen: int | None) -> Cell:
    return None if fen is None else Yuan(fen)


def _tickets(t: dict[str, Any]) -> Table:
    sold = {p["sku"]: p for p in t["packs"]}
    owed = {o["sku"]: o for o in t["outstanding"]}
    rows: list[tuple[Cell, ...]] = []
    for sku in sorted(set(sold) | set(owed)):
        p = sold.get(sku, {})
        o = owed.get(sku, {})
        paid = p.get("by_method", {})
        rows.append(
            (sku, o.get("name", ""), p.get("packs", 0), p.get("tickets", 0),
             Yuan(p.get("amount_fen", 0)), *[Yuan(paid.get(m, 0)) for m in t["packs_by_method"]],
             o.get("count", 0), o.get("customers", 0), _yuan(o.get("unit_price_fen")),
             Yuan(o.get("value_fen", 0)), Yuan(o.get("pack_value_fen", 0)))
        )  # fmt: skip
    by_method = tuple(f"售票-{PAYMENT_METHODS[m]}(元)" for m in t["packs_by_method"])
    headers = ("商品", "名称", "售出套餐", "售出张数", "售票金额(元)", *by_method, "未使用张数",
               "持票客户", "单价(元)", "未使用价值-单价(元)", "未使用价值-套餐价(元)")  # fmt: skip
    return Table("水票", headers, rows)


def finance_tables(report: dict[str, Any]) -> list[Table]:
    """Summary, revenue by payment method, courier cash, tickets, stored value and deposits."""
    rev = report["revenue"]
    methods: list[tuple[Cell, ...]] = [
        (PAYMENT_METHODS[m], Yuan(fen)) for m, fen in rev["by_method"].items()
    ]
    couriers: list[tuple[Cell, ...]] = [
        (c["userid"], c["name"], c["orders"], Yuan(c["cash_fen"]), Yuan(c["scan_fen"]),
         Yuan(c["short_fen"]), Yuan(c["over_fen"]))
        for c in report["couriers"]
    ]  # fmt: skip
    return [
        Table("汇总", FIGURE, _summary(report)),
        Table("支付方式", ("支付方式", "金额(元)"), [*methods, ("合计", Yuan(rev["total_fen"]))]),
        Table(
            "送水员交款",
            ("送水员", "姓名", "单数", "应交现金(元)", "扫码(元)", "少收(元)", "多收(元)"),
            couriers,
        ),
        _tickets(report["tickets"]),
        Table("储值", FIGURE, _stored_rows(report["stored_value"])),
        Table("押金", FIGURE, _deposit_rows(report["deposits"])),
    ]
