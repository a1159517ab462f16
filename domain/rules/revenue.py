"""What a delivered order brought in, by how it was paid, with the bucket deposit kept apart.

A deposit is held against buckets and owed back when they return, so it is never revenue: the
owner's 营收 (今日, 统计, 趋势), the finance report's revenue and the back office's sales are
`sales` / `sales_by_method`, and the deposit an order took at the door (negative: refunded there
for extra empties) is shown beside them. New money (`paid_by_method`) still includes it.

Where a deposit was paid: a balance order's quote took up to its quoted deposit from the
balance, anything beyond was cash at the door; every other order's deposit was paid at the door
like the rest of its money (scanned on a WeChat Pay order, else cash). Pure rules on the few
fields they read (`DeliveredOrder`), which an order row has.
"""

from __future__ import annotations

from typing import Protocol

from domain.rules.courier_pay import PaidOrder, cash_in_hand, scan_fen
from domain.rules.pricing import covered_by_tickets

METHODS = ("ticket", "balance", "cash", "wechat_pay")


class DeliveredOrder(PaidOrder, Protocol):
    """What these rules read of a delivered order (an `Order` row has it)."""

    @property
    def goods_fen(self) -> int: ...
    @property
    def prepaid_fen(self) -> int: ...
    @property
    def deposit_fen(self) -> int: ...  # the deposit quoted when the order was placed
    @property
    def deposit_charged_fen(self) -> int | None: ...  # what the delivery charged
    @property
    def tickets_fen(self) -> int: ...  # goods paid with tickets in a mixed order
    @property
    def packs_cash_fen(self) -> int: ...  # ticket packs paid at the door with the order's money


def ticket_value(order: DeliveredOrder) -> int:
    """Goods paid with tickets (a mixed order's covered lines), at the unit price when placed."""
    return covered_by_tickets(order.payment_method, order.goods_fen, order.tickets_fen)


def balance_spent(order: DeliveredOrder) -> int:
    """Stored value an order finally took: the quote, less a deposit refunded at the door."""
    if order.payment_method != "balance":
        return 0
    refunded = max(0, order.deposit_fen - (order.deposit_charged_fen or 0))
    return order.prepaid_fen - refunded


def paid_online(order: DeliveredOrder) -> int:
    """Paid through WeChat Pay before the courier took cash: online after ordering, or his
    收款码 at the door (docs/PAY.md); only a balance order's prepaid money is the balance's."""
    return order.prepaid_fen if order.payment_method != "balance" else 0


def paid_by_method(order: DeliveredOrder) -> dict[str, int]:
    """Everything the order took, deposit included, by how it was paid."""
    cash, scans = cash_in_hand(order), scan_fen(order)
    # Packs paid with the delivery's money are in what he took, not in the order's takings:
    # scanned on a WeChat Pay order, else cash (`door_paid.settle_at_delivery`).
    if order.payment_method == "wechat_pay":
        scans -= order.packs_cash_fen
    else:
        cash -= order.packs_cash_fen
    return {
        "ticket": ticket_value(order),
        "balance": balance_spent(order),
        "cash": cash,
        "wechat_pay": scans + paid_online(order),
    }


def deposit_by_method(order: DeliveredOrder) -> dict[str, int]:
    """The deposit part of `paid_by_method`: the parts add up to the deposit charged."""
    charged = order.deposit_charged_fen or 0
    parts = dict.fromkeys(METHODS, 0)
    if order.payment_method == "balance":
        # The quote took the quoted deposit; the balance got back what was not charged.
        parts["balance"] = min(charged, order.deposit_fen)
        charged -= parts["balance"]
    by_scan = scan_fen(order) > 0 or paid_online(order) > 0
    parts["wechat_pay" if by_scan else "cash"] += charged
    return parts


def sales_by_method(order: DeliveredOrder) -> dict[str, int]:
    """What the order brought in without its deposit, by how it was paid."""
    deposit = deposit_by_method(order)
    return {method: fen - deposit[method] for method, fen in paid_by_method(order).items()}


def sales(order: DeliveredOrder) -> int:
    """Revenue: goods, fees, discounts netted, what was actually paid; never the deposit.

    Net of campaign discounts by construction: cash and balance are what was actually paid,
    and free goods were priced at 0 (their value is the campaign's cost, not revenue).
    """
    return sum(paid_by_method(order).values()) - (order.deposit_charged_fen or 0)
