"""Ticket packs bought in chat and paid online through WeChat Pay (docs/PAY.md).

`order_pack_online` records the purchase `awaiting_pay` with its `Payment` in one transaction;
the chat replies with the payment page's link. When WeChat Pay's notice settles the payment
(`payments.settle`, under the customer's, the purchase's and the payment's row locks) `credit`
sells the pack at the agreed price into the wallet: ticket ledger, audit, the customer told.
A pack not paid in time is closed by the payments sweep (`close_unpaid`), the customer told.
A pack paid to the courier instead stays `requests.order_pack`'s `pending` purchase.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from tortoise.transactions import in_transaction

from domain.infra import pay_port
from domain.infra.ports import Conn, notifier
from domain.models import Customer, PackPurchase, Payment, TicketPack
from domain.rules import online_pay
from domain.rules.errors import NotFound
from domain.services import wallet
from domain.services.payment_subjects import lock_subject, pack_facts
from domain.services.requests import CANCELLED, PAID
from domain.services.support import as_stored_time, audit, lock_customer, run_in_transaction

AWAITING_PAY = "awaiting_pay"  # a pack purchase whose online payment has not arrived yet


@dataclass(frozen=True)
class PackOnline:
    """A pack purchase waiting for its online payment: what the chat tells the customer."""

    id: int
    pack: str
    price_fen: int
    out_trade_no: str
    link: str
    minutes: int


async def order_pack_online(
    customer_id: UUID | str, pack_code: str, now: datetime
) -> PackOnline | None:
    """A pack purchase to pay online now; None without WeChat Pay or an openid to pay as."""
    gateway = pay_port.gateway()
    if gateway is None:
        return None
    minutes = gateway.close_after_minutes

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        pack = await TicketPack.filter(code=pack_code, active=True).using_db(conn).first()
        if pack is None:
            raise NotFound(f"pack {pack_code}", message="没有这种水票套餐", sends_away=True)
        if not customer.mp_openid:  # JSAPI pays as the customer's openid
            return {}
        purchase = await PackPurchase.create(
            customer=customer, pack_code=pack.code, price_fen=pack.price_fen,
            status=AWAITING_PAY, pays_courier=False, using_db=conn,
        )  # fmt: skip
        no = online_pay.out_trade_no(f"P{purchase.id}", secrets.token_hex(4))
        await Payment.create(
            out_trade_no=no, pack_purchase=purchase, customer=customer,
            amount_fen=pack.price_fen,
            expires_at=as_stored_time(now + timedelta(minutes=minutes)), using_db=conn,
        )  # fmt: skip
        after = {"pack": pack.code, "payment": "wechat_pay", "out_trade_no": no}
        await audit(conn, "customer", "pack.order", "customer", customer.id, None, after)
        return {"id": purchase.id, "pack": pack.name, "price_fen": pack.price_fen, "no": no}

    made = await run_in_transaction("pack.order", None, work)
    if not made:
        return None
    link = gateway.payment_link(made["no"])
    return PackOnline(made["id"], made["pack"], made["price_fen"], made["no"], link, minutes)


async def credit(
    conn: Conn, customer: Customer, purchase: PackPurchase, now: datetime, actor: str
) -> None:
    """The pack's payment arrived: its tickets into the wallet at the agreed price, once."""
    pack = await TicketPack.filter(code=purchase.pack_code).using_db(conn).first()
    if pack is None:  # packs are withdrawn (inactive), never deleted
        raise NotFound(f"pack {purchase.pack_code}", message="没有这种水票套餐")
    sold = await wallet.sell_pack(
        conn, customer, pack, "wechat_pay", actor, now,
        price_fen=purchase.price_fen, reference=f"P{purchase.id}",
    )  # fmt: skip
    before = {"status": purchase.status}
    purchase.status = PAID
    await purchase.save(using_db=conn, update_fields=["status"])
    after = {"status": PAID, "payment": "wechat_pay"}
    await audit(conn, actor, "pack.settle", "pack_purchase", purchase.id, before, after)
    facts = {**await pack_facts(conn, purchase), "tickets": sold["delta"]}
    facts["balance"] = sold["balance"]
    await notifier().customer_notice(
        conn, customer.mp_openid or "", pay_port.PAY_RECEIVED, facts, now
    )


async def close_unpaid(payment_id: int, now: datetime, actor: str = "scheduler") -> bool:
    """Close a pack's payment that was not paid in time (its trade closed at WeChat Pay
    already): the purchase cancelled, the customer told. True when this call closed it."""
    async with in_transaction() as conn:
        found = await Payment.filter(id=payment_id).using_db(conn).get()
        customer = await lock_customer(conn, found.customer_id)  # type: ignore[attr-defined]
        purchase = await lock_subject(conn, found)
        payment = await Payment.filter(id=payment_id).select_for_update().using_db(conn).get()
        if payment.status != online_pay.UNPAID or not isinstance(purchase, PackPurchase):
            return False
        payment.status, purchase.status = online_pay.CLOSED, CANCELLED
        await payment.save(using_db=conn, update_fields=["status"])
        await purchase.save(using_db=conn, update_fields=["status"])
        gateway = pay_port.gateway()
        minutes = gateway.close_after_minutes if gateway else 30
        facts = {**await pack_facts(conn, purchase), "minutes": minutes}
        await notifier().customer_notice(
            conn, customer.mp_openid or "", pay_port.PAY_CLOSED, facts, now
        )
        after = {"status": online_pay.CLOSED, "reason": online_pay.TIMEOUT_REASON}
        await audit(conn, actor, "payment.close", "payment", payment.out_trade_no, None, after)
        return True
