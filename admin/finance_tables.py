"""The finance report as download tables: a summary, then one sheet per part.

Built from the same JSON the API returns, so the file and the screen cannot disagree. Money
stays in integer fen (the headers say so): an accountant's sums then match to the fen.
"""

from __future__ import annotations

from typing import Any

from admin.tables import Cell, Table

METHOD_NAMES = {"ticket": "水票", "balance": "余额", "cash": "现金", "wechat_pay": "微信支付"}
FIGURE = ("项目", "数值", "单位")
FEN, ORDERS, TICKETS, BUCKETS, PACKS = "分", "单", "张", "桶", "套"


def _summary(r: dict[str, Any]) -> list[tuple[Cell, ...]]:
    rev, t, d = r["revenue"], r["tickets"], r["deposits"]
    rows: list[tuple[Cell, ...]] = [
        ("期间开始", r["period"]["start"], ""),
        ("期间结束(不含)", r["period"]["end"], ""),
        ("完成配送", rev["orders"], ORDERS),
        ("营业收入合计", rev["total_fen"], FEN),
    ]
    rows += [(f"收入-{METHOD_NAMES[m]}", fen, FEN) for m, fen in rev["by_method"].items()]
    rows += [
        ("押金(另收,不计入收入)", rev["deposit_fen"], FEN),
        ("送水员应交现金", sum(c["cash_fen"] for c in r["couriers"]), FEN),
        ("售出水票套餐", t["packs_sold"], PACKS),
        ("售票金额", t["packs_fen"], FEN),
        *[(f"售票金额-{METHOD_NAMES[m]}", fen, FEN) for m, fen in t["packs_by_method"].items()],
        ("售出水票", t["tickets_sold"], TICKETS),
        ("兑换码兑入水票", t["codes_redeemed"], TICKETS),
        ("使用水票", t["used"], TICKETS),
        ("使用水票价值", t["used_fen"], FEN),
    ]
    rows += _door_rows(r["door"])
    return rows + _owed(t) + _stored_rows(r["stored_value"]) + _deposit_rows(d) + _money_in(r)


def _door_rows(door: dict[str, Any]) -> list[tuple[Cell, ...]]:
    return [
        ("上门应收", door["due_fen"], FEN),
        ("上门实收", door["collected_fen"], FEN),
        ("少收(客户欠款)", door["short_fen"], FEN),
        ("多收", door["over_fen"], FEN),
        ("客户欠款(当前)", door["receivables_fen"], FEN),
        ("欠款订单(当前)", door["receivable_orders"], ORDERS),
    ]


def _stored_rows(s: dict[str, Any]) -> list[tuple[Cell, ...]]:
    return [
        *[(f"充值-{METHOD_NAMES[m]}", fen, FEN) for m, fen in s["topups"].items()],
        ("充值合计", s["topups_fen"], FEN),
        ("储值余额(当前)", s["held_fen"], FEN),
        ("有余额客户(当前)", s["customers"], "户"),
    ]


def _money_in(r: dict[str, Any]) -> list[tuple[Cell, ...]]:
    # Door payments + top-ups + packs not paid from the balance: each fen counted once.
    money = r["money_in"]
    return [
        *[(f"新收款-{METHOD_NAMES[m]}", fen, FEN) for m, fen in money["by_method"].items()],
        ("新收款合计", money["total_fen"], FEN),
    ]


def _owed(t: dict[str, Any]) -> list[tuple[Cell, ...]]:
    return [
        ("未使用水票(当前)", t["outstanding_count"], TICKETS),
        ("未使用水票价值(按单价)", t["outstanding_fen"], FEN),
        ("未使用水票价值(按套餐价)", t["outstanding_pack_fen"], FEN),
    ]


def _deposit_rows(d: dict[str, Any]) -> list[tuple[Cell, ...]]:
    return [
        ("收取押金", d["collected_fen"], FEN),
        ("退押金-现金", d["refunded_cash_fen"], FEN),
        ("退押金-余额", d["refunded_balance_fen"], FEN),
        ("退回空桶", d["buckets_returned"], BUCKETS),
        ("押金结存(当前)", d["held_fen"], FEN),
        ("在外空桶(当前)", d["buckets_out"], BUCKETS),
        ("已付押金的桶(当前)", d["paid_buckets"], BUCKETS),
        ("押金客户(当前)", d["customers"], "户"),
    ]


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
             p.get("amount_fen", 0), *[paid.get(m, 0) for m in t["packs_by_method"]],
             o.get("count", 0), o.get("customers", 0),
             o.get("unit_price_fen"), o.get("value_fen", 0), o.get("pack_value_fen", 0))
        )  # fmt: skip
    by_method = tuple(f"售票-{METHOD_NAMES[m]}(分)" for m in t["packs_by_method"])
    headers = ("商品", "名称", "售出套餐", "售出张数", "售票金额(分)", *by_method, "未使用张数",
               "持票客户", "单价(分)", "未使用价值-单价(分)", "未使用价值-套餐价(分)")  # fmt: skip
    return Table("水票", headers, rows)


def finance_tables(report: dict[str, Any]) -> list[Table]:
    """Summary, revenue by payment method, courier cash, tickets, stored value and deposits."""
    rev = report["revenue"]
    methods: list[tuple[Cell, ...]] = [
        (METHOD_NAMES[m], fen) for m, fen in rev["by_method"].items()
    ]
    couriers: list[tuple[Cell, ...]] = [
        (
            c["userid"],
            c["name"],
            c["orders"],
            c["cash_fen"],
            c["scan_fen"],
            c["short_fen"],
            c["over_fen"],
        )
        for c in report["couriers"]
    ]
    return [
        Table("汇总", FIGURE, _summary(report)),
        Table("支付方式", ("支付方式", "金额(分)"), [*methods, ("合计", rev["total_fen"])]),
        Table(
            "送水员交款",
            ("送水员", "姓名", "单数", "应交现金(分)", "扫码(分)", "少收(分)", "多收(分)"),
            couriers,
        ),
        _tickets(report["tickets"]),
        Table("储值", FIGURE, _stored_rows(report["stored_value"])),
        Table("押金", FIGURE, _deposit_rows(report["deposits"])),
    ]
