"""An order's door trade (the courier's 收款码) as other use cases see it, in their transaction.

Apart from `door_paid` so that the pack use cases (`requests`, `pack_cancel`) can check it
without importing what settles packs. A pack riding on a delivery whose code includes it is
not taken back or settled by hand once the code took its money; an unpaid code that includes
it is closed first, so the courier's next tap asks for the new amount and money paid to the
old code is refunded at once (`online_pay`'s after_close).
"""

from __future__ import annotations

from domain.infra.ports import Conn
from domain.models import Order, PackPurchase, Payment
from domain.rules import door_pay, online_pay
from domain.rules.errors import Conflict
from domain.services.support import audit


async def door_payment(conn: Conn | None, order_id: int) -> Payment | None:
    """The order's door trade, if one was opened."""
    query = Payment.filter(order_id=order_id, kind=door_pay.DOOR)
    return await (query.using_db(conn) if conn else query).first()


async def guard_pack(conn: Conn, purchase: PackPurchase, actor: str, paid_message: str) -> None:
    """Refuse (with `paid_message`) when the code took the pack's money; close an unpaid one
    that includes it. Runs under the customer's lock, the purchase locked."""
    if purchase.rides_on is None:
        return
    order = await Order.filter(number=purchase.rides_on).using_db(conn).first()
    if order is None:
        return
    query = Payment.filter(order_id=order.id, kind=door_pay.DOOR).select_for_update()
    trade = await query.using_db(conn).first()
    if trade is None or trade.pack_fen <= 0 or door_pay.voided(trade.flag):
        return  # a voided code's money goes back in full: it paid for no pack
    if trade.status in online_pay.SETTLED_STATES:
        raise Conflict(
            f"pack purchase {purchase.id} paid by door code {trade.out_trade_no}",
            message=paid_message,
            sends_away=True,
        )
    if trade.status == online_pay.UNPAID:
        trade.status = online_pay.CLOSED
        await trade.save(using_db=conn, update_fields=["status"])
        after = {"status": online_pay.CLOSED, "reason": f"pack {purchase.id} changed"}
        await audit(conn, actor, "payment.close", "payment", trade.out_trade_no, None, after)
