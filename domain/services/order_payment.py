"""Paying for an order when it is placed, and giving it back when it is cancelled."""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain.infra.ports import Conn
from domain.models import Customer, Order, OrderTicketUse, TicketWallet
from domain.rules import pricing
from domain.rules.ticket_split import TicketCover
from domain.services import ledgers
from domain.services.ledgers import Posting


async def pay_order(
    conn: Conn,
    customer: Customer,
    order: Order,
    cover: TicketCover,
    quote: pricing.Quote,
    now: datetime,
    actor: str,
) -> None:
    """Take the balance, then the tickets, the order is paid with; paid when nothing is left.

    A mixed order takes both: the balance pays what the tickets leave. The balance account is
    locked before the wallets, and the wallets in sku order (docs/MONEY.md, "Lock order"); a
    balance or a wallet that falls short refuses the whole order.
    """
    posting = Posting(actor, "order", order_number=order.number)
    due = quote.money_due_fen(order.payment_method)
    if order.payment_method == "balance":
        account = await ledgers.balance_account(conn, customer)
        await ledgers.move_balance(conn, account, -due, posting)
        order.prepaid_fen = due
    for sku, count in sorted(cover.per_sku().items()):
        wallet = await ledgers.wallet(conn, customer, sku)
        for lot, n in await ledgers.take_tickets(conn, wallet, count, now, posting):
            await OrderTicketUse.create(order=order, lot=lot, count=n, using_db=conn)
    if due == order.prepaid_fen:
        order.payment_status = "paid"


async def refund_order(
    conn: Conn,
    customer: Customer,
    order: Order,
    now: datetime,
    posting: Posting,
    to_balance: bool = True,
) -> dict[str, Any]:
    """Give back what the order took: its balance, then its tickets (the one lock order).

    `to_balance` False: the money was paid online and goes back to WeChat (payment_refunds).
    """
    refunded = order.prepaid_fen if to_balance else 0
    if refunded:
        account = await ledgers.balance_account(conn, customer)
        await ledgers.move_balance(conn, account, refunded, posting)
        order.payment_status = "refunded"
    return {"refunded_fen": refunded, **await _return_tickets(conn, order, now, posting)}


async def _return_tickets(
    conn: Conn, order: Order, now: datetime, posting: Posting
) -> dict[str, Any]:
    """The order's tickets back to their wallets, locked in sku order; what came back how."""
    uses = await OrderTicketUse.filter(order_id=order.id).using_db(conn).prefetch_related("lot")
    by_wallet: dict[int, list[tuple[Any, int]]] = {}
    for use in uses:
        by_wallet.setdefault(use.lot.wallet_id, []).append((use.lot, use.count))  # type: ignore[attr-defined]
    skus = dict(
        await TicketWallet.filter(id__in=list(by_wallet)).using_db(conn).values_list("id", "sku")
    )
    returned = extended = 0
    until: str | None = None
    for wallet_id in sorted(by_wallet, key=lambda wid: skus[wid]):
        wallet = await ledgers.wallet_by_id(conn, wallet_id)
        plan = await ledgers.return_tickets(conn, wallet, by_wallet[wallet_id], now, posting)
        returned, extended = returned + plan.total, extended + plan.extended
        if plan.extended_until is not None:
            until = plan.extended_until.astimezone(now.tzinfo).isoformat()
    return {"tickets_returned": returned, "tickets_extended": extended, "extended_until": until}
