"""Finance for a day or a month: JSON for the back office, CSV/XLSX for the accountant."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date, tzinfo
from typing import Any

from admin.api import Call, Routes
from admin.errors import ApiError
from admin.finance_tables import finance_tables
from admin.schema import DATE, DATETIME, Schema, array, enum, integer, obj, ref, string
from admin.stats import all_required
from admin.tables import FILE_SCHEMA, FORMAT_QUERY, MEDIA_TYPES, download
from admin.views import FEN, iso
from domain.reads import finance as reads
from domain.rules.periods import Period, day_period, month_period

routes = Routes("finance")
COUNT = integer()
ROWS = 10_000
PERIOD_QUERY: dict[str, Schema] = {
    "day": DATE,
    "month": string(7, pattern=r"^\d{4}-(0[1-9]|1[0-2])$"),
}

PAID_BY = all_required(dict.fromkeys(reads.PACK_METHODS, FEN))
NEW_MONEY = all_required(dict.fromkeys(reads.NEW_MONEY, FEN))
PACKS = obj(
    ("sku", "packs", "tickets", "amount_fen", "by_method"),
    sku=string(32),
    packs=COUNT,
    tickets=COUNT,
    amount_fen=FEN,
    by_method=PAID_BY,
)
OWED = obj(
    ("sku", "name", "count", "customers", "unit_price_fen", "value_fen", "pack_value_fen"),
    sku=string(32),
    name=string(64),
    count=COUNT,
    customers=COUNT,
    unit_price_fen=FEN,
    value_fen=FEN,
    pack_value_fen=FEN,
)
TICKETS = obj(
    (
        "packs",
        "packs_sold",
        "packs_fen",
        "packs_by_method",
        "tickets_sold",
        "used",
        "used_fen",
        "codes_redeemed",
        "outstanding",
        "outstanding_count",
        "outstanding_fen",
        "outstanding_pack_fen",
    ),
    packs=array(PACKS, ROWS),
    packs_sold=COUNT,
    packs_fen=FEN,
    packs_by_method=PAID_BY,
    tickets_sold=COUNT,
    used=COUNT,
    used_fen=FEN,
    codes_redeemed=COUNT,
    outstanding=array(OWED, ROWS),
    outstanding_count=COUNT,
    outstanding_fen=FEN,
    outstanding_pack_fen=FEN,
)
STORED_VALUE = obj(
    ("topups", "topups_fen", "held_fen", "customers"),
    topups=NEW_MONEY,
    topups_fen=FEN,
    held_fen=FEN,
    customers=COUNT,
)
MONEY_IN = obj(("by_method", "total_fen"), by_method=NEW_MONEY, total_fen=FEN)
DOOR = obj(
    ("due_fen", "collected_fen", "short_fen", "over_fen", "receivables_fen", "receivable_orders"),
    due_fen=FEN,
    collected_fen=FEN,
    short_fen=FEN,
    over_fen=FEN,
    receivables_fen=FEN,
    receivable_orders=COUNT,
)
DEPOSITS = obj(
    (
        "collected_fen",
        "refunded_cash_fen",
        "refunded_balance_fen",
        "refunded_online_fen",
        "buckets_returned",
        "held_fen",
        "buckets_out",
        "paid_buckets",
        "customers",
    ),
    collected_fen=FEN,
    refunded_cash_fen=FEN,
    refunded_balance_fen=FEN,
    refunded_online_fen=FEN,
    buckets_returned=COUNT,
    held_fen=FEN,
    buckets_out=COUNT,
    paid_buckets=COUNT,
    customers=COUNT,
)
FINANCE = ref(
    "Finance",
    obj(
        (
            "period",
            "as_of",
            "revenue",
            "couriers",
            "tickets",
            "stored_value",
            "deposits",
            "door",
            "money_in",
        ),
        period=obj(
            ("kind", "start", "end"), kind=enum("day", "month"), start=DATETIME, end=DATETIME
        ),
        as_of=DATETIME,
        # Revenue never includes bucket deposits: they are owed back, so they stand beside it.
        revenue=obj(
            ("orders", "total_fen", "deposit_fen", "by_method", "deposit_by_method"),
            orders=COUNT,
            total_fen=FEN,
            deposit_fen=FEN,
            by_method=all_required(dict.fromkeys(reads.METHODS, FEN)),
            deposit_by_method=all_required(dict.fromkeys(reads.METHODS, FEN)),
        ),
        couriers=array(
            obj(
                ("userid", "name", "orders", "cash_fen", "scan_fen", "short_fen", "over_fen"),
                userid=string(64),
                name=string(64),
                orders=COUNT,
                cash_fen=FEN,
                scan_fen=FEN,
                short_fen=FEN,
                over_fen=FEN,
            ),
            ROWS,
        ),
        tickets=TICKETS,
        stored_value=STORED_VALUE,
        deposits=DEPOSITS,
        door=DOOR,
        money_in=MONEY_IN,
    ),
)


def finance_period(query: dict[str, Any], tz: tzinfo) -> Period:
    """The day or the month asked for: exactly one of them, else 422."""
    given = [name for name in PERIOD_QUERY if name in query]
    if len(given) != 1:
        message = "请只给出 day(某天)或 month(某月)其中一个"
        raise ApiError.invalid(dict.fromkeys(PERIOD_QUERY, message))
    if "day" in query:
        return day_period(date.fromisoformat(query["day"]), tz)
    year, month = (int(part) for part in query["month"].split("-"))
    try:
        return month_period(year, month, tz)
    except ValueError:
        raise ApiError.invalid({"month": "年份应在2000到2100之间"}) from None


def _tickets_json(f: reads.Finance) -> dict[str, Any]:
    owed = [
        {"sku": row.owed.sku, "name": row.owed.name, "count": row.owed.count,
         "customers": row.owed.customers, "unit_price_fen": row.owed.unit_price_fen,
         "value_fen": row.owed.value_fen, "pack_value_fen": row.pack_value_fen}
        for row in f.liabilities
    ]  # fmt: skip
    return {
        "packs": [asdict(p) for p in f.packs],
        "packs_sold": sum(p.packs for p in f.packs),
        "packs_fen": sum(p.amount_fen for p in f.packs),
        "packs_by_method": {
            method: sum(p.by_method[method] for p in f.packs) for method in reads.PACK_METHODS
        },
        "tickets_sold": sum(p.tickets for p in f.packs),
        "used": f.tickets_used,
        "used_fen": f.tickets_used_fen,
        "codes_redeemed": f.codes_redeemed,
        "outstanding": owed,
        "outstanding_count": sum(row["count"] for row in owed),
        "outstanding_fen": sum(row["value_fen"] for row in owed),
        "outstanding_pack_fen": sum(row["pack_value_fen"] for row in owed),
    }


def finance_json(f: reads.Finance) -> dict[str, Any]:
    """The report as JSON, money in fen."""
    d, money_in = f.deposits, f.money_in()
    return {
        "period": {"kind": f.period.kind, "start": iso(f.period.start), "end": iso(f.period.end)},
        "as_of": iso(f.as_of),
        "revenue": {
            "orders": f.revenue.orders,
            "total_fen": f.revenue.total_fen,
            "deposit_fen": f.revenue.deposit_fen,
            "by_method": f.revenue.by_method,
            "deposit_by_method": f.revenue.deposit_by_method,
        },
        "couriers": [asdict(c) for c in f.couriers],
        "tickets": _tickets_json(f),
        "stored_value": {
            "topups": f.stored_value.topups,
            "topups_fen": f.stored_value.topups_fen,
            "held_fen": f.stored_value.held_fen,
            "customers": f.stored_value.customers,
        },
        "deposits": {
            "collected_fen": d.collected_fen,
            "refunded_cash_fen": d.refunded_cash_fen,
            "refunded_balance_fen": d.refunded_balance_fen,
            "refunded_online_fen": d.refunded_online_fen,
            "buckets_returned": d.buckets_returned,
            "held_fen": d.held.deposit_fen,
            "buckets_out": d.held.buckets,
            "paid_buckets": d.held.paid_buckets,
            "customers": d.held.customers,
        },
        "door": asdict(f.door),  # cash due vs taken; receivables are owed now
        "money_in": {"by_method": money_in, "total_fen": sum(money_in.values())},
    }


@routes.op(
    "GET",
    "/finance",
    summary="Finance for a day or a month: revenue, courier cash, tickets, stored value, deposits",
    area="finance",
    query=PERIOD_QUERY,
    response=FINANCE,
)
async def report(call: Call) -> Any:
    """The report for ?day=YYYY-MM-DD or ?month=YYYY-MM."""
    period = finance_period(call.query, call.tz)
    return finance_json(await reads.finance(period, call.now))


@routes.op(
    "GET",
    "/finance/export",
    summary="Finance as CSV (summary) or XLSX (summary, methods, courier cash, tickets, deposits)",
    area="finance",
    query={**PERIOD_QUERY, **FORMAT_QUERY},
    response=FILE_SCHEMA,
    media_type=MEDIA_TYPES,
)
async def export(call: Call) -> Any:
    """A download named after the period."""
    period = finance_period(call.query, call.tz)
    report = finance_json(await reads.finance(period, call.now))
    stem = "finance-" + (call.query.get("day") or call.query["month"])
    return download(finance_tables(report), stem, call.query["format"])
