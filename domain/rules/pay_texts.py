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
