"""Times of day: parts of the day, clock times (X点, X点半, X点前/后, X点到Y点), 尽快, N分钟内."""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import timedelta

from bot.understanding.numbers import parse_number

DAY_START = 8 * 60  # minutes after midnight; a bare day is [08:00, 21:00)
DAY_END = 21 * 60

PARTS: dict[str, tuple[int, int]] = {
    "一大早": (7 * 60, 9 * 60), "一早": (7 * 60, 9 * 60), "早上": (7 * 60, 9 * 60),
    "早晨": (7 * 60, 9 * 60), "清晨": (7 * 60, 9 * 60), "上午": (8 * 60, 12 * 60),
    "中午": (11 * 60, 13 * 60), "下午": (13 * 60, 18 * 60), "傍晚": (17 * 60, 19 * 60),
    "晚上": (18 * 60, 21 * 60), "晚间": (18 * 60, 21 * 60), "夜里": (18 * 60, 21 * 60),
}
# Parts after which an hour below 12 is read as afternoon/evening (下午3点 = 15:00).
_LATE_PARTS = {"下午", "傍晚", "晚上", "晚间", "夜里"}
# Parts after which a small hour stays in the morning (早上6点 = 06:00).
_EARLY_PARTS = {"一大早", "一早", "早上", "早晨", "清晨", "上午"}

_PART = "|".join(sorted(PARTS, key=len, reverse=True))
_HOUR = r"(?:\d{1,2}|[零一二两三四五六七八九十]{1,3})"
_TICK = r"(?:点钟?|:(?P<{m}>\d{{2}}))"
_RANGE_RE = re.compile(
    rf"(?P<p1>{_PART})?(?<![\d.:])(?P<h1>{_HOUR}){_TICK.format(m='m1')}?(?P<half1>半)?"
    rf"\s*(?:到|至|-|~|—)\s*(?P<p2>{_PART})?(?P<h2>{_HOUR}){_TICK.format(m='m2')}(?P<half2>半)?"
    r"(?:之间|左右)?"
)
_SINGLE_RE = re.compile(
    rf"(?P<p>{_PART})?(?<![\d.:])(?P<h>{_HOUR}){_TICK.format(m='m')}"
    r"(?P<half>半|一刻|三刻|(?P<min>\d{1,2}|[一二三四五六七八九十]{1,3})分)?"
    r"(?:左右|前后|多|钟)?(?P<mod>之前|以前|前|之后|以后|后)?"
)
_NOW_RE = re.compile(r"尽快|尽早|马上|现在|赶紧|立刻|立即|赶快|越快越好|即刻")
_WITHIN_RE = re.compile(
    r"(?P<n>\d{1,3}|[一二两三四五六七八九十]{1,3}|半)个?(?P<half>半)?个?"
    r"(?P<unit>小时|钟头|分钟|分)(?:之内|以内|内)"
)
_PART_RE = re.compile(_PART)
# 快一点 / 便宜一点 / 来一点: "一点" here means "a little", not one o'clock.
_NOT_ONE_OCLOCK_BEFORE = set("快早晚慢多少便宜好大小近远稍再差来要喝有给加点轻重高低短长")


@dataclass(frozen=True)
class ClockMatch:
    """A clock expression as minutes after midnight, with where it was written."""

    start_min: int
    end_min: int
    start: int
    end: int


@dataclass(frozen=True)
class PartMatch:
    """A part of the day (上午, 下午 …) and where it was written."""

    name: str
    start: int
    end: int


def find_parts(text: str) -> list[PartMatch]:
    """Every part-of-day word in `text`."""
    return [
        PartMatch(m.group(), m.start(), m.end())
        for m in _PART_RE.finditer(text)
        if not text.startswith("好", m.end())  # 早上好 is a greeting, not a time
    ]


def find_clock(text: str, context_part: str | None) -> ClockMatch | None:
    """The first clock time in `text`; `context_part` is a part of day named elsewhere."""
    for match in _RANGE_RE.finditer(text):
        found = _range(match, text, context_part)
        if found is not None:
            return found
    for match in _SINGLE_RE.finditer(text):
        found = _single(match, text, context_part)
        if found is not None:
            return found
    return None


def find_relative(text: str) -> tuple[timedelta, tuple[int, int]] | None:
    """尽快/马上 (one hour) or 半小时内/N分钟内: the length of the window and its span."""
    within = _WITHIN_RE.search(text)
    if within is not None:
        minutes = _within_minutes(within)
        if minutes:
            return timedelta(minutes=minutes), within.span()
    now_word = _NOW_RE.search(text)
    if now_word is not None:
        return timedelta(hours=1), now_word.span()
    return None


def _within_minutes(match: re.Match[str]) -> int | None:
    raw = match.group("n")
    hour_unit = match.group("unit") in ("小时", "钟头")
    if raw == "半":
        return 30 if hour_unit else None
    n = parse_number(raw)
    if n is None:
        return None
    if hour_unit:
        return n * 60 + (30 if match.group("half") else 0)
    return n


def _hour(raw: str, part: str | None, text: str, pos: int) -> int | None:
    hour = parse_number(raw)
    if hour is None or not 0 <= hour <= 24:
        return None
    if raw == "一" and pos > 0 and text[pos - 1] in _NOT_ONE_OCLOCK_BEFORE:
        return None
    if part in _LATE_PARTS and hour < 12:
        return hour + 12
    if part not in _EARLY_PARTS and 1 <= hour <= 6:
        return hour + 12  # a bare 1–6 (or 中午1点) is afternoon: nobody gets water at 3 a.m.
    return hour


def _minutes(match: re.Match[str], minute_group: str, half_group: str) -> int:
    if match.group(minute_group):
        return min(int(match.group(minute_group)), 59)
    return 30 if match.group(half_group) else 0


def _range(match: re.Match[str], text: str, context: str | None) -> ClockMatch | None:
    first_part = match.group("p1") or context
    second_part = match.group("p2") or first_part
    h1 = _hour(match.group("h1"), first_part, text, match.start("h1"))
    h2 = _hour(match.group("h2"), second_part, text, match.start("h2"))
    if h1 is None or h2 is None:
        return None
    start = h1 * 60 + _minutes(match, "m1", "half1")
    end = h2 * 60 + _minutes(match, "m2", "half2")
    if end <= start and h2 < 12 and second_part not in _EARLY_PARTS:
        end += 12 * 60  # 10点到1点: the second hour is past noon
    return ClockMatch(start, end, match.start(), match.end())


def _single(match: re.Match[str], text: str, context: str | None) -> ClockMatch | None:
    if match.group("h") == "一" and text[match.end("h"):match.end("h") + 2] in ("点儿", "点点"):
        return None
    hour = _hour(match.group("h"), match.group("p") or context, text, match.start("h"))
    if hour is None:
        return None
    at = hour * 60 + _single_minutes(match)
    mod = match.group("mod")
    if mod in ("之前", "以前", "前"):
        start, end = DAY_START, at
    elif mod in ("之后", "以后", "后"):
        start, end = at, DAY_END
    else:
        start, end = at, at + 60
    return ClockMatch(start, end, match.start(), match.end())


def _single_minutes(match: re.Match[str]) -> int:
    half = match.group("half")
    if match.group("m"):
        return min(int(match.group("m")), 59)
    if not half:
        return 0
    if half == "半":
        return 30
    if half == "一刻":
        return 15
    if half == "三刻":
        return 45
    minute = parse_number(match.group("min"))
    return min(minute or 0, 59)
