"""The courier's task card: what it shows of an order, read or handed over by placing."""

from __future__ import annotations

from dataclasses import dataclass

from domain.infra import pay_port
from domain.infra.ports import Conn, TaskInfo, TaskLine
from domain.models import Courier, Customer, Order, OrderLine, Payment
from domain.rules import door_pay, pricing
from domain.services import door_paid


@dataclass(frozen=True)
class NewOrder:
    """What placing already holds of the order it just created, so its card reads none back."""

    lines: tuple[TaskLine, ...]
    customer: Customer


def money_due_fen(order: Order) -> int:
    """What the courier collects at the door: unpaid money, less the goods tickets paid."""
    tickets = pricing.covered_by_tickets(order.payment_method, order.goods_fen, order.tickets_fen)
    return max(0, order.total_fen - order.prepaid_fen - tickets)


async def task_info(
    conn: Conn, order: Order, courier: Courier, task_id: str, new: NewOrder | None = None
) -> TaskInfo:
    """The task as the courier's card shows it (`new`: its lines and customer are known)."""
    lines, customer = (new.lines, new.customer) if new else await _lines_and_customer(conn, order)
    address = order.address
    packs = await door_paid.attach_packs(conn, order)
    due = money_due_fen(order)
    # A new order being dispatched opened no online trade (one would keep it pending).
    online = (
        new is None
        and await Payment.filter(order_id=order.id, kind=door_pay.ONLINE).using_db(conn).exists()
    )
    # The 收款码 is offered only while WeChat Pay is connected (else today's scan at the door).
    code = pay_port.online() and door_pay.offers_code(order.payment_method, online)
    return TaskInfo(
        task_id=task_id,
        courier_userid=courier.wecom_userid,
        number=order.number,
        lines=lines,
        address=str(address.get("text") or ""),
        latitude=_coordinate(address.get("latitude")),
        longitude=_coordinate(address.get("longitude")),
        window_start=order.window_start,
        window_end=order.window_end,
        payment_method=order.payment_method,
        money_due_fen=due,
        tickets_used=order.tickets_used,
        deposit_fen=order.deposit_fen,
        note=order.note,
        customer_name=customer.name if customer else "",
        phone=(customer.phone or "") if customer else "",
        packs=await door_paid.named(conn, packs),
        door_code=code and due + sum(p.price_fen for p in packs) > 0,
    )


async def _lines_and_customer(
    conn: Conn, order: Order
) -> tuple[tuple[TaskLine, ...], Customer | None]:
    rows = await OrderLine.filter(order_id=order.id).using_db(conn).order_by("id")
    customer = await Customer.filter(id=order.customer_id).using_db(conn).first()  # type: ignore[attr-defined]
    return tuple(TaskLine(line.name, line.quantity) for line in rows), customer


def _coordinate(value: object) -> float | None:
    return float(value) if isinstance(value, int | float) else None
