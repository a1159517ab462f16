"""Exactly once across processes and crashes: two real `waterbot serve` processes, one database.

A customer's double tap of 1 sent to both processes at once places one order; a process killed
with kill -9 in the middle of confirmations loses none of them once WeChat retries on the other.
PostgreSQL only: that is what several processes share in production.
"""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from pathlib import Path

import aiohttp
import asyncpg
import pytest

from domain.models import Order, OutboxMessage, ProcessedMessage, TicketWallet
from domain.services import customers, wallet
from tests.bot.serve_harness import Served, post_text, start_serve
from tests.integration.helpers import seed_catalog
from tests.support import NOW, on_postgres

pytestmark = [
    pytest.mark.usefixtures("db"),
    pytest.mark.skipif(not on_postgres(), reason="several processes share PostgreSQL"),
]

TICKETS = 5
WECHAT_RETRY_S = 5.0  # WeChat retries an unanswered callback about every 5 s, three times
_ids = itertools.count(7_000_000)


async def _customers(count: int, prefix: str) -> list[str]:
    """Customers with a phone, a default address and tickets; their openids."""
    openids = []
    for i in range(count):
        openid = f"{prefix}-{i}"
        row, _ = await customers.customer_for_openid(openid)
        await customers.set_phone(row.id, f"1380000{i:04d}", "test")
        await customers.add_address(row.id, customers.AddressInput("阳光花园3栋502"), "test")
        await wallet.adjust_tickets(row.id, "nfsq-19l", TICKETS, "开户", "owner", NOW)
        openids.append(openid)
    return openids


@pytest.fixture
async def pair(database_url: str, tmp_path: Path) -> AsyncIterator[list[Served]]:
    """Two serve processes over the test database, started after the catalog is in it."""
    await seed_catalog()
    served = [await start_serve(database_url, tmp_path / f"serve{i}.log") for i in range(2)]
    try:
        yield served
    finally:
        for one in served:
            await one.stop()


async def _to_confirmation(session: aiohttp.ClientSession, served: Served, openid: str) -> None:
    status, reply = await post_text(session, served, openid, "送一桶农夫山泉", next(_ids))
    assert status == 200 and "请确认订单" in reply, reply


async def _orders_and_tickets(openid: str) -> tuple[int, int]:
    row, _ = await customers.customer_for_openid(openid)
    held = await TicketWallet.get(customer_id=row.id)
    return await Order.filter(customer_id=row.id).count(), held.balance


async def test_a_double_tap_on_two_processes_places_one_order(pair: list[Served]) -> None:
    openids = await _customers(10, "o-tap")
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(_to_confirmation(session, pair[0], o) for o in openids))
        # Each customer's two taps of 1: two MsgIds, one to each process, at the same moment.
        replies = await asyncio.gather(
            *(
                post_text(session, pair[i], openid, "1", next(_ids))
                for openid in openids
                for i in (0, 1)
            )
        )
    assert all(status == 200 for status, _ in replies), replies
    for openid in openids:
        assert await _orders_and_tickets(openid) == (1, TICKETS - 1), openid
    assert sum("下单成功" in text for _, text in replies) == len(openids)


async def _block_customers(database_url: str, openids: list[str]) -> asyncpg.Connection:
    """Hold the customers' rows so that every confirmation stops mid-turn, claimed."""
    conn = await asyncpg.connect(database_url)
    await conn.execute("BEGIN")
    await conn.fetch("SELECT id FROM customer WHERE mp_openid = ANY($1) FOR UPDATE", openids)
    return conn


async def _until(check: Callable[[], Awaitable[bool]], within_s: float) -> None:
    deadline = time.monotonic() + within_s
    while time.monotonic() < deadline:
        if await check():
            return
        await asyncio.sleep(0.1)
    raise AssertionError(f"not reached within {within_s} s")


async def _wechat_retries(
    session: aiohttp.ClientSession, served: Served, openid: str, msg_id: int, sent_at: float
) -> tuple[int, str]:
    """WeChat's retries of one message, about 5 s apart; any 200 answer ends them."""
    for attempt in (1, 2, 3):
        await asyncio.sleep(max(0.0, sent_at + attempt * WECHAT_RETRY_S - time.monotonic()))
        try:
            status, reply = await post_text(session, served, openid, "1", msg_id)
        except aiohttp.ClientError:
            continue
        if status == 200:
            return status, reply
    return 0, ""


async def test_a_process_killed_mid_turn_loses_no_confirmation(
    pair: list[Served], database_url: str
) -> None:
    openids = await _customers(12, "o-kill")
    first, second = pair
    async with aiohttp.ClientSession() as session:
        await asyncio.gather(*(_to_confirmation(session, first, o) for o in openids))
        blocker = await _block_customers(database_url, openids)
        msg_ids = {openid: next(_ids) for openid in openids}
        sent_at = time.monotonic()
        in_flight = [
            asyncio.create_task(post_text(session, first, o, "1", msg_ids[o])) for o in openids
        ]

        async def all_claimed_and_waiting() -> bool:
            claimed = await ProcessedMessage.filter(
                key__in=[f"mp:{m}" for m in msg_ids.values()], status="processing"
            ).count()
            waiting = await blocker.fetchval("SELECT count(*) FROM pg_locks WHERE NOT granted")
            return claimed == len(openids) and waiting >= len(openids)

        await _until(all_claimed_and_waiting, 20)
        first.kill()
        await first.process.wait()
        await blocker.execute("ROLLBACK")
        await blocker.close()
        answers = await asyncio.gather(*in_flight, return_exceptions=True)
        assert all(isinstance(a, aiohttp.ClientError) for a in answers), answers
        retried = await asyncio.gather(
            *(_wechat_retries(session, second, o, msg_ids[o], sent_at) for o in openids)
        )
    assert all(status == 200 for status, _ in retried), retried
    for openid, (_, reply) in zip(openids, retried, strict=True):
        # Each confirmation placed once, and the customer hears so: in the reply or, when it
        # missed the reply budget, in a customer-service message through the outbox.
        await _until(lambda o=openid: _placed_once(o), 15)  # type: ignore[misc]
        assert "下单成功" in reply or await _told_later(openid), (openid, reply)


async def _placed_once(openid: str) -> bool:
    return await _orders_and_tickets(openid) == (1, TICKETS - 1)


async def _told_later(openid: str) -> bool:
    sent = await OutboxMessage.filter(recipient=openid).values_list("payload", flat=True)
    return any("下单成功" in json.dumps(p, ensure_ascii=False) for p in sent)
