"""Closing a station day (日结对账): WeChat Pay's trade bill against our ledger, courier cash
against hand-ins, receivables, tickets outstanding and deposits held (docs/PAY.md).

Reads only, except the scheduled summary's claim: each difference is for a person to look at.
"""

from __future__ import annotations

import asyncio
import logging
from datetime import date, datetime, time, timedelta, tzinfo

from domain.infra import pay_port
from domain.models import JobRun
from domain.reads import day_close as reads
from domain.reads.pay_ledger import booked_on
from domain.rules import day_close as rules
from domain.rules.close_texts import summary
from domain.rules.periods import day_period
from domain.rules.reconcile import reconcile
from domain.rules.trade_bill import Bill, parse_bill
from domain.services.daily_report import notify_owners_once

log = logging.getLogger(__name__)

JOB = "day_close"
# WeChat Pay makes the day's bill from 09:00 the next morning; until it is there the scheduled
# close waits, and this long after its hour it is sent without the bill, saying so.
GIVE_UP_AFTER = timedelta(hours=3)
# WeChat Pay's answer for a day with no trade and no refund: there is no bill to make.
NO_BILL = "NO_STATEMENT_EXIST"


async def wechat_part(day: date, tz: tzinfo, bill_seconds: float | None = None) -> rules.WeChatPart:
    """The day's trade bill matched with the day's payment ledger, or why it could not be."""
    gateway = pay_port.gateway()
    if gateway is None:
        return rules.WeChatPart(rules.NOT_CONNECTED)
    try:
        bill = parse_bill(await asyncio.wait_for(gateway.trade_bill(day.isoformat()), bill_seconds))
    # The gateway's failures (HTTP, signature, WeChat Pay's codes, a bad file) are the edge's
    # types; whatever it was, the close reports the bill as unavailable and goes on.
    except Exception as exc:
        if getattr(exc, "code", "") != NO_BILL:
            log.warning("no WeChat Pay trade bill for %s: %r", day, exc)
            return rules.WeChatPart(rules.UNAVAILABLE, error=str(exc) or type(exc).__name__)
        bill = Bill((), 0, 0, 0)  # no trade and no refund at WeChat Pay that day
    return rules.WeChatPart(rules.MATCHED, reconcile(bill, await booked_on(day, tz)))


async def close_day(
    day: date, tz: tzinfo, now: datetime, bill_timeout: float | None = None
) -> rules.DayClose:
    """The whole close of a station day, as of the end of it (or `now`, if earlier)."""
    period = day_period(day, tz)
    cut = min(period.end, now)
    wechat = await wechat_part(day, tz, bill_timeout)
    couriers, receivables = await reads.cash_and_receivables(period)
    tickets = await reads.tickets_owed(cut)
    deposits = await reads.deposits_held(cut)
    return rules.DayClose(day, cut, wechat, couriers, receivables, tickets, deposits)


async def send_day_close(now: datetime, tz: tzinfo, close_at: time) -> bool:
    """Close yesterday and send owners the summary, once across every scheduler."""
    local = now.astimezone(tz)
    if local.time() < close_at:
        return False
    day = local.date() - timedelta(days=1)
    if await JobRun.exists(name=JOB, key=day.isoformat()):
        return False
    close = await close_day(day, tz, now)
    waited = local - datetime.combine(local.date(), close_at, tz)
    if close.wechat.state == rules.UNAVAILABLE and waited < GIVE_UP_AFTER:
        return False  # the bill may not be made yet: the next run tries again
    return await notify_owners_once(JOB, day.isoformat(), summary(close), now)
