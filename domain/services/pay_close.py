"""Closing a day's WeChat Pay books: the trade bill matched against our ledger (docs/PAY.md).

Reads only: nothing is changed, each difference is reported for a person to look at.
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from domain.infra import pay_port
from domain.reads.pay_ledger import booked_on
from domain.rules.reconcile import Matched, reconcile
from domain.rules.trade_bill import parse_bill


class PayNotConnected(Exception):
    """WeChat Pay is not configured: there is no bill to close against."""


async def close_day(day: date, tz: ZoneInfo) -> Matched:
    """Download the day's bill and match it with the day's ledger rows."""
    gateway = pay_port.gateway()
    if gateway is None:
        raise PayNotConnected("WATERBOT_PAY_MCHID is not set")
    bill = parse_bill(await gateway.trade_bill(day.isoformat()))
    return reconcile(bill, await booked_on(day, tz))
