"""The courier's 收款码: a Native trade for what is due at the door (docs/PAY.md).

`open_code` decides under the order's locks what the tap does (`door_pay.next_step`), then
talks to WeChat Pay with no transaction open (a network round trip holds no row lock). The
trade is a `Payment` of kind `door`, one per order: a second tap for the same amount shows the
same code; another amount (a pack cancelled meanwhile) closes the old trade at WeChat Pay first,
settles it if it was paid after all, and reopens the row under a new number.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.infra import pay_port
from domain.infra.pay_port import PayGateway
from domain.models import Payment
from domain.reads.courier_queries import delivery_facts
from domain.rules import door_pay, online_pay
from domain.rules.door_pay import Step
from domain.rules.errors import Conflict, InvalidInput
from domain.rules.online_pay import Notice
from domain.rules.order_flow import OrderState
from domain.services import door_paid, payments
from domain.services.door_trades import door_payment
from domain.services.order_transitions import courier_guard, locked_order
from domain.services.support import as_stored_time, audit, run_in_transaction

LIVE = (OrderState.ASSIGNED, OrderState.DELIVERING)
DESCRIPTION = "送水订单{number}"


@dataclass(frozen=True)
class DoorCode:
    """The code to show the customer: its trade, what it asks for (packs included)."""

    number: str
    out_trade_no: str
    code_url: str
    amount_fen: int
    pack_fen: int
    reused: bool


async def open_code(number: str, courier_userid: str, now: datetime) -> DoorCode:
    """The 收款码 for what the order's delivery leaves to pay (and its riding packs)."""
    gateway = pay_port.gateway()
    if gateway is None:
        raise InvalidInput("door code without WeChat Pay", message="还没有开通微信支付,请收现金")
    plan = await _plan(number, courier_userid, now)
    if plan["step"] == Step.REPLACE:
        await _close_old(gateway, plan["out_trade_no"], now)
        plan = await _plan(number, courier_userid, now, closing=plan["out_trade_no"])
    if plan["step"] == Step.VOID:
        void = f"订单 {number} 的收款码已作废,客户付的钱会原路退回,请收现金"
        raise Conflict(f"order {number} door code paid after close", message=void)
    if plan["step"] == Step.PAID:
        raise Conflict(f"order {number} door code paid", message=f"订单 {number} 已经扫码付过款了")
    if plan["step"] == Step.MAKING:
        making = f"订单 {number} 的收款码正在生成,马上发给您"
        raise Conflict(f"order {number} door code being made", message=making)
    if plan["step"] == Step.NOTHING:
        raise InvalidInput(f"order {number}: nothing due", message=f"订单 {number} 送达时无需收款")
    code_url = plan["code_url"]
    if plan["step"] == Step.NEW:
        expire = online_pay.expire_text(now + door_pay.DOOR_CODE_LIFETIME)
        code_url = await gateway.native_code(
            plan["out_trade_no"], DESCRIPTION.format(number=number), plan["amount_fen"], expire
        )
        await Payment.filter(out_trade_no=plan["out_trade_no"]).update(
            prepay_id=code_url, prepay_at=as_stored_time(now)
        )
    return DoorCode(
        number, plan["out_trade_no"], code_url, plan["amount_fen"], plan["pack_fen"],
        plan["step"] == Step.REUSE,
    )  # fmt: skip


async def _plan(
    number: str, courier_userid: str, now: datetime, closing: str = ""
) -> dict[str, Any]:
    """Decide the tap under the order's locks; a new trade's row is written here."""
    facts = await delivery_facts(number)
    order_due = facts.cash_due_fen - facts.packs_fen

    async def work(conn: Any) -> dict[str, Any]:
        order, customer = await locked_order(conn, number)
        await courier_guard(conn, order, courier_userid)
        # The packs as they ride now, under the customer's lock (a pack cancel takes it too):
        # read before it, a pack cancelled meanwhile would be asked for and kept.
        riding = sum(p.price_fen for p in await door_paid.riding_packs(conn, number))
        order_fen, pack_fen = door_pay.due_at_door(order_due, riding if facts.packs_fen else 0)
        due = order_fen + pack_fen
        if order.state not in LIVE:
            gone = f"订单 {number} 已不在配送中"
            raise Conflict(f"order {number} is {order.state}", message=gone)
        online = await Payment.filter(order_id=order.id, kind=door_pay.ONLINE).using_db(conn)
        if not door_pay.offers_code(order.payment_method, bool(online)):
            raise InvalidInput(f"order {number} takes no door code", message="这单不用扫码收款")
        trade = await door_payment(conn, order.id)
        reopen = bool(closing) and trade is not None and trade.out_trade_no == closing
        step = door_pay.next_step(_open_trade(trade, now), due, reopen)
        if step == Step.NEW:
            parts = (due, pack_fen, courier_userid)
            trade = await _write_trade(conn, trade, order, customer, parts, now)
        no = trade.out_trade_no if trade else ""
        code = trade.prepay_id if trade else ""
        return {"step": str(step), "out_trade_no": no, "code_url": code,
                "amount_fen": due, "pack_fen": pack_fen}  # fmt: skip

    return await run_in_transaction("door.code", None, work)


async def _write_trade(
    conn: Any,
    trade: Payment | None,
    order: Any,
    customer: Any,
    parts: tuple[int, int, str],
    now: datetime,
) -> Payment:
    """The order's door trade row for a new trade: created, or an old closed one reopened."""
    amount, pack_fen, actor = parts
    no = door_pay.door_trade_no(order.number, secrets.token_hex(4))
    fields = {
        "out_trade_no": no,
        "amount_fen": amount,
        "pack_fen": pack_fen,
        "status": online_pay.UNPAID,
        "prepay_id": "",
        "expires_at": as_stored_time(now + door_pay.DOOR_CODE_LIFETIME),
    }
    before = {"out_trade_no": trade.out_trade_no, "status": trade.status} if trade else None
    if trade is None:
        trade = await Payment.create(
            order=order, customer=customer, kind=door_pay.DOOR, using_db=conn, **fields
        )
    else:
        await Payment.filter(id=trade.id).using_db(conn).update(**fields)
        trade = await Payment.filter(id=trade.id).using_db(conn).get()
    after = {"out_trade_no": no, "amount_fen": amount, "pack_fen": pack_fen}
    await audit(conn, actor, "payment.door_code", "order", order.number, before, after)
    return trade


def _open_trade(trade: Payment | None, now: datetime) -> door_pay.OpenTrade | None:
    if trade is None:
        return None
    live = bool(trade.prepay_id) and trade.expires_at > now
    written = trade.expires_at - door_pay.DOOR_CODE_LIFETIME
    making = not trade.prepay_id and now < written + door_pay.MAKING_FOR
    voided = door_pay.voided(trade.flag)
    return door_pay.OpenTrade(trade.status, trade.amount_fen, live, voided, making)


async def _close_old(gateway: PayGateway, out_trade_no: str, now: datetime) -> None:
    """Close a code for another amount at WeChat Pay; paid meanwhile, it is settled instead."""
    await gateway.close(out_trade_no)
    trade = await gateway.query(out_trade_no)
    if trade is not None and trade.trade_state == online_pay.SUCCESS:
        notice = Notice(
            trade.out_trade_no, trade.transaction_id, trade.trade_state, trade.total_fen,
            trade.payer_openid, trade.success_time,
        )  # fmt: skip
        await payments.settle(notice, now, actor="courier")
