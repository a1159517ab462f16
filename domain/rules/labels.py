"""The Chinese names of the codes stored on orders and ledgers, for what people read.

The JSON API keeps the codes (`ticket`, `paid`, `demo`); spreadsheets, reports and the owners'
daily figures show these names instead. A code with no name here is shown as it is, so a new
code is never lost from a sheet, only left untranslated.
"""

from __future__ import annotations

from collections.abc import Mapping

from domain.rules.pricing import yuan

PAYMENT_METHODS = {"ticket": "水票", "balance": "余额", "cash": "现金", "wechat_pay": "微信支付"}
PAYMENT_STATUSES = {
    "unpaid": "未付款", "paid": "已付款", "owing": "欠款", "refunded": "已退款",
    "partially_refunded": "部分退款",
}  # fmt: skip
ORDER_STATES = {
    "pending": "待确认", "awaiting_dispatch": "待派单", "assigned": "已派单",
    "delivering": "配送中", "delivered": "已送达", "cancelled": "已取消", "failed": "未送达",
}  # fmt: skip
ORDER_SOURCES = {
    "chat": "微信下单", "phone": "电话下单", "reminder": "补水提醒", "demo": "演示",
    "import": "导入",
}  # fmt: skip
# Why a ledger row was written (Posting.kind); a ticket lot bought as a pack says `purchase`.
ENTRY_KINDS = {
    "import": "期初导入", "grant": "赠送", "deduct": "扣减", "redeem": "兑换", "order": "下单",
    "cancel": "取消退回", "topup": "充值", "spend": "消费", "delivery": "送水",
    "return": "退桶", "deposit_back": "退押金", "deposit_refund": "退押金", "tickets": "水票",
    "purchase": "购买水票", "expire": "过期",
}  # fmt: skip


def label(names: Mapping[str, str], code: str | None) -> str:
    """The name of `code` in `names`; the code itself when it has none, '' for None."""
    if code is None:
        return ""
    return names.get(code, code)


def reason_label(reason: str) -> str:
    """A ledger reason with a payment method code at its end named (top-ups, returns, packs)."""
    # Top-ups and returns store the bare method ("cash"); a sold pack "<pack name> <method>".
    head, _, last = reason.rpartition(" ")
    if last not in PAYMENT_METHODS:
        return reason
    online, _, fen = head.partition(":")
    if online == "wechat_pay" and fen.isdigit():  # a return split (refund_route.return_reason)
        return f"微信支付{yuan(int(fen))}元,其余{PAYMENT_METHODS[last]}"
    return f"{head} {PAYMENT_METHODS[last]}" if head else PAYMENT_METHODS[last]
