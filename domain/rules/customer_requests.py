"""What a complaint or a return message already says, and what a change message asks for."""

from __future__ import annotations

import re
from enum import StrEnum

# Words that only say "I complain", never what went wrong.
_COMPLAINT_FRAME = re.compile(
    r"我要|我想|我想要|要|想|投诉|一下|你们|你家|水站|举报|差评|[\s,,。.!!??~～]"
)
# Words that only ask for a return, never how many.
_RETURN_COUNT = re.compile(r"\d+|[一二两俩仨三四五六七八九十]+\s*(?:个|只|桶)")


class ChangeKind(StrEnum):
    """What a message about an order already placed asks for."""

    TIME = "time"
    ADDRESS = "address"
    QUANTITY = "quantity"
    HURRY = "hurry"


_HURRY = re.compile(r"催|快点|快一点|快些|赶紧|尽快|等着用|急用|着急|还没到|还没送|怎么还没")
# A change is phrased as one: 改, 改成, 换到, 能不能…送, 晚点/早点送.
_CHANGE = re.compile(r"改|换到|换成|换个|能不能.*送|能.*送吗|可以.*送吗|晚点送|早点送|推迟|提前")
_ADDRESS_WORDS = re.compile(r"地址|送到|栋|号楼|单元|室|小区|大厦|公司|家里")
_QUANTITY_WORDS = re.compile(
    r"(?:\d+|[一二两俩仨三四五六七八九十])\s*(?:桶|瓶|箱)|数量|多要|少要|加一桶|减一桶"
)
_TIME_WORDS = re.compile(
    r"今天|明天|后天|上午|中午|下午|晚上|傍晚|早上|点|周[一二三四五六日天]|星期|时间|晚点|早点|推迟|提前"
)


# Taking back a ticket pack bought in chat: 取消水票, 水票不要了, 不买套餐了 …
_PACK_CANCEL = re.compile(
    r"(?:取消|不要|不买|不想买|退掉|算了|不用).{0,6}(?:水票|套餐)"
    r"|(?:水票|套餐).{0,6}(?:不要|不买|取消|算了|退掉|不用)"
)


def is_pack_cancel(text: str) -> bool:
    """Whether a cancel message is about a ticket pack bought in chat, not an order."""
    return bool(_PACK_CANCEL.search(text))


def complaint_body(text: str) -> str:
    """The complaint's details once the framing (我要投诉, 你们…) is taken out; '' when bare."""
    return _COMPLAINT_FRAME.sub("", text)


def return_count_given(text: str) -> bool:
    """Whether a return request already says how many buckets."""
    return bool(_RETURN_COUNT.search(text))


def change_kind(text: str) -> ChangeKind | None:
    """What an order-change message asks for; None when it is not phrased as a change."""
    if not _CHANGE.search(text):
        return ChangeKind.HURRY if _HURRY.search(text) else None
    if _ADDRESS_WORDS.search(text):
        return ChangeKind.ADDRESS
    if _QUANTITY_WORDS.search(text):
        return ChangeKind.QUANTITY
    if _TIME_WORDS.search(text):
        return ChangeKind.TIME
    return ChangeKind.HURRY if _HURRY.search(text) else None
