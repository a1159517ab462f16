"""The owners' daily report: yesterday's orders, buckets and money, sent once to WeCom.

The figures come from `domain.reads.stats` (the same numbers the owner's 昨日 command shows); the
report is claimed per day in `job_run`, so however many schedulers fire, it goes out once.
"""

from __future__ import annotations

import logging
from datetime import date, datetime, timedelta, tzinfo

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from domain.models import JobRun
from domain.reads.stats import figures
from domain.rules import reminder_texts as t
from domain.rules.labels import PAYMENT_METHODS
from domain.rules.periods import day_period
from domain.rules.pricing import yuan
from domain.rules.reminder_rules import ReminderPolicy
from domain.services.reminder_outcomes import reminder_report
from domain.services.requests import notify_staff

log = logging.getLogger(__name__)

JOB = "daily_report"


async def report_text(day: date, tz: tzinfo, policy: ReminderPolicy | None = None) -> str:
    """The report for one station day, as the short text owners read."""
    period = day_period(day, tz)
    f = await figures(period)
    lines = [
        t.REPORT_HEAD.format(day=f"{day.month}月{day.day}日"),
        t.REPORT_ORDERS.format(
            orders=f.orders_placed,
            delivered=f.orders_delivered,
            buckets=f.buckets_delivered,
            empties=f.empties_collected,
        ),
        t.REPORT_MONEY_HEAD,
    ]
    money = (("cash", f.cash_fen), ("wechat_pay", f.scan_fen), ("balance", f.balance_fen))
    lines += [
        t.REPORT_MONEY_LINE.format(method=PAYMENT_METHODS[method], amount=yuan(fen))
        for method, fen in money
        if fen
    ]
    if f.tickets_redeemed:
        lines.append(t.REPORT_TICKETS_LINE.format(tickets=f.tickets_redeemed))
    if len(lines) == 3:
        lines.append(t.REPORT_NO_MONEY)
    if f.deposit_fen:  # owed back when the buckets return: beside the income, never in it
        lines.append(t.REPORT_DEPOSIT.format(amount=yuan(f.deposit_fen)))
    reminders = await reminder_report(period.start, period.end)
    if reminders.sent:
        days = (policy or ReminderPolicy()).outcome_window.days
        lines.append(
            t.REPORT_REMINDERS.format(sent=reminders.sent, ordered=reminders.ordered, days=days)
        )
    return "\n".join(lines)


async def send_daily_report(
    now: datetime, tz: tzinfo, policy: ReminderPolicy | None = None
) -> bool:
    """Send yesterday's report to every owner unless some scheduler already did."""
    day = now.astimezone(tz).date() - timedelta(days=1)
    if await JobRun.exists(name=JOB, key=day.isoformat()):
        return False
    text = await report_text(day, tz, policy)
    if not await notify_owners_once(JOB, day.isoformat(), text, now):
        return False
    log.info("daily report for %s sent", day)
    return True


async def notify_owners_once(job: str, key: str, text: str, now: datetime) -> bool:
    """Send `text` to every owner under the claim (job, key); False when already claimed."""
    try:
        async with in_transaction() as conn:
            # The unique (name, key) row is the claim: a second scheduler's insert fails and
            # its messages roll back with it.
            await JobRun.create(name=job, key=key, using_db=conn)
            owners = await notify_staff(conn, text, now, ("owner",))
    except IntegrityError:
        return False
    log.info("%s %s sent to %d owner(s)", job, key, owners)
    return True
