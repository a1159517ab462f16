"""The products and amounts of an order draft as a message changes them: a new product keeps
the amount (换成怡宝), an amount keeps the product (3桶), 再加一桶 adds, 再来一桶 means the usual
product; and the numbered product question, the usual one first.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from domain.rules.order_draft import Item

if TYPE_CHECKING:
    from domain.rules.slot_filling import SaidItem

MAX_QUANTITY = 999
# 换成怡宝 / 改成景田 / 还是要农夫 / 就要怡宝吧: the product changes, the rest stays.
SWITCH = re.compile(r"换|改|还是|就要|只要|要不")
_NEGATED = re.compile(r"不要|别要|不是|别送")
# 加一桶 / 多来两桶 / 再来一桶 inside a draft adds to the amount it already has.
_ADD = re.compile(r"加|多(?:来|要|送|拿)|再(?:来|要|送|拿)|另外")
# 再来一桶 / 还要两桶 / 又要一桶: the same water as usual.
_AGAIN = re.compile(r"再|还要|还来|又要|又来|照常")


def merge_items(
    current: list[Item], said: tuple[SaidItem, ...], text: str
) -> tuple[Item, ...] | None:
    """The draft's items after the message: a new product keeps the amount, an amount keeps
    the product; None when the message names neither."""
    named = [item for item in said if item.sku is not None]
    amounts = [item.quantity for item in said if item.sku is None]
    if named:
        if len(named) > 1 and _NEGATED.search(text) and SWITCH.search(text):
            named = named[1:]  # 不要怡宝了,换农夫山泉: the product said no to goes
        if len(named) == 1 and not named[0].counted:
            kept = sum(amounts) if amounts else known_total(current)
            return ((named[0].sku, kept),)
        return tuple((item.sku, item.quantity if item.counted else None) for item in named)
    if not amounts:
        return None
    quantity = sum(amounts)
    total = known_total(current)
    if _ADD.search(text) and total is not None and len(current) == 1:
        quantity += total  # 再加一桶: one more than drafted
    return with_quantity(current, min(quantity, MAX_QUANTITY))


def with_quantity(current: list[Item], quantity: int) -> tuple[Item, ...]:
    """Every line at this amount (the flow asks one amount for all); no lines: an unnamed one."""
    if not current:
        return ((None, quantity),)
    return tuple((sku, quantity) for sku, _ in current)


def known_total(items: list[Item]) -> int | None:
    """How many in all, when every line's amount is known."""
    if not items or any(qty is None for _, qty in items):
        return None
    return sum(qty for _, qty in items if qty is not None)


def product_choices(skus: list[str], usual: str | None) -> list[str]:
    """The numbered product question: the usual product first (回复 1 就订它), then the rest."""
    if usual is None or usual not in skus:
        return list(skus)
    return [usual, *(sku for sku in skus if sku != usual)]


def with_usual(items: list[Item], usual: str | None, text: str) -> list[Item]:
    """再来一桶 names no product: with an order history it means the usual one."""
    if usual is None or _AGAIN.search(text) is None:
        return items
    return [(sku or usual, qty) for sku, qty in items]
