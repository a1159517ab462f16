"""Online payments as the edges see them: frozen records, never model rows."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from domain.models import Order, OrderLine, PackPurchase, Payment, TicketPack
from domain.rules import door_pay


@dataclass(frozen=True)
class PaymentRecord:
    """A WeChat Pay trade, for an order or for a ticket pack."""

    out_trade_no: str
    order_number: str  # "" for a pack
    amount_fen: int
    status: str
    transaction_id: str | None
    prepay_id: str
    prepay_at: datetime | None
    expires_at: datetime
    paid_at: datetime | None
    refunded_fen: int
    payer_openid: str
    description: str
    flag: str
    title: str = ""  # what the payment page heads: 订单 N, or 水票单 #N
    kind: str = door_pay.ONLINE  # online (after ordering) or door (the courier's 收款码)


async def by_trade(out_trade_no: str) -> PaymentRecord | None:
    """The online payment with this out_trade_no (its payment page), None if there is none."""
    # A door trade is a Native trade shown as a QR code: it has no payment page.
    query = Payment.filter(out_trade_no=out_trade_no, kind=door_pay.ONLINE)
    row = await query.prefetch_related("customer").first()
    return None if row is None else await _record(row)


async def for_order(number: str) -> PaymentRecord | None:
    """The order's WeChat Pay trade (online, or the courier's 收款码), None when it has none."""
    row = await Payment.filter(order__number=number).prefetch_related("customer").first()
    return None if row is None else await _record(row)


async def _about(row: Payment) -> tuple[str, str, str]:
    """(order number, page title, WeChat Pay description) of the payment's order or pack."""
    if row.pack_purchase_id is not None:  # type: ignore[attr-defined]
        purchase = await PackPurchase.get(id=row.pack_purchase_id)  # type: ignore[attr-defined]
        pack = await TicketPack.filter(code=purchase.pack_code).first()
        name = pack.name if pack else purchase.pack_code
        return "", f"水票单 #{purchase.id}", f"水票 {name}"[:127]
    order = await Order.get(id=row.order_id)  # type: ignore[attr-defined]
    lines = await OrderLine.filter(order_id=order.id).order_by("id")
    goods = "、".join(f"{line.name}×{line.quantity}" for line in lines)
    return order.number, f"订单 {order.number}", f"送水订单{order.number} {goods}"[:127]


async def _record(row: Payment) -> PaymentRecord:
    number, title, description = await _about(row)
    return PaymentRecord(
        out_trade_no=row.out_trade_no,
        order_number=number,
        amount_fen=row.amount_fen,
        status=row.status,
        transaction_id=row.transaction_id,
        prepay_id=row.prepay_id,
        prepay_at=row.prepay_at,
        expires_at=row.expires_at,
        paid_at=row.paid_at,
        refunded_fen=row.refunded_fen,
        payer_openid=row.customer.mp_openid or "",
        description=description,
        flag=row.flag,
        title=title,
        kind=row.kind,
    )


def as_json(record: PaymentRecord | None) -> dict[str, object] | None:
    """The `payment.wechat_pay` object of the order JSON (admin API)."""
    if record is None:
        return None
    return {
        "out_trade_no": record.out_trade_no,
        "status": record.status,
        "amount_fen": record.amount_fen,
        "transaction_id": record.transaction_id,
        "paid_at": record.paid_at.isoformat() if record.paid_at else None,
        "refunded_fen": record.refunded_fen,
        "expires_at": record.expires_at.isoformat(),
        "kind": record.kind,
    }
