"""What the day's close reads: courier cash and hand-ins, receivables, and the ticket and
bucket ledgers summed up to the end of the day (docs/PAY.md, *Closing a day*).

Ledger rows are queried a day wider and cut exactly in Python (SQLite compares datetimes as
text), like the other reads.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import datetime

from domain.models import BucketEntry, CashHandIn, Product, TicketEntry
from domain.reads import stats
from domain.reads.finance import courier_cash, door_cash
from domain.rules import day_close as rules
from domain.rules.courier_pay import door
from domain.rules.periods import Period


async def hand_ins(period: Period) -> dict[str, tuple[str, int]]:
    """Cash handed in during the period, by courier: userid → (name, fen)."""
    low, high = stats.widened(period)
    rows = await CashHandIn.filter(at__gte=low, at__lt=high).prefetch_related("courier")
    found: dict[str, tuple[str, int]] = {}
    for row in rows:
        if period.contains(row.at):
            name, fen = found.get(row.courier.wecom_userid, (row.courier.name, 0))
            found[row.courier.wecom_userid] = (name, fen + row.amount_fen)
    return found


async def cash_and_receivables(
    period: Period,
) -> tuple[tuple[rules.CourierCash, ...], rules.Receivables]:
    """Each courier's cash taken vs handed in, and the cash short at the door."""
    delivered = await stats.delivered_in(period)
    taken = {c.userid: (c.name, c.orders, c.cash_fen) for c in await courier_cash(delivered)}
    owed = await door_cash(delivered)
    receivables = rules.Receivables(
        short_fen=owed.short_fen,
        short_orders=len([o for o in delivered if door(o).short_fen]),
        owed_fen=owed.receivables_fen,
        owed_orders=owed.receivable_orders,
    )
    return rules.courier_cash(taken, await hand_ins(period)), receivables


async def tickets_owed(cut: datetime) -> tuple[rules.TicketsOwed, ...]:
    """Tickets outstanding at `cut`: every ticket entry before it summed, by product."""
    rows = await TicketEntry.filter(created_at__lt=cut + stats.SLACK).values_list(
        "wallet__sku", "delta", "created_at"
    )
    counts: dict[str, int] = defaultdict(int)
    for sku, delta, at in rows:
        if at < cut:
            counts[sku] += delta
    products = {p.sku: p for p in await Product.filter(sku__in=list(counts))}
    owed = []
    for sku, count in sorted(counts.items()):
        if count:
            product = products.get(sku)
            name, price = (product.name, product.price_fen) if product else (sku, 0)
            owed.append(rules.TicketsOwed(sku, name, count, price))
    return tuple(owed)


async def deposits_held(cut: datetime) -> rules.DepositsHeld:
    """Buckets out and deposit held at `cut`, from the bucket ledger."""
    rows = await BucketEntry.filter(created_at__lt=cut + stats.SLACK).values_list(
        "account_id", "held_delta", "deposit_delta_fen", "paid_buckets_after", "created_at", "id"
    )
    held: dict[int, int] = defaultdict(int)
    deposit: dict[int, int] = defaultdict(int)
    last: dict[int, tuple[int, int]] = {}  # the account's latest row: append-only, so by id
    for account, held_delta, deposit_delta, paid_after, at, row_id in rows:
        if at >= cut:
            continue
        held[account] += held_delta
        deposit[account] += deposit_delta
        if row_id > last.get(account, (0, 0))[0]:
            last[account] = (row_id, paid_after)
    holders = [a for a in held if held[a] or deposit[a]]
    return rules.DepositsHeld(
        buckets=sum(held.values()),
        paid_buckets=sum(last[a][1] for a in holders),
        deposit_fen=sum(deposit.values()),
        customers=len(holders),
    )
