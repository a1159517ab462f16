"""Which of the contract's intents a message expresses: ordered keyword rules, first match wins."""

from __future__ import annotations

import re
from dataclasses import dataclass

# "How do I …" questions are help even when they name another feature (怎么订水, 怎么用水票).
_HOWTO = re.compile(
    r"(?:怎么|怎样|如何|咋)(?:样)?(?:才能|才可以|能|可以|去)?"
    r"(?:订|下单|买|购买|用|使用|付|支付|付款|操作|联系|退|兑换|充值|取消|关闭|开启|打开|设置"
    r"|预约|绑定|注册|查|弄|搞|玩|办理)"
)
_REMINDER = re.compile(
    r"提醒|推送|退订(?!单)|(?:别|不要|不用|请勿)再?(?:打扰|骚扰|发消息|发信息|发了|给我发|通知)"
    r"|(?:关闭|打开|开启|关掉|取消|恢复)(?:消息)?通知"
)
_REMINDER_OFF = re.compile(
    r"别|不要|不用|不需要|不想|停|关|取消|免|退订|烦|禁止|屏蔽|没必要|打扰|骚扰|拒收|够了"
)
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("redeem_code", re.compile(r"兑换码|兑换券|激活码|券码|提货码|兑换")),
    ("complaint", re.compile(r"投诉|差评|举报")),
    ("return_buckets", re.compile(
        r"退[^,.!?]{0,5}?桶|退押金|押金[^,.!?]{0,3}退|退还押金|还[\d一二两俩三四五六七八九十]*个?空?桶"
        r"|还给?你们?[^,.!?]{0,4}桶|归还|把[^,.!?]{0,4}桶还|回收[^,.!?]{0,3}桶|上门收桶|收空桶"
        r"|空桶[^,.!?]{0,3}(?:拿走|收走|取走|来收|回收|退)|把[^,.!?]{0,4}桶[^,.!?]{0,2}(?:拿走|收走"
        r"|取走|退)|退瓶|不用桶了|桶不要了|桶不用了")),
    ("cancel", re.compile(
        r"取消|撤销|撤单|退单|退订单|不要了|不用了|别送了|不用送了|不要送了|不送了|先不要|不订了"
        r"|不买了|不需要了|算了|退款|退钱|作废|撤回|下错单|订错了"
        r"|(?:不要|不用|不需要)(?:水|这单|那单|订单|送水)了")),
    ("complaint", re.compile(
        r"态度|太差|很差|真差|差劲|不满意|骗子|欺骗|坑人|脏|异味|有味|怪味|味道不对|杂质|沉淀"
        r"|虫|漏水|漏了|破了|破的|坏了|坏的|送错|少送|漏送|多收|乱收费|拉肚子|过期了|过期的|发臭"
        r"|臭|骂|生气|垃圾|服务差|服务不好|假的|假水|假货|怎么回事|赔偿|不专业|粗鲁|摔|迟到"
        r"|水有问题|质量|恶心|离谱|气死")),
    ("order_status", re.compile(
        r"到哪|哪儿了|哪里了|还没(?:有)?(?:送|到|来)|还不(?:送|到|来)|怎么还|咋还|没收到"
        r"|(?:什么|啥)时候(?:能|才|可以)?(?:到|送到|来|送)|多久(?:能|才|可以)?(?:到|送)|还要多久"
        r"|还要等|要等多久|等了|等半天|等好久|过了[^,.!?]{0,4}(?:小时|分钟)|半天了|催"
        r"|(?:我的|订的)水呢|^水呢|订单(?:状态|进度)|配送进度|送出(?:来|去)?了|送了[吗没]|派送了"
        r"|发出了[吗没]|出发没|多长时间|出发了[吗没]|发货了|在路上|到了[吗没]|送到了[吗没]"
        r"|几点(?:能|可以)?(?:到|送到)|太慢|好慢|这么慢")),
    ("buy_tickets", re.compile(
        r"(?:买|购买|购|办|办理|充|充值|订|来|要|想要)[^,.!?用扣拿刷桶箱瓶]{0,6}?"
        r"(?:水票|(?<!发)票|套餐)(?!支付|付|抵|结|扣)|水票套餐|[\d一二两三四五六七八九十]+套水票")),
    ("balance", re.compile(
        r"(?<!用)(?<!从)(?<!拿)余额(?!支付|付|买单|扣|结)|还剩|剩(?:几|多少|下)|还有(?:几|多少)"
        r"|几张|多少张|押了|我的?押金|押金还有|交了多少押金|我交的押金"
        r"|(?:有|放了|押了|存了)(?:几|多少)个?[^,.!?]{0,5}桶|我(?:还)?有(?:多少|几)|账户"
        r"|查(?:一下|下)?(?:水票|余额|押金|账|我的)|欠(?:你们)?(?:几|多少)?个?桶"
        r"|储值(?:还)?(?:有|剩)?多少")),
    ("price", re.compile(
        r"多少钱|价格|价钱|价位|价目|报价|几块|几元|多钱|怎么卖|咋卖|贵不贵|贵吗|便宜点|便宜吗|优惠"
        r"|哪个便宜|哪个贵|押金(?:是)?多少|报个?价|有(?:什么|哪些|啥)(?:水|牌子|品牌|产品)"
        r"|打折|折扣|收费|单价|什么价|啥价|多少一桶|怎么算钱|怎么收费")),
    ("help", re.compile(
        r"帮助|使用说明|说明书|教程|指南|菜单|功能|能做什么|能干什么|干嘛的|怎么用|流程|help"
        r"|人工|客服|不会用|看不懂|使用方法|用法|怎么操作|^[?？]+$|能帮我什么", re.I)),
)
_HURRY = re.compile(r"快点|快一点|能快点|快些")
_ORDER_CUE = re.compile(
    r"送(?!水师傅|水工|水员|水的师傅|水的人|货员|货的)|订水|订购|下单|(?:来|要|买|订)(?:点|些)?水"
    r"|再来|再要|再送|配送|续订|帮我(?:送|订|拿)|没水了|水没了|水喝完了|没有水了|缺水|要水"
    r"|来一?单|几[桶箱瓶]|预订|预定|预约|order|deliver", re.I
)


_FILLER = re.compile(r"[\W_\x1f的了吧啊呢哦嗯呀嘛哈送来吗可以能行好请麻烦帮我就要再]+")


def only_filler(rest: str) -> bool:
    """True when `rest` (a message with its slots masked) has nothing else to say."""
    return _FILLER.sub("", rest) == ""


@dataclass(frozen=True)
class Signals:
    """What the other readers found, as far as it bears on the intent."""

    has_items: bool = False
    repeat: bool = False
    has_address: bool = False
    has_code: bool = False
    has_payment: bool = False
    only_slots: bool = False  # nothing but a time or an address (明天下午三点前, 家里)


def classify(text: str, signals: Signals) -> str:
    """The intent of `text` (product names and the address already masked out)."""
    if signals.has_code:
        return "redeem_code"
    if _HOWTO.search(text):
        return "help"
    if _REMINDER.search(text):
        return "reminder_off" if _REMINDER_OFF.search(text) else "reminder_on"
    for intent, pattern in _RULES:
        if pattern.search(text):
            return intent
    if signals.has_items or signals.repeat or signals.has_address or signals.has_payment \
            or signals.only_slots:
        return "order"  # slots alone (an address, 货到付款) answer an order being placed
    if _ORDER_CUE.search(text):
        return "order"
    if _HURRY.search(text):
        return "order_status"  # 快点 with nothing to order hurries the order already placed
    return "unknown"
