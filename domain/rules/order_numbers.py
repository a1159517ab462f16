"""Order numbers as people type them: in full (20261124003) or by their tail (3, 03, 003, #003).

One rule for every place a number is typed — a courier's 送达 003, an owner's 订单 #003 or
派 3, a customer's 订单 003 到哪了 — so a short number means the same thing everywhere. Which
orders a short number may name is the caller's to say: candidates in groups, nearest first
(a courier's open tasks, then his recent ones; for an owner today's orders, then the open ones).
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from domain.rules.errors import InvalidInput

# A full order number is YYYYMMDDNNN (11 digits or more); anything shorter is its tail.
FULL_NUMBER_DIGITS = 11
SHORT_DIGITS = 3
# How a number is typed inside a command (送达 #003 回桶 2): a hash, then up to 16 digits.
TYPED_NUMBER = r"[#＃]?\s*\d{1,16}"
_TYPED = re.compile(r"^[#＃№]?\s*(?:no\.?\s*)?(\d{1,16})\s*号?$", re.I)


def read_number(said: str) -> str | None:
    """The digits of a typed order number ('#003', '＃3', '003号', ' 20261124003 '), or None."""
    found = _TYPED.match(said.strip())
    return found.group(1) if found else None


def is_full(digits: str) -> bool:
    """A whole order number rather than its tail."""
    return len(digits) >= FULL_NUMBER_DIGITS


def match_number(said: str, numbers: Sequence[str]) -> list[str]:
    """Order numbers among `numbers` that `said` names: a full number exactly, a short one by
    its tail (7, 07 and 007 all name …007)."""
    digits = read_number(said)
    if digits is None:
        return []
    if is_full(digits):
        return [n for n in numbers if n == digits]
    tail = digits.zfill(SHORT_DIGITS)
    return [n for n in numbers if n.endswith(tail)]


def pick_number(said: str, groups: Iterable[Sequence[str]]) -> str | None:
    """The order `said` names: a full number as it is, a short one from the first group that
    has it; None when no group has it.

    A full number is not checked against the groups: the caller's look-up says whether it
    exists and is theirs. Two matches in one group are refused (say the whole number).
    """
    digits = read_number(said)
    if digits is None:
        raise InvalidInput(f"{said!r} is not an order number", message=f"“{said}”不是订单号")
    if is_full(digits):
        return digits
    for group in groups:
        found = match_number(digits, group)
        if len(found) > 1:
            raise InvalidInput(
                f"{said} matches {found}", message=f"有几个订单都以 {digits} 结尾,请发完整单号"
            )
        if found:
            return found[0]
    return None


def pick_listed(said: str, listed: Sequence[str]) -> str | None:
    """The order picked from a numbered list the customer was shown: its position (1, 2 …) or
    one of the listed numbers as written; None for anything else."""
    text = said.strip()
    if text in listed:
        return text
    if text.isdigit() and 1 <= int(text) <= len(listed):
        return listed[int(text) - 1]
    return None


def short_number(number: str) -> str:
    """The short form shown on cards and lists: the last three digits."""
    return number[-SHORT_DIGITS:]
