"""The station's side of the demo day, in WeCom: a courier's round and the owner's questions.

Steps here are `demo_script.Step`s whose messages go to /wechat/work; `demo_day.DAY` puts
them around the customers' steps.
"""

from __future__ import annotations

from typing import Any

from bot.channels.dev import DEV_WORK_AGENT_ID, DEV_WORK_CORP_ID
from bot.devtools import wire
from bot.devtools.demo_kit import (
    COURIER,
    NEWCOMER,
    OWNER,
    RESTING,
    WANG,
    Day,
    Say,
    Step,
    StepFailed,
    same,
    text,
)
from bot.handlers.owner_alerts import alert_text
from domain.reads import inspection
from domain.reads.outbox import Message, messages
from domain.services.alerts import sweep_alerts

_created = iter(range(1_800_000_000, 1_900_000_000))


def work(words: str) -> Say:
    """A WeCom text from a member of staff."""

    async def build(day: Day, userid: str, shown: str) -> str:
        return wire.work_text(
            userid, shown, corp_id=DEV_WORK_CORP_ID, agent_id=DEV_WORK_AGENT_ID
        )

    return Say(words, build, channel="work")


def _pressed(userid: str, card: dict[str, Any], label: str) -> str:
    """The template_card_event of pressing the card's button `label`."""
    key = next((b["key"] for b in card["button_list"] if b["text"] == label), None)
    if key is None:
        raise StepFailed(f"卡片上没有“{label}”按钮")
    return wire.work_template_card_event(
        userid,
        corp_id=DEV_WORK_CORP_ID,
        agent_id=DEV_WORK_AGENT_ID,
        event_key=key,
        task_id=card["task_id"],
        response_code=f"demo-{card['task_id']}",
        created_at=next(_created),
    )


def tap(order_var: str, label: str) -> Say:
    """A press on a button of the task card the courier got for a remembered order."""

    async def build(day: Day, userid: str, shown: str) -> str:
        card = await _card_for(userid, day.fill("{" + order_var + "}"))
        return _pressed(userid, card, label)

    return Say(f"(在订单 {{{order_var}}} 的任务卡上点“{label}”)", build, channel="work")


async def _card_message(userid: str, number: str) -> Message:
    for row in reversed(await messages("work", userid, "template_card")):
        card = dict(row.payload["card"])
        if any(number in b["key"] for b in card["button_list"]):
            return row
    raise StepFailed(f"{userid} 没有收到订单 {number} 的任务卡")


async def _card_for(userid: str, number: str) -> dict[str, Any]:
    row = await _card_message(userid, number)
    return dict(row.payload["card"])


async def texts_to(channel: str, recipient: str) -> list[str]:
    """The texts queued for one recipient on a channel, oldest first."""
    return [str(row.payload.get("text", "")) for row in await messages(channel, recipient)]


async def day_off(day: Day) -> str:
    """The resting courier gets no new orders."""
    same("赵师傅接单状态", await inspection.courier_on_shift(RESTING), False)
    return "赵师傅已暂停接单,今天的新订单都派给刘师傅"


async def tasks_carded(day: Day) -> str:
    """Both open orders are the courier's, each with a task card in WeCom."""
    for var in ("order", "wang_order"):
        order = await day.order(var)
        same(f"订单 {order.number} 的送水员", order.courier_userid, COURIER)
        await _card_for(COURIER, order.number)
    return "两单都在刘师傅名下,任务卡已发到企业微信"


async def accepted(day: Day) -> str:
    """Accepting moved the order on."""
    order = await day.order("order")
    same("接单后订单状态", order.state, "delivering")
    return f"订单 {order.number}:delivering(配送中)"


async def delivered(day: Day) -> str:
    """Delivered: buckets recorded and the customer told on the Official Account."""
    order = await day.order("order")
    same("订单状态", order.state, "delivered")
    customer = await day.customer(NEWCOMER)
    same("客户手上的桶", await inspection.buckets_held(customer.id), 2)
    told = [t for t in await texts_to("mp", NEWCOMER) if "已送达" in t]
    if not told:
        raise StepFailed("客户没有收到“已送达”通知")
    return f"订单 {order.number}:delivered;小明有 2 个桶;公众号通知:{told[-1]}"


async def missed(day: Day) -> str:
    """Nobody home: dispatched again, the customer told, the owner alerted by the next sweep."""
    await sweep_alerts(day.now(), alert_text)  # the scheduler runs it every minute
    order = await day.order("wang_order")
    if order.state not in ("awaiting_dispatch", "assigned"):
        raise StepFailed(f"订单应回到调度,实际是 {order.state}")
    if order.courier_userid == COURIER:  # not back on the same round for the same window
        raise StepFailed("订单又派回了刘师傅")
    told = [t for t in await texts_to("mp", WANG) if order.number in t]
    alerts = [t for t in await texts_to("work", OWNER) if order.number in t]
    if not alerts or not told:
        raise StepFailed("店长或客户没有收到送达失败的通知")
    return f"订单 {order.number} 重新派单;王阿姨收到通知;巡检后店长收到提醒:{alerts[-1]}"


async def reassigned(day: Day) -> str:
    """The new courier has a card; the old card's buttons are greyed (or it never went out)."""
    order = await day.order("wang_order")
    same("订单状态", order.state, "assigned")
    await _card_for(RESTING, order.number)
    old = await _card_message(COURIER, order.number)
    if old.status == "withdrawn":
        return f"订单 {order.number} 改派赵师傅;刘师傅的旧卡还没发出,已撤回"
    greyed = await messages("work", COURIER, "card_update")
    if not any(m.payload.get("card_message_id") == old.id for m in greyed):
        raise StepFailed("刘师傅的旧任务卡没有置灰")
    return f"订单 {order.number} 改派赵师傅;刘师傅的旧卡按钮变为“已改派他人”"


async def chart_queued(day: Day) -> str:
    """The trend chart is a PNG on its way to the owner as an image message."""
    row = next(iter(await messages("work", OWNER, "image")), None)
    if row is None:
        raise StepFailed("没有给店长的图表消息")
    return f"趋势图 {row.payload.get('filename')} 已排队发送(图片消息)"


MORNING = [
    Step("赵师傅今天休息,在企业微信里暂停接单", who=RESTING, send=work("暂停接单"),
         expect="已暂停接单", check=day_off),
]  # fmt: skip
COURIER_ROUND = [
    Step("刘师傅看任务", who=COURIER, send=work("任务"), expect="阳光花园7栋201",
         check=tasks_carded),
    Step("刘师傅在任务卡上接单", who=COURIER, send=tap("order", "接单"), expect="已接单",
         check=accepted),
    Step("送到小明家:新客户没有空桶,收两个桶的押金100元", who=COURIER,
         send=work("送达 {order} 回桶 0 收款 100"), expect="已登记送达", check=delivered),
    Step("王阿姨家没人:退回调度,不再派回刘师傅", who=COURIER, send=work("无人 {wang_order}"),
         expect="无人在家", check=missed),
    Step("刘师傅看自己的一天", who=COURIER, send=work("今日"), expect="送达"),
    Step("刘师傅想看全站排行(只有店长和调度能看)", who=COURIER, send=work("排行"),
         expect="只有店长或调度"),
]  # fmt: skip
OWNER_ROUND = [
    Step("店长看今天的数字", who=OWNER, send=work("今日"), expect="订单"),
    Step("店长用短单号看王阿姨这单的经过", who=OWNER, send=work("订单 {wang_short}"),
         expect=("订单 {wang_order}", "无人在家")),
    Step("店长把王阿姨的单改派给下午来帮忙的赵师傅", who=OWNER,
         send=work("派 {wang_order} courier2"), expect="已把订单 {wang_order} 派给",
         check=reassigned),
    Step("店长查王阿姨", who=OWNER, send=work("客户 王阿姨"), expect="王阿姨"),
    Step("店长看水票负债", who=OWNER, send=work("水票"), expect="水票"),
    Step("店长看押金", who=OWNER, send=work("押金"), expect="押金"),
    Step("店长要看趋势图", who=OWNER, send=work("趋势"), expect="近30天", check=chart_queued),
]  # fmt: skip
def handoff_tap(label: str) -> Say:
    """A press on a button of the newest handoff card the staff member got."""

    async def build(day: Day, userid: str, shown: str) -> str:
        return _pressed(userid, await handoff_card(userid), label)

    return Say(f"(在人工客服卡片上点“{label}”)", build, channel="work")


async def handoff_card(userid: str) -> dict[str, Any]:
    """The newest handoff card the staff member got."""
    for row in reversed(await messages("work", userid, "template_card")):
        card = dict(row.payload["card"])
        if str(card.get("task_id", "")).startswith("handoff-"):
            return card
    raise StepFailed(f"{userid} 没有收到人工客服卡片")


async def handed_over(day: Day) -> str:
    """The owner on duty got the card with who it is and what to press."""
    card = await handoff_card(OWNER)
    buttons = "、".join(b["text"] for b in card["button_list"])
    return f"店长收到卡片“{card['main_title']['title']}”:{card['main_title']['desc']}({buttons})"


async def answer_asked(day: Day) -> str:
    """After 回复, the owner is asked for the words."""
    asked = [t for t in await texts_to("work", OWNER) if "请输入要发给客户的话" in t]
    if not asked:
        raise StepFailed("店长没有收到“请输入要发给客户的话”")
    return asked[-1]


async def answered(day: Day) -> str:
    """The customer gets the owner's words as a customer-service message."""
    told = [t for t in await texts_to("mp", WANG) if t.startswith("客服")]
    if not told:
        raise StepFailed("王阿姨没有收到客服的回复")
    return f"王阿姨收到:{told[-1]}"


HANDOFF_ROUND = [
    Step("店长值班,接要人工的客户", who=OWNER, send=work("值班"), expect="已值班"),
    Step("王阿姨要找真人", who=WANG, send=text("人工"), expect="已为您转接人工客服",
         check=handed_over),
    Step("店长在卡片上点“回复”", who=OWNER, send=handoff_tap("回复"), check=answer_asked),
    Step("店长输入回复", who=OWNER, send=work("王阿姨您好,桶下午给您换新的"),
         expect="已发给客户", check=answered),
    Step("王阿姨说完了", who=WANG, send=text("结束"), expect="已结束人工服务"),
]  # fmt: skip
