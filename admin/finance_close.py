"""The day's close (日结对账) over the admin API, and the cash a courier hands in."""

from __future__ import annotations

from dataclasses import asdict
from datetime import date
from typing import Any

from admin.api import Call, Routes
from admin.schema import DATE, DATETIME, array, enum, integer, nullable, obj, ref, string
from admin.views import FEN, iso
from domain.rules import day_close as rules
from domain.rules.close_texts import summary
from domain.services import cash_hand_ins
from domain.services.pay_close import close_day

routes = Routes("finance")
COUNT = integer()
BILL_SECONDS = 20.0  # a person waits for the back office; WeChat Pay answers in well under it

MISMATCH = obj(
    ("kind", "reference", "out_trade_no", "bill_fen", "ledger_fen"),
    kind=enum("missing_in_ledger", "missing_in_bill", "amount_differs", "refund_differs"),
    reference=string(64),
    out_trade_no=string(32),
    bill_fen=nullable(FEN),
    ledger_fen=nullable(FEN),
)
WECHAT_PAY = obj(
    ("state", "error", "paid_in_bill_fen", "paid_in_ledger_fen", "refunded_in_bill_fen",
     "refunded_in_ledger_fen", "mismatches"),
    state=enum(rules.MATCHED, rules.NOT_CONNECTED, rules.UNAVAILABLE),
    error=string(500),
    paid_in_bill_fen=nullable(FEN),
    paid_in_ledger_fen=nullable(FEN),
    refunded_in_bill_fen=nullable(FEN),
    refunded_in_ledger_fen=nullable(FEN),
    mismatches=array(MISMATCH, 10_000),
)  # fmt: skip
COURIER = obj(
    ("userid", "name", "orders", "collected_fen", "handed_in_fen", "gap_fen"),
    userid=string(64),
    name=string(64),
    orders=COUNT,
    collected_fen=FEN,
    handed_in_fen=FEN,
    gap_fen=FEN,
)
OWED = obj(
    ("sku", "name", "count", "unit_price_fen", "value_fen"),
    sku=string(32),
    name=string(64),
    count=integer(-(2**31)),
    unit_price_fen=FEN,
    value_fen=FEN,
)
DAY_CLOSE = ref(
    "DayClose",
    obj(
        ("day", "cut", "differences", "wechat_pay", "couriers", "receivables", "tickets",
         "deposits", "summary"),
        day=DATE,
        cut=DATETIME,
        differences=COUNT,
        wechat_pay=WECHAT_PAY,
        couriers=array(COURIER, 10_000),
        receivables=obj(
            ("short_fen", "short_orders", "owed_fen", "owed_orders"),
            short_fen=FEN, short_orders=COUNT, owed_fen=FEN, owed_orders=COUNT,
        ),
        tickets=obj(
            ("outstanding", "count", "value_fen"),
            outstanding=array(OWED, 10_000), count=integer(-(2**31)), value_fen=FEN,
        ),
        deposits=obj(
            ("buckets", "paid_buckets", "deposit_fen", "customers"),
            buckets=integer(-(2**31)), paid_buckets=COUNT, deposit_fen=FEN, customers=COUNT,
        ),
        summary=string(10_000),
    ),
)  # fmt: skip


def _wechat_json(part: rules.WeChatPart) -> dict[str, Any]:
    m = part.matched
    return {
        "state": part.state,
        "error": part.error[:500],
        "paid_in_bill_fen": m.paid_in_bill_fen if m else None,
        "paid_in_ledger_fen": m.paid_in_ledger_fen if m else None,
        "refunded_in_bill_fen": m.refunded_in_bill_fen if m else None,
        "refunded_in_ledger_fen": m.refunded_in_ledger_fen if m else None,
        "mismatches": [asdict(x) for x in m.mismatches] if m else [],
    }


def close_json(close: rules.DayClose) -> dict[str, Any]:
    """The close as JSON, money in fen."""
    return {
        "day": close.day.isoformat(),
        "cut": iso(close.cut),
        "differences": close.differences,
        "wechat_pay": _wechat_json(close.wechat),
        "couriers": [{**asdict(c), "gap_fen": c.gap_fen} for c in close.couriers],
        "receivables": asdict(close.receivables),
        "tickets": {
            "outstanding": [{**asdict(t), "value_fen": t.value_fen} for t in close.tickets],
            "count": sum(t.count for t in close.tickets),
            "value_fen": close.tickets_fen,
        },
        "deposits": asdict(close.deposits),
        "summary": summary(close),
    }


@routes.op(
    "GET",
    "/finance/close",
    summary="A station day's close: WeChat Pay bill vs ledger, courier cash vs hand-ins, "
    "receivables, tickets outstanding and deposits held at the end of the day",
    area="finance",
    query={"day": DATE},
    required_query=("day",),
    response=DAY_CLOSE,
)
async def day_close(call: Call) -> Any:
    """The close of ?day=YYYY-MM-DD."""
    day = date.fromisoformat(call.query["day"])
    return close_json(await close_day(day, call.tz, call.now, bill_timeout=BILL_SECONDS))


@routes.op(
    "POST",
    "/finance/hand-ins",
    summary="Record cash a courier handed in (negative: a miscount given back)",
    area="finance",
    body=obj(
        ("courier", "amount_fen"),
        courier=string(64, min_length=1),
        amount_fen=integer(-10_000_000, 10_000_000),
        note=string(200),
        idempotency_key=string(128, min_length=8),
    ),
    response=ref(
        "HandIn",
        obj(
            ("id", "courier", "amount_fen", "at"),
            id=COUNT,
            courier=string(64),
            amount_fen=FEN,
            at=DATETIME,
        ),
    ),
    status=201,
)
async def hand_in(call: Call) -> Any:
    """Cash counted from a courier."""
    b = call.body
    key = f"api:{b['idempotency_key']}" if "idempotency_key" in b else None
    done = await cash_hand_ins.record_hand_in(
        b["courier"], b["amount_fen"], call.actor, call.now, b.get("note", ""), key
    )
    return {**done, "at": iso(done["at"]) if not isinstance(done["at"], str) else done["at"]}
