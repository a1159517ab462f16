"""Stats and finance over the admin API, on history made by the real services.

On top of `owner_seed` (NOW is Tuesday 2026-11-24 10:00, Asia/Shanghai) the station also:

| when (11-24) | what                                                                     |
|--------------|--------------------------------------------------------------------------|
| 09:00        | 李先生 buys a 怡宝 pack (10+1) by WeChat Pay, 200.00                      |
| 09:05        | 赵先生 redeems a printed code for a 山泉水 pack (20+3)                    |
| 09:30-09:50  | 陈女士 orders 2 景田 + 1 case by WeChat Pay; courier2 (piece rate 2.00)    |
|              | brings them, takes 1 empty, charges 1 new deposit: 36+30+40 = 106.00      |
| 09:40-09:45  | courier1 (piece rate 1.50) takes 李先生's open order and fails it          |
| 09:55        | 张老板 returns 1 bucket (30.00 cash), 赵先生 1 bucket (50.00 to balance)   |

The seed itself sells 王先生 a 山泉水 pack (10+1) for cash at 08:00, 220.00, and tops 李先生 up
by 100.00 cash at 08:00, of which his order t2 spends 70.00.

Ledger rows are stamped by the database clock, so they are moved to these moments like the seed
does. Every expected figure below is worked out by hand from these tables.
"""

from __future__ import annotations

import io
from datetime import datetime
from typing import Any

import pytest
from openpyxl import load_workbook

from domain.models import BalanceEntry, BucketEntry, Courier, Customer, TicketEntry
from domain.reads import courier_queries, owner_views, stats
from domain.reads import sales as stats_reads
from domain.rules import tickets as ticket_rules
from domain.rules.errors import InvalidInput
from domain.rules.periods import month_period
from domain.services import backoffice, customers, order_moves, requests, staff, wallet
from domain.services.orders import OrderRequest, place_order
from tests.admin.conftest import Api, token_for
from tests.integration.owner_seed import Seeded, at, seed_station
from tests.integration.owner_seed import _customer as seed_customer
from tests.integration.owner_seed import _deliver as seed_deliver
from tests.integration.owner_seed import _order as seed_order
from tests.support import NOW, TZ

# Revenue by how it was paid, deposits left out: t1's 2 bucket deposits were cash at the door,
# t2's one came from the balance with its water, 陈女士's one new bucket was scanned with hers.
SALES = {"ticket": 4400, "balance": 2000, "cash": 0, "wechat_pay": 6600}
DEPOSITS = {"ticket": 0, "balance": 5000, "cash": 10000, "wechat_pay": 4000}


async def _stamp(entries: Any, moment: datetime) -> None:
    await entries.update(created_at=moment)


async def station() -> Seeded:
    """The owner seed plus the day above."""
    seeded = await seed_station()
    people = seeded.customers
    await staff.add_courier("courier1", "刘师傅", "test", "13900000001", 10, 150)
    await staff.add_courier("courier2", "赵师傅", "test", "13900000002", 10, 200)
    await Courier.all().update(on_shift=False)
    before = set(await TicketEntry.all().values_list("id", flat=True))
    await wallet.buy_pack(people["li"].id, "cestbon-18l-10", "wechat_pay", "owner", at(11, 24, 9))
    await _stamp(TicketEntry.filter(kind="purchase").exclude(id__in=before), at(11, 24, 9))
    await wallet.redeem_pack(people["zhao"].id, "local-18l-20", "owner", at(11, 24, 9, 5), "c-1")
    await _stamp(TicketEntry.filter(kind="redeem"), at(11, 24, 9, 5))
    request = OrderRequest(
        people["chen"].id,
        [("ganten-18l", 2), ("nfsq-550ml-24", 1)],
        "wechat_pay",
        window=(at(11, 24, 9, 30), at(11, 24, 11)),
        actor="customer",
    )
    seeded.numbers["wx"] = (await place_order(request, at(11, 24, 9, 30))).number
    await order_moves.assign_order(seeded.numbers["wx"], "courier2", "owner", at(11, 24, 9, 35))
    await order_moves.record_delivery(seeded.numbers["wx"], "courier2", at(11, 24, 9, 50))
    await order_moves.assign_order(seeded.numbers["open"], "courier1", "owner", at(11, 24, 9, 40))
    await order_moves.fail_delivery(
        seeded.numbers["open"], "courier1", at(11, 24, 9, 45), "家里没人", courier_userid="courier1"
    )
    for who, method in (("zhang", "cash"), ("zhao", "balance")):
        asked = await requests.request_return(people[who].id, 1, at(11, 24, 9, 50), "退桶")
        await backoffice.approve_return(asked, None, method, "owner")
    await _stamp(BucketEntry.filter(kind="return"), at(11, 24, 9, 55))
    seeded.customers["sun"] = await customers.create_customer("孙先生", "13800000009", "test")
    return seeded


async def test_finance_for_a_day(viewer: Api) -> None:
    await station()
    status, body = await viewer.get("/finance?day=2026-11-24")
    assert status == 200, body
    assert body["period"] == {
        "kind": "day", "start": "2026-11-24T00:00:00+08:00", "end": "2026-11-25T00:00:00+08:00",
    }  # fmt: skip
    assert body["revenue"] == {
        "orders": 3,  # t1 tickets, t2 balance, 陈女士 by WeChat Pay
        "total_fen": 13000,  # 44.00 in tickets + 20.00 water + 66.00 of 陈女士's
        "deposit_fen": 19000,  # t1 2 x 50.00, t2 50.00, 陈女士 one new bucket 40.00: beside it
        "by_method": SALES,
        "deposit_by_method": DEPOSITS,
    }
    assert body["couriers"] == [
        {"userid": "courier1", "name": "刘师傅", "orders": 1, "cash_fen": 10000, "scan_fen": 0,
         "short_fen": 0, "over_fen": 0},
        {"userid": "courier2", "name": "赵师傅", "orders": 2, "cash_fen": 0, "scan_fen": 10600,
         "short_fen": 0, "over_fen": 0},
    ]  # fmt: skip
    tickets = body["tickets"]
    assert tickets["packs"] == [
        {"sku": "cestbon-18l", "packs": 1, "tickets": 11, "amount_fen": 20000,
         "by_method": {"balance": 0, "cash": 0, "wechat_pay": 20000}},
        {"sku": "nfsq-19l", "packs": 1, "tickets": 11, "amount_fen": 22000,
         "by_method": {"balance": 0, "cash": 22000, "wechat_pay": 0}},
    ]  # fmt: skip
    assert (tickets["packs_sold"], tickets["packs_fen"], tickets["tickets_sold"]) == (2, 42000, 22)
    assert body["stored_value"] == {
        "topups": {"cash": 10000, "wechat_pay": 0},
        "topups_fen": 10000,
        "held_fen": 8000,  # 李 100.00 - 70.00 for t2, 赵 50.00 deposit back to his balance
        "customers": 2,
    }
    assert (tickets["used"], tickets["used_fen"], tickets["codes_redeemed"]) == (2, 4400, 23)
    assert body["deposits"] == {
        "collected_fen": 19000,
        "refunded_cash_fen": 3000,
        "refunded_balance_fen": 5000,
        "refunded_online_fen": 0,
        "buckets_returned": 2,
        "held_fen": 29000,  # 陈 2 x 40, 张 2 x 30, 王 2 x 50, 李 1 x 50
        "buckets_out": 7,
        "paid_buckets": 7,
        "customers": 4,
    }


async def test_stored_value_and_packs_by_how_they_were_paid(owner: Api) -> None:
    seeded = await station()
    zhao = seeded.customers["zhao"].id
    before = set(await TicketEntry.all().values_list("id", flat=True))
    await wallet.top_up(zhao, 30000, "wechat_pay", "owner")
    await wallet.buy_pack(zhao, "cestbon-18l-10", "balance", "owner", at(11, 24, 9, 58))
    await _stamp(BalanceEntry.filter(account__customer_id=zhao), at(11, 24, 9, 58))
    await _stamp(TicketEntry.exclude(id__in=before), at(11, 24, 9, 58))
    status, body = await owner.get("/finance?day=2026-11-24")
    assert status == 200, body
    tickets, stored = body["tickets"], body["stored_value"]
    assert tickets["packs"][0] == {
        "sku": "cestbon-18l", "packs": 2, "tickets": 22, "amount_fen": 40000,
        "by_method": {"balance": 20000, "cash": 0, "wechat_pay": 20000},  # 赵's, 李's
    }  # fmt: skip
    assert tickets["packs_fen"] == 62000
    assert tickets["packs_by_method"] == {"balance": 20000, "cash": 22000, "wechat_pay": 20000}
    assert stored == {
        "topups": {"cash": 10000, "wechat_pay": 30000},
        "topups_fen": 40000,
        "held_fen": 18000,  # 李 30.00; 赵 50.00 + 300.00 - 200.00
        "customers": 2,
    }
    # New money: paid at the door + top-ups + packs not paid from the balance. 赵's pack and
    # 李's t2 were paid with money already counted as top-ups, so they are not in it again.
    assert body["money_in"] == {
        "by_method": {"cash": 10000 + 10000 + 22000, "wechat_pay": 10600 + 30000 + 20000},
        "total_fen": 102600,
    }
    # Deposits are not revenue, but they are new money all the same.
    by_method, deposit = body["revenue"]["by_method"], body["revenue"]["deposit_by_method"]
    assert body["money_in"]["total_fen"] == (
        by_method["cash"] + by_method["wechat_pay"] + deposit["cash"] + deposit["wechat_pay"]
        + stored["topups_fen"] + tickets["packs_fen"] - tickets["packs_by_method"]["balance"]
    )  # fmt: skip


async def test_top_ups_and_pack_reasons_keep_their_method_readable() -> None:
    seeded = await station()
    with pytest.raises(InvalidInput):  # finance files top-ups under their method
        await wallet.top_up(seeded.customers["zhao"].id, 100, "支付宝", "owner")
    reason = ticket_rules.pack_reason("怡宝 18L 十送一", "wechat_pay")
    assert ticket_rules.pack_payment(reason) == "wechat_pay"


async def test_outstanding_tickets_at_unit_and_pack_price(owner: Api) -> None:
    await station()
    status, body = await owner.get("/finance?day=2026-11-24")
    assert status == 200, body
    owed = [
        (row["sku"], row["count"], row["customers"], row["value_fen"], row["pack_value_fen"])
        for row in body["tickets"]["outstanding"]
    ]
    assert owed == [
        ("cestbon-18l", 11, 1, 22000, 20000),  # 200.00 for 11 tickets
        ("local-18l", 23, 1, 23000, 20000),
        ("nfsq-19l", 9, 1, 19800, 18000),  # 11 bought, 2 used
    ]
    tickets = body["tickets"]
    assert (tickets["outstanding_count"], tickets["outstanding_fen"]) == (43, 64800)
    assert tickets["outstanding_pack_fen"] == 58000
    assert sum(r.count for r in await owner_views.ticket_liabilities(NOW)) == 43


async def test_finance_for_a_month_and_one_before(owner: Api) -> None:
    await station()
    _, november = await owner.get("/finance?month=2026-11")
    assert november["period"]["kind"] == "month"
    assert november["revenue"] == {
        "orders": 5,
        "total_fen": 18200,
        "deposit_fen": 33000,
        "by_method": {**SALES, "cash": 5200},  # + 11-08 22.00 and 11-23 30.00 of water
        "deposit_by_method": {**DEPOSITS, "cash": 24000},  # + their 50.00 and 90.00
    }
    assert [
        (c["userid"], c["orders"], c["cash_fen"], c["scan_fen"]) for c in november["couriers"]
    ] == [
        ("courier1", 2, 22000, 0),
        ("courier2", 3, 7200, 10600),
    ]
    _, october = await owner.get("/finance?month=2026-10")
    assert october["revenue"]["by_method"] == {
        "ticket": 0, "balance": 0, "cash": 1800, "wechat_pay": 0,
    }  # fmt: skip
    assert october["revenue"]["deposit_fen"] == 4000
    assert october["tickets"]["packs"] == [] and october["deposits"]["refunded_cash_fen"] == 0


@pytest.mark.parametrize(
    "query",
    ["", "?day=2026-11-24&month=2026-11", "?day=2026-13-01", "?month=2026-13", "?month=1999-12",
     "?day=1900-01-01", "?month=nov"],
)  # fmt: skip
async def test_finance_needs_exactly_one_real_day_or_month(owner: Api, query: str) -> None:
    status, body = await owner.get("/finance" + query)
    assert status == 422, body
    assert body["error"]["code"] == "invalid_input"
    assert set(body["error"]["fields"]) & {"day", "month"}


async def test_finance_is_for_owners_and_viewers_only(
    owner: Api, viewer: Api, dispatcher: Api
) -> None:
    for path in ("/finance?month=2026-11", "/finance/export?month=2026-11"):
        assert (await dispatcher.get(path))[0] == 403
        assert (await viewer.get(path))[0] == 200
        assert (await Api(owner.client, "wrong-token").get(path))[0] == 401
    assert (await dispatcher.get("/stats/sales"))[0] == 200


async def _download(api: Api, path: str) -> tuple[int, str, bytes]:
    response = await api.client.get("/api/v1" + path, headers=api.headers())
    return response.status, response.content_type, await response.read()


async def test_finance_export_as_xlsx_sheets_and_csv_summary(viewer: Api) -> None:
    await station()
    status, media, body = await _download(viewer, "/finance/export?day=2026-11-24&format=xlsx")
    assert status == 200 and media.endswith("spreadsheetml.sheet")
    book = load_workbook(io.BytesIO(body))
    assert book.sheetnames == ["汇总", "支付方式", "送水员交款", "水票", "储值", "押金"]
    summary = {row[0]: row[1] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert summary["营业收入合计"] == 130 and summary["收入-微信支付"] == 66
    assert summary["押金(另收,不计入收入)"] == 190
    assert summary["送水员应交现金"] == 100 and summary["未使用水票(当前)"] == 43
    units = {row[0]: row[2] for row in book["汇总"].iter_rows(min_row=2, values_only=True)}
    assert (units["营业收入合计"], units["未使用水票(当前)"]) == ("元", "张")
    total = next(r[1] for r in book["汇总"].iter_rows(min_row=2) if r[0].value == "营业收入合计")
    assert (total.data_type, total.number_format) == ("n", "0.00")
    methods = list(book["支付方式"].iter_rows(min_row=2, values_only=True))
    assert methods == [("水票", 44), ("余额", 20), ("现金", 0), ("微信支付", 66),
                       ("合计", 130)]  # fmt: skip
    cash = list(book["送水员交款"].iter_rows(values_only=True))
    assert cash == [
        ("送水员", "姓名", "单数", "应交现金(元)", "扫码(元)", "少收(元)", "多收(元)"),
        ("courier1", "刘师傅", 1, 100, 0, 0, 0),
        ("courier2", "赵师傅", 2, 0, 106, 0, 0),
    ]
    tickets = {row[0]: row for row in book["水票"].iter_rows(min_row=2, values_only=True)}
    assert tickets["nfsq-19l"][2:9] == (1, 11, 220, 0, 220, 0, 9)
    stored = {row[0]: row[1] for row in book["储值"].iter_rows(min_row=2, values_only=True)}
    assert (stored["充值-现金"], stored["充值合计"], stored["储值余额(当前)"]) == (100, 100, 80)
    # 现金 100.00 at the door + 100.00 top-up + 220.00 pack; 微信 106.00 + 200.00 pack.
    assert (summary["售票金额-余额"], summary["新收款合计"]) == (0, 726)
    deposits = {row[0]: row[1] for row in book["押金"].iter_rows(min_row=2, values_only=True)}
    assert (deposits["收取押金"], deposits["退押金-现金"], deposits["押金结存(当前)"]) == (
        190, 30, 290,
    )  # fmt: skip
    status, media, body = await _download(viewer, "/finance/export?month=2026-11")
    assert status == 200 and media == "text/csv"
    text = body.decode("utf-8-sig")
    assert text.startswith("项目,数值,单位\r\n") and "营业收入合计,182.00,元\r\n" in text
    assert "收入-微信支付," in text and "(分)" not in text and ",分\r\n" not in text


NOVEMBER = "from=2026-11-01&to=2026-11-24"


async def test_sales_by_day(dispatcher: Api) -> None:
    await station()
    status, body = await dispatcher.get(f"/stats/sales?{NOVEMBER}&by=day")
    assert status == 200, body
    assert (body["from"], body["to"], body["by"]) == ("2026-11-01", "2026-11-24", "day")
    assert (body["orders"], body["revenue_fen"]) == (5, 18200)  # deposits are not revenue
    assert len(body["rows"]) == 24
    busy = {
        r["key"]: (r["orders"], r["quantity"], r["revenue_fen"])
        for r in body["rows"]
        if r["orders"]
    }
    assert busy == {
        "2026-11-08": (1, 1, 2200),
        "2026-11-23": (1, 3, 3000),
        "2026-11-24": (3, 5, 13000),  # 2 + 1 + 2 buckets; the case is not a bucket
    }


async def test_sales_by_product_share_each_orders_revenue(owner: Api) -> None:
    await station()
    _, body = await owner.get(f"/stats/sales?{NOVEMBER}&by=product")
    rows = [
        (r["key"], r["quantity"], r["orders"], r["goods_fen"], r["revenue_fen"])
        for r in body["rows"]
    ]
    assert rows == [
        ("nfsq-19l", 3, 2, 6600, 6600),
        # 陈女士's 66.00 (her 40.00 deposit left out) split 36 : 30, to the fen.
        ("ganten-18l", 2, 1, 3600, 3600),
        ("local-18l", 3, 1, 3000, 3000),
        ("nfsq-550ml-24", 1, 1, 3000, 3000),
        ("cestbon-18l", 1, 1, 2000, 2000),
    ]
    assert sum(r["revenue_fen"] for r in body["rows"]) == body["revenue_fen"] == 18200
    assert body["rows"][0]["name"].startswith("农夫山泉")


async def test_sales_by_area_read_off_the_address(owner: Api) -> None:
    await station()
    _, body = await owner.get(f"/stats/sales?{NOVEMBER}&by=area")
    rows = [
        (r["key"], r["orders"], r["quantity"], r["customers"], r["revenue_fen"])
        for r in body["rows"]
    ]
    assert rows == [
        ("阳光花园", 2, 4, 2, 11000),
        ("翠湖小区", 2, 2, 2, 4200),
        ("创业大厦A座", 1, 3, 1, 3000),
    ]


async def test_sales_default_to_the_last_thirty_days(owner: Api) -> None:
    await station()
    _, body = await owner.get("/stats/sales")
    assert (body["from"], body["to"], body["by"]) == ("2026-10-26", "2026-11-24", "day")
    assert body["revenue_fen"] == 18200 and len(body["rows"]) == 30


async def test_courier_performance(dispatcher: Api) -> None:
    await station()
    status, body = await dispatcher.get(f"/stats/couriers?{NOVEMBER}")
    assert status == 200, body
    assert body["couriers"] == [
        {
            "userid": "courier2", "name": "赵师傅", "deliveries": 3, "buckets": 4, "empties": 1,
            "failed": 0, "on_time": 2, "on_time_pct": 67,  # 11-24 09:30 was after its window
            "avg_minutes": 38,  # 40, 60 and 15 minutes from assignment
            "pieces": 5, "earnings_fen": 1000, "cash_fen": 7200, "scan_fen": 10600,
            "short_fen": 0, "over_fen": 0,
        },
        {
            "userid": "courier1", "name": "刘师傅", "deliveries": 2, "buckets": 5, "empties": 0,
            "failed": 1, "on_time": 2, "on_time_pct": 100, "avg_minutes": 55,
            "pieces": 5, "earnings_fen": 750, "cash_fen": 22000, "scan_fen": 0,
            "short_fen": 0, "over_fen": 0,
        },
    ]  # fmt: skip
    _, october = await dispatcher.get("/stats/couriers?from=2026-10-01&to=2026-10-31")
    assert [(c["userid"], c["deliveries"], c["failed"]) for c in october["couriers"]] == [
        ("courier1", 1, 0),
        ("courier2", 0, 0),
    ]


@pytest.mark.usefixtures("db")
async def test_courier_figures_match_the_couriers_own_earnings_reply(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    await station()
    loads: list[object] = []
    real = stats.delivered_in

    async def counted(period: Any) -> Any:
        loads.append(period)
        return await real(period)

    monkeypatch.setattr(stats, "delivered_in", counted)
    november = month_period(2026, 11, TZ)
    ranked = await stats_reads.courier_performance(november)
    assert len(loads) == 1  # the ranking reuses the orders already loaded
    for row in ranked:
        own = await courier_queries.earnings(row.rank.userid, november.start, november.end)
        assert (own.delivered, own.buckets, own.empties, own.failed) == (
            row.rank.deliveries, row.rank.buckets, row.empties, row.failed,
        )  # fmt: skip
        assert (own.pieces, own.earnings_fen, own.cash_fen, own.scan_fen) == (
            row.pieces, row.earnings_fen, row.cash_fen, row.scan_fen,
        )  # fmt: skip
    assert [r.cash_fen for r in ranked] == [7200, 22000]


async def test_segments_counts_cut_offs_and_pages(dispatcher: Api) -> None:
    seeded = await station()
    ids = {name: str(c.id) for name, c in seeded.customers.items()}
    status, body = await dispatcher.get("/stats/segments?limit=2")
    assert status == 200, body
    # Active spenders, deposits left out: 李 20.00, 张 30.00, 王 44.00, 陈 84.00 (18 + 66).
    assert body["thresholds"] == {
        "high_value_fen": 8400, "potential_fen": 3000, "idle_days": 30, "grace_days": 3,
    }  # fmt: skip
    assert body["counts"] == {
        "high_value": 1, "potential": 3, "regular": 0, "dormant": 1, "prospect": 1,
    }  # fmt: skip
    first = [
        (r["customer_id"], r["segment"], r["frequency"], r["monetary_fen"]) for r in body["items"]
    ]
    assert first == [(ids["chen"], "high_value", 2, 8400), (ids["wang"], "potential", 1, 4400)]
    seen = [r["customer_id"] for r in body["items"]]
    while body["next_cursor"]:
        _, body = await dispatcher.get(f"/stats/segments?limit=2&cursor={body['next_cursor']}")
        seen += [r["customer_id"] for r in body["items"]]
    names = ["chen", "wang", "zhang", "zhao", "li", "sun"]
    assert seen == [ids[n] for n in names]
    _, dormant = await dispatcher.get("/stats/segments?segment=dormant")
    assert [(r["customer_id"], r["recency_days"]) for r in dormant["items"]] == [(ids["zhao"], 16)]
    # The same people the owner's sleeper list names.
    sleepers = await owner_views.sleeping_customers(NOW)
    assert {s.customer_id for s in sleepers} == {r["customer_id"] for r in dormant["items"]}
    _, potential = await dispatcher.get("/stats/segments?segment=potential")
    assert [r["customer_id"] for r in potential["items"]] == [
        ids[n] for n in ("wang", "zhang", "li")
    ]


async def test_dormant_and_sleepers_both_count_silence_from_the_last_order_placed(
    dispatcher: Api,
) -> None:
    await station()
    # 周: delivered 40 days ago, ordered again 2 days ago and cancelled; refill not yet due.
    zhou = await seed_customer("o-zhou", "周女士", "13800000011", "翠湖小区9栋1", at(9, 1, 9))
    window = (at(10, 15, 10), at(10, 15, 12))
    old = await seed_order(zhou, [("nfsq-19l", 1)], "cash", at(10, 15, 9), window)
    await seed_deliver(old, "courier1", at(10, 15, 10), at(10, 15, 11))
    window = (at(11, 22, 10), at(11, 22, 12))
    recent = await seed_order(zhou, [("nfsq-19l", 1)], "cash", at(11, 22, 9), window)
    await order_moves.cancel_order(recent, "owner", at(11, 22, 9, 10), "不要了")
    await Customer.filter(id=zhou.id).update(refill_due_at=at(11, 29, 9))
    # 吴: ordered 35 days ago, cancelled, never received anything.
    wu = await seed_customer("o-wu", "吴先生", "13800000012", "翠湖小区9栋2", at(9, 1, 9))
    window = (at(10, 20, 10), at(10, 20, 12))
    never = await seed_order(wu, [("nfsq-19l", 1)], "cash", at(10, 20, 9), window)
    await order_moves.cancel_order(never, "owner", at(10, 20, 9, 10), "不要了")
    _, dormant = await dispatcher.get("/stats/segments?segment=dormant")
    named = {r["customer_id"] for r in dormant["items"]}
    sleepers = {s.customer_id for s in await owner_views.sleeping_customers(NOW)}
    assert named == sleepers
    assert str(wu.id) in named and str(zhou.id) not in named


@pytest.mark.parametrize(
    ("path", "field"),
    [
        ("/stats/sales?from=2026-11-24&to=2026-11-01", "from"),
        ("/stats/sales?from=2024-01-01&to=2026-11-24", "to"),
        ("/stats/sales?from=2026-02-30", "from"),
        ("/stats/sales?by=week", "by"),
        ("/stats/couriers?to=1999-12-31", "to"),
        ("/stats/segments?segment=vip", "segment"),
        ("/stats/segments?cursor=bm90LWEtY3Vyc29y", "cursor"),
        ("/stats/segments?limit=0", "limit"),
    ],
)
async def test_stats_refuse_bad_input(owner: Api, path: str, field: str) -> None:
    status, body = await owner.get(path)
    assert status == 422, body
    assert field in body["error"]["fields"]


async def test_stats_need_a_token_and_a_role(client: Any) -> None:
    for path in ("/stats/sales", "/stats/couriers", "/stats/segments"):
        assert (await Api(client, "nope").get(path))[0] == 401
        assert (await Api(client, await token_for("viewer")).get(path))[0] == 200


async def test_ledger_rows_fall_on_the_station_day_not_the_utc_day(owner: Api) -> None:
    await station()
    # 00:30 in Shanghai is still the day before in UTC; 23:30 is the same UTC day.
    await _stamp(TicketEntry.filter(kind="purchase"), at(11, 24, 0, 30))
    await _stamp(BucketEntry.filter(kind="return"), at(11, 23, 23, 30))
    _, monday = await owner.get("/finance?day=2026-11-23")
    _, tuesday = await owner.get("/finance?day=2026-11-24")
    assert monday["tickets"]["packs_sold"] == 0 and tuesday["tickets"]["packs_sold"] == 2
    assert monday["deposits"]["buckets_returned"] == 2
    assert tuesday["deposits"]["buckets_returned"] == 0


@pytest.mark.parametrize("by", ["day", "product", "area"])
async def test_sales_load_the_delivered_orders_once(
    owner: Api, monkeypatch: pytest.MonkeyPatch, by: str
) -> None:
    await station()
    loads: list[object] = []
    real = stats.delivered_in

    async def counted(period: Any) -> Any:
        loads.append(period)
        return await real(period)

    monkeypatch.setattr(stats, "delivered_in", counted)
    status, body = await owner.get(f"/stats/sales?{NOVEMBER}&by={by}")
    assert (status, body["revenue_fen"], len(loads)) == (200, 18200, 1)
