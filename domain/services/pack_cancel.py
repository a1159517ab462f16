"""A customer takes back a ticket pack they bought in chat, before staff settle it.

Only a pending purchase of their own can be cancelled: once staff took the money
(`requests.settle_pack`), or the courier's 收款码 took it on the delivery the pack rides
on, the tickets are theirs and a refund is staff's business. Staff are
told (owners and dispatchers, worded from `Asked` like the purchase itself), so nobody goes to
collect money for it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from domain.infra.ports import Conn
from domain.models import TicketPack
from domain.rules.errors import Conflict, NotFound
from domain.services import door_trades
from domain.services.requests import (
    CANCELLED,
    PENDING,
    STAFF_ROLES,
    Wording,
    asked_of,
    locked_purchase,
    notify_staff,
    worded,
)
from domain.services.support import audit, run_in_transaction


@dataclass(frozen=True)
class PackCancelled:
    """The purchase taken back: its number, the pack's name and the price agreed."""

    id: int
    pack: str
    price_fen: int


async def cancel_pack(
    customer_id: UUID | str, purchase_id: int, now: datetime, staff_text: Wording
) -> PackCancelled:
    """Cancel the customer's own pending pack purchase and tell staff; once only."""

    async def work(conn: Conn) -> dict[str, Any]:
        purchase, customer = await locked_purchase(conn, purchase_id)
        if str(customer.id) != str(customer_id):
            raise NotFound(
                f"pack purchase {purchase_id} is not {customer_id}'s",
                message=f"没有找到水票单 #{purchase_id}",
            )
        if purchase.status != PENDING:
            # A double tap (or a retry) finds it cancelled already: say so, not "paid".
            done = "已经取消了" if purchase.status == CANCELLED else "已经付过款,不能在这里取消了"
            raise Conflict(
                f"pack purchase {purchase_id} is {purchase.status}",
                message=f"水票单 #{purchase_id} {done}",
                sends_away=True,
            )
        paid = f"水票单 #{purchase_id} 已经付过款,不能在这里取消了"
        await door_trades.guard_pack(conn, purchase, "customer", paid)
        purchase.status = CANCELLED
        await purchase.save(using_db=conn, update_fields=["status"])
        pack = await TicketPack.filter(code=purchase.pack_code).using_db(conn).first()
        name = pack.name if pack else purchase.pack_code
        asked = await asked_of(conn, customer, purchase.id, pack=name, price_fen=purchase.price_fen)
        await notify_staff(conn, worded(staff_text, asked), now, STAFF_ROLES)
        before, after = {"status": PENDING}, {"status": CANCELLED}
        await audit(conn, "customer", "pack.cancel", "pack_purchase", purchase_id, before, after)
        return {"id": purchase_id, "pack": name, "price_fen": purchase.price_fen}

    return PackCancelled(**await run_in_transaction("pack.cancel", None, work))
