"""What owners read about online payments that need them (Chinese, like the other alerts)."""

from __future__ import annotations

from domain.rules.pricing import yuan

MISMATCH = (
    "【支付金额不符】订单 {number} 应付{expected}元,微信支付通知的金额是{got}元"
    "(交易号 {transaction})。系统没有确认这笔付款,请在商户平台核对后处理。"
)
AFTER_CLOSE = (
    "【关闭后到账】订单 {number} 已关闭(未按时支付),但微信支付通知收到{got}元"
    "(交易号 {transaction})。系统已自动原路退款,请留意退款结果。"
)
OTHER_TRANSACTION = (
    "【重复付款】订单 {number} 已由交易 {paid} 付清,又收到交易 {transaction} 的{got}元,"
    "请在商户平台核对并退款。"
)


def owner_alert(
    kind: str, number: str, expected: int, got: int, transaction: str, paid: str
) -> str:
    """The owner's WeCom text for a payment flagged by `online_pay.verdict`."""
    template = {"mismatch": MISMATCH, "after_close": AFTER_CLOSE}.get(kind, OTHER_TRANSACTION)
    return template.format(
        number=number, expected=yuan(expected), got=yuan(got), transaction=transaction, paid=paid
    )


# To the courier at the door, when the customer paid his 收款码 (WeCom text).
DOOR_PAID = "【已扫码付款】订单 {number} 客户已用微信付款{amount}元{packs},送达时不用再收这笔钱。"
DOOR_PAID_PACKS = "(含水票套餐{amount}元)"


def door_paid(number: str, amount_fen: int, pack_fen: int) -> str:
    """The courier's WeCom text: the customer paid the code he showed."""
    packs = DOOR_PAID_PACKS.format(amount=yuan(pack_fen)) if pack_fen else ""
    return DOOR_PAID.format(number=number, amount=yuan(amount_fen), packs=packs)
