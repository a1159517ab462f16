"""One sheet cell each: text as typed in Excel into a clean value, or InvalidInput in Chinese.

Every parser takes the cell's text and the product index (only 水票品种 needs it).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation

from domain.rules.cleaning import clean_text
from domain.rules.contacts import clean_address, normalise_phone
from domain.rules.errors import InvalidInput

MAX_COUNT = 100_000
MAX_FEN = 100_000_000  # 100万元: far above any household's deposit or stored value
YES = frozenset({"有", "是", "y", "yes", "1", "true", "√"})
NO = frozenset({"无", "没有", "否", "n", "no", "0", "false", "×"})


@dataclass(frozen=True)
class Meaning:
    """What a product name in the sheet stands for: one sku, or the products it could be."""

    sku: str | None
    could_be: tuple[str, ...] = ()  # the products' names, when sku is None
    ticketed: bool = False  # the name is shared even among the products sold with tickets


ProductIndex = dict[str, Meaning]
Parser = Callable[[str, ProductIndex], object]


def _refuse(message: str) -> InvalidInput:
    return InvalidInput(message, message=message)


def _name(text: str, _: ProductIndex) -> str:
    text = clean_text(text)
    if not text:
        raise _refuse("不能为空")
    if len(text) > 64:
        raise _refuse("不能超过64个字")
    return text


def _phone(text: str, _: ProductIndex) -> str:
    if not text:
        raise _refuse("不能为空")
    try:
        return normalise_phone(text)
    except InvalidInput:
        raise _refuse("不是有效的手机号") from None


def _address(text: str, _: ProductIndex) -> str | None:
    if not text:
        return None
    try:
        return clean_address(text)
    except InvalidInput:
        raise _refuse("不能超过200个字") from None


def word(text: str) -> str:
    """A name as compared: no spaces, lower case."""
    return re.sub(r"\s+", "", text).lower()


def _product(text: str, skus: ProductIndex) -> str | None:
    if not text:
        return None
    meaning = skus.get(word(text))
    if meaning is None:
        raise _refuse(f"没有叫“{text[:20]}”的产品")
    if meaning.sku is None:
        kind = "有水票的产品" if meaning.ticketed else "产品"
        names = "、".join(meaning.could_be)
        raise _refuse(f"“{text[:20]}”对应多个{kind}({names}),请填写产品编号或全名")
    return meaning.sku


def _count(text: str, _: ProductIndex) -> int:
    if not text:
        return 0
    cleaned = re.sub(r"[张个桶只]$", "", text.replace(",", ""))
    if not re.fullmatch(r"\d+(\.0+)?", cleaned):
        raise _refuse("应为不小于0的整数")
    count = int(cleaned.split(".")[0])
    if count > MAX_COUNT:
        raise _refuse(f"不能超过{MAX_COUNT}")
    return count


def yuan_to_fen(text: str) -> int:
    """¥1,234.5元 -> 123450; InvalidInput unless a non-negative amount with at most 2 decimals."""
    cleaned = re.sub(r"^[¥￥]|元$", "", text.replace(",", "").replace("，", "")).strip()
    try:
        amount = Decimal(cleaned)
    except InvalidOperation:
        raise _refuse("应为金额(元),如 30 或 25.50") from None
    if not amount.is_finite() or amount < 0:
        raise _refuse("应为不小于0的金额(元)")
    if amount > Decimal(MAX_FEN) / 100:
        raise _refuse("金额过大")
    if amount != amount.quantize(Decimal("0.01")):
        raise _refuse("金额最多两位小数")
    return int(amount * 100)


def _money(text: str, _: ProductIndex) -> int:
    return yuan_to_fen(text) if text else 0


def _tags(text: str, _: ProductIndex) -> tuple[str, ...]:
    tags = tuple(dict.fromkeys(t for t in re.split(r"[,，、;；/\s]+", text) if t))
    if len(tags) > 20 or any(len(t) > 32 for t in tags):
        raise _refuse("最多20个标签,每个不超过32个字")
    return tags


def _notes(text: str, _: ProductIndex) -> str:
    text = clean_text(text, multiline=True)
    if len(text) > 2000:
        raise _refuse("不能超过2000个字")
    return text


def _floor(text: str, _: ProductIndex) -> int | None:
    cleaned = re.sub(r"[楼层Ff]$", "", text)
    if not cleaned:
        return None
    if not re.fullmatch(r"-?\d{1,3}", cleaned) or not -10 <= int(cleaned) <= 200:
        raise _refuse("应为-10到200之间的整数")
    return int(cleaned)


def _lift(text: str, _: ProductIndex) -> bool | None:
    if not text:
        return None
    if text.lower() in YES:
        return True
    if text.lower() in NO:
        return False
    raise _refuse("请填“有”或“无”")


PARSERS: dict[str, Parser] = {
    "name": _name,
    "phone": _phone,
    "address": _address,
    "product": _product,
    "tickets": _count,
    "buckets": _count,
    "deposit": _money,
    "balance": _money,
    "tags": _tags,
    "notes": _notes,
    "floor": _floor,
    "lift": _lift,
}
