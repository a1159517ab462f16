"""The day's close with WeChat Pay connected: the owner's 对账 in WeCom, the admin API's report,
and the scheduled close after midnight, sent once however many schedulers run.

The day (2026-11-24, on the fake WeChat Pay's clock): two orders paid online, the second
cancelled and refunded, and the deliberate mismatch: a trade only WeChat Pay knows (10.00).
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime, timedelta
from pathlib import Path

import pytest

from bot import notify, texts
from domain.models import CashHandIn, JobRun, OutboxMessage, Staff
from domain.rules.reminder_rules import ReminderPolicy
from domain.services.api_tokens import create_token
from scheduler.jobs import Jobs
from tests.bot.chat_harness import Clock, Customer, Staffer, seed
from tests.bot.pay_harness import NOTIFY_URL, seed_people, start_pay_app
from tests.bot.test_pay_sweeps import App, one_kept_one_refunded
from tests.fakes.notifier import installed
from tests.fakes.wechat_pay_keys import APPID
from tests.fakes.wechat_pay_server import CHINA, Trade
from tests.support import NOW, TZ

pytestmark = pytest.mark.usefixtures("db")
NEXT_MORNING = (NOW + timedelta(days=1)).replace(hour=10, minute=35)  # after the 10:30 close


@pytest.fixture(scope="module")
async def app(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[App]:
    clock = Clock(NOW)
    client, fake = await start_pay_app(clock, Path(tmp_path_factory.mktemp("pay")))
    with installed(notify.WeChatNotifier()):
        yield client, fake, clock
    await client.close()
    await fake.close()


@pytest.fixture
async def day(app: App, db: str) -> AsyncIterator[None]:
    """The day in the docstring, on the suite's fresh database."""
    client, fake, clock = app
    clock.now = NOW
    fake.trades.clear()  # the fake outlives each test's database
    await seed(client)
    await seed_people("o-alice")
    fake.clock = lambda: NOW + timedelta(minutes=5)  # WeChat Pay's clock on the station's day
    try:
        _, gone_no = await one_kept_one_refunded(app, Customer(client, "o-alice"))
        assert (await fake.notify_refund(f"{gone_no}R1"))[0] == 204
        stray = Trade("WBSTRAY0001", APPID, "扫码", 1000, NOTIFY_URL, "NATIVE")
        fake.trades[stray.out_trade_no] = stray
        fake.pay(stray.out_trade_no)
        yield
    finally:
        fake.clock = lambda: datetime.now(CHINA)
        fake.bill_creating = False


STRAY = "  · WBSTRAY0001 微信有10.00元,流水没有"


@pytest.mark.usefixtures("day")
async def test_the_owner_asks_for_any_days_close_in_wecom(app: App) -> None:
    client = app[0]
    boss = Staffer(client, "u-boss")
    reply = await boss.say("对账 11-24")
    lines = reply.split("\n")
    assert lines[0] == "【11月24日对账】有1处需要核对", reply
    assert lines[1] == "微信支付:账单收298.00元、退144.00元;流水收288.00元、退144.00元"
    assert lines[2] == STRAY
    assert "现金:当天没有送水员收现金" in lines and "水票负债:未用0张,按单价计0.00元" in lines
    assert await boss.say("对账 2026-11-24") == reply
    quiet = await boss.say("对账 昨天")  # 11-23: nothing moved, and WeChat Pay agrees
    assert quiet.startswith("【11月23日对账】全部相符\n微信支付:账单收0.00元、退0.00元,与流水一致")
    assert await boss.say("对账 13-45") == texts.ASK_CLOSE_DAY
    await Staff.create(wecom_userid="u-disp", name="调度", role="dispatcher")
    assert await Staffer(client, "u-disp").say("对账") == texts.CLOSE_OWNERS_ONLY
    assert await Staffer(client, "u-wang").say("对账") != reply  # a courier: not his command


@pytest.mark.usefixtures("day")
async def test_the_admin_api_serves_the_close(app: App) -> None:
    token = (await create_token("老板", "owner", "test", NOW))[1]
    response = await app[0].get(
        "/api/v1/finance/close?day=2026-11-24", headers={"Authorization": f"Bearer {token}"}
    )
    close = await response.json()
    assert response.status == 200, close
    assert close["differences"] == 1
    stray = close["wechat_pay"]["mismatches"][0]["reference"]  # the fake's transaction id
    assert close["wechat_pay"] == {
        "state": "matched", "error": "",
        "paid_in_bill_fen": 29800, "paid_in_ledger_fen": 28800,
        "refunded_in_bill_fen": 14400, "refunded_in_ledger_fen": 14400,
        "mismatches": [{"kind": "missing_in_ledger", "reference": stray,
                        "out_trade_no": "WBSTRAY0001", "bill_fen": 1000, "ledger_fen": None}],
    }  # fmt: skip
    assert stray and "WBSTRAY0001" in close["summary"]


def _schedulers(n: int, at: datetime) -> list[Jobs]:
    return [Jobs(ReminderPolicy(tz=TZ), lambda: at) for _ in range(n)]


@pytest.mark.usefixtures("day")
async def test_the_scheduled_close_is_sent_once_with_two_schedulers() -> None:
    assert await _schedulers(1, NEXT_MORNING.replace(hour=10, minute=0))[0].close_day() is False
    results = await asyncio.gather(*(jobs.close_day() for jobs in _schedulers(2, NEXT_MORNING)))
    assert sorted(results) == [False, True]
    assert await JobRun.filter(name="day_close").values_list("key", flat=True) == ["2026-11-24"]
    (message,) = await OutboxMessage.filter(channel="work", recipient="u-boss")
    text = str(message.payload["text"])
    assert text.startswith("【11月24日对账】有1处需要核对") and STRAY in text
    assert await _schedulers(1, NEXT_MORNING + timedelta(minutes=10))[0].close_day() is False


@pytest.mark.usefixtures("day")
async def test_the_scheduled_close_waits_for_the_bill_then_goes_without_it(app: App) -> None:
    app[1].bill_creating = True  # WeChat Pay is still making the bill
    assert await _schedulers(1, NEXT_MORNING)[0].close_day() is False
    assert not await JobRun.filter(name="day_close").exists()
    late = NEXT_MORNING + timedelta(hours=3)
    assert await _schedulers(1, late)[0].close_day() is True
    (message,) = await OutboxMessage.filter(channel="work", recipient="u-boss")
    assert "微信支付:账单暂未取到" in str(message.payload["text"])
    assert "STATEMENT_CREATING" in str(message.payload["text"])


async def test_a_day_without_a_trade_closes_at_once_all_matched(app: App, db: str) -> None:
    """WeChat Pay has no bill for a day without trades (NO_STATEMENT_EXIST): that is an
    empty bill, not a missing one, so the scheduled close neither waits nor cries wolf."""
    client, fake, _ = app
    fake.trades.clear()
    await seed(client)
    await seed_people("o-alice")
    assert await _schedulers(1, NEXT_MORNING)[0].close_day() is True
    (message,) = await OutboxMessage.filter(channel="work", recipient="u-boss")
    assert str(message.payload["text"]).startswith("【11月24日对账】全部相符")


@pytest.mark.usefixtures("day")
async def test_the_owner_records_cash_handed_in_in_wecom(app: App) -> None:
    client = app[0]
    boss = Staffer(client, "u-boss")
    done = texts.HAND_IN_DONE.format(name="王师傅", amount="50.00")
    assert await boss.say("上交 王师傅 50") == done
    close = await boss.say("对账 今天")
    assert "现金 王师傅:收0.00元,已交50.00元,多交50.00元" in close, close
    assert await boss.say("上交 u-wang -50.00") == texts.HAND_IN_DONE.format(
        name="王师傅", amount="-50.00"
    )
    assert "现金 王师傅:收0.00元,已交0.00元\n" in await boss.say("对账 今天")
    assert await boss.say("上交 李师傅 50") == texts.HAND_IN_WHO.format(who="李师傅")
    assert await boss.say("上交 王师傅") == texts.HAND_IN_USAGE
    assert "不能为0" in await boss.say("上交 王师傅 0")
    await Staff.create(wecom_userid="u-disp", name="调度", role="dispatcher")
    assert await Staffer(client, "u-disp").say("上交 王师傅 5") == texts.HAND_IN_OWNERS_ONLY
    assert await CashHandIn.filter(courier__wecom_userid="u-wang").count() == 2
