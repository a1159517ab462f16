"""Day expressions: 今天/明天/后天/大后天, 周X/星期X/礼拜X, 下周X, X号, M月D号, 下个月X号."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from bot.understanding.numbers import NUMBER_RE, parse_number

WEEKDAYS: dict[str, int] = {
    "一": 0, "二": 1, "三": 2, "四": 3, "五": 4, "六": 5, "日": 6, "天": 6, "七": 6,
    "1": 0, "2": 1, "3": 2, "4": 3, "5": 4, "6": 5, "7": 6,
}

# Offset in days, and the part of day a compound word carries (今晚 = 今天 + 晚上).
RELATIVE_DAYS: dict[str, tuple[int, str | None]] = {
    "大后天": (3, None), "后天": (2, None), "明天": (1, None), "明日": (1, None),
    "明儿": (1, None), "今天": (0, None), "今日": (0, None), "今儿": (0, None),
    "当天": (0, None), "今晚": (0, "晚上"), "今早": (0, "早上"), "今夜": (0, "晚上"),
    "明早": (1, "早上"), "明晚": (1, "晚上"), "明晨": (1, "早上"),
}

_RELATIVE_RE = re.compile("|".join(sorted(RELATIVE_DAYS, key=len, reverse=True)))
_WEEKDAY_RE = re.compile(
    r"(?:(?P<next>下下个?|下个?)|这个?|本)?(?:周|星期|礼拜)(?P<wd>[一二三四五六日天七1-7])"
    r"|(?P<wknext>下个?)?周末"
)
_MONTH_DAY_RE = re.compile(rf"(?P<m>{NUMBER_RE})月份?(?P<d>{NUMBER_RE})(?:号|日)?")
_DAY_OF_MONTH_RE = re.compile(
    rf"(?P<rel>下个?月|这个?月|本月)?(?P<d>{NUMBER_RE})(?:号|日)"
    r"(?!楼|院|门|线|室|房|床|铺|口|店|仓|柜|窗|位|机|车|桌|栋|幢|单元|宿舍|公寓|厂房|地块|馆|厅"
    r"|大院|大楼|大厦|[\dA-Za-z-])"
)
# A number + 号 right after one of these is a house number (人民路88号), not a date.
_PLACE_CHARS = set("路街道巷弄里村园苑城楼栋幢座院区庄厦馆场府湾寓舍心站厂局所校学号室门期")


@dataclass(frozen=True)
class DayMatch:
    """A day the message names, where it was written, and any part of day it implies."""

    day: date
    start: int
    end: int
    part: str | None = None


def find_days(text: str, today: date) -> list[DayMatch]:
    """Every day expression in `text`, in text order."""
    found = _month_days(text, today) + _weekdays(text, today) + _days_of_month(text, today)
    taken = [(m.start, m.end) for m in found]
    for match in _RELATIVE_RE.finditer(text):
        if any(s < match.end() and match.start() < e for s, e in taken):
            continue
        offset, part = RELATIVE_DAYS[match.group()]
        found.append(DayMatch(today + timedelta(days=offset), match.start(), match.end(), part))
    return sorted(found, key=lambda m: m.start)


def _weekdays(text: str, today: date) -> list[DayMatch]:
    found: list[DayMatch] = []
    for match in _WEEKDAY_RE.finditer(text):
        if match.group("wd") is None:  # 周末: the coming Saturday
            weeks = 1 if match.group("wknext") else 0
            day = _weekday_on_or_after(today, 5) if not weeks else _next_week(today, 5, 1)
        else:
            target = WEEKDAYS[match.group("wd")]
            nxt = match.group("next")
            if nxt:
                day = _next_week(today, target, 2 if nxt.startswith("下下") else 1)
            else:
                day = _weekday_on_or_after(today, target)
        found.append(DayMatch(day, match.start(), match.end()))
    return found


def _weekday_on_or_after(today: date, weekday: int) -> date:
    return today + timedelta(days=(weekday - today.weekday()) % 7)


def _next_week(today: date, weekday: int, weeks: int) -> date:
    monday = today - timedelta(days=today.weekday())
    return monday + timedelta(days=7 * weeks + weekday)


def _month_days(text: str, today: date) -> list[DayMatch]:
    found: list[DayMatch] = []
    for match in _MONTH_DAY_RE.finditer(text):
        month, day = parse_number(match.group("m")), parse_number(match.group("d"))
        if month is None or day is None or not 1 <= month <= 12:
            continue
        when = _safe_date(today.year, month, day)
        if when is not None and when < today:
            when = _safe_date(today.year + 1, month, day)
        if when is not None:
            found.append(DayMatch(when, match.start(), match.end()))
    return found


def _days_of_month(text: str, today: date) -> list[DayMatch]:
    found: list[DayMatch] = []
    for match in _DAY_OF_MONTH_RE.finditer(text):
        before = text[match.start() - 1] if match.start() > 0 else ""
        if before in _PLACE_CHARS or before.isdigit() or before == "月" or before == "第":
            continue
        day = parse_number(match.group("d"))
        if day is None or not 1 <= day <= 31:
            continue
        rel = match.group("rel") or ""
        when = _day_in_month(today, day, skip_this_month=rel.startswith("下"))
        if when is not None:
            found.append(DayMatch(when, match.start(), match.end()))
    return found


def _day_in_month(today: date, day: int, *, skip_this_month: bool) -> date | None:
    """Day `day` of this month, or of the first later month that has it once this one is past."""
    year, month = today.year, today.month + (1 if skip_this_month else 0)
    for _ in range(14):
        year, month = year + (month - 1) // 12, (month - 1) % 12 + 1
        when = _safe_date(year, month, day)
        if when is not None and when >= today:
            return when
        month += 1
    return None


def _safe_date(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None
