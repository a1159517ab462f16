"""The wording of refill reminders and of the owners' daily report.

These sentences live in the domain, not in `bot/texts.py`, because the scheduler composes them
and writes them to the outbox in the same transaction that marks a reminder sent; the scheduler
may not import the bot. Everything else a customer reads stays in `bot/texts.py`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.rules.reminder_rules import FOLLOW_UP, WAKE_UP

PAYMENT_SHORT = {"ticket": "水票", "balance": "余额", "cash": "货到付款", "wechat_pay": "微信支付"}

OFFER = "回复 1 再来 {quantity} 桶{product}({payment})"
FIRST = "{name}您好,按您平时的用量,家里的水{due}前后该续上了。\n{offer}\n回复“退订提醒”不再提醒。"
FOLLOW = "{name}您好,再提醒一次:家里的水还够吗?\n{offer}\n回复“退订提醒”不再提醒。"
WAKE = "{name}您好,好久没给您送水了。{coupon}\n{offer}\n回复“退订提醒”不再提醒。"
COUPON = "送您一张{coupon}。"
COUPON_NAME = "{amount}元优惠券({minimum}下单自动抵扣,有效期至{month}月{day}日)"
COUPON_MINIMUM = "商品满{amount}元可用,"
TEMPLATE_TITLE = "您家的桶装水快喝完了"
TEMPLATE_TITLE_WAKE = "好久没给您送水了"
TEMPLATE_ACTION = "回复 1 即可再来 {quantity} 桶"
DUE = "{month}月{day}日"

REPORT_HEAD = "昨日({day})经营日报"
REPORT_ORDERS = "下单 {orders} 单;送达 {delivered} 单,{buckets} 桶,回收空桶 {empties} 个"
REPORT_MONEY_HEAD = "收入(已送达):"
REPORT_MONEY_LINE = "· {method} {amount}元"
REPORT_TICKETS_LINE = "· 水票 {tickets}张"
REPORT_NO_MONEY = "· 无"
REPORT_DEPOSIT = "押金 另收 {amount}元(要退还,不算收入)"
REPORT_REMINDERS = "补水提醒 {sent} 条,{ordered} 位客户在 {days} 天内下单"


@dataclass(frozen=True)
class Offer:
    """The order a reminder offers: one product, a quantity and a payment method."""

    sku: str
    product: str
    quantity: int
    payment_method: str


def due_text(need_at: datetime | None, tz: object) -> str:
    """11月28日, in the station's calendar; '近期' when there is no prediction."""
    if need_at is None:
        return "近期"
    local = need_at.astimezone(tz)  # type: ignore[arg-type]
    return DUE.format(month=local.month, day=local.day)


def coupon_text(amount_fen: int, min_goods_fen: int, expires_at: datetime, tz: object) -> str:
    """5元优惠券(商品满30元可用,下单自动抵扣,有效期至12月25日)"""
    minimum = COUPON_MINIMUM.format(amount=_plain_yuan(min_goods_fen)) if min_goods_fen else ""
    last = (expires_at - timedelta(microseconds=1)).astimezone(tz)  # type: ignore[arg-type]
    return COUPON_NAME.format(
        amount=_plain_yuan(amount_fen), minimum=minimum, month=last.month, day=last.day
    )


def _plain_yuan(fen: int) -> str:
    """Whole yuan without decimals (500 -> '5'), else two decimals (550 -> '5.50')."""
    return str(fen // 100) if fen % 100 == 0 else f"{fen // 100}.{fen % 100:02d}"


def offer_text(offer: Offer) -> str:
    """回复 1 再来 2 桶农夫山泉天然水 19L(水票)"""
    payment = PAYMENT_SHORT.get(offer.payment_method, offer.payment_method)
    return OFFER.format(quantity=offer.quantity, product=offer.product, payment=payment)


def reminder_text(kind: str, name: str, offer: Offer, due: str, coupon: str | None) -> str:
    """The customer-service message for a reminder of `kind`."""
    greeting = name or "您"
    if kind == WAKE_UP:
        extra = COUPON.format(coupon=coupon) if coupon else ""
        return WAKE.format(name=greeting, coupon=extra, offer=offer_text(offer))
    if kind == FOLLOW_UP:
        return FOLLOW.format(name=greeting, offer=offer_text(offer))
    return FIRST.format(name=greeting, due=due, offer=offer_text(offer))


def template_data(
    fields: tuple[tuple[str, str], ...], kind: str, name: str, offer: Offer, due: str
) -> dict[str, object]:
    """Template message data: each configured field gets the value it names."""
    payment = PAYMENT_SHORT.get(offer.payment_method, offer.payment_method)
    values: Mapping[str, str] = {
        "title": TEMPLATE_TITLE_WAKE if kind == WAKE_UP else TEMPLATE_TITLE,
        "name": name or "您",
        "product": offer.product,
        "quantity": str(offer.quantity),
        "payment": payment,
        "offer": f"{offer.product} × {offer.quantity} 桶({payment})",
        "due": due,
        "action": TEMPLATE_ACTION.format(quantity=offer.quantity),
    }
    return {field: {"value": values[value]} for field, value in fields}
