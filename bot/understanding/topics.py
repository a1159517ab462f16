"""What a side question is about (opening hours, the station's phone, 运费 …): the `topic` field.

The contract's intents say what the customer wants done; a topic says which answer a question
needs when the intent alone cannot (`unknown`, `help`, `price`). Each rule names the station,
not the customer: 我的电话13812345678 gives a phone, 电话多少 asks for one.
"""

from __future__ import annotations

import re

# Topics that make a message a question, not an order, unless it also names one (items, an
# address or 老样子): hours, location, phone, recharge, invoice (intent unknown), human (help).
INFO_TOPICS = frozenset({"hours", "location", "phone", "recharge", "invoice", "human"})
DELIVERY_FEE = "delivery_fee"

_NO_PACK = r"(?![^,.!?]*(?:票|套餐))"
_TOPICS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("invoice", re.compile(r"发票|开票|专票|普票|收据|报销|税号|抬头")),
    ("recharge", re.compile(
        r"(?:充值|充钱|充点钱|(?:往|给)?余额[^,.!?]{0,3}充"
        r"|充(?:个|点|些)?(?:\d+|[一二两三四五六七八九十百千]+)(?:块|元|百|千|钱))" + _NO_PACK
    )),
    ("phone", re.compile(
        r"(?<![打拨回来])(?:电话|手机号|联系方式|热线)(?!联系)"
    )),
    ("human", re.compile(
        r"人工|真人|活人|转客服|找客服|联系客服|客服(?:在|呢|吗|人员)|找老板|老板本人"
    )),
    ("hours", re.compile(
        r"(?:几点|什么时候|啥时候|几时)(?:开门|关门|上班|下班|营业|打烊|休息|开始营业)"
        r"|(?<!我)(?<!等)(?:开门|关门|上班|下班|营业|打烊|休息)(?:吗|么|了吗|没|不|时间|到几点|几点)"
        r"|营业时间|上班时间|营业到|开到几点|几点开|几点关|节假日(?:营业|上班)|过年(?:营业|上班)"
    )),
    ("location", re.compile(
        r"(?:你们|您们|店|门店|水站|实体店|店铺|铺子|送水站|站点)(?:的|具体)?"
        r"(?:在哪|在什么|在哪个|位置|地址|地点|开在)"
    )),
    (DELIVERY_FEE, re.compile(
        r"运费|配送费|送货费|送水费|上门费|跑腿费|上楼费|爬楼费|楼层费|搬运费|包邮|免运费|包送"
        r"|免费送|(?:送|配送|上门|上楼|到家|爬楼|搬上去)[^,.!?]{0,6}"
        r"(?:收费|要钱|加钱|收钱|额外|另收|收不收|要不要钱|免费)"
    )),
)
# The customer's own number, or us calling them: not a question for our phone.
_OWN_PHONE = re.compile(r"\d{7,}|我的?(?:电话|手机)|[打拨回][^,.!?]{0,3}(?:电话|手机)")

_GREETING = (
    r"你好|您好|你们好|大家好|哈喽|哈罗|嗨|嘿|喂|hello|hi|hey|halo"
    r"|good (?:morning|afternoon|evening)|早上好|上午好|中午好|下午好"
    r"|晚上好|早安|午安|晚安|早啊|早|在吗|在么|在嘛|在不在|有人吗|有人在吗|有人没|老板好|师傅好"
)
_THANKS = (
    r"谢谢|谢了|谢啦|多谢|感谢|thanks|thank you|thank u|thx|many thanks|辛苦了|辛苦|麻烦了|麻烦你了"
)
_SMALL_TALK = re.compile(rf"(?P<greeting>{_GREETING})|(?P<thanks>{_THANKS})", re.I)
_FILLER = re.compile(
    r"[\W_\d]|好的|好|嗯|哦|啊|呀|哈|的|啦|了|老板|师傅|您|你|亲|okay|ok|a lot|very much|so much"
    r"|there|guys|all|everyone|boss",
    re.I,
)


def read_topic(text: str) -> str | None:
    """The side question `text` asks (hours, location, phone …), or None."""
    for topic, pattern in _TOPICS:
        if pattern.search(text) is None:
            continue
        if topic == "phone" and _OWN_PHONE.search(text):
            continue
        return topic
    return None


def small_talk(text: str) -> str | None:
    """`greeting` or `thanks` when that is all `text` says (你好 / 在吗 / 谢谢老板)."""
    found = list(_SMALL_TALK.finditer(text))
    if not found or _FILLER.sub("", _SMALL_TALK.sub("", text)):
        return None
    return "greeting" if found[0].lastgroup == "greeting" else "thanks"
