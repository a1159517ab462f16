"""The demo's conversations that leave the prompts (issue 12): a question in the middle of an
order, a slot answered out of turn, a new order sentence, 取消 in a draft, an order over the
limit, changing and hurrying an order already placed, questions about the station, a person
on request, a bare 投诉, 退桶 without a number and 再来一桶. Customers from the demo data say
them; each step checks the reply and the database as the rest of the day does.
"""

from __future__ import annotations

from datetime import timedelta

from bot.devtools.demo_kit import CHEN, LI, OWNER, ZHANG, Day, Step, StepFailed, same, text
from bot.devtools.demo_staff import handoff_card, texts_to, work
from bot.handoff_cards import card_task_prefix
from domain.reads import inspection
from domain.services.demo import DEMO_STATION

STATION_PHONE = str(DEMO_STATION["phone"])


async def _open_orders(day: Day, openid: str) -> list[str]:
    return await inspection.open_orders((await day.customer(openid)).id)


async def nothing_placed(day: Day) -> str:
    """The draft is still a draft: 陈女士 has no open order."""
    same("陈女士进行中的订单", await _open_orders(day, CHEN), [])
    return "还没有下单,草稿还在等付款方式"


async def chen_ordered(day: Day) -> str:
    """The new sentence's order: one bucket of 景田, cash at the door."""
    order = await day.order("chen_order")
    same("订单商品", order.lines, (("ganten-18l", 1),))
    same("付款方式", order.payment_method, "cash")
    return f"订单 {order.number}:景田 ×1,货到付款(怡宝那份草稿已被替换)"


async def only_chen_order(day: Day) -> str:
    """陈女士 still has exactly her one order, untouched."""
    order = await day.order("chen_order")
    same("陈女士进行中的订单", await _open_orders(day, CHEN), [order.number])
    return f"只有订单 {order.number}({order.state}),没有多下单,也没有取消它"


async def moved_to_tomorrow(day: Day) -> str:
    """The order's window is tomorrow afternoon (13:00-18:00)."""
    order = await day.order("chen_order")
    start = order.window_start.astimezone(day.settings.tz)
    tomorrow = (day.now() + timedelta(days=1)).date()
    same("新的送水日期", start.date(), tomorrow)
    same("新的开始时间", start.hour, 13)
    return f"订单 {order.number} 改到 {start:%m-%d %H:%M} 起"


async def hurried(day: Day) -> str:
    """催单 reached staff; no new order was made."""
    number = (await day.order("chen_order")).number
    same("陈女士进行中的订单", await _open_orders(day, CHEN), [number])
    told = [t for t in await texts_to("work", OWNER) if "催单" in t and number in t]
    if not told:
        raise StepFailed("店长没有收到催单")
    return f"没有新订单;企业微信:{told[-1]}"


async def handed_over(day: Day) -> str:
    """A numbered handoff is open and the owner was told who it is."""
    handoff = await inspection.latest_handoff((await day.customer(ZHANG)).id)
    if handoff is None or handoff.status != "open":
        raise StepFailed("没有进行中的人工会话")
    day.vars["handoff"] = str(handoff.number)
    card = await handoff_card(OWNER)
    if not str(card["task_id"]).startswith(card_task_prefix(handoff.number)):
        raise StepFailed("店长没有收到人工客服通知")
    return f"人工会话 #{handoff.number};店长收到卡片:{card['main_title']['title']}"


async def relayed(day: Day) -> str:
    """What the customer wrote reached the owner in WeCom."""
    said = [t for t in await texts_to("work", OWNER) if f"#{day.fill('{handoff}')} " in t]
    if not any("多送两桶" in t for t in said):
        raise StepFailed("客户的话没有转给店长")
    return f"转给店长:{said[-1]}"


async def answered(day: Day) -> str:
    """The owner's answer went to the customer as a customer-service message."""
    got = [t for t in await texts_to("mp", ZHANG) if "三点前送到" in t]
    if not got:
        raise StepFailed("客户没有收到店长的回复")
    return f"公众号客服消息:{got[-1]}"


async def handed_back(day: Day) -> str:
    """The handoff is closed by the customer; the bot answers again."""
    handoff = await inspection.latest_handoff((await day.customer(ZHANG)).id)
    if handoff is None:
        raise StepFailed("没有人工会话")
    same("人工会话状态", (handoff.status, handoff.closed_by), ("closed", "customer"))
    return f"人工会话 #{handoff.number} 已结束(客户发送结束)"


async def no_complaint_yet(day: Day) -> str:
    """A bare 投诉 files nothing yet."""
    same("李先生的投诉", await inspection.complaints((await day.customer(LI)).id), [])
    return "还没有登记投诉,等李先生说明"


async def one_complaint(day: Day) -> str:
    """One complaint, carrying the details, and the owner told."""
    found = await inspection.complaints((await day.customer(LI)).id)
    if len(found) != 1 or "漏水" not in found[0]:
        raise StepFailed(f"应有一条写明情况的投诉,实际是 {found}")
    told = [t for t in await texts_to("work", OWNER) if "新投诉" in t and "漏水" in t]
    if not told:
        raise StepFailed("店长没有收到投诉")
    return f"投诉一条:{found[0]};店长收到:{told[-1]}"


async def usual_brand(day: Day) -> str:
    """再来一桶 ordered 李先生's usual 怡宝."""
    order = await day.order("li_order")
    same("订单商品", order.lines, (("cestbon-18l", 1),))
    return f"订单 {order.number}:怡宝 ×1,付款 {order.payment_method}"


async def one_returned(day: Day) -> str:
    """The return is for the one bucket 李先生 said."""
    request = await inspection.latest_return((await day.customer(LI)).id)
    if request is None:
        raise StepFailed("没有退桶申请")
    same("退桶数量", request.buckets, 1)
    return f"退桶申请 #{request.id}:1 个,{request.status}"


STATION_QUESTIONS = [
    Step("陈女士问几点关门(从水站设置回答)", who=CHEN, send=text("几点关门"),
         expect="营业时间:每天 08:00-21:00"),
    Step("陈女士问水站电话", who=CHEN, send=text("电话多少"), expect=STATION_PHONE),
    Step("陈女士只问怡宝的价格:只答一行,不发整张价格表", who=CHEN, send=text("怡宝多少钱"),
         expect="怡宝纯净水 18.9L 20.00元/桶", absent="价格表"),
]  # fmt: skip
DRAFTS = [
    Step("陈女士下单,水站问怎么付款", who=CHEN, send=text("送两桶怡宝"), expect="怎么付款"),
    Step("订到一半问别的:先回答,再接着问付款", who=CHEN, send=text("水票还有几张"),
         expect=("您的账户", "接着刚才的订单", "怎么付款"), check=nothing_placed),
    Step("付款还没答,先改了数量:记下3桶,再问付款", who=CHEN, send=text("3桶"),
         expect=("怡宝纯净水 18.9L × 3", "怎么付款")),
    Step("说了一句新的下单:按新的重新下单,并说明", who=CHEN, send=text("送一桶景田"),
         expect=("重新下单", "怎么付款")),
    Step("付现金", who=CHEN, send=text("现金"), expect=("请确认订单", "景田纯净水 18.9L × 1")),
    Step("陈女士确认", who=CHEN, send=text("1"), expect="下单成功",
         remember={"chen_order": r"订单号 (\d+)"}, check=chen_ordered),
    Step("一次要100桶:当场说明上限和水站电话", who=CHEN, send=text("送100桶怡宝"),
         expect=("单次最多", STATION_PHONE), check=only_chen_order),
    Step("改要2桶,接着下单", who=CHEN, send=text("2桶"), expect="怎么付款"),
    Step("草稿里说取消:只丢掉草稿,已下的单照常送", who=CHEN, send=text("取消"),
         expect="{chen_order}", check=only_chen_order),
]  # fmt: skip
PLACED = [
    Step("改已下订单的时间:先给看新旧时间", who=CHEN, send=text("改到明天下午"),
         expect=("订单 {chen_order} 的送水时间", "→")),
    Step("确认修改", who=CHEN, send=text("1"), expect="已修改订单 {chen_order}",
         check=moved_to_tomorrow),
    Step("快点送:是催单,不是新订单", who=CHEN, send=text("快点送,等着用"), expect="催单",
         check=hurried),
]  # fmt: skip
HANDOFF = [
    Step("张老板要找真人", who=ZHANG, send=text("转人工"), expect="已为您转接人工客服",
         check=handed_over),
    Step("张老板说事,转给店长", who=ZHANG, send=text("下午能不能多送两桶到公司?"),
         check=relayed),
    Step("店长在企业微信回复张老板", who=OWNER, send=work("回复 {handoff} 可以,三点前送到"),
         expect="已发给客户", check=answered),
    Step("张老板说结束,回到自助服务", who=ZHANG, send=text("结束"), expect="已结束人工服务",
         check=handed_back),
]  # fmt: skip
REQUESTS = [
    Step("李先生只发了“投诉”:先问出了什么事", who=LI, send=text("投诉"),
         expect="遇到了什么问题", check=no_complaint_yet),
    Step("李先生说明情况:一条投诉,带着详情给店长", who=LI,
         send=text("昨天送的桶漏水,地上都湿了"), expect="已转交店长", check=one_complaint),
    Step("李先生:再来一桶(不说牌子,用他常订的怡宝)", who=LI, send=text("再来一桶"),
         expect="怡宝纯净水 18.9L × 1"),
    Step("李先生确认", who=LI, send=text("1"), expect="下单成功",
         remember={"li_order": r"订单号 (\d+)"}, check=usual_brand),
    Step("李先生说退桶:问退几个,并提到还没送的订单", who=LI, send=text("退桶"),
         expect=("要退几个", "未完成的订单:{li_order}")),
    Step("退1个", who=LI, send=text("1"), expect="已登记退桶1个", check=one_returned),
]  # fmt: skip
TALK: list[Step] = [*STATION_QUESTIONS, *DRAFTS, *PLACED, *HANDOFF, *REQUESTS]
