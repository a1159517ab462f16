"""The day's close as owners read it in WeCom (对账 and the scheduled summary). Pure."""

from __future__ import annotations

from domain.rules.day_close import MATCHED, NOT_CONNECTED, DayClose, WeChatPart
from domain.rules.pricing import yuan
from domain.rules.reconcile import Mismatch

HEAD = "【{day}对账】{verdict}"
AGREE = "全部相符"
DIFFER = "有{count}处需要核对"
PAY_OK = "微信支付:账单收{bill_in}元、退{bill_out}元,与流水一致"
PAY_DIFF = "微信支付:账单收{bill_in}元、退{bill_out}元;流水收{ledger_in}元、退{ledger_out}元"
PAY_OFF = "微信支付:未接入,本项不对账"
PAY_MISSING = "微信支付:账单暂未取到({error}),稍后可再发“对账 {short}”"
MISMATCH = {
    "missing_in_ledger": "  · {trade} 微信有{bill}元,流水没有",
    "missing_in_bill": "  · {trade} 流水有{ledger}元,微信账单没有",
    "amount_differs": "  · {trade} 金额不符:微信{bill}元,流水{ledger}元",
    "refund_differs": "  · {trade} 退款不符:微信{bill}元,流水{ledger}元",
}
COURIERS_NONE = "现金:当天没有送水员收现金"
COURIER = "现金 {name}:收{collected}元,已交{handed}元{gap}"
COURIER_OWES = ",还差{fen}元"
COURIER_OVER = ",多交{fen}元"
RECEIVABLES = "客户欠款:当天少收{short}元({short_orders}单),目前共欠{owed}元({owed_orders}单)"
TICKETS = "水票负债:未用{count}张,按单价计{value}元"
DEPOSITS = "押金在外:{buckets}个桶({customers}户),押金{deposit}元"


def _mismatch(m: Mismatch) -> str:
    bill = "-" if m.bill_fen is None else yuan(m.bill_fen)
    ledger = "-" if m.ledger_fen is None else yuan(m.ledger_fen)
    return MISMATCH[m.kind].format(trade=m.out_trade_no, bill=bill, ledger=ledger)


def _wechat(part: WeChatPart, short: str) -> list[str]:
    if part.state == NOT_CONNECTED:
        return [PAY_OFF]
    if part.state != MATCHED or part.matched is None:
        return [PAY_MISSING.format(error=part.error[:60], short=short)]
    m = part.matched
    bill_in, bill_out = yuan(m.paid_in_bill_fen), yuan(m.refunded_in_bill_fen)
    if not m.mismatches:
        return [PAY_OK.format(bill_in=bill_in, bill_out=bill_out)]
    head = PAY_DIFF.format(
        bill_in=bill_in,
        bill_out=bill_out,
        ledger_in=yuan(m.paid_in_ledger_fen),
        ledger_out=yuan(m.refunded_in_ledger_fen),
    )
    return [head] + [_mismatch(x) for x in m.mismatches]


def _couriers(close: DayClose) -> list[str]:
    if not close.couriers:
        return [COURIERS_NONE]
    lines = []
    for c in close.couriers:
        gap = ""
        if c.gap_fen > 0:
            gap = COURIER_OWES.format(fen=yuan(c.gap_fen))
        elif c.gap_fen < 0:
            gap = COURIER_OVER.format(fen=yuan(-c.gap_fen))
        lines.append(
            COURIER.format(
                name=c.name or c.userid,
                collected=yuan(c.collected_fen),
                handed=yuan(c.handed_in_fen),
                gap=gap,
            )
        )
    return lines


def summary(close: DayClose) -> str:
    """The close in a few lines: verdict, WeChat Pay, cash, receivables, tickets, deposits."""
    day = f"{close.day.month}月{close.day.day}日"
    verdict = DIFFER.format(count=close.differences) if close.differences else AGREE
    r, d = close.receivables, close.deposits
    lines = [HEAD.format(day=day, verdict=verdict)]
    lines += _wechat(close.wechat, f"{close.day.month}-{close.day.day}")
    lines += _couriers(close)
    lines.append(
        RECEIVABLES.format(
            short=yuan(r.short_fen),
            short_orders=r.short_orders,
            owed=yuan(r.owed_fen),
            owed_orders=r.owed_orders,
        )
    )
    lines.append(
        TICKETS.format(count=sum(t.count for t in close.tickets), value=yuan(close.tickets_fen))
    )
    lines.append(
        DEPOSITS.format(buckets=d.buckets, customers=d.customers, deposit=yuan(d.deposit_fen))
    )
    return "\n".join(lines)
