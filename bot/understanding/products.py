"""Products and amounts: catalog aliases, numerals with units, and how they pair up."""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Protocol

from bot.understanding.numbers import NUMBER_RE, parse_number
from bot.understanding.text import MASK, Span, mask

# Units a 550 ml case is sold in; any other unit (桶, 个, 套 …) means the big bucket.
BOX_UNITS = frozenset({"箱", "瓶", "件", "提", "罐"})
BUCKET_UNIT = "桶"

_QTY_RE = re.compile(
    rf"(?P<num>{NUMBER_RE})\s*(?:个|只)?\s*[大小整]?(?P<unit>桶|箱|瓶|件|提|套|份|罐)"
    rf"|(?P<num2>{NUMBER_RE})\s*个(?=空?桶|$|[\s,.!?;:~]|吧|啊|呀|了|{MASK})"
    rf"|(?P<dozen>半打|{NUMBER_RE}打)"
    r"|(?<![A-Za-z])[x×X*]\s*(?P<times>\d{1,3})(?!\d)"
    r"|(?<=[来送要订买拿搬给换再])(?P<bare>桶|箱|瓶)(?!装)"
)
_SIZE_RE = re.compile(r"\s*[\d.]+\s*(?:L|l|升|ml|ML|毫升)(?:\s*[×xX*]\s*\d+\s*[瓶罐支])?")
# A product name followed by one of these is a place (景田北路), not the product.
_PLACE_AFTER_RE = re.compile(
    r"[东南西北中]?(?:路|街|大道|小区|花园|村|社区|站|地铁|公园|大厦|广场|片区|苑)"
)
# Generic words that may trail a brand (怡宝纯净水) and belong to the same mention.
_TRAIL_RE = re.compile(r"天然矿泉水|天然水|纯净水|矿泉水|山泉水|桶装水")
_PREFIX_GAP_RE = re.compile(r"[\s的]*")
_POSTFIX_GAP_RE = re.compile(r"[\s的要来送拿订买给再各先也还就都:]*")


class ProductLike(Protocol):
    """What the parser needs to know about a product."""

    @property
    def sku(self) -> str: ...
    @property
    def name(self) -> str: ...
    @property
    def aliases(self) -> tuple[str, ...]: ...
    @property
    def unit(self) -> str: ...


@dataclass(frozen=True)
class AliasTable:
    """Alias -> candidate (sku, unit) pairs in catalog order, plus one regex matching any alias."""

    candidates: dict[str, tuple[tuple[str, str], ...]]
    pattern: re.Pattern[str] | None

    @property
    def words(self) -> list[str]:
        """Every alias (for the tokenizer's user dictionary)."""
        return list(self.candidates)


def build_alias_table(entries: Sequence[ProductLike]) -> AliasTable:
    """Index every alias (and every product name without its size) of `entries`."""
    table: dict[str, list[tuple[str, str]]] = {}
    for entry in entries:
        names = [*entry.aliases, _SIZE_RE.sub("", entry.name).strip()]
        for raw in names:
            alias = "".join(raw.split())
            if len(alias) < 2:
                continue  # one character would match inside unrelated words
            if alias and (entry.sku, entry.unit) not in table.setdefault(alias, []):
                table[alias].append((entry.sku, entry.unit))
    candidates = {alias: tuple(pairs) for alias, pairs in table.items() if pairs}
    if not candidates:
        return AliasTable({}, None)
    ordered = sorted(candidates, key=len, reverse=True)
    pattern = re.compile("|".join(_alias_regex(a) for a in ordered), re.IGNORECASE)
    return AliasTable(candidates, pattern)


def _alias_regex(alias: str) -> str:
    """A Latin-letter alias (Evian) must not match inside a longer word (Evianne)."""
    escaped = re.escape(alias)
    if alias[0].isascii() and alias[0].isalpha():
        escaped = r"(?<![A-Za-z])" + escaped
    if alias[-1].isascii() and alias[-1].isalpha():
        escaped += r"(?![A-Za-z])"
    return escaped


@dataclass
class _Mention:
    start: int
    end: int
    candidates: tuple[tuple[str, str], ...] = ()  # empty for an amount
    quantity: int | None = None
    unit: str | None = None
    partner: _Mention | None = field(default=None, repr=False)

    @property
    def is_product(self) -> bool:
        return bool(self.candidates)


@dataclass(frozen=True)
class ItemReading:
    """Items as (sku or None, quantity) in the order named, and the spans they took.

    `counted` says, item by item, whether the amount was written (两桶怡宝) or assumed (怡宝 is
    one): a dialogue that already knows how many keeps its number when only the product changes.
    """

    items: tuple[tuple[str | None, int], ...]
    spans: tuple[Span, ...]
    product_spans: tuple[Span, ...]
    counted: tuple[bool, ...]


def read_items(text: str, table: AliasTable) -> ItemReading:
    """Find products and amounts in `text` and pair each amount with its product."""
    products = _find_products(text, table)
    amounts = _find_amounts(mask(text, [(m.start, m.end) for m in products]))
    mentions = sorted(products + amounts, key=lambda m: m.start)
    _pair(text, mentions)
    items: list[tuple[int, str | None, int, bool]] = []
    for m in mentions:
        if m.is_product:
            unit = m.partner.unit if m.partner else _nearby_unit(text, m)
            counted = m.partner is not None and bool(m.partner.quantity)
            qty = m.partner.quantity if m.partner and m.partner.quantity else 1
            items.append((m.start, _resolve(m.candidates, unit), qty, counted))
        elif m.partner is None and m.quantity:
            items.append((m.start, None, m.quantity, True))
    spans = tuple((m.start, m.end) for m in mentions)
    product_spans = tuple((m.start, m.end) for m in products)
    ordered = sorted(items, key=lambda i: i[0])
    return ItemReading(
        tuple((sku, qty) for _, sku, qty, _ in ordered),
        spans,
        product_spans,
        tuple(counted for *_, counted in ordered),
    )


def _find_products(text: str, table: AliasTable) -> list[_Mention]:
    if table.pattern is None:
        return []
    found: list[_Mention] = []
    for match in table.pattern.finditer(text):
        if _PLACE_AFTER_RE.match(text, match.end()):
            continue
        alias = match.group()
        pairs = table.candidates.get(alias) or _case_insensitive(table, alias)
        end = match.end()
        trail = _TRAIL_RE.match(text, end)
        if trail is not None:
            end = trail.end()
        mention = _Mention(match.start(), end, pairs)
        if found and _same_product(text, found[-1], mention):
            continue
        found.append(mention)
    return found


def _same_product(text: str, prev: _Mention, mention: _Mention) -> bool:
    """农夫的瓶装水: two names side by side that share a product are one mention (narrowed)."""
    if not _PREFIX_GAP_RE.fullmatch(text, prev.end, mention.start):
        return False
    shared = tuple(c for c in prev.candidates if c in mention.candidates)
    if not shared:
        return False
    prev.end, prev.candidates = mention.end, shared
    return True


def _case_insensitive(table: AliasTable, alias: str) -> tuple[tuple[str, str], ...]:
    for key, pairs in table.candidates.items():
        if key.lower() == alias.lower():
            return pairs
    return ()


def _find_amounts(text: str) -> list[_Mention]:
    found: list[_Mention] = []
    for match in _QTY_RE.finditer(text):
        if match.group("bare"):
            found.append(_Mention(match.start(), match.end(), quantity=1, unit=match.group("bare")))
            continue
        raw = (match.group("num") or match.group("num2") or match.group("dozen")
               or match.group("times"))
        quantity, offset = _quantity(raw)
        if quantity is None or not 0 < quantity < 1000:
            continue
        unit = match.group("unit") or (BUCKET_UNIT if match.group("num2") else None)
        found.append(_Mention(match.start() + offset, match.end(), quantity=quantity, unit=unit))
    return found


def _quantity(raw: str) -> tuple[int | None, int]:
    """Parse `raw`; when a stray character leads it (统一两), drop leading characters."""
    if raw.endswith("打"):
        if raw == "半打":
            return 6, 0
        dozens = parse_number(raw[:-1])
        return (dozens * 12 if dozens else None), 0
    for offset in range(len(raw)):
        value = parse_number(raw[offset:])
        if value is not None:
            return value, offset
    return None, 0


def _pair(text: str, mentions: list[_Mention]) -> None:
    postfix_first = (
        len(mentions) >= 2 and mentions[0].is_product and not mentions[1].is_product
        and _gap(text, mentions[0], mentions[1], _POSTFIX_GAP_RE)
    )
    passes = (_pair_postfix, _pair_prefix) if postfix_first else (_pair_prefix, _pair_postfix)
    for step in passes:
        step(text, mentions)
    _attach_orphans(mentions)


def _gap(text: str, left: _Mention, right: _Mention, gap: re.Pattern[str]) -> bool:
    return gap.fullmatch(text, left.end, right.start) is not None


def _link(product: _Mention, amount: _Mention) -> None:
    product.partner, amount.partner = amount, product


def _pair_prefix(text: str, mentions: list[_Mention]) -> None:
    """两桶怡宝: an amount right before a product."""
    for left, right in itertools.pairwise(mentions):
        if not left.is_product and right.is_product and left.partner is None \
                and right.partner is None and _gap(text, left, right, _PREFIX_GAP_RE):
            _link(right, left)


def _pair_postfix(text: str, mentions: list[_Mention]) -> None:
    """怡宝两桶 / 怡宝和景田各两桶: an amount right after a product."""
    for i, (left, right) in enumerate(itertools.pairwise(mentions)):
        if not (left.is_product and not right.is_product):
            continue
        if left.partner is not None or right.partner is not None:
            continue
        if not _gap(text, left, right, _POSTFIX_GAP_RE):
            continue
        _link(left, right)
        if "各" in text[left.end:right.start]:
            for earlier in mentions[:i]:
                if earlier.is_product and earlier.partner is None:
                    earlier.partner = right


def _attach_orphans(mentions: list[_Mention]) -> None:
    """农夫山泉多少钱一桶: an unpaired amount goes to the nearest product without one."""
    for amount in mentions:
        if amount.is_product or amount.partner is not None:
            continue
        free = [m for m in mentions if m.is_product and m.partner is None]
        if free:
            nearest = min(free, key=lambda m: abs(m.start - amount.start))
            _link(nearest, amount)


def _nearby_unit(text: str, product: _Mention) -> str | None:
    """农夫山泉瓶装 / 箱装农夫山泉 / 农夫山泉550ml: a unit written next to the product."""
    around = text[max(product.start - 3, 0):product.start] + text[product.end:product.end + 4]
    for ch in around:
        if ch in BOX_UNITS:
            return ch
    if re.search(r"ml|毫升|小瓶", around, re.IGNORECASE):
        return "瓶"
    return None


def _resolve(candidates: tuple[tuple[str, str], ...], unit: str | None) -> str:
    """Pick the product an alias means given the unit: 箱/瓶 -> the case, otherwise the bucket."""
    wanted_box = unit in BOX_UNITS
    for sku, product_unit in candidates:
        if (product_unit in BOX_UNITS) == wanted_box:
            return sku
    return candidates[0][0]
