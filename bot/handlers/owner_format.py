"""Small formatting helpers shared by the owner commands: days, periods, order items."""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, datetime, timedelta
from typing import Protocol

from bot import texts
from domain.rules.periods import Period


def date_text(day: date) -> str:
    """11月24日."""
    return texts.DAY_RANGE.format(month=day.month, day=day.day)


def day_text(moment: datetime, now: datetime) -> str:
    """11月24日, in the station's time zone."""
    return date_text(moment.astimezone(now.tzinfo).date())


def stamp(moment: datetime, now: datetime) -> str:
    """11-24 10:05, in the station's time zone."""
    return f"{moment.astimezone(now.tzinfo):%m-%d %H:%M}"


def span_text(period: Period) -> str:
    """11月24日 / 11月23日–11月29日 / 2026年11月."""
    if period.kind == "month":
        return texts.MONTH_TITLE.format(year=period.start.year, month=period.start.month)
    first = day_text(period.start, period.start)
    if period.days == 1:
        return first
    return f"{first}–{day_text(period.end - timedelta(seconds=1), period.start)}"


class NamedLine(Protocol):
    """An order line as the owner reads it: a product's name and how many."""

    @property
    def name(self) -> str: ...

    @property
    def quantity(self) -> int: ...


def items_text(lines: Iterable[NamedLine]) -> str:
    """农夫山泉天然水 19L×2、怡宝纯净水 18.9L×1."""
    return "、".join(f"{line.name}×{line.quantity}" for line in lines)
