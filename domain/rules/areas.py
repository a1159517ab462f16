"""Which area (小区 / building complex) an address belongs to, from its text alone.

Orders keep a snapshot of the address text, not a community field, so sales by area are grouped
by a name read off that text: the longest served community it mentions, else everything before
the first digit ("翠湖小区8栋1201" -> "翠湖小区"), which is how Chinese addresses name the complex
before the building and room numbers.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

UNKNOWN = "未知"
_LEAD = re.compile(r"^\D+")
_TRAILING = re.compile(r"[\s,,\-—#]+$")


def area_of(text: str, communities: Iterable[str] = ()) -> str:
    """The area name for an address text."""
    text = text.strip()
    served = [name for name in communities if name and name in text]
    if served:
        return max(served, key=len)
    found = _LEAD.match(text)
    lead = _TRAILING.sub("", found.group(0)) if found else ""
    return lead or UNKNOWN
