"""Text helpers shared by the extractors: width normalisation and span masking."""

from __future__ import annotations

from collections.abc import Iterable

# Written into a copy of the text over spans an extractor has claimed, so later extractors see
# a hard boundary there while every offset stays the same.
MASK = "\x1f"

Span = tuple[int, int]

_FULL_TO_HALF = {code: code - 0xFEE0 for code in range(0xFF01, 0xFF5F)}
_FULL_TO_HALF[0x3000] = 0x20  # ideographic space
# Chinese punctuation that has no full-width ASCII twin; mapped one-to-one to keep offsets.
_FULL_TO_HALF.update({ord(k): ord(v) for k, v in {
    "。": ".", "、": ",", "～": "~", "—": "-", "–": "-", "－": "-", "〜": "~",
    "「": '"', "」": '"', "『": '"', "』": '"', "【": "[", "】": "]", "〖": "[", "〗": "]",
    "“": '"', "”": '"', "‘": "'", "’": "'", "…": ".",
}.items()})


def normalize(text: str) -> str:
    """Map full-width forms to ASCII one character for one character (offsets are kept)."""
    return text.translate(_FULL_TO_HALF)


def mask(text: str, spans: Iterable[Span]) -> str:
    """Return `text` with every character inside `spans` replaced by MASK."""
    chars = list(text)
    for start, end in spans:
        for i in range(max(start, 0), min(end, len(chars))):
            chars[i] = MASK
    return "".join(chars)
