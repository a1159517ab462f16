"""Text as the station stores it: one pure rule for every name, note, address and complaint.

Control characters, bidirectional overrides (U+202A-U+202E, U+2066-U+2069) and zero-width or
other invisible format characters are dropped: they make a name display as something else
(an order for "张三\u202e" reads backwards in the courier's card) and compare unequal to what
staff type when they search. Line and paragraph separators count as line breaks.
"""

from __future__ import annotations

import re
import unicodedata

DROPPED_CATEGORIES = frozenset({"Cc", "Cf", "Cs"})  # controls, format, lone surrogates
LINE_BREAKS = re.compile(r"\r\n|[\r\n\u2028\u2029\x0b\x0c\x85]")
SPACES = re.compile(r"[^\S\n]+")  # whitespace runs other than a line break


def clean_text(raw: str, *, multiline: bool = False) -> str:
    """NFC text without invisible or control characters, spaces collapsed, ends trimmed.

    Line breaks survive only in multi-line text (notes, complaints); elsewhere they become
    spaces.
    """
    text = LINE_BREAKS.sub("\n" if multiline else " ", unicodedata.normalize("NFC", raw))
    text = text.replace("\t", " ")
    kept = "".join(
        ch for ch in text if ch == "\n" or unicodedata.category(ch) not in DROPPED_CATEGORIES
    )
    lines = (SPACES.sub(" ", line).strip() for line in kept.split("\n"))
    return "\n".join(lines).strip("\n") if multiline else SPACES.sub(" ", kept).strip()
