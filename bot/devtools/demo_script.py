"""The customers' side of the day `waterbot demo` plays, as data: who sends what, what the reply
must say, what the database must show afterwards. Add a `Step` (see `demo_kit`) to grow it.
"""

from __future__ import annotations

from bot.devtools.demo_kit import (
    NEWCOMER,
    PACK,
    PHONE,
    WANG,
    Day,
    Step,
    StepFailed,
    follow,
    location,
    same,
    text,
)
from domain.reads import inspection
from domain.reads.inspection import OrderFacts
from domain.reads.outbox import messages
from domain.rules.ticket_codes import format_for_print
from domain.services import codes, wallet


async def _open(order: OrderFacts) -> str:
    """The order is on its way (a courier may already have it, depending on the hour)."""
    if order.state not in ("awaiting_dispatch", "assigned"):
        raise StepFailed(f"订单 {order.number} 应在等待派送或已派单,实际是 {order.state}")
    courier = f",已派给{order.courier_name}" if order.courier_name else ""
    return f"订单 {order.number}:{order.state}" + courier


async def subscribed(day: Day) -> str:
    """The follower has a customer record, marked subscribed."""
    customer = await day.customer(NEWCOMER)
    same("关注状态", customer.subscribed, True)
    return "客户档案已建立,状态:已关注"


async def sell_pack(day: Day) -> str:
    """A pack bought at the counter, paid in cash."""
    customer = await day.customer(NEWCOMER)
    moved = await wallet.buy_pack(customer.id, PACK, "cash", "counter", day.now())
    day.vars["tickets"] = str(moved.balance)
    return f"小明在柜台现金买了一套农夫山泉水票,到账 {moved.delta} 张"


async def wallet_full(day: Day) -> str:
    """The counter sale is in the wallet."""
    same("水票余额", await day.tickets(NEWCOMER), day.number("tickets"))
    return f"钱包:农夫山泉水票 {day.number('tickets')} 张"


async def location_saved(day: Day) -> str:
    """The shared location became an address with coordinates."""
    customer = await day.customer(NEWCOMER)
    found = await inspection.located_address(customer.id)
    if found is None:
        raise StepFailed("位置没有保存为地址")
    return f"地址已保存:{found.text}({found.latitude}, {found.longitude})"


async def phone_saved(day: Day) -> str:
    """The contact phone is on the customer."""
    same("联系电话", (await day.customer(NEWCOMER)).phone, PHONE)
    return f"联系电话已保存:{PHONE}"


async def first_order(day: Day) -> str:
    """Two buckets on tickets, waiting for a courier; the wallet paid for them."""
    order = await day.order("order")
    same("付款方式", order.payment_method, "ticket")
    same("用票张数", order.tickets_used, 2)
    same("水票余额", await day.tickets(NEWCOMER), day.number("tickets") - 2)
    return f"{await _open(order)},用水票 2 张,余 {day.number('tickets') - 2} 张"


async def print_code(day: Day) -> str:
    """The station prints one card of a pack; its code is remembered."""
    secret = await codes.code_secret(day.settings.code_secret)
    batch, made = await codes.create_batch(PACK, 1, "demo", day.now(), secret, "demo")
    day.vars["code"] = format_for_print(made[0])  # as printed on the card the customer holds
    day.vars["before_redeem"] = str(await day.tickets(NEWCOMER))
    return f"水站印制一批兑换卡(第{batch.id}批,{batch.pack_code}),卡上印着 {day.vars['code']}"


async def code_redeemed(day: Day) -> str:
    """The card's pack is in the wallet and the code is used up."""
    granted = await inspection.pack_tickets(PACK)
    wanted = day.number("before_redeem") + granted
    same("兑换后水票余额", await day.tickets(NEWCOMER), wanted)
    return f"钱包:农夫山泉水票 {wanted} 张(+{granted})"


async def second_order(day: Day) -> str:
    """The second order is placed on one ticket."""
    day.vars["after_order2"] = str(await day.tickets(NEWCOMER))
    order = await day.order("order2")
    return f"{await _open(order)},水票余 {day.vars['after_order2']} 张"


async def second_cancelled(day: Day) -> str:
    """Cancelled, and its ticket went back to the wallet."""
    order = await day.order("order2")
    same("订单状态", order.state, "cancelled")
    same("退票后水票余额", await day.tickets(NEWCOMER), day.number("after_order2") + 1)
    return f"订单 {order.number}:cancelled,水票退回 1 张"


async def wang_ordered(day: Day) -> str:
    """Wang's usual order, from her history."""
    order = await day.order("wang_order")
    return f"{await _open(order)},付款 {order.payment_method}"


async def return_requested(day: Day) -> str:
    """A return request for two buckets, and the dispatchers were told."""
    customer = await day.customer(WANG)
    request = await inspection.latest_return(customer.id)
    if request is None:
        raise StepFailed("没有退桶申请")
    same("退桶数量", request.buckets, 2)
    staff_texts = [m.payload.get("text", "") for m in await messages("work")]
    told = sum("退桶" in str(t) for t in staff_texts)
    if not told:
        raise StepFailed("没有通知员工上门收桶")
    return f"退桶申请 #{request.id}:{request.buckets} 个,{request.status};员工通知 {told} 条"


CUSTOMERS: list[Step] = [
    Step("新客户扫码关注公众号", send=follow(), expect="欢迎关注", check=subscribed),
    Step(
        "小明在柜台买了水票,在微信里查余额",
        station=sell_pack,
        send=text("查一下水票余额"),
        expect="{tickets}张",
        check=wallet_full,
    ),
    Step("一句话下单(还没有地址)", send=text("明天上午送两桶农夫山泉"), expect="送到哪里"),
    Step(
        "发送位置作为送水地址",
        send=location(31.2304, 121.4737, "阳光花园7栋201"),
        expect="联系电话",
        check=location_saved,
    ),
    Step("第一次订水,留电话", send=text(PHONE), expect="水票 用2张", check=phone_saved),
    Step(
        "确认订单",
        send=text("1"),
        expect="下单成功",
        remember={"order": r"订单号 (\d+)"},
        check=first_order,
    ),
    Step("查进度", send=text("水到哪了"), expect="订单 {order}"),
    Step(
        "用印刷的兑换码充水票",
        station=print_code,
        send=text("兑换 {code}"),
        expect="兑换成功",
        check=code_redeemed,
    ),
    Step("再订一桶", send=text("再送一桶农夫山泉"), expect="请确认订单"),
    Step(
        "确认第二单",
        send=text("1"),
        expect="下单成功",
        remember={"order2": r"订单号 (\d+)"},
        check=second_order,
    ),
    Step(
        "取消第二单",
        send=text("取消订单 {order2}"),
        expect="{order2} 已取消",
        check=second_cancelled,
    ),
    Step("老客户王阿姨:老样子", who=WANG, send=text("老样子"), expect="农夫山泉天然水 19L × 2"),
    Step(
        "王阿姨确认",
        who=WANG,
        send=text("1"),
        expect="下单成功",
        remember={"wang_order": r"订单号 (\d+)", "wang_short": r"订单号 \d{8}(\d{3})"},
        check=wang_ordered,
    ),
    Step(
        "王阿姨要退两个空桶",
        who=WANG,
        send=text("退两个桶"),
        expect="已登记退桶",
        check=return_requested,
    ),
]
