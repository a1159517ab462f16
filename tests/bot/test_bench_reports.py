"""`waterbot bench reports` as the real process, and the history it generates."""

from __future__ import annotations

import re
from collections import defaultdict
from datetime import timedelta

from bot.devtools.bench_reports import reports
from domain.demo_data.report_history import generate
from domain.models import (
    BalanceAccount,
    BalanceEntry,
    BucketAccount,
    BucketEntry,
    Order,
    OrderLine,
    OrderTicketUse,
    TicketEntry,
    TicketLot,
    TicketWallet,
)
from domain.services import order_moves, orders
from tests.bot.test_commands import _env, _waterbot
from tests.support import NOW


async def test_bench_reports_prints_every_report_with_its_seconds() -> None:
    code, out, err = await _waterbot(
        ["bench", "reports", "--customers", "20", "--orders", "100", "--repeat", "1"], _env()
    )
    assert code == 0, out + err
    assert re.search(r"^customer rows\s+20$", out, re.M), out
    assert re.search(r"^order rows\s+100$", out, re.M), out
    for name, _ in reports():
        assert re.search(rf"^{re.escape(name)}\s+\d+\.\d{{3}}\s+\d+\.\d{{3}}$", out, re.M), out


def _running(pairs: list[tuple[int, int]]) -> int:
    """Check each (delta, after) against the running sum; return the final sum."""
    total = 0
    for delta, after in pairs:
        total += delta
        assert after == total >= 0
    return total


async def _check_ledgers() -> None:
    for wallet in await TicketWallet.all():
        entries = await TicketEntry.filter(wallet_id=wallet.id).order_by("id")
        lots = await TicketLot.filter(wallet_id=wallet.id)
        final = _running([(e.delta, e.balance_after) for e in entries])
        assert wallet.balance == final == sum(lot.remaining for lot in lots)
    for account in await BalanceAccount.all():
        money = await BalanceEntry.filter(account_id=account.id).order_by("id")
        assert account.balance_fen == _running([(e.delta_fen, e.balance_after_fen) for e in money])
    for held in await BucketAccount.all():
        moves = await BucketEntry.filter(account_id=held.id).order_by("id")
        assert held.held == _running([(e.held_delta, e.held_after) for e in moves])
        assert held.deposit_fen == _running(
            [(e.deposit_delta_fen, e.deposit_after_fen) for e in moves]
        )


async def test_the_history_keeps_the_ledgers_and_the_services_carry_on(db: str) -> None:
    counts = await generate(12, 80, NOW)
    assert counts["order"] == 80 == await Order.filter(state="delivered").count()
    used: dict[int, int] = defaultdict(int)
    for use in await OrderTicketUse.all():
        used[use.order_id] += use.count  # type: ignore[attr-defined]
    for order in await Order.all():
        assert used[order.id] == (order.tickets_used if order.payment_method == "ticket" else 0)
        assert order.delivered_at is not None and order.delivered_at < NOW
    await _check_ledgers()
    # The real services take over where the generated rows end (on PostgreSQL this needs the
    # id sequences moved past the ids the generator gave).
    held = await BucketAccount.filter(held__gt=0).first().prefetch_related("customer")
    assert held is not None
    line = await OrderLine.filter(order__customer_id=held.customer.id, is_bucket=True).first()
    assert line is not None
    request = orders.OrderRequest(held.customer.id, [(line.sku, 1)], "cash", actor="t")
    placed = await orders.place_order(request, NOW)
    await order_moves.assign_order(placed.number, "courier1", "t", NOW)
    done = await order_moves.record_delivery(placed.number, "t", NOW + timedelta(hours=1))
    assert done.empties_collected == 1 and done.deposit_charged_fen == 0
    await _check_ledgers()
