"""While an order draft waits for an answer: which slot a message fills, and whether it fits.

A customer asked one thing may answer it, answer another slot (a phone at the payment question),
change their mind (换成怡宝), start over with a whole new order sentence, give up, or ask
something else. `decide` says which, from plain values: the slot asked for, what the message
said (`Said`: the bot's reading of it, as plain values) and the draft so far. The bot applies
the decision; nothing here reads or writes. `place_like` says whether bare words can be an
address, `with_usual` fills an unnamed product with the usual one (再来一桶).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime
from enum import StrEnum

from domain.rules.order_draft import Item, OrderDraft


class Slot(StrEnum):
    """What the order flow is waiting for."""

    PRODUCT = "product"
    QUANTITY = "quantity"
    ADDRESS = "address"
    PAYMENT = "payment"
    PHONE = "phone"
    TIME = "time"
    CONFIRM = "confirm"


class Move(StrEnum):
    """What to do with the message."""

    FILL = "fill"  # put the decision's values into the draft and go on
    CHOOSE = "choose"  # a numbered choice of the pending question (`choice`)
    RESTART = "restart"  # a whole new order sentence: a new draft from it, said so
    REPEAT = "repeat"  # 老样子: a new draft from the last order
    DROP = "drop"  # the customer gives up on this draft
    PASS = "pass"  # a question or another request: answered elsewhere, then asked again
    REJECT = "reject"  # meant for the pending question but does not fit it (12345 as a phone)


PAYMENT_CHOICES = ("cash", "wechat_pay", "balance")  # the numbered payment question, in order
MAX_QUANTITY = 999


@dataclass(frozen=True)
class SaidItem:
    """One product line of the message; `counted` False when no amount was written (怡宝)."""

    sku: str | None
    quantity: int
    counted: bool = True


@dataclass(frozen=True)
class Said:
    """What one message said, as the bot's understanding read it."""

    text: str
    intent: str = "unknown"
    items: tuple[SaidItem, ...] = ()
    repeat: bool = False
    address: str | None = None  # address words in the shape of one, or @default / @家 / @公司
    window: tuple[datetime, datetime] | None = None
    payment: str | None = None
    topic: str | None = None
    order_ref: str | None = None
    number: int | None = None  # the whole message read as an amount: 2, 两桶, 三个


@dataclass(frozen=True)
class Decision:
    """The move, and the values a FILL or RESTART puts into the draft (None: not said)."""

    move: Move
    items: tuple[Item, ...] | None = None
    address: str | None = None
    window: tuple[datetime, datetime] | None = None
    payment: str | None = None
    phone: str | None = None
    choice: int | None = None

    @property
    def fills(self) -> bool:
        """Whether it carries any value for the draft."""
        return any(
            value is not None
            for value in (self.items, self.address, self.window, self.payment, self.phone)
        )


# Intents under which a message may still be about the draft; any other is a question or
# another request (水票还有几张, 投诉), answered by whoever answers it.
_ABOUT_DRAFT = frozenset({"order", "unknown", "cancel"})
_SEPARATORS = re.compile(r"[\s\-()()]")
_PHONE_IN = re.compile(r"(?<!\d)(?:\+?86)?(1[3-9]\d{9})(?!\d)")
_DIGITS = re.compile(r"\d+")
_GIVE_UP = frozenset({"取消", "算了", "不要了", "退出", "不买了", "不订了"})
# 换成怡宝 / 改成景田 / 还是要农夫 / 就要怡宝吧: the product changes, the rest stays.
_SWITCH = re.compile(r"换|改|还是|就要|只要|要不")
_NEGATED = re.compile(r"不要|别要|不是|别送")
# 加一桶 / 多来两桶 / 再来一桶 inside a draft adds to the amount it already has.
_ADD = re.compile(r"加|多(?:来|要|送|拿)|再(?:来|要|送|拿)|另外")
# Words that make a message a new order rather than an answer (送三桶景田到…).
_ORDER_VERB = re.compile(r"送|来|要|订|买|拿|下单")
# 再来一桶 / 还要两桶 / 又要一桶: the same water as usual.
_AGAIN = re.compile(r"再|还要|还来|又要|又来|照常")
# 确认 / 好的 / 没问题,下单吧: yes to the confirmation (its 1).
_YES = r"(?:确认|确定|下单|没问题|没错|好的?|可以|行|对的?|是的?|ok|嗯+|就这样|就这些)"
_CONFIRM_YES = re.compile(
    rf"{_YES}(?:[,.!。!,~]*{_YES})*(?:下单|订单)?[吧啊呀了的]*[.!。!~]*", re.I
)
# 改地址 / 换个时间 / 数量改一下 at the confirmation: its 4 / 3 / 2.
_CONFIRM_EDITS = (
    (2, re.compile(r"(?:改|换)(?:一下|个)?(?:数量|桶数|个数)|(?:数量|桶数)(?:改|换)一?下?")),
    (3, re.compile(r"(?:改|换)(?:一下|个)?(?:时间|送水时间)|时间(?:改|换)一?下?")),
    (4, re.compile(r"(?:改|换)(?:一下|个)?(?:地址|地方)|地址(?:改|换|错了|不对)一?下?")),
)
_PAYMENT_WORDS = re.compile(
    r"(?:用|走|选|就|到了|送到了?|送来|来了|到时候?)?(?P<word>微信|扫码|转账|现金|到付|余额|储值|水票)"
    r"(?:支付|付款|付|结|吧|的|就行|好了)*"
)
_PAYMENT_OF = {
    "微信": "wechat_pay", "扫码": "wechat_pay", "转账": "wechat_pay", "现金": "cash",
    "到付": "cash", "余额": "balance", "储值": "balance", "水票": "ticket",
}  # fmt: skip
# Bare words that can be a delivery address: a place name and what kind of place it is.
_PLACE = re.compile(
    r"[\u4e00-\u9fffA-Za-z0-9#]{1,30}?"
    r"(?:小区|花园|家园|公寓|大厦|大楼|广场|中心|新村|社区|宿舍|写字楼|园区|科技园|工业园|产业园"
    r"|医院|学校|大学|学院|中学|小学|幼儿园|酒店|宾馆|商场|市场|超市|银行|公司|工厂|厂|仓库"
    r"|门卫|保安亭|传达室|苑|府|城|村|路|街|大道|巷|弄|庄|湾|邸|阁|坊|院|厦|墅|栋|幢|座|单元"
    r"|室|号|楼|层|门)"
    r"[\u4e00-\u9fffA-Za-z0-9#]{0,20}"
)
_NOT_PLACE = re.compile(r"[吗呢吧么啊呀嘛哦了?]|什么|怎么|哪|谁|多少|几|没|不|别|请问|谢|好的")


def decide(slot: Slot, said: Said, draft: OrderDraft) -> Decision:
    """What the message does to the draft while the flow waits for `slot`."""
    text = _SEPARATORS.sub("", said.text)
    direct = _direct(slot, said, text, draft)
    if direct is not None:
        return direct
    gives_up = said.intent == "cancel" or text in _GIVE_UP
    switching = bool(said.items) and _SWITCH.search(text) is not None
    if gives_up and not switching:
        # A placed order named by number is cancelled where orders are; the draft stays.
        return Decision(Move.PASS if said.order_ref else Move.DROP)
    if said.repeat:
        return Decision(Move.REPEAT)
    if said.intent not in _ABOUT_DRAFT or said.topic is not None:
        return Decision(Move.PASS)
    values = _values(slot, said, text)
    if _is_new_order(said, text, draft):
        items = tuple((item.sku, item.quantity) for item in said.items)
        return replace(values, move=Move.RESTART, items=items)
    filled = replace(values, items=merge_items(draft.items, said.items, text))
    if filled.fills or said.intent == "order":
        return filled  # 送水 / 下单 with nothing new: go on, the question comes again
    return _misfit(slot, text)


def _direct(slot: Slot, said: Said, text: str, draft: OrderDraft) -> Decision | None:
    """An answer in the pending question's own terms: its numbers, its words."""
    if slot is Slot.PHONE and _DIGITS.fullmatch(text):
        phone = find_phone(text)
        return Decision(Move.FILL, phone=phone) if phone else Decision(Move.REJECT)
    if slot is Slot.QUANTITY and said.number is not None and not said.items:
        if not 0 < said.number <= MAX_QUANTITY:
            return Decision(Move.REJECT)
        return Decision(Move.FILL, items=_with_quantity(draft.items, said.number))
    if slot is Slot.PAYMENT and (word := _PAYMENT_WORDS.fullmatch(text)):
        return Decision(Move.FILL, payment=_PAYMENT_OF[word.group("word")])
    if slot is Slot.CONFIRM:
        choice = _confirm_words(text)
        if choice is not None:
            return Decision(Move.CHOOSE, choice=choice)
    if not (text.isdigit() and len(text) <= 3):
        return None
    return _numbered(slot, int(text))


def _confirm_words(text: str) -> int | None:
    """The confirmation's choice said in words: yes is 1, 改地址 is 4 …"""
    if _CONFIRM_YES.fullmatch(text):
        return 1
    for choice, pattern in _CONFIRM_EDITS:
        if pattern.fullmatch(text.rstrip("吧啊呀了")):
            return choice
    return None


def _numbered(slot: Slot, number: int) -> Decision:
    """A bare number: a choice from the numbered question, or a number where none fits."""
    if slot is Slot.PRODUCT and number >= 1:
        return Decision(Move.CHOOSE, choice=number)
    if slot is Slot.PAYMENT and 1 <= number <= len(PAYMENT_CHOICES):
        return Decision(Move.FILL, payment=PAYMENT_CHOICES[number - 1])
    if slot is Slot.CONFIRM and number <= 4:
        return Decision(Move.CHOOSE, choice=number)
    return Decision(Move.REJECT)


def _values(slot: Slot, said: Said, text: str) -> Decision:
    """The slots a message gives besides its items, whichever slot was asked for."""
    address = said.address
    if address is None and slot is Slot.ADDRESS and not said.items and place_like(text):
        address = text  # 创业大厦 / 翠湖小区: a place named without a number
    return Decision(
        Move.FILL,
        address=address,
        window=said.window,
        payment=said.payment,
        phone=find_phone(text),
    )


def _is_new_order(said: Said, text: str, draft: OrderDraft) -> bool:
    """送三桶景田到创业大厦A座1608 while another product is drafted: a new order, not an edit."""
    named = any(item.sku is not None for item in said.items)
    if not named or said.intent != "order" or _SWITCH.search(text):
        return False
    if not any(sku is not None for sku, _ in draft.items):
        return False  # nothing chosen yet: the products answer the draft
    counted = all(item.counted for item in said.items)
    return counted and (
        _ORDER_VERB.search(text) is not None or said.address is not None or said.window is not None
    )


def merge_items(
    current: list[Item], said: tuple[SaidItem, ...], text: str
) -> tuple[Item, ...] | None:
    """The draft's items after the message: a new product keeps the amount, an amount keeps
    the product; None when the message names neither."""
    named = [item for item in said if item.sku is not None]
    amounts = [item.quantity for item in said if item.sku is None]
    if named:
        if len(named) > 1 and _NEGATED.search(text) and _SWITCH.search(text):
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
    return _with_quantity(current, min(quantity, MAX_QUANTITY))


def _with_quantity(current: list[Item], quantity: int) -> tuple[Item, ...]:
    """Every line at this amount (the flow asks one amount for all); no lines: an unnamed one."""
    if not current:
        return ((None, quantity),)
    return tuple((sku, quantity) for sku, _ in current)


def known_total(items: list[Item]) -> int | None:
    """How many in all, when every line's amount is known."""
    if not items or any(qty is None for _, qty in items):
        return None
    return sum(qty for _, qty in items if qty is not None)


def _misfit(slot: Slot, text: str) -> Decision:
    """Nothing for the draft: digits meant for the question are refused, the rest passes on."""
    if _DIGITS.fullmatch(text) and slot in (Slot.ADDRESS, Slot.QUANTITY, Slot.TIME, Slot.PHONE):
        return Decision(Move.REJECT)
    return Decision(Move.PASS)


def find_phone(text: str) -> str | None:
    """A mainland mobile number written anywhere in `text` (spaces and dashes allowed)."""
    match = _PHONE_IN.search(_SEPARATORS.sub("", text))
    return match.group(1) if match else None


def place_like(text: str) -> bool:
    """Bare words that name a place to deliver to (创业大厦, 东门保安亭), not a sentence."""
    compact = _SEPARATORS.sub("", text)
    return (
        2 <= len(compact) <= 50
        and _PLACE.fullmatch(compact) is not None
        and _NOT_PLACE.search(compact) is None
    )


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
