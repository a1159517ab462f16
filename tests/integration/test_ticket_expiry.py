"""Ticket expiry in the ledger: posted once per lot, a cancel after expiry, every view agreeing.

The concurrent test is meaningful on PostgreSQL, where the runs' transactions interleave.
"""

from __future__ import annotations

import asyncio
import sys
from asyncio.subprocess import PIPE
from datetime import timedelta

import pytest

from domain.models import Customer, TicketEntry, TicketLot, TicketWallet
from domain.reads import queries
from domain.rules.tickets import RETURN_GRACE_DAYS
from domain.services import ledgers, order_moves, ticket_expiry, wallet
from domain.services.orders import OrderRequest, place_order
from domain.services.support import default_connection
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW, on_postgres

pytestmark = pytest.mark.usefixtures("db")

SKU = "nfsq-19l"
EXPIRY = NOW + timedelta(hours=3)
LATER = NOW + timedelta(days=1)


async def _expiring_lot(openid: str, count: int) -> Customer:
    customer = await make_customer(openid)
    await wallet.adjust_tickets(customer.id, SKU, count, "活动赠送", "owner", NOW, EXPIRY)
    return customer


async def test_a_cancel_after_expiry_gives_back_usable_tickets_for_a_grace_period() -> None:
    await seed_catalog()
    customer = await make_customer()
    await wallet.adjust_tickets(customer.id, SKU, 3, "活动赠送", "owner", NOW, EXPIRY)
    placed = await place_order(OrderRequest(customer.id, [(SKU, 2)], "ticket"), NOW)
    moved = await order_moves.cancel_order(placed.number, "customer", LATER, "不要了")
    assert moved.tickets_returned == 2 and moved.tickets_extended == 2
    until = LATER + timedelta(days=RETURN_GRACE_DAYS)
    assert moved.extended_until == until.isoformat()
    # Before: the 2 went back into the expired lot; the reply said 2 returned, 0 were usable.
    conn = await default_connection()
    assert await ledgers.usable_tickets(conn, customer, LATER) == {SKU: 2}
    assert await ledgers.usable_tickets(conn, customer, until) == {}
    old, grace = await TicketLot.all().order_by("id")
    assert grace.remaining == 2 and grace.source == "cancel"
    assert old.remaining == 1  # the lot's own leftover, for the expiry posting
    await ticket_expiry.post_expiries(LATER)
    w = await TicketWallet.get(customer_id=customer.id)
    entries = await TicketEntry.filter(wallet_id=w.id).values_list("delta", flat=True)
    assert w.balance == sum(entries) == 2


async def test_a_cancel_before_expiry_returns_tickets_to_their_lot() -> None:
    await seed_catalog()
    customer = await make_customer()
    await wallet.adjust_tickets(customer.id, SKU, 3, "活动赠送", "owner", NOW, EXPIRY)
    placed = await place_order(OrderRequest(customer.id, [(SKU, 2)], "ticket"), NOW)
    moved = await order_moves.cancel_order(placed.number, "customer", NOW + timedelta(hours=1))
    assert moved.tickets_returned == 2 and moved.tickets_extended == 0
    assert moved.extended_until is None
    assert [lot.remaining for lot in await TicketLot.all()] == [3]


async def test_the_expiry_job_posts_each_lot_once_however_often_it_runs() -> None:
    await seed_catalog()
    people = [await _expiring_lot(f"o-e{i}", 11) for i in range(6)]
    keeper = await make_customer("o-keep")
    await wallet.adjust_tickets(keeper.id, SKU, 4, "开户赠送", "owner", NOW)  # never expires
    runs = await asyncio.gather(*(ticket_expiry.post_expiries(LATER, limit=2) for _ in range(4)))
    runs += [await ticket_expiry.post_expiries(LATER) for _ in range(3)]
    assert sum(r.lots for r in runs) == len(people)
    assert sum(r.tickets for r in runs) == 11 * len(people)
    expired = await TicketEntry.filter(kind="expire").values_list("wallet__customer_id", "delta")
    assert sorted(expired) == sorted((p.id, -11) for p in people)
    for w in await TicketWallet.all():
        entries = await TicketEntry.filter(wallet_id=w.id).values_list("delta", flat=True)
        assert w.balance == sum(entries) == (4 if w.customer_id == keeper.id else 0)  # type: ignore[attr-defined]


EXPIRER = """
import asyncio, sys
from datetime import datetime
from domain.infra.db import close_db, init_db
from domain.services import ticket_expiry

async def main() -> None:
    await init_db(sys.argv[1])
    at = datetime.fromisoformat(sys.argv[2])
    print("ready", flush=True)
    sys.stdin.readline()  # both processes start together
    lots = 0
    while await ticket_expiry.due(at):
        lots += (await ticket_expiry.post_expiries(at, limit=1)).lots
    print(lots)
    await close_db()

asyncio.run(main())
"""


@pytest.mark.skipif(not on_postgres(), reason="two processes on one PostgreSQL database")
async def test_two_scheduler_processes_post_each_lot_once(database_url: str) -> None:
    await seed_catalog()
    people = [await _expiring_lot(f"o-p{i}", 5) for i in range(10)]
    other = await asyncio.create_subprocess_exec(
        sys.executable, "-c", EXPIRER, database_url, LATER.isoformat(), stdin=PIPE, stdout=PIPE
    )
    assert other.stdin is not None and other.stdout is not None
    assert await other.stdout.readline() == b"ready\n"
    other.stdin.write(b"go\n")
    await other.stdin.drain()
    mine = 0
    while await ticket_expiry.due(LATER):
        mine += (await ticket_expiry.post_expiries(LATER, limit=1)).lots
    out, _ = await other.communicate()
    assert other.returncode == 0
    assert mine + int(out) == len(people)
    assert await TicketEntry.filter(kind="expire").count() == len(people)
    assert sum(await TicketWallet.all().values_list("balance", flat=True)) == 0
    assert await queries.account_summary(people[0].id, LATER) == queries.AccountSummary(
        [], 0, 0, 0
    )
