"""A station day's close (日结对账): every book of the day side by side. Pure.

WeChat Pay's trade bill against the payment ledger (`reconcile`), each courier's cash taken at
the door against the cash he handed in, the receivables (cash short at the door), and what the
station owes at the end of the day: tickets outstanding and bucket deposits held, both summed
from their ledgers. Differences are what a person must look at: a WeChat Pay mismatch, a bill
that could not be had, a courier whose cash and hand-in differ.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta

from domain.rules.reconcile import Matched

# What the WeChat Pay part of the close could do.
MATCHED, NOT_CONNECTED, UNAVAILABLE = "matched", "not_connected", "unavailable"


@dataclass(frozen=True)
class WeChatPart:
    """The trade bill against the ledger, or why there is no such comparison."""

    state: str  # MATCHED, NOT_CONNECTED (no WATERBOT_PAY_*), UNAVAILABLE (no bill)
    matched: Matched | None = None
    error: str = ""

    @property
    def differences(self) -> int:
        """Mismatches found, or one for a bill that could not be had."""
        if self.state == UNAVAILABLE:
            return 1
        return len(self.matched.mismatches) if self.matched else 0


@dataclass(frozen=True)
class CourierCash:
    """One courier's cash that day: taken at the door (net of refunds paid out) vs handed in."""

    userid: str
    name: str
    orders: int
    collected_fen: int
    handed_in_fen: int

    @property
    def gap_fen(self) -> int:
        """Still with the courier (negative: he handed in more than he took)."""
        return self.collected_fen - self.handed_in_fen


@dataclass(frozen=True)
class Receivables:
    """Cash short at the door: left owing that day, and owed now whenever delivered."""

    short_fen: int
    short_orders: int
    owed_fen: int
    owed_orders: int


@dataclass(frozen=True)
class TicketsOwed:
    """Tickets of one product outstanding at the end of the day, at the unit price."""

    sku: str
    name: str
    count: int
    unit_price_fen: int

    @property
    def value_fen(self) -> int:
        """The station's liability in water."""
        return self.count * self.unit_price_fen


@dataclass(frozen=True)
class DepositsHeld:
    """Buckets out and their deposit at the end of the day, from the bucket ledger."""

    buckets: int
    paid_buckets: int
    deposit_fen: int
    customers: int


@dataclass(frozen=True)
class DayClose:
    """The whole close of one station day."""

    day: date
    cut: datetime  # end of the day, or now while the day is not over
    wechat: WeChatPart
    couriers: tuple[CourierCash, ...]
    receivables: Receivables
    tickets: tuple[TicketsOwed, ...]
    deposits: DepositsHeld

    @property
    def couriers_off(self) -> tuple[CourierCash, ...]:
        """Couriers whose cash and hand-in differ."""
        return tuple(c for c in self.couriers if c.gap_fen)

    @property
    def differences(self) -> int:
        """Everything a person must look at; 0 when the books agree."""
        return self.wechat.differences + len(self.couriers_off)

    @property
    def tickets_fen(self) -> int:
        """All outstanding tickets at their unit price."""
        return sum(t.value_fen for t in self.tickets)


def courier_cash(
    collected: dict[str, tuple[str, int, int]], handed: dict[str, tuple[str, int]]
) -> tuple[CourierCash, ...]:
    """Join cash taken (userid: name, orders, fen) with hand-ins (userid: name, fen)."""
    rows = []
    for userid in sorted(collected.keys() | handed.keys()):
        name, orders, fen = collected.get(userid, (handed.get(userid, ("", 0))[0], 0, 0))
        rows.append(CourierCash(userid, name, orders, fen, handed.get(userid, ("", 0))[1]))
    return tuple(sorted(rows, key=lambda r: (-r.collected_fen, r.userid)))


_DAY = re.compile(r"^(?:(\d{4})[-/.年])?(\d{1,2})[-/.月](\d{1,2})日?$")
_RELATIVE = {"": 1, "昨天": 1, "昨日": 1, "今天": 0, "今日": 0, "前天": 2}


def parse_day(text: str, today: date) -> date | None:
    """昨天 (or nothing) / 今天 / 前天 / 11-24 / 11月24日 / 2026-11-24; None when not a day.

    A month and day without a year is the latest such day not after today.
    """
    text = text.strip()
    if text in _RELATIVE:
        return today - timedelta(days=_RELATIVE[text])
    found = _DAY.match(text)
    if not found:
        return None
    year = int(found[1]) if found[1] else today.year
    try:
        day = date(year, int(found[2]), int(found[3]))
        if not found[1] and day > today:
            day = date(year - 1, day.month, day.day)
    except ValueError:
        return None
    return day
