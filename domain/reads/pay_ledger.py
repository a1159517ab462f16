"""Our WeChat Pay ledger for one station day, as the reconciliation reads it."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta, tzinfo

from domain.models import PaymentEntry
from domain.rules.reconcile import Booked

SLACK = timedelta(days=1)  # SQLite compares ISO text; the exact cut is made in Python


async def booked_on(day: date, tz: tzinfo) -> list[Booked]:
    """Every payment and refund the ledger booked during `day` (station time)."""
    start = datetime.combine(day, time(), tz)
    end = start + timedelta(days=1)
    rows = await PaymentEntry.filter(at__gte=start - SLACK, at__lt=end + SLACK).prefetch_related(
        "payment"
    )
    return [
        Booked(row.kind, row.reference, row.payment.out_trade_no, abs(row.amount_fen))
        for row in rows
        if start <= row.at < end
    ]
