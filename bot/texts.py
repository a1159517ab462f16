"""Every sentence a customer, courier or owner reads, in one place."""

from __future__ import annotations

PAYMENT_NAMES = {
    "ticket": "水票",
    "balance": "余额",
    "cash": "货到付款(现金)",
    "wechat_pay": "微信支付(送达时扫码)",
}
# With WeChat Pay connected (docs/PAY.md) 微信支付 is paid online, right after ordering.
WECHAT_PAY_ONLINE = "微信支付(下单后在线付款)"


def payment_name(method: str, online: bool) -> str:
    """How a payment method reads to the customer; `online`: WeChat Pay is connected."""
    if method == "wechat_pay" and online:
        return WECHAT_PAY_ONLINE
    return PAYMENT_NAMES[method]



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
STILL_BUSY = "上一条消息还在处理中,请稍等片刻再发一次。"
VOICE_NOT_HEARD = "没听清您的语音,请再说一遍或发文字。"
IMAGE_KEPT = "图片已收到并转给水站,谢谢!"
LOCATION_SAVED = "已保存地址:{address}。"

ASK_PRODUCT = "要哪种水?{offer}\n{choices}"
OFFER_USUAL = "您常订的是{name},回复 1 就订它;或者回复序号、告诉我品牌。"
OFFER_NONE = "回复序号或告诉我品牌。"
PRODUCT_CHOICE = "{index}. {name}"
ASK_QUANTITY = "{name}要几{unit}?"
ASK_ADDRESS = "送到哪里?请发送地址(如 阳光花园3栋502)或发送位置。"
ASK_ADDRESS_LABEL = "还没有“{label}”的地址,请发送{label}的地址。"
ASK_PAYMENT = "怎么付款?\n{choices}"
# A mixed order: tickets pay the lines they cover, the rest is paid one other way.
ASK_PAYMENT_REST = (
    "您的水票可以抵:{covered}(用{tickets}张水票)。\n"
    "剩下 {left} 还需付 {due}元,这部分怎么付?\n{choices}"
)
REST_FEES = "运费、押金等"
TICKETS_AND_REST = "水票 用{used}张({covered}),剩{left}张;其余{rest}"
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
ASAP = "尽快,{window}"
OVER_LIMIT = "单次最多订{limit}件,大量订购{contact}。"
OVER_LIMIT_GO_ON = "少订一些的话,请直接说数量,比如“5桶”。"
ASAP_NOT_TODAY = "(今天已来不及,这是最早能送的时间)"
TICKETS_USED = "水票 用{used}张,剩{left}张"
MONEY_DUE = "应付:{due}元{detail}"
FREE_MARK = "(赠送)"
DISCOUNT_NOTE = ",优惠券已减{amount}元"
NOTHING_DUE = "无需另付钱"
PLACED = "下单成功!订单号 {number},{window} 送达。{money}\n查进度回复“水到哪了”。"
PLACED_PAY_ONLINE = (
    "订单 {number} 已生成,{window} 送达。{money}\n"
    '请在{minutes}分钟内<a href="{link}">点此微信支付</a>,付款后马上为您安排配送;'
    "超时未付订单会自动取消。"
)
NO_LAST_ORDER = "还没有您的订单记录。"
# A message while the order flow waits for an answer (bot/handlers/ordering.py).
DRAFT_RESTARTED = "好的,按您刚说的重新下单。"
DRAFT_OPEN_ORDERS = "已下的订单 {numbers} 照常配送;要取消它,请回复“取消订单 单号”。"
REASK = "{answer}\n\n接着刚才的订单:{question}"
REASK_CONFIRM = "订单还没下,请确认:" + CONFIRM_CHOICES
BALANCE_SHORT = "订单还没下:余额只有{held}元,不够付这一单。请换一种付款方式,或先充值再下单。"
RECONFIRM = "订单还没下。刚才转了人工,请再看一眼订单:"
TICKETS_CHANGED = "订单还没下:您的水票刚有变动(到期或已用掉),下面是重新算过的订单。"
NOT_A_CHOICE = "没有这个序号。"
NOT_AN_ADDRESS = "这看起来不像地址。"
NOT_A_TIME = "没听懂时间。"
NOT_A_PAYMENT = "请回复付款方式的序号。"
NOTED = "好的,{parts}。"
NOTED_ADDRESS = "地址 {address}"
NOTED_PHONE = "电话 {phone}"
NOTED_LINE = "{name} × {quantity}"
NOTED_AMOUNT = "{quantity}{unit}"

NO_OPEN_ORDER = "您现在没有进行中的订单。"
CANCEL_WHICH = "您有{count}个进行中的订单,要取消哪一个?回复序号:\n{orders}"
CANCEL_WHICH_ANY = "您有{count}个可以取消的订单或水票单,要取消哪一个?回复序号:\n{orders}"
CANCEL_WHICH_LINE = "{index}. {line}"
CANCELLED = "订单 {number} 已取消。{refund}"
REFUND_TICKETS = "{n}张水票已退回。"
# Tickets from a lot that expired while the order was open come back usable for a grace period.
REFUND_TICKETS_EXTENDED = "其中{n}张所属水票已过期,为您延期到{date}前可用。"
REFUND_BALANCE = "{amount}元已退回余额。"
STATUS_LINE = "订单 {number}:{state},{window}{courier}"
STATUS_COURIER = ",送水师傅 {name} {phone}"
CHANGE_CONFIRM = "订单 {number} 的{what}:\n{old} → {new}\n回复 1 确认修改,0 不改了"
CHANGE_WHAT = {"time": "送水时间", "address": "送水地址", "quantity": "数量"}
CHANGE_QUANTITY = "{n}桶"
CHANGE_NEED = {
    "time": "想改到什么时间?请说具体些,如“改到明天下午”。",
    "address": "想改到哪个地址?请说完整地址,如“地址改成创业大厦A座1608”。",
    "quantity": "想改成几桶?如“改成3桶”。",
}
CHANGE_WHICH = "您有{count}个进行中的订单,要改哪一个?回复序号:\n{orders}"
CHANGE_DONE = "已修改订单 {number}:{what} {new}。{money}"
CHANGE_CHARGED = "已从余额扣 {amount}元。"
CHANGE_REFUNDED = "已退回余额 {amount}元。"
CHANGE_TICKETS_TAKEN = "多用了{n}张水票。"
CHANGE_TICKETS_BACK = "退回{n}张水票。"
CHANGE_TOO_LATE = "订单 {number} 已经在路上了,不能再修改;有急事{contact}。"
CHANGE_MIXED_QUANTITY = (
    "订单 {number} 用水票和其他方式一起付款,改数量请取消后重新下单;改时间、改地址都可以。"
)
CHANGE_KEPT = "好的,订单不改了。"
HURRY_LOGGED = "已帮您催单,水站会尽快安排。"
STATE_NAMES = {
    "pending": "待确认",
    "awaiting_dispatch": "等待派送",
    "assigned": "已派单,等师傅接单",
    "delivering": "师傅已接单,配送中",
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
PACK_ORDERED = (
    "已为您登记购买{name},{price}元,送水时交给师傅(现金或扫码),付款后水票到账。"
    "不想要了回复“取消水票”。"
)
# A pack bought in chat with WeChat Pay connected: paid online, or to the courier as before.
ASK_PACK_PAYMENT = (
    "{name} {price}元,怎么付款?\n1. 微信支付(现在在线付款,付完水票马上到账)\n2. 送水时付给师傅"
)
PACK_PAY_ONLINE = (
    "已为您生成水票单 #{id}({name} {price}元)。"
    '请在{minutes}分钟内<a href="{link}">点此微信支付</a>,'
    "付款后水票马上到账;超时未付会自动取消。"
)
PACK_PAID = (
    "已收到水票单 #{pack_id}({pack})的微信支付 {amount}元,"
    "{tickets}张水票已到账,这种水票现有{balance}张。"
)
PACK_PAY_REMINDER = (
    "水票单 #{pack_id}({pack})还没有付款({amount}元),{minutes}分钟后会自动取消。"
    '<a href="{link}">点此微信支付</a>'
)
PACK_PAY_CLOSED = (
    "水票单 #{pack_id}({pack})超过{minutes}分钟没有付款,已自动取消。需要的话请重新购买。"
)
PACK_REFUNDING = (
    "水票单 #{pack_id}({pack})已付的 {amount}元 将原路退回您的微信,一般几分钟内到账。"
)
PACK_REFUNDED = "水票单 #{pack_id}({pack})的退款 {amount}元 已原路退回您的微信。"
PACK_CANCELLED = "已取消水票单 #{id}({pack} {price}元),不用付款了。"
PACK_CANCEL_LINE = "水票单 #{id} {pack} {price}元(待付款)"
PACK_CANCEL_NONE = "您没有待付款的水票单;已付款的水票要退"
NO_PACKS = "暂时没有水票套餐,想买水票{contact}。"

REDEEMED = "兑换成功!{name}已到账,{sku}水票现有{balance}张。"
ASK_CODE = "请发送兑换码,例如 兑换 K7QX-9M2P-4TZA。"
PROMO_CLAIMED = "领取成功!送您一张{coupon}。"
PROMO_HELD = "您已领过这张{coupon},下单时会自动使用。"
PROMO_USED = "这个优惠码的优惠券您已经用过了。"
PROMO_EXPIRED = "您领的这张优惠券已过期。"
RETURN_LOGGED = "已登记退桶{count},水站会安排师傅上门收桶并退押金。"
RETURN_NONE = "您名下没有押桶;如有疑问{contact}。"
REMINDERS_OFF = "好的,不再给您发送送水提醒。想恢复时回复“开启提醒”。"
REMINDERS_ON = "已开启送水提醒,快喝完时会提醒您。"
COMPLAINT_LOGGED = "非常抱歉给您带来不好的体验,已转交店长处理,会尽快联系您。"
COMPLAINT_ASK_DETAILS = (
    "很抱歉给您带来不好的体验。请说一下遇到了什么问题,也可以发照片,我们会转交店长处理。"
)
COMPLAINT_PICTURE_FIRST = "图片已收到,请再用文字说一下遇到了什么问题。"
COMPLAINT_PICTURE_SENT = "图片已收到,已转给店长。"
RETURN_ASK_COUNT = "您名下有{held}个桶,要退几个?回复数字即可。"
RETURN_COUNT_RANGE = "您名下有{held}个桶,请回复1到{held}之间的数字。"
RETURN_OPEN_ORDERS = "\n您还有未完成的订单:{numbers}。如果不订了,回复“取消订单”即可取消。"
COMPLAINT_TO_OWNER = "新投诉 #{id}:{name}({phone})说:{text}"
COMPLAINT_PICTURE_UNFETCHED = (
    "投诉 #{id}:{name}({phone})发来的一张图片没能从公众号取到,请联系客户再看。"
)
HURRY_TO_DISPATCH = "催单:订单 {number}({name})客户在催"

# WeCom: couriers, dispatchers and owners
STAFF_UNKNOWN = "您好,您还不是本水站的员工账号,请联系店长开通。"
STAFF_FORBIDDEN = "这个命令只有店长或调度可以用。"
COURIER_HELP = (
    "送水员命令:\n任务 · 接单 N · 送达 N 回桶 2 收款 44 · 无人 N · 改约 N 明天上午\n"
    "收款码 N(开通微信支付后) · 路线 · 暂停接单 / 开始接单 · 今日 · 本月"
)
OWNER_HELP = (
    "店长命令:\n今日 · 昨日 · 本周 · 本月 · 统计 2026-11 · 排行 · 待派 · 派单 · 派 N courier1\n"
    "水票 · 押金 · 沉睡 · 客户 手机号或名字 · 订单 N · 投诉\n"
    "退桶 · 收桶 N 个数 · 票款 · 收票款 N"
)
# 对账 (the day's close; the summary's own wording is domain/rules/close_texts.py).
ASK_CLOSE_DAY = "请写明哪一天,如 对账 昨天、对账 11-24 或 对账 2026-11-24。"
CLOSE_OWNERS_ONLY = "对账只有店长可以查看。"
HAND_IN_OWNERS_ONLY = "送水员上交的现金由店长登记。"
HAND_IN_USAGE = (
    "请这样写:上交 送水员名字 金额,如 上交 刘师傅 100(记错了可以再记一笔负数,如 上交 刘师傅 -20)。"
)
HAND_IN_WHO = "没有找到送水员“{who}”(或有重名),请写他的名字或企业微信账号。"
HAND_IN_DONE = "已登记:{name} 上交现金 {amount} 元。发“对账 今天”可核对。"

# ---- Owners and dispatchers (WeCom): figures, dispatch, customers, complaints, alerts ----
OWNER_HELP_MORE = (
    "\n图表:趋势 · 品牌 · 排行图 · 处理投诉:处理 N 说明"
    "\n人工客服:值班 · 下班 · 谁值班 · 回复 N 内容 · 结束 N"
    "\n对账:对账 · 对账 昨天 · 对账 11-24 · 上交 刘师傅 100"
)
DUTY_ON = "已值班:要人工的客户会转给您。"
DUTY_OFF = "已下班:新的人工请求不再转给您(正在聊的客户仍在您这里,说完请“结束”)。"
DUTY_ROSTER = "现在值班:{names}。"
DUTY_NOBODY = "现在没有人值班,要人工的客户会转给所有店长。"
PERIOD_TITLES = {"today": "今日", "yesterday": "昨日", "week": "本周", "month": "本月"}
MONTH_TITLE = "{year}年{month}月"
STATS_TITLE = "统计"
DAY_RANGE = "{month}月{day}日"
ASK_MONTH = "请写明月份,如 统计 2026-11。"
FIGURES = (
    "{title}({span})\n"
    "订单:新下 {placed} 单,取消 {cancelled} 单,送达 {delivered} 单\n"
    "送水 {buckets} 桶,回收空桶 {empties} 个\n"
    "营收 {revenue} 元(不含押金):\n"
    "· 现金 {cash} 元 · 扫码 {scan} 元\n"
    "· 余额消费 {balance} 元\n"
    "· 水票核销 {redeemed} 张,按单价 {redeemed_value} 元\n"
    "{deposit}\n"
    "水票卖出 {packs} 套 {packs_value} 元,共 {sold} 张\n"
    "新客户 {new_customers} 位(首次下单)"
)
# Deposits are owed back when the buckets return: shown beside revenue, never in it.
FIGURES_DEPOSIT_IN = "另收押金 {amount} 元(要退还,不算营收)"
FIGURES_DEPOSIT_OUT = "退押金 {amount} 元(多回的空桶,不算营收)"
RANKING_HEAD = "{title}送水员排行:"
RANKING_LINE = "{index}. {name} 送达 {deliveries} 单 {buckets} 桶,准时 {on_time}%,平均 {avg}"
RANKING_IDLE = "{index}. {name} 还没有送达"
RANKING_MINUTES = "{minutes} 分钟"
RANKING_NO_TIME = "—"
RANKING_EMPTY = "还没有送水员。"
UNASSIGNED_HEAD = "待派订单 {count} 单:"
UNASSIGNED_LINE = "· {number} {items} | {address} | {window} | {customer}"
UNASSIGNED_RETURNED = " | {courier}退回:{reason}"
UNASSIGNED_HINT = "回复“派 单号 送水员”派单,如 派 {number} {courier}"
UNASSIGNED_NONE = "没有待派的订单。"
PLAN_FIGURES = (
    "派单计划({at}):排上 {planned}/{orders} 单,{couriers} 位送水员,约 {km} 公里,"
    "预计迟到 {late} 单,每人每小时 {rate} 单,规划用时 {seconds} 秒"
)
PLAN_ROUTE = "· {name} {count} 单:{stops}"
PLAN_DROPPED_HEAD = "未排上 {count} 单:"
PLAN_DROPPED = "· {number} {label}"
PLAN_PLACED = "无坐标、按同楼估计位置:{numbers}"
ASSIGN_USAGE = "派单格式:派 单号 送水员,如 派 20261124001 courier1"
ASSIGNED_TO = "已把订单 {number} 派给 {courier}。"
NO_SUCH_COURIER = "没有这位送水员:{name}。可派:{couriers}"
TICKETS_HEAD = "未使用的水票(欠客户的水):"
TICKETS_LINE = "· {name} {count} 张 × {price} = {value} 元({holders} 位客户)"
TICKETS_TOTAL = "合计 {count} 张,{value} 元"
TICKETS_NONE = "没有未使用的水票。"
DEPOSITS = "在外的桶 {buckets} 个({customers} 位客户),其中已付押金 {paid} 个,押金共 {deposit} 元。"
SLEEPERS_HEAD = "沉睡客户 {count} 位:"
SLEEPER_LINE = "· {name} {phone}:{why}"
SLEEPER_OVERDUE = "过了预计补水日 {due}"
SLEEPER_IDLE = "{days} 天没下单(上次 {last})"
SLEEPER_JOIN = ";"
SLEEPERS_NONE = "没有沉睡客户。"
CUSTOMER_USAGE = "请在“客户”后写手机号或名字,如 客户 13800000001。"
CUSTOMER_NONE = "没有找到客户“{query}”。"
CUSTOMER_MANY = "找到 {count} 位客户,请写完整手机号:"
CUSTOMER_MANY_LINE = "· {name} {phone}"
CUSTOMER_CARD = (
    "{name} {phone}\n"
    "地址:{address}\n"
    "水票:{tickets}\n"
    "余额 {balance} 元 · 押桶 {held} 个,押金 {deposit} 元\n"
    "累计 {total} 单,最近:\n{recent}\n"
    "{refill}"
)
CUSTOMER_NO_ADDRESS = "未留地址"
CUSTOMER_NO_TICKETS = "无"
CUSTOMER_TICKET = "{name} {count} 张"
CUSTOMER_NO_ORDERS = "· 暂无"
STATUS_PAY_LINK = '订单 {number} 待付款:<a href="{link}">点此微信支付</a>'
CUSTOMER_ORDER_LINE = "· {number} {day} {items} {state}"
REFILL_FORECAST = "补水预测:约每 {days} 天 1 桶,预计 {date} 需要{note}"
REFILL_GONE = "补水预测:约每 {days} 天 1 桶,已很久没订,可能流失"
REFILL_NEW = "(新客户,按同类估算)"
REFILL_WEEKDAYS = "(只在工作日订)"
REFILL_UNKNOWN = "补水预测:还没有送达记录"
ORDER_USAGE = "请写订单号,如 订单 20261124001。"
ORDER_NONE = "没有找到订单 {number}。"
ORDER_CARD = (
    "订单 {number}:{state}\n"
    "客户:{customer} {phone}\n"
    "地址:{address}\n"
    "时段:{window}\n"
    "商品:{items}\n"
    "付款:{payment},应付 {total} 元{tickets}{collected}\n"
    "送水员:{courier}\n"
    "记录:\n{events}"
)
ORDER_TICKETS = ",水票 {count} 张"
ORDER_COLLECTED = ",已收 {cash} 元"
ORDER_NO_COURIER = "未派"
ORDER_EVENT = "· {at} {src}→{dst} {actor}{reason}"
COMPLAINTS_HEAD = "未处理投诉 {count} 条:"
COMPLAINT_LINE = "#{id} {at} {name} {phone}{order}:{text}"
COMPLAINT_ORDER = "(订单 {number})"
COMPLAINTS_HINT = "处理完回复“处理 编号 说明”,如 处理 {id} 已电话道歉"
COMPLAINTS_NONE = "没有未处理的投诉。"
CLOSE_USAGE = "请写明编号和处理结果,如 处理 3 已电话道歉。"
COMPLAINT_CLOSED = "投诉 #{id} 已关闭:{resolution}"
COMPLAINT_ALREADY = "投诉 #{id} 之前已处理:{resolution}"
COMPLAINT_MISSING = "没有投诉 #{id}。"
TREND_SUMMARY = (
    "近{days}天:送达 {orders} 单 {buckets} 桶,营收 {revenue} 元,日均 {avg} 桶;"
    "最多的一天 {best}({best_buckets} 桶)。"
)
BRANDS_HEAD = "近{days}天各品牌送水桶数:"
BRAND_LINE = "· {name} {buckets} 桶({share}%)"
BRANDS_NONE = "近{days}天没有送水记录。"
CHART_FOLLOWS = "\n图表稍后发到这里。"
ALERT_NOT_ACCEPTED = (
    "【接单超时】订单 {number} 派给{courier}已 {minutes} 分钟没人接单。"
    "{customer} {phone} {address},{window}。请联系{courier},或回复“派 {short} 送水员”改派。"
)
ALERT_OVERDUE = (
    "【超时未送】订单 {number} 的送达时段 {window} 已过,现在{state}{courier}。"
    "{customer} {phone} {address}。{todo}"
)
ALERT_OVERDUE_CALL = "请联系送水员和客户。"
ALERT_OVERDUE_COURIER = ",送水员{courier}"
ALERT_FAILED = (
    "【配送失败】订单 {number}({courier}):{reason}。{customer} {phone} {address}。"
    "现在:{state}。{todo}"
)
ALERT_FAILED_NO_REASON = "未送达"
ALERT_RESCHEDULED = (
    "【改约】订单 {number}({courier})改约到 {window}。{customer} {phone} {address}。"
    "现在:{state}。{todo}"
)
ALERT_NOW_COURIER = "{state}(送水员{courier})"
ALERT_TODO_ASSIGN = "回复“派 {short} 送水员”安排。"
NO_NAME = "(未留名)"
NO_PHONE = "(未留电话)"
NO_ADDRESS = "(未留地址)"
ALERT_CASH_SHORT = (
    "【收款不足】订单 {number}({courier})应收{due}元,实收{collected}元,少收{short}元,"
    "已记为客户欠款。{customer} {phone} {address}。请向客户补收。"
)
# Customer requests staff act on: the alert when one arrives, the lists, settling them.
RETURN_TO_STAFF = (
    "【退桶 #{id}】{name} {phone} {address}:要退{count},名下{held}个桶、押金{deposit}元。"
    "请派人上门收桶,收回后回复“收桶 {id} 个数”退押金(退到余额加“余额”)。"
)
RETURN_COUNT = "{n}个桶"
RETURN_COUNT_UNSAID = "桶(没说几个)"
PACK_TO_STAFF = (
    "【买水票 #{id}】{name} {phone} {address}:要买{pack},{price}元,还没付款。"
    "请送水时收款,收到后回复“收票款 {id}”(扫码付的加“扫码”),水票即到账。"
)
PACK_CANCELLED_TO_STAFF = (
    "【水票单 #{id} 已取消】{name} {phone} {address}:客户不买{pack}({price}元)了,不用再收款。"
)
RETURNS_HEAD = "待上门收的退桶 {count} 单:"
RETURN_LINE = "#{id} {at} {name} {phone} {address}:要退{count},名下{held}个桶、押金{deposit}元"
RETURNS_HINT = "收回后回复“收桶 编号 个数”,如 收桶 {id} 2(退到余额加“余额”)"
RETURNS_NONE = "没有待上门收的退桶。"
COLLECT_USAGE = "请写退桶编号和收回几个,如 收桶 3 2;押金退到余额加“余额”。"
BUCKETS_COLLECTED = "退桶 #{id} 已办好:收回{buckets}个桶,{refund}。客户现在名下{held}个桶。"
REFUND_IN_CASH = "退押金{amount}元现金"
REFUND_TO_BALANCE = "押金{amount}元已退到余额"
REFUND_NONE = "这些桶没有押金要退"
# The part of a return's deposit that was paid online goes back to the customer's WeChat.
REFUND_ONLINE = "押金{amount}元原路退回客户微信"
PACKS_PENDING_HEAD = "待收款的水票 {count} 单:"
PACK_PENDING_LINE = "#{id} {at} {name} {phone} {address}:{pack},{price}元"
PACKS_PENDING_HINT = "收到钱后回复“收票款 编号”,如 收票款 {id}(扫码付的加“扫码”)"
PACKS_PENDING_NONE = "没有待收款的水票。"
SETTLE_USAGE = "请写水票单编号,如 收票款 3;扫码付的写 收票款 3 扫码。"
PACK_SETTLED = "水票单 #{id} 已收款{price}元({method}):{pack}已到账,客户这种水票现有{balance}张。"
PAID_BY = {"cash": "现金", "wechat_pay": "扫码", "balance": "余额"}
# Chart labels: Chinese when a CJK font is installed, ASCII otherwise (the image stays legible).
CHART_TREND = ("近30天每日送水桶数", "Buckets delivered per day, last 30 days")
CHART_TREND_REVENUE = ("营收(元)", "Revenue (yuan)")
CHART_BRANDS = ("近30天品牌占比(桶)", "Brand share, buckets, last 30 days")
CHART_RANKING = ("送水员送达单数", "Deliveries per courier")
CHART_ON_TIME = ("准时率 %", "On time %")
CHART_NO_DELIVERIES = ("无配送", "No deliveries")

# ---- Couriers in WeCom (issue 4, courier half): task cards, taps, delivery, commands ----
TASK_CARD_SOURCE = "送水任务"
TASK_CARD_TITLE = "#{short} {window}"
TASK_CARD_DESC = "订单 {number}"
TASK_CARD_NOTE = "备注"
TASK_CARD_ITEMS = "商品"
TASK_CARD_ADDRESS = "地址"
TASK_CARD_PAYMENT = "收款"
TASK_CARD_DEPOSIT = "押金"
TASK_CARD_CUSTOMER = "客户"
TASK_CARD_PHONE = "电话"
TASK_DEPOSIT_VALUE = "{amount}元(已含在收款里)"
TASK_PAY_TICKET = "水票{tickets}张"
TASK_PAY_EXTRA = ",另收现金{amount}元"
TASK_PAY_EXTRA_SCAN = ",另扫码收{amount}元"
TASK_PAY_CASH = "现金 {amount}元"
TASK_PAY_SCAN = "扫码 {amount}元"
TASK_PAY_PAID = "已付清"
BUTTON_ACCEPT = "接单"
BUTTON_DONE = "已送达"
BUTTON_ABSENT = "无人在家"
BUTTON_RESCHEDULE = "改约"
# What a tapped button turns into (greyed out).
CARD_ACCEPTED = "已接单"
CARD_DELIVERING = "已送达"
CARD_ABSENT = "无人在家,已退回"
CARD_RESCHEDULING = "已改约"
CARD_STALE = "已失效"
CARD_REASSIGNED = "已改派他人"
CARD_CANCELLED = "客户已取消"
CARD_DONE = "已处理"

TASK_REASSIGNED = "订单 {number} 已改派给其他师傅,这单不用送了。"
TASK_CANCELLED = "订单 {number} 客户已取消,这单不用送了。"
TASK_CHANGED = "订单 {number} 客户改了时间、地址或数量,请以新的任务卡为准。"
CUSTOMER_DELIVERED = "您的订单 {number} 已送达{detail}。感谢惠顾!"
CUSTOMER_DELIVERED_BUCKETS = ",送{buckets}桶、回收空桶{empties}个"
CUSTOMER_DELIVERED_CASH = ",收款{amount}元"
CUSTOMER_DELIVERED_REFUND = ",退您押金{amount}元"
CUSTOMER_PAID = "已收到订单 {number} 的微信支付 {amount}元,马上为您安排配送。"
CUSTOMER_PAY_LINK = (
    '订单 {number} 已为您下好,应付{amount}元。请在{minutes}分钟内<a href="{link}">点此微信支付</a>,'
    "付款后马上安排配送;超时未付订单会自动取消。"
)
CUSTOMER_PAY_REMINDER = (
    "订单 {number} 还没有付款({amount}元),{minutes}分钟后会自动取消。"
    '<a href="{link}">点此微信支付</a>'
)
CUSTOMER_REFUNDING = "订单 {number} 已付的 {amount}元 将原路退回您的微信,一般几分钟内到账。"
CUSTOMER_REFUNDED = "订单 {number} 的退款 {amount}元 已原路退回您的微信。"
CUSTOMER_PAY_CLOSED = "订单 {number} 超过{minutes}分钟没有付款,已自动取消。需要的话请重新下单。"
CUSTOMER_MISSED = "师傅上门送水(订单 {number})时家里没人,水站会重新安排,有问题请直接回复。"
CUSTOMER_RESCHEDULED = "您的订单 {number} 已改约到 {window},到时师傅会再送来。"

ACCEPTED = "已接单 {number},路上注意安全。送到后点“已送达”或回复“送达 {short}”。"
ALREADY_ACCEPTED = "订单 {number} 您已经接过了。"
ASK_EMPTIES = "订单 {number} 送了{buckets}桶,回收了几个空桶?回复数字,回复“好”按{expected}个。"
ASK_CASH = "收款多少元?应收{amount}元,回复“好”按应收记录。"
BAD_EMPTIES = "请回复回收的空桶数,比如 2。"
BAD_CASH = "请回复收到的金额,比如 44 或 44.5。"
DELIVERED = (
    "已登记送达 {number}:送{buckets}桶,回桶{empties}个,{money}{deposit}。{door}"
    "可以发一张送达照片留证(可选)。"
)
DELIVERED_CASH = "收款{amount}元"
DELIVERED_PAID_OUT = "付给客户{amount}元"
DELIVERED_DEPOSIT = "(含押金{amount}元)"
DELIVERED_DEPOSIT_BACK = "(多回的空桶退押金{amount}元)"
DELIVERED_SHORT = "应收{due}元,少收了{short}元,已记为客户欠款,店长会收到提醒。"
DELIVERED_OVER = "应收{due}元,多收了{over}元,请一起上交。"
PHOTO_KEPT = "照片已保存。"
ABSENT_DONE = "已登记订单 {number} 无人在家,已退回调度,客户会收到通知。"
ASK_RESCHEDULE = "订单 {number} 改到什么时候?比如“明天上午”“今天下午3点”。"
BAD_RESCHEDULE = "没听懂时间,请说“明天上午”“周六下午”这样的时间。"
RESCHEDULED = "订单 {number} 已改约到 {window},已通知客户。"
FLOW_LEFT = "好的,已退出。"

TAP_UNKNOWN = "这张任务卡已失效,回复“任务”看您现在的任务。"
TAP_NOT_YOURS = "这不是您的任务卡,请联系调度。"
TAP_STALE = {
    "delivered": "订单 {number} 已经送达登记过了。",
    "failed": "订单 {number} 已登记无人在家,退回调度了。",
    "rescheduled": "订单 {number} 已改约,新的任务卡会另外发。",
    "reassigned": "订单 {number} 已改派,这张卡不用处理了。",
    "cancelled": "订单 {number} 客户已取消,不用送了。",
}
TAP_MOVED_ON = "订单 {number} 现在是“{state}”,这张卡不用处理了。"

NO_TASKS = "您现在没有任务。"
TASKS_HEAD = "您的任务({count}单,按路线排):"
TASK_LINE = "{index}. #{short} {window} {address}\n   {items} · {payment}{state}"
TASK_ON_THE_WAY = " · 配送中"
ROUTE_HEAD = "今天的路线({count}单):"
ROUTE_LINE = "{index}. #{short} {address} {window}{map}"
ROUTE_NONE = "今天没有要送的单。"
ROUTE_PLAN_HEAD = "【今日路线】共{count}单,约{km}公里,按顺序送:"
ROUTE_PLAN_MORE = "【今日路线】(续)"
ROUTE_UPDATED_HEAD = "【路线更新】新加 #{short},现共{count}单,约{km}公里,按顺序送:"
ROUTE_PLAN_STOP = "{index}.{trip} {window} #{short} {address} {items}{notes}\n   {links}"
ROUTE_TRIP = "[第{trip}趟]"
ROUTE_MAP = "导航"
ROUTE_CALL = "拨打{phone}"
ROUTE_PLACED = " (无坐标,位置按同楼估计)"
ROUTE_LATE = " (预计迟到)"
SHIFT_OFF = "已暂停接单,新订单不会再派给您。手上的{count}单还请送完。"
SHIFT_ON = "已开始接单。"
SHIFT_ON_GOT = "已开始接单,给您派了{count}单,任务卡马上到。"
DAY_SUMMARY = (
    "今日({date}):送达{delivered}单,{buckets}桶,回收空桶{empties}个,未送达{failed}次。\n"
    "现金{cash}元(需上交),扫码{scan}元。{door}\n计件{pieces}件,收入{earnings}元。"
)
DAY_SHORT = "少收{amount}元(客户欠款)。"
DAY_OVER = "多收{amount}元(已含在现金里)。"
MONTH_SUMMARY = "本月({month}):送达{delivered}单,计件{pieces}件,收入{earnings}元。"

# ---- Refill reminders: the one-tap reorder (the reminder wording is in domain/reminder_texts) ----
REORDER_PLACED = (
    "好的,已为您下单!订单号 {number},{window} 送达。{money}\n查进度回复“水到哪了”。"
)
REORDER_FAILED = "{reason},这次没有下单。可以直接说“送2桶农夫山泉,货到付款”来订水。"
REORDER_DECLINED = "好的,不打扰了。需要时随时说“送水”。"

# ---- Station questions and the conversation handed to staff (人工客服) ----
PRICE_NAMED_LINE = "{name} {price}元/{unit}{deposit}"
HANDOFF_OPENED = (
    "已为您转接人工客服,请直接说您的问题(文字或图片都可以),客服会尽快回复。"
    "发送“结束”可回到自助服务。"
)
HANDOFF_ALREADY = "正在为您转接人工客服,请直接说您的问题;发送“结束”可回到自助服务。"
HANDOFF_NOBODY = "现在没有客服在线,{contact}。"
HANDOFF_ENDED_BY_CUSTOMER = "好的,已结束人工服务。还需要什么随时说,需要人工再发送“人工”。"
HANDOFF_ENDED_BY_STAFF = "客服已结束本次对话,接下来由自助服务为您服务;需要人工请再发送“人工”。"
HANDOFF_LAPSED = (
    "人工客服已结束(30分钟没有新消息),接下来由自助服务为您服务;需要人工请再发送“人工”。"
)
HANDOFF_ANSWER = "客服{staff}:{text}"
HANDOFF_TO_STAFF = (
    "【人工客服 #{number}】{name}({phone})请求人工服务\n进行中的订单:{orders}\n"
    "回复客户:回复 {number} 内容 · 结束:结束 {number}"
)
HANDOFF_CARD_SOURCE = "人工客服"
HANDOFF_CARD_TITLE = "人工客服 #{number}"
HANDOFF_CARD_DESC = "{name}({phone})请求人工服务"
HANDOFF_CARD_ORDERS = "进行中的订单"
HANDOFF_CARD_HINT = "点“回复”再输入要对客户说的话(也可发 回复 {number} 内容);点“结束”交回自助服务。"
HANDOFF_BUTTON_REPLY = "回复"
HANDOFF_BUTTON_END = "结束"
HANDOFF_CARD_ENDED = "已结束"
HANDOFF_ASK_REPLY = "请输入要发给客户的话(会话 #{number}),发“取消”不发。"
HANDOFF_REPLY_CANCELLED = "好的,没有发给客户(会话 #{number} 仍在进行)。"
HANDOFF_TAKEN_OVER = "【#{number} {name}】{staff}回复了客户:{text}\n客户接下来的话转给{staff}。"
HANDOFF_NOT_OPEN = "会话 #{number} 已经结束,客户已回到自助服务。"
HANDOFF_ORDER = "{number} {state}"
HANDOFF_NO_ORDERS = "无"
HANDOFF_SAID = "【#{number} {name}】{text}"
HANDOFF_LOCATION = "[位置] {label} ({latitude},{longitude})"
HANDOFF_PICTURE = "【#{number} {name}】发来一张图片:"
HANDOFF_PICTURE_UNFETCHED = "【#{number} {name}】发来的一张图片没能从公众号取到,请让客户再发一次。"
HANDOFF_STAFF_ENDED = "会话 #{number}({name})已结束:{why}。"
HANDOFF_WHY = {"customer": "客户发送了结束", "lapse": "30分钟没有新消息,已交回自助服务"}
HANDOFF_SENT = "已发给客户(#{number})。"
HANDOFF_SENT_LAPSED = "会话 #{number} 已超时结束,这条没有发出;客户已回到自助服务。"
HANDOFF_CLOSED = "已结束会话 #{number},客户已回到自助服务。"
HANDOFF_USAGE = "回复客户:回复 编号 内容,如 回复 12 好的马上安排;结束会话:结束 12。"
