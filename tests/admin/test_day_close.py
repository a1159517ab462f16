"""The day's close (日结对账) without WeChat Pay, over the admin API and as a process.

On the finance test's seeded day (`station`: NOW is 2026-11-24 10:00) the station also:

| when (11-24) | what                                                                  |
|--------------|-----------------------------------------------------------------------|
| 09:58        | 孙女士 (new) gets 1 农夫山泉 by cash from courier1: 72.00 due (22.00 + |
|              | 50.00 deposit), he takes 1.00: 71.00 short, a receivable               |
| 10:00        | the owner counts 100.00 handed in by courier1 (sent twice, one key)   |
| 10:30        | 赵先生 buys a 怡宝 pack: after the 10:00 cut, so not in the close      |

courier1 took 100.00 for t1's deposits and 1.00 from 孙女士: 101.00, 1.00 still with him.
Tickets and deposits are summed from their ledgers up to the cut and checked against the
finance report's own figures (from lots and accounts).
"""

from __future__ import annotations

import asyncio
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import Any

from domain.models import BucketEntry, TicketEntry
from domain.services import order_moves, wallet
from domain.services.orders import OrderRequest, place_order
from tests.admin.conftest import Api
from tests.admin.test_stats_finance import station
from tests.integration.helpers import make_customer
from tests.integration.owner_seed import at

CUT = "2026-11-24T10:00:00+08:00"  # the admin clock: the day is not over yet


async def _stamp_unstamped(moment: datetime) -> None:
    """Rows the services stamped with the real clock, moved onto the seeded day."""
    for model in (TicketEntry, BucketEntry):
        await model.filter(created_at__gt=at(11, 25, 0)).update(created_at=moment)


async def seeded_day() -> str:
    """The table above; the short order's number."""
    seeded = await station()
    sun = await make_customer("o-sun", "幸福里1号")
    placed = await place_order(OrderRequest(sun.id, [("nfsq-19l", 1)], "cash"), at(11, 24, 9, 50))
    await order_moves.assign_order(placed.number, "courier1", "owner", at(11, 24, 9, 52))
    await order_moves.record_delivery(
        placed.number, "courier1", at(11, 24, 9, 58), cash_collected_fen=100
    )
    await _stamp_unstamped(at(11, 24, 9, 59))
    zhao = seeded.customers["zhao"].id
    await wallet.buy_pack(zhao, "cestbon-18l-10", "cash", "owner", at(11, 24, 10, 30))
    await TicketEntry.filter(created_at__gt=at(11, 25, 0)).update(created_at=at(11, 24, 10, 30))
    return placed.number


async def _hand_in(owner: Api) -> None:
    body = {"courier": "courier1", "amount_fen": 10000, "idempotency_key": "count-1124-a"}
    for _ in range(2):  # a retry: one row
        status, done = await owner.post("/finance/hand-ins", body)
        assert status == 201, done
        assert (done["courier"], done["amount_fen"]) == ("courier1", 10000)


async def test_the_days_close_sets_cash_against_hand_ins_and_sums_the_ledgers(
    owner: Api, viewer: Api
) -> None:
    await seeded_day()
    await _hand_in(owner)
    status, close = await viewer.get("/finance/close?day=2026-11-24")
    assert status == 200, close
    assert (close["day"], close["cut"], close["differences"]) == ("2026-11-24", CUT, 1)
    assert close["wechat_pay"]["state"] == "not_connected"
    assert close["couriers"] == [
        {"userid": "courier1", "name": "刘师傅", "orders": 2, "collected_fen": 10100,
         "handed_in_fen": 10000, "gap_fen": 100},
        {"userid": "courier2", "name": "赵师傅", "orders": 2, "collected_fen": 0,
         "handed_in_fen": 0, "gap_fen": 0},
    ]  # fmt: skip
    assert close["receivables"] == {
        "short_fen": 7100, "short_orders": 1, "owed_fen": 7100, "owed_orders": 1,
    }  # fmt: skip
    assert close["tickets"]["outstanding"] == [
        {"sku": "cestbon-18l", "name": "怡宝纯净水 18.9L", "count": 11, "unit_price_fen": 2000,
         "value_fen": 22000},
        {"sku": "local-18l", "name": "本地山泉水 18.9L", "count": 23, "unit_price_fen": 1000,
         "value_fen": 23000},
        {"sku": "nfsq-19l", "name": "农夫山泉天然水 19L", "count": 9, "unit_price_fen": 2200,
         "value_fen": 19800},
    ]  # fmt: skip
    assert (close["tickets"]["count"], close["tickets"]["value_fen"]) == (43, 64800)
    # 陈 2 x 40, 张 2 x 30, 王 2 x 50, 李 1 x 50, and 孙女士's new bucket 50.00.
    assert close["deposits"] == {
        "buckets": 8, "paid_buckets": 8, "deposit_fen": 34000, "customers": 5,
    }  # fmt: skip
    assert "【11月24日对账】有1处需要核对" in close["summary"]
    assert "现金 刘师傅:收101.00元,已交100.00元,还差1.00元" in close["summary"]
    await _agrees_with_the_finance_report(owner, close)


async def _agrees_with_the_finance_report(owner: Api, close: dict[str, Any]) -> None:
    """Lots and accounts (the finance report, now) against the ledgers summed to the cut."""
    status, report = await owner.get("/finance?day=2026-11-24")
    assert status == 200, report
    assert report["tickets"]["outstanding_count"] == close["tickets"]["count"] + 11  # 10:30
    assert report["deposits"]["held_fen"] == close["deposits"]["deposit_fen"]
    assert report["deposits"]["buckets_out"] == close["deposits"]["buckets"]
    assert report["door"]["receivables_fen"] == close["receivables"]["owed_fen"]


async def test_a_day_that_agrees_and_who_may_see_it(
    owner: Api, viewer: Api, dispatcher: Api
) -> None:
    await seeded_day()
    await _hand_in(owner)
    status, done = await owner.post("/finance/hand-ins", {"courier": "courier1", "amount_fen": 100})
    assert status == 201, done
    status, close = await owner.get("/finance/close?day=2026-11-24")
    assert status == 200 and close["differences"] == 0, close
    assert close["summary"].startswith("【11月24日对账】全部相符\n微信支付:未接入,本项不对账")
    assert (await dispatcher.get("/finance/close?day=2026-11-24"))[0] == 403
    one = {"courier": "courier1", "amount_fen": 1}
    assert (await viewer.post("/finance/hand-ins", one))[0] == 403
    assert (await owner.get("/finance/close"))[0] == 422
    status, refused = await owner.post("/finance/hand-ins", {**one, "courier": "nobody"})
    assert status == 404 and "没有找到这位送水员" in str(refused), refused
    status, refused = await owner.post("/finance/hand-ins", {**one, "amount_fen": 0})
    assert status == 422 and "不能为0" in str(refused), refused


async def test_the_close_command_without_wechat_pay(owner: Api, database_url: str) -> None:
    await seeded_day()
    await _hand_in(owner)
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    process = await asyncio.create_subprocess_exec(
        str(Path(sys.executable).with_name("waterbot")), "finance", "close", "2026-11-24",
        env={**env, "WATERBOT_DATABASE_URL": database_url},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out = (await asyncio.wait_for(process.communicate(), 90))[0].decode()
    assert process.returncode == 1, out  # courier1 still has 1.00
    assert "WeChat Pay 2026-11-24: not configured" in out
    assert "cash courier1: collected 101.00 in 2 order(s), handed in 100.00, gap 1.00" in out
    assert "receivables: short 71.00 on 1 order(s) that day; owed now 71.00" in out
    # The day is over for the process: the 10:30 pack is in (11 more 怡宝 tickets).
    assert "cestbon-18l 22 (440.00)" in out and "total 868.00" in out
    assert "deposits held: 340.00 for 8 of 8 bucket(s), 5 customer(s)" in out
    assert "differences: 1" in out
