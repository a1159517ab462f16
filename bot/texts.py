"""Every sentence a customer, courier or owner reads, in one place."""

from __future__ import annotations

PAYMENT_NAMES = {
    "ticket": "水票",
    "balance": "余额",
    "cash": "货到付款(现金)",
    "wechat_pay": "微信支付(送达时扫码)",
}

MENU = (
    "您可以直接说:\n"
    "· 送两桶农夫山泉到阳光花园3栋502\n"
    "· 老样子 / 再来一桶\n"
    "· 我的订单 / 水到哪了 / 取消订单\n"
    "· 水票余额 / 价格 / 买水票\n"
    "· 兑换 XXXX-XXXX-XXXX(水票兑换码)\n"
    "· 退桶 / 退押金 · 投诉 · 退订提醒"
)
HELP = "在这里订水只要一句话。\n" + MENU
UNKNOWN = "没太明白您的意思。\n" + MENU
WELCOME = "欢迎关注{station}!发一句话就能订水,比如“明天上午送两桶农夫山泉到3栋502”。\n" + MENU
WELCOME_BACK = "欢迎回来!" + MENU
FLOW_CANCELLED = "好的,已取消。还需要什么随时说。"
SOMETHING_WENT_WRONG = "系统开小差了,请稍后再试,或直接致电水站。"
VOICE_NOT_HEARD = "没听清您的语音,请再说一遍或发文字。"
IMAGE_KEPT = "图片已收到并转给水站,谢谢!"
LOCATION_SAVED = "已保存地址:{address}。"

ASK_PRODUCT = "要哪种水?{offer}\n{choices}"
OFFER_USUAL = "您常订的是{name},回复 1 就订它;或者告诉我品牌。"
OFFER_NONE = "请告诉我品牌。"
ASK_QUANTITY = "{name}要几{unit}?"
ASK_ADDRESS = "送到哪里?请发送地址(如 阳光花园3栋502)或发送位置。"
ASK_ADDRESS_LABEL = "还没有“{label}”的地址,请发送{label}的地址。"
ASK_PAYMENT = "怎么付款?\n{choices}"
ASK_PHONE = "第一次订水,请留一个联系电话(11位手机号),方便师傅联系您。"
BAD_PHONE = "手机号格式不对,请输入11位手机号。"
ASK_EDIT_QUANTITY = "要改成几桶?回复数字即可。"
ASK_NEW_TIME = "想什么时候送?比如“明天上午”“今天下午3点”“尽快”。"
BAD_NUMBER = "请回复一个数字,比如 2。"
CONFIRM_CHOICES = "回复 1 确认 2 改数量 3 改时间 4 改地址 0 取消"
SUMMARY = (
    "请确认订单:\n{lines}\n送到:{address}\n时间:{window}{moved}\n付款:{payment}\n"
    "{money}\n" + CONFIRM_CHOICES
)
WINDOW_MOVED = "(不在营业时间,已顺延)"
ASAP = "尽快(约2小时内)"
TICKETS_USED = "水票 用{used}张,剩{left}张"
MONEY_DUE = "应付:{due}元{detail}"
NOTHING_DUE = "无需另付钱"
PLACED = "下单成功!订单号 {number},{window} 送达。{money}\n查进度回复“水到哪了”。"
NO_LAST_ORDER = "还没有您的订单记录,请告诉我要什么水、几桶。"

NO_OPEN_ORDER = "您现在没有进行中的订单。"
CANCELLED = "订单 {number} 已取消。{refund}"
REFUND_TICKETS = "{n}张水票已退回。"
REFUND_BALANCE = "{amount}元已退回余额。"
STATUS_LINE = "订单 {number}:{state},{window}{courier}"
STATUS_COURIER = ",送水师傅 {name} {phone}"
HURRY_LOGGED = "已帮您催单,水站会尽快安排。"
STATE_NAMES = {
    "pending": "待确认",
    "awaiting_dispatch": "等待派送",
    "assigned": "师傅已接单",
    "delivering": "配送中",
    "delivered": "已送达",
    "cancelled": "已取消",
    "failed": "未送达,待重新安排",
}

BALANCE_HEAD = "您的账户:"
BALANCE_TICKETS = "· {name}水票 {count}张{expiry}"
BALANCE_EXPIRY = "(最早 {date} 到期)"
BALANCE_NO_TICKETS = "· 暂无水票"
BALANCE_MONEY = "· 余额 {amount}元"
BALANCE_BUCKETS = "· 押桶 {held}个,押金 {deposit}元"
PRICE_HEAD = "价格表:"
PRICE_LINE = "· {name} {price}元/{unit}{deposit}"
PRICE_DEPOSIT = ",押金{deposit}元/桶"
PACKS_HEAD = "水票套餐:"
PACK_LINE = "{index}. {name} {price}元({tickets}张+送{bonus}张)"
ASK_PACK = "要哪种水票?回复序号:\n{packs}"
PACK_ORDERED = "已为您登记购买{name},{price}元,送水时交给师傅(现金或扫码),付款后水票到账。"
NO_PACKS = "暂时没有水票套餐。"

REDEEMED = "兑换成功!{name}已到账,{sku}水票现有{balance}张。"
ASK_CODE = "请发送兑换码,例如 兑换 K7QX-9M2P-4TZA。"
RETURN_LOGGED = "已登记退桶{count},水站会安排师傅上门收桶并退押金。"
RETURN_NONE = "您名下没有押桶。"
REMINDERS_OFF = "好的,不再给您发送送水提醒。想恢复时回复“开启提醒”。"
REMINDERS_ON = "已开启送水提醒,快喝完时会提醒您。"
COMPLAINT_LOGGED = "非常抱歉给您带来不好的体验,已转交店长处理,会尽快联系您。"
COMPLAINT_TO_OWNER = "新投诉 #{id}:{name}({phone})说:{text}"
HURRY_TO_DISPATCH = "催单:订单 {number}({name})客户在催"

# WeCom: couriers, dispatchers and owners
STAFF_UNKNOWN = "您好,您还不是本水站的员工账号,请联系店长开通。"
STAFF_FORBIDDEN = "这个命令只有店长或调度可以用。"
COURIER_HELP = (
    "送水员命令:\n任务 · 接单 N · 送达 N 回桶 2 收款 44 · 无人 N · 改约 N 明天上午\n"
    "路线 · 暂停接单 / 开始接单 · 今日 · 本月"
)
OWNER_HELP = (
    "店长命令:\n今日 · 昨日 · 本周 · 本月 · 统计 2026-11 · 排行 · 待派 · 派 N courier1\n"
    "水票 · 押金 · 沉睡 · 客户 手机号或名字 · 订单 N · 投诉"
)
