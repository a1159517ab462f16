"""Which of the contract's intents a message expresses: ordered keyword rules, first match wins."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.understanding.topics import DELIVERY_FEE, INFO_TOPICS

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
_NUM = r"[\d一二两俩三四五六七八九十几]"
# 押金 questions: getting it back (return_buckets), what I paid (balance), what it costs (price).
_DEPOSIT_BACK = (
    r"押金[^,.!?]{0,8}?(?:退|还我|返还|拿回|要回|还给我|怎么处理|怎么办)|(?:退|还我|返还|拿回|要回)[^,.!?]{0,6}押金"
)
_DEPOSIT_MINE = (
    r"我(?:的|们|目前|现在|之前|以前|这边|家)?的?押金|我有(?:多少|几)?的?押金"
    r"|(?:交|付|缴)(?:了|过)[^,.!?]{0,6}押金|押金[^,.!?]{0,3}(?:交|付|缴)(?:了|过)"
    r"|押了|押着|押金还(?:有|剩|在)|押金(?:有没有|是不是|已经)(?:交|付|缴)"
    r"|押金(?:交|付|缴)没(?:交|付|缴)"
)
_DEPOSIT_COST = (
    r"押金[^,.!?]*?(?:多少|几|吗|么|怎么|咋|什么|啥|贵|便宜|是吧|对吧|是不是|不$|没$|\?)"
    r"|(?:要|需要|收|交|付|有|用)[^,.!?]{0,4}押金[^,.!?]{0,3}(?:吗|么|不|没|\?|$)|^押金$"
)
# Things wrong with the product itself: a leaking or cracked bucket, a smell, a taste, dirt.
_PRODUCT_FAULT = (
    r"裂|漏|渗水|渗出|滴水|洒了|洒一地|流了一地|湿了|碎了|瘪|压扁|变形|凹进|破洞|有个?洞"
    r"|(?:桶|盖|把手|提手|封口)[^,.!?]{0,4}(?:断了|松了|松的|开了|是开的)|没封好|封口"
    r"|(?<![口品美])味(?!道(?:好|不错|挺好|很好|可以))|(?<!辛)苦|涩|咸|发霉|霉|腥"
    r"|(?:颜色|口感|味道?|水)[^,.!?]{0,3}(?:不对|怪|奇怪|不正常)|怪怪的|不对劲"
    r"|发黄|是黄的|黄黄的|有点黄|变黄|发绿|浑|浊|絮状|漂浮|异物|头发|黑点|黑色的东西|灰尘"
    r"|都是灰|有灰|不干净|肚子疼|肚子痛|不舒服|变质|不新鲜|酸(?!奶)|颗粒|杂物|渣|碎屑|黏|粘手"
    r"|(?:水里|桶里|里面|里头)[^,.!?]{0,4}东西"
)
# A ticket pack is bought, not spent: 水票来一套 / 两套农夫山泉的票 / 续费水票 / 10送1 那个.
_PACK_NOUN = r"(?:水票|套票|套餐|水卡|(?<![发开车门机船彩专普电])票(?!据|号|码|付|支付))"
_PACK_COUNT = rf"{_NUM}+套|一批|{_NUM}+本"
_PACK_NOUN_RE = re.compile(_PACK_NOUN)
_PACK_LATE = re.compile(rf"{_PACK_COUNT}|续|囤|卖")
_SPENDS_TICKETS = re.compile(r"[用扣刷拿]水?票|水?票(?:付|支付|抵|结)")
# 10送1 / 买十送一: the pack's offer (not 送1楼, 两桶送2号楼).
_PROMO = re.compile(
    r"(?<![\d一二三四五六七八九十])(?:\d{1,2}|[一二三四五六七八九十]{1,2})送(?:\d|[一二三四五])"
    r"(?![\d一二三四五六七八九十]*[桶箱瓶楼号栋层单点个元块])"
)
# Rules before the topic questions (a complaint or a cancel may mention 电话 or 发票) …
_FIRST_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("redeem_code", re.compile(r"兑换码|兑换券|激活码|券码|提货码|兑换")),
    ("complaint", re.compile(r"投诉|差评|举报")),
    ("return_buckets", re.compile(
        r"退[^,.!?]{0,5}?桶|退押金|押金[^,.!?]{0,3}退|退还押金|还[\d一二两俩三四五六七八九十]*个?空?桶"
        r"|还给?你们?[^,.!?]{0,4}桶|归还|把[^,.!?]{0,4}桶还|回收[^,.!?]{0,3}桶|上门收桶|收空桶"
        r"|空桶[^,.!?]{0,3}(?:拿走|收走|取走|来收|回收|退)|把[^,.!?]{0,4}桶[^,.!?]{0,2}(?:拿走|收走"
        r"|取走|退|收回)|退瓶|不用桶了|(?<![\d一二两俩三四五六七八九十几])桶不(?:要|用)了|"
        + _DEPOSIT_BACK)),
    ("cancel", re.compile(
        r"取消|撤销|撤单|退单|退订单|不要了|不用了|别送了|不用送了|不要送了|不送了|先不要|不订了"
        r"|不买了|不需要了|算了|退款|退钱|作废|撤回|下错单|订错了"
        r"|(?:不要|不用|不需要)(?:水|这单|那单|订单|送水)了")),
    ("complaint", re.compile(_PRODUCT_FAULT + "|"
        r"态度|太差|很差|真差|差劲|不满意|骗子|欺骗|坑人|脏|异味|有味|怪味|味道不对|杂质|沉淀"
        r"|虫|漏水|漏了|破了|破的|坏了|坏的|送错|少送|漏送|多收|乱收费|拉肚子|过期了|过期的|发臭"
        r"|臭|骂|生气|垃圾|服务差|服务不好|假的|假水|假货|怎么回事|赔偿|不专业|粗鲁|摔|迟到"
        r"|水有问题|质量|恶心|离谱|气死")),
)
# … and after them (余额充值 is recharge, not balance; 送水电话 is not an order).
_RULES: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("order_status", re.compile(
        r"到哪|哪儿了|哪里了|还没(?:有)?(?:送|到|来)|还不(?:送|到|来)|怎么还|咋还|没收到"
        r"|(?:什么|啥)时候(?:能|才|可以)?(?:到|送到|来|送)|多久(?:能|才|可以)?(?:到|送)|还要多久"
        r"|还要等|要等多久|等了|等半天|等好久|过了[^,.!?]{0,4}(?:小时|分钟)|半天了|催"
        r"|(?:我的|订的)水呢|^水呢|订单(?:状态|进度)|配送进度|送出(?:来|去)?了|送了[吗没]|派送了"
        r"|发出了[吗没]|出发没|多长时间|出发了[吗没]|发货了|在路上|到了[吗没]|送到了[吗没]"
        r"|几点(?:能|可以)?(?:到|送到)|太慢|好慢|这么慢"
        r"|(?:订单|单子|这单|那单|我的单|这个单)[^,.!?]{0,6}(?:怎么样|咋样|什么情况|啥情况|状态"
        r"|进度|动静|有消息)")),
    ("buy_tickets", re.compile(
        r"(?:买|卖|购|办|充|订|来|要|续|囤|整|弄|搞|开|入|下单)(?![的过])[^,.!?用扣拿刷桶箱瓶]{0,6}?"
        rf"{_PACK_NOUN}(?!支付|付|抵|结|扣)|水票套餐|[\d一二两三四五六七八九十]+套水票")),
    ("balance", re.compile(
        r"(?<!用)(?<!从)(?<!拿)余额(?!支付|付|买单|扣|结)|还剩|剩(?:几|多少|下)|还有(?:几|多少)"
        r"|几张|多少张|" + _DEPOSIT_MINE +
        r"|(?:有|放了|押了|存了)(?:几|多少)个?[^,.!?]{0,5}桶|我(?:还)?有(?:多少|几)|账户"
        r"|查(?:一下|下)?(?:水票|余额|押金|账|我的(?!订单|单))|欠(?:你们)?(?:几|多少)?个?桶"
        r"|储值(?:还)?(?:有|剩)?多少")),
    ("price", re.compile(
        r"多少钱|价格|价钱|价位|价目|报价|几块|几元|多钱|怎么卖|咋卖|贵不贵|贵吗|便宜点|便宜吗|优惠"
        r"|哪个便宜|哪个贵|押金(?:是)?多少|报个?价|有(?:什么|哪些|啥)(?:水|牌子|品牌|产品)"
        r"|打折|折扣|收费|单价|什么价|啥价|多少一桶|怎么算钱|怎么收费|" + _DEPOSIT_COST)),
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
    address_ref: bool = False  # 家里 / 公司 / 老地址
    topic: str | None = None  # the side question asked (topics.read_topic)

    @property
    def names_order(self) -> bool:
        """Products, amounts, 老样子 or an address: the message is placing an order."""
        return self.has_items or self.repeat or self.has_address or self.address_ref


def classify(text: str, signals: Signals) -> str:
    """The intent of `text` (product names and the address already masked out)."""
    if signals.has_code:
        return "redeem_code"
    if _HOWTO.search(text):
        return "help"
    if _REMINDER.search(text):
        return "reminder_off" if _REMINDER_OFF.search(text) else "reminder_on"
    for intent, pattern in _FIRST_RULES:
        if pattern.search(text):
            return intent
    if signals.topic == DELIVERY_FEE and not (signals.has_address or signals.repeat):
        return "price"  # 送水要运费吗 asks a price; with an address written it places an order
    if signals.topic in INFO_TOPICS and not signals.names_order:
        return "help" if signals.topic == "human" else "unknown"
    for intent, pattern in _RULES:
        if pattern.search(text):
            return intent
    if _buys_pack(text):
        return "buy_tickets"
    if signals.has_items or signals.repeat or signals.has_address or signals.has_payment \
            or signals.only_slots:
        return "order"  # slots alone (an address, 货到付款) answer an order being placed
    if _ORDER_CUE.search(text):
        return "order"
    if _HURRY.search(text):
        return "order_status"  # 快点 with nothing to order hurries the order already placed
    return "unknown"


def _buys_pack(text: str) -> bool:
    """水票来一套 / 怡宝水票两套 / 续费水票 / 10送1: a pack bought, the noun before the verb."""
    if _PROMO.search(text):
        return True
    if _PACK_NOUN_RE.search(text) is None or _SPENDS_TICKETS.search(text):
        return False
    return _PACK_LATE.search(text) is not None
