"""Delivery addresses: 阳光花园3栋502 as written, or @default / @家 / @公司."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from bot.understanding.text import Span

# Tokenizer: (text, use_hmm) -> tokens. HMM joins unknown names (给力大厦) the dictionary splits.
Cut = Callable[[str, bool], list[str]]

_REFS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("@default", re.compile(
        r"老地址|原地址|老地方|还是那里|还是那儿|还是那边|默认地址|老位置|同一个地址|一样的地址"
        r"|上次(?:那个|的|一样的)?地址|上回(?:那个|的)?地址|原来(?:那个|的)?地址"
        r"|(?:以前|之前)(?:那个|的)地址|还是那个地址|常用地址")),
    ("@家", re.compile(r"家里|我家|我们家|咱家|家中|到家(?![园居具电乐])|送家")),
    ("@公司", re.compile(r"(?<!你们)(?<!贵)(?<!水)公司|单位|办公室")),
)

# A building / unit / room run: 3栋502, 12幢1单元1102, B座1203, 88号, 3号楼2单元501室, 5-302.
_CORE_RE = re.compile(
    r"(?:(?:[A-Za-z]?\d{1,5}[A-Za-z]?|[A-Za-z]|[一二三四五六七八九十]{1,3})"
    r"(?:号楼|号院|号门|栋|幢|座|单元|楼|层|室|号|户|期|区|弄|巷|院|门|-|#))+"
    r"(?:[A-Za-z]?\d{1,5}[A-Za-z]?(?:室|房|号)?)?"
)
_MORE_RE = re.compile(rf"(?P<name>[\u4e00-\u9fffA-Za-z]{{0,12}}?)(?:{_CORE_RE.pattern})")
_MORE_ROOM_RE = re.compile(
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{0,10}?(?:楼|大厦|公寓|宿舍|中心))\d{2,5}(?:室|房|号)?"
)
_STRONG_RE = re.compile(r"栋|幢|座|单元|室|号楼")
_PLACE_SUFFIX = (
    "小区", "花园", "家园", "公寓", "大厦", "大楼", "广场", "中心", "新村", "社区", "宿舍",
    "写字楼", "园区", "苑", "府", "城", "村", "路", "街", "道", "巷", "弄", "园", "里", "庄",
    "湾", "邸", "阁", "居", "庭", "坊", "院", "楼", "厦", "港", "墅",
)
_BARE_ROOM_RE = re.compile(r"\d{2,5}(?:室|房|号)?")
_NAMED_RE = re.compile(
    r"(?:送到|送至|送去|送往|住在|地址是|地址在|地址|到|在|住)"
    r"(?!哪|什么|啥|那个|这个)"  # 在哪个小区 asks where; it names no place
    r"(?P<name>[\u4e00-\u9fffA-Za-z]{2,20}?(?:小区|花园|家园|公寓|大厦|大楼|广场|新村|社区|宿舍"
    r"|写字楼|园区|苑|府|城|村|路|街|大道))(?![\u4e00-\u9fffA-Za-z0-9])"
)
_ADMIN_RE = re.compile(r"(?P<body>[\u4e00-\u9fff]{2,5}?)(?P<suffix>自治区|省|市|县|区)")
_NOT_ADMIN_CHARS = set("小社园校厂景片学营城村苑里庄湾府")
_NAME_CHAR_RE = re.compile(r"[\u4e00-\u9fffA-Za-z]")
# Words that end the walk back from a room number towards the start of the address.
STOP_WORDS = frozenset({
    "送到", "送至", "送去", "送往", "送达", "到达", "住在", "位于", "地址", "地址是", "地址在",
    "收货地址", "新地址", "我家", "我们", "你们", "他们", "麻烦", "帮忙", "帮我", "请问", "师傅",
    "就是", "还是", "改成", "改为", "换成", "换到", "现在", "一下", "下单", "订水", "送水", "上门",
    "谢谢", "老板", "你好", "您好", "我要", "我想", "需要", "给我", "帮", "送过去", "送过来",
    "改", "换", "这里", "那里", "这边", "那边", "过来", "过去", "我住", "您", "水", "桶",
    "到", "送", "在", "住", "是", "给", "往", "至", "去", "寄", "要", "来", "拿", "放", "把",
    "和", "跟", "与", "及", "或", "的", "了", "吧", "呢", "啊", "哦", "呀", "嘛", "请", "我",
    "你", "他", "她", "家", "就", "也", "再", "都", "还", "先", "从", "家里", "公司", "单位",
    "办公室", "老地址", "原地址", "默认地址",
})


@dataclass(frozen=True)
class AddressReading:
    """The address (or None) and the span of text it took."""

    address: str | None
    spans: tuple[Span, ...]


def read_address(text: str, cut: Cut) -> AddressReading:
    """Find the delivery address in `text` (other slots already masked); `cut` tokenizes."""
    compact, origin = _compact(text)
    explicit = _explicit(compact, cut) or _named(compact)
    if explicit is not None:
        start, end = explicit
        return AddressReading(compact[start:end], ((origin[start], origin[end - 1] + 1),))
    for ref, pattern in sorted(_REFS, key=lambda r: _first(r[1], text)):
        match = pattern.search(text)
        if match is not None:
            return AddressReading(ref, (match.span(),))
    return AddressReading(None, ())


def reference_spans(text: str) -> list[Span]:
    """Spans of the @default/@家/@公司 words, so other readers can step over them."""
    return [m.span() for _, pattern in _REFS for m in pattern.finditer(text)]


def _first(pattern: re.Pattern[str], text: str) -> int:
    match = pattern.search(text)
    return match.start() if match else len(text) + 1


def _compact(text: str) -> tuple[str, list[int]]:
    """`text` without white space, and where each kept character came from."""
    kept = [(i, ch) for i, ch in enumerate(text) if not ch.isspace()]
    return "".join(ch for _, ch in kept), [i for i, _ in kept]


def _explicit(compact: str, cut: Cut) -> Span | None:
    for core in _CORE_RE.finditer(compact):
        name_start = _name_start(compact, core.start(), cut)
        name = compact[name_start:core.start()]
        strong = _STRONG_RE.search(core.group()) is not None
        if name and _NAME_CHAR_RE.search(name) and not name.isascii():
            return _strip_admin(compact, name_start, core.start()), _extend(compact, core, cut)
        if strong:
            return core.start(), _extend(compact, core, cut)
    return _bare_room(compact, cut)


def _extend(compact: str, core: re.Match[str], cut: Cut) -> int:
    """建国路88号SOHO现代城A座1001: keep going while another name + number run follows."""
    end = core.end()
    while True:
        more = _MORE_RE.match(compact, end) or _MORE_ROOM_RE.match(compact, end)
        if more is None or any(t in STOP_WORDS for t in cut(more.group("name"), False)):
            return end
        end = more.end()


def _bare_room(compact: str, cut: Cut) -> Span | None:
    """阳光花园502: a room number straight after a name that ends like a place."""
    for room in _BARE_ROOM_RE.finditer(compact):
        name_start = _name_start(compact, room.start(), cut)
        name = compact[name_start:room.start()]
        if len(name) >= 2 and name.endswith(_PLACE_SUFFIX):
            return _strip_admin(compact, name_start, room.start()), room.end()
    return None


def _named(compact: str) -> Span | None:
    """送到阳光花园: a place name with no number after a word that introduces an address."""
    match = _NAMED_RE.search(compact)
    if match is None:
        return None
    return _strip_admin(compact, match.start("name"), match.end("name")), match.end("name")


def _name_start(compact: str, end: int, cut: Cut) -> int:
    """Walk back from `end` over name characters and tokens until a stop word."""
    start = end
    while start > 0 and _NAME_CHAR_RE.match(compact[start - 1]):
        start -= 1
    if start == end:
        return end
    segment = compact[start:end]
    joined_right = _joined_right(cut(segment, True))
    kept = 0
    for token in reversed(cut(segment, False)):
        at = len(segment) - kept - len(token)
        if token in STOP_WORDS and not (len(token) == 1 and at in joined_right):
            break
        kept += len(token)
    return end - kept


def _joined_right(hmm_tokens: list[str]) -> set[int]:
    """Offsets of characters that HMM segmentation joins to the text on their right (来福花园)."""
    joined: set[int] = set()
    at = 0
    for token in hmm_tokens:
        if len(token) > 1 and token not in STOP_WORDS:
            joined.update(range(at, at + len(token) - 1))
        at += len(token)
    return joined


def _strip_admin(compact: str, start: int, end: int) -> int:
    """Drop a leading province/city/district (北京市朝阳区) so the address starts at the name."""
    while True:
        match = _ADMIN_RE.match(compact, start, end)
        if match is None or match.end() >= end:
            return start
        body = match.group("body")
        if any(ch in _NOT_ADMIN_CHARS for ch in body[-1:] + body) or _is_place(body):
            return start
        start = match.end()


def _is_place(body: str) -> bool:
    return any(suffix in body for suffix in _PLACE_SUFFIX if len(suffix) > 1)
