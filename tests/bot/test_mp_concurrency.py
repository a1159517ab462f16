"""Two service processes on one database, one customer tapping 1 fifty times at once.

Each process serialises a user's messages only within itself, so across processes the
confirmations race; the ledgers' row locks must still keep the wallet from overspending.
Meaningful on PostgreSQL (the CI's second run).
"""

from __future__ import annotations

import asyncio
import itertools

import pytest

from domain.models import (
    Conversation,
    Order,
    OutboxMessage,
    ProcessedMessage,
    TicketEntry,
    TicketWallet,
)
from domain.services import customers, wallet
from tests.bot.chat_harness import Clock, Customer, seed, start_app
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

TICKETS = 1


async def test_fifty_concurrent_confirmations_never_overspend_tickets() -> None:
    clock = Clock(NOW)
    apps = [await start_app(clock), await start_app(clock)]
    try:
        for app in apps:
            await seed(app)
        row, _ = await customers.customer_for_openid("o-race")
        await customers.set_phone(row.id, "13800003333", "test")
        await customers.add_address(row.id, customers.AddressInput("阳光花园3栋502"), "test")
        await wallet.adjust_tickets(row.id, "nfsq-19l", TICKETS, "开户", "owner", NOW)
        assert "请确认订单" in await Customer(apps[0], "o-race").say("送一桶农夫山泉")
        draft = (await Conversation.get(user_id="o-race")).draft
        ids = itertools.count(900_000)

        async def tap(app_index: int) -> str:
            # Every tap finds the draft at the confirmation, as a fast double-tapper would.
            await Conversation.filter(user_id="o-race").update(state="order.confirm", draft=draft)
            return await Customer(apps[app_index], "o-race").say("1", msg_id=next(ids))

        replies = await asyncio.gather(*[tap(i % 2) for i in range(50)])
        # Taps queued behind the others past the reply budget were answered `success`; their
        # turns finish in the background and reply through the outbox.
        for _ in range(600):
            if not await ProcessedMessage.filter(status="processing").exists():
                break
            await asyncio.sleep(0.05)
    finally:
        for app in apps:
            await app.close()
    placed = await Order.filter(customer_id=row.id).count()
    w = await TicketWallet.get(customer_id=row.id)
    ledger = await TicketEntry.filter(wallet_id=w.id).values_list("delta", flat=True)
    assert placed == TICKETS
    assert w.balance == 0 == sum(ledger)
    late = await OutboxMessage.filter(recipient="o-race").values_list("payload", flat=True)
    heard = [r for r in replies if r] + [str(payload["text"]) for payload in late]
    assert len(heard) == len(replies)
    assert sum("下单成功" in r for r in heard) == placed
    # The rest lost the race (水票不足) or came after the draft was done (not understood).
    others = {r.split("\n")[0] for r in heard if "下单成功" not in r}
    assert others <= {"水票不足", "没太明白您的意思。"}, others
