"""What the words of one message mean for an order draft's slots: a phone, a place, a payment,
a yes or an edit at the confirmation. Plain text in, plain values out; `slot_filling.decide`
uses them to say what the message does.
"""

from __future__ import annotations

import re

SEPARATORS = re.compile(r"[\s\-()()]")
_PHONE_IN = re.compile(r"(?<!\d)(?:\+?86)?(1[3-9]\d{9})(?!\d)")
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
# 不用水票 / 水票留着 / 别扣票: the customer keeps their tickets and pays this order in money.
_KEEP_TICKETS = re.compile(
    r"(?:不用|不要用?|别用|不使用|不想用|别扣|不扣|不刷)(?:水)?票"
    r"|水?票(?:先)?(?:留着|不用|别用|不扣|别扣|不想用)"
)
_NOT_PLACE = re.compile(r"[吗呢吧么啊呀嘛哦了?]|什么|怎么|哪|谁|多少|几|没|不|别|请问|谢|好的")


def keeps_tickets(text: str) -> bool:
    """Whether the message declines paying with tickets (不用水票,付现金)."""
    return _KEEP_TICKETS.search(compact(text)) is not None


def compact(text: str) -> str:
    """The text without spaces, dashes and brackets, as the slot rules read it."""
    return SEPARATORS.sub("", text)


def payment_word(text: str) -> str | None:
    """The payment a whole message names in words (微信 / 现金吧 / 用余额), else None."""
    word = _PAYMENT_WORDS.fullmatch(text)
    return _PAYMENT_OF[word.group("word")] if word else None


def confirm_words(text: str) -> int | None:
    """The confirmation's choice said in words: yes is 1, 改地址 is 4 …"""
    if _CONFIRM_YES.fullmatch(text):
        return 1
    for choice, pattern in _CONFIRM_EDITS:
        if pattern.fullmatch(text.rstrip("吧啊呀了")):
            return choice
    return None


def find_phone(text: str) -> str | None:
    """A mainland mobile number written anywhere in `text` (spaces and dashes allowed)."""
    match = _PHONE_IN.search(compact(text))
    return match.group(1) if match else None


def place_like(text: str) -> bool:
    """Bare words that name a place to deliver to (创业大厦, 东门保安亭), not a sentence."""
    bare = compact(text)
    return (
        2 <= len(bare) <= 50
        and _PLACE.fullmatch(bare) is not None
        and _NOT_PLACE.search(bare) is None
    )
