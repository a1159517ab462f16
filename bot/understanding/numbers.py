"""Chinese and Arabic numerals as customers type them: 两, 俩, 十二, 二十, 半打, 12."""

from __future__ import annotations

DIGITS: dict[str, int] = {
    "零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "俩": 2, "仨": 3, "三": 3, "四": 4,
    "五": 5, "六": 6, "七": 7, "八": 8, "九": 9,
}
_UNITS: dict[str, int] = {"十": 10, "百": 100}

# Regex fragment matching one numeral (Arabic or Chinese); callers validate with parse_number.
NUMBER_RE = r"(?:\d{1,4}|[零〇一二两俩仨三四五六七八九十百]{1,4})"


def parse_number(text: str) -> int | None:
    """Return the integer a numeral spells, or None when it is not a well-formed numeral."""
    text = text.strip()
    if not text:
        return None
    if text.isascii():
        return int(text) if text.isdigit() else None
    if text == "半打":
        return 6
    if all(ch in DIGITS for ch in text):
        return _digit_string(text)
    return _positional(text)


def _digit_string(text: str) -> int | None:
    if len(text) == 1:
        return DIGITS[text]
    # 两/俩 never appear inside a digit-by-digit number; "两三" is a range, not 23.
    if any(ch in "两俩仨" for ch in text):
        return None
    return int("".join(str(DIGITS[ch]) for ch in text))


def _positional(text: str) -> int | None:
    total = 0
    pending: int | None = None
    last_unit = 1000
    for ch in text:
        if ch in "零〇" and pending is None and last_unit < 1000:
            continue  # 一百零五: the zero only marks a skipped place
        if ch in DIGITS:
            if pending is not None:
                return None
            pending = DIGITS[ch]
        elif ch in _UNITS:
            unit = _UNITS[ch]
            if unit >= last_unit:
                return None
            total += (1 if pending is None else pending) * unit
            pending, last_unit = None, unit
        else:
            return None
    return total + (pending or 0)
