"""Small slots: payment method, 'same as last time', redeem codes and order numbers."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.text import Span

_PAYMENTS: tuple[tuple[str, re.Pattern[str]], ...] = (
    # 不用水票 / 水票留着 decline tickets: they name no payment (slot_words.keeps_tickets).
    ("ticket", re.compile(
        r"(?<!不用)(?<!不要)(?<!别用)(?<!不要用)(?<!不使用)(?<!不想用)"
        r"水票(?!套餐|先?留着|不用|别用|不扣|别扣|不想用)|(?<![不别])用票|(?<![不别])扣票|刷票|票付|电子票"
    )),
    ("balance", re.compile(r"余额|储值")),
    ("cash", re.compile(r"现金|货到付款|到付|付现|现付")),
    ("wechat_pay", re.compile(r"微信支付|微信付|微信转账|微信扫码|用微信|微信结")),
)
_REPEAT_RE = re.compile(
    r"老样子|照旧|老规矩|还是一样|原样|同上次"
    r"|(?:跟|和|同|按|照|像)(?:上次|上回|上一次|以前|之前|平时|往常|原来)(?:一样|那样|的一样|的来|的)?"
    r"(?![^,.!?]{0,3}地址)"
)
_CODE_KEY_RE = re.compile(
    r"兑换码|兑换券|兑换|券码|激活码|卡密|提货码|电子票码|票码|(?<![号密维扫条起页尺编价])码|code",
    re.I,
)
# A printed e-ticket code is groups of 4 joined by dashes: K7QX-9M2P-4TZA.
_DASHED_CODE_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z0-9]{4}(?:-[A-Za-z0-9]{4}){2,}(?![A-Za-z0-9])"
)
_CODE_GROUP_RE = re.compile(r"[A-Za-z0-9]+")
# A printed code is 12 characters (domain/rules/ticket_codes.py); customers copy it in groups,
# after whatever word their card uses (卡号, 券号, 序列号, 密码 …): any run of groups of 3 to 6
# separated by spaces or dashes that adds up to 12 and mixes letters and digits is one.
CODE_LENGTH = 12
_GROUP_RUN_RE = re.compile(
    r"(?<![A-Za-z0-9])[A-Za-z0-9]+(?:[\s\-_]+[A-Za-z0-9]+)*(?![A-Za-z0-9])"
)
_CODE_SEP_RE = re.compile(r"[\s\-_]*")
_CODE_LEAD_RE = re.compile(r"[^A-Za-z0-9,.!?]{0,8}")  # 兑换一下 / 码是: / 兑换码
_BARE_CODE_RE = re.compile(r"\s*[A-Za-z0-9]{4,}(?:[\s\-_]+[A-Za-z0-9]{3,}){1,}\s*")
_ORDER_KEY_RE = re.compile(
    r"(?:订单|单号|单子|编号|order)(?:号|编号)?\s*(?:是|为|:|#|no\.?)?\s*(\d{3,})", re.I
)
_LONG_DIGITS_RE = re.compile(r"(?<![\dA-Za-z])(\d{8,})(?![\dA-Za-z])")
_PHONE_RE = re.compile(r"1[3-9]\d{9}")
_PHONE_WORDS = ("电话", "手机", "号码", "tel", "联系")


@dataclass(frozen=True)
class Found:
    """A slot value and the spans of text it took."""

    value: str | None
    spans: tuple[Span, ...] = ()


def read_payment(text: str) -> Found:
    """Payment methods the message names, first-named first (value: comma-joined)."""
    found: list[tuple[int, str]] = []
    spans: list[Span] = []
    for method, pattern in _PAYMENTS:
        matches = list(pattern.finditer(text))
        if matches:
            found.append((matches[0].start(), method))
            spans.extend(m.span() for m in matches)
    if not found:
        return Found(None)
    return Found(",".join(method for _, method in sorted(found)), tuple(spans))


def read_repeat(text: str) -> Found:
    """'same as last time': value "yes" when asked for."""
    spans = tuple(m.span() for m in _REPEAT_RE.finditer(text))
    return Found("yes" if spans else None, spans)


def read_code(text: str) -> str | None:
    """A printed e-ticket code after 兑换/兑换码 (or a message that is only a code), normalised."""
    for key in _CODE_KEY_RE.finditer(text):
        lead = _CODE_LEAD_RE.match(text, key.end())
        code = _code_groups(text, lead.end() if lead else key.end())
        if code is not None:
            return code
    grouped = _grouped_code(text)
    if grouped is not None:
        return grouped
    dashed = _DASHED_CODE_RE.search(text)
    if dashed is not None and any(ch.isdigit() for ch in dashed.group()):
        return dashed.group().replace("-", "").upper()
    if _BARE_CODE_RE.fullmatch(text):
        code = _code_groups(text, len(text) - len(text.lstrip()))
        if code is not None and any(ch.isalpha() for ch in code) and any(
            ch.isdigit() for ch in code
        ):
            return code
    return None


def _grouped_code(text: str) -> str | None:
    """K7QX 9M2P 4TZA / k7qx9m 2p4tza / K7QX9M2P4TZA anywhere in the message."""
    for run in _GROUP_RUN_RE.finditer(text):
        groups = _CODE_GROUP_RE.findall(run.group())
        for first in range(len(groups)):
            code = _twelve(groups[first:])
            if code is not None:
                return code
    return None


def _twelve(groups: list[str]) -> str | None:
    """The code the leading groups spell: one group of 12, or groups of 3 to 6 adding up to 12
    (the last may be shorter: K7QX 9M2P 4TZ A)."""
    if len(groups[0]) == CODE_LENGTH:
        return groups[0].upper() if _mixed(groups[0], 2) else None
    joined = ""
    for group in groups:
        short = not 3 <= len(group) <= 6
        if short and (len(group) > 6 or len(joined) + len(group) != CODE_LENGTH):
            return None
        joined += group
        if len(joined) >= CODE_LENGTH:
            break
    return joined.upper() if len(joined) == CODE_LENGTH and _mixed(joined, 1) else None


def _mixed(code: str, least: int) -> bool:
    """At least `least` letters and as many digits: a code, not a word or a phone number."""
    letters = sum(ch.isalpha() for ch in code)
    return letters >= least and len(code) - letters >= least


def _code_groups(text: str, pos: int) -> str | None:
    """Join groups written with spaces or dashes (hw3n 8rtd ya6q); stop at ordinary words."""
    first = _CODE_GROUP_RE.match(text, pos)
    if first is None:
        return None
    groups = [first.group()]
    pos = first.end()
    while True:
        sep = _CODE_SEP_RE.match(text, pos)
        nxt = _CODE_GROUP_RE.match(text, sep.end()) if sep and sep.end() > pos else None
        if nxt is None:
            break
        group = nxt.group()
        if not (any(ch.isdigit() for ch in group) or len(group) == len(groups[0])):
            break
        groups.append(group)
        pos = nxt.end()
    code = "".join(groups).upper()
    return code if len(code) >= 6 else None


def read_order_ref(text: str) -> str | None:
    """An order number: digits after 订单/单号, or a long run of digits that is not a phone."""
    keyed = _ORDER_KEY_RE.search(text)
    if keyed is not None:
        return keyed.group(1)
    for match in _LONG_DIGITS_RE.finditer(text):
        digits = match.group(1)
        before = text[max(match.start() - 6, 0):match.start()].lower()
        if _PHONE_RE.fullmatch(digits) or any(w in before for w in _PHONE_WORDS):
            continue
        return digits
    return None
