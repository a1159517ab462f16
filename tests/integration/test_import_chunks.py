"""The chunked import against real writers: money moving meanwhile, and a process killed mid-way."""

from __future__ import annotations

import asyncio
import os
import signal
import sys
from pathlib import Path

import pytest

from bot.devtools.bench_import import sheet
from domain.models import (
    AuditLog,
    BalanceAccount,
    BalanceEntry,
    BucketAccount,
    BucketEntry,
    Customer,
    IdempotencyRecord,
    Order,
    TicketEntry,
    TicketWallet,
)
from domain.services import wallet
from domain.services.customer_import import import_file
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import seed_catalog
from tests.support import NOW

WATERBOT = Path(sys.executable).with_name("waterbot")
HEADER = "姓名,电话,地址,水票品种,水票,押桶,押金(元),余额(元)\n"


async def _chains_hold() -> int:
    """Every ledger's rows add up, row by row, to the balance after them and to the account."""
    checked = 0
    for w in await TicketWallet.all():
        deltas = (
            await TicketEntry.filter(wallet_id=w.id)
            .order_by("id")
            .values_list("delta", "balance_after")
        )
        checked += _chain(deltas, w.balance)
    for a in await BalanceAccount.all():
        rows = BalanceEntry.filter(account_id=a.id).order_by("id")
        checked += _chain(await rows.values_list("delta_fen", "balance_after_fen"), a.balance_fen)
    for b in await BucketAccount.all():
        rows = BucketEntry.filter(account_id=b.id).order_by("id")
        checked += _chain(await rows.values_list("held_delta", "held_after"), b.held)
        deposits = await rows.values_list("deposit_delta_fen", "deposit_after_fen")
        checked += _chain(deposits, b.deposit_fen)
    return checked


def _chain(rows: list[tuple[int, int]], balance: int) -> int:
    running = 0
    for delta, after in rows:
        running += delta
        assert after == running
    assert running == balance
    return len(rows)


async def _audited_once() -> None:
    """One customer per claim, one audit per customer made and per opening posted."""
    customers = await Customer.all().count()
    claims = await IdempotencyRecord.filter(key__startswith="import:customer:").count()
    openings = await IdempotencyRecord.filter(key__startswith="import:opening:").count()
    made = await AuditLog.filter(action="customer.import", before=None).count()
    posted = await AuditLog.filter(action="customer.import_opening").count()
    assert customers == claims == made
    assert openings == posted


@pytest.mark.usefixtures("db")
async def test_orders_and_top_ups_during_an_import_are_neither_lost_nor_doubled() -> None:
    await seed_catalog()
    phones = [f"139{i:08d}" for i in range(120)]
    first = HEADER + "".join(f"客户{i},{p},阳光花园{i}栋,,,,,\n" for i, p in enumerate(phones))
    assert (await import_file(first.encode(), "owner")).created == len(phones)
    ids = dict(await Customer.all().values_list("phone", "id"))
    rows = "".join(f"客户{i},{p},阳光花园{i}栋,怡宝,5,2,60,10\n" for i, p in enumerate(phones))
    second = (HEADER + rows).encode()

    async def chat_and_front_desk() -> None:
        for phone in phones:
            await place_order(OrderRequest(ids[phone], [("nfsq-19l", 1)], "cash"), NOW)
            await wallet.top_up(ids[phone], 100, "cash", "front-desk")

    summary, _ = await asyncio.gather(
        import_file(second, "owner", batch_size=25), chat_and_front_desk()
    )
    assert summary.updated == len(phones) and (summary.errors, summary.notes) == ([], [])
    assert await Order.all().count() == len(phones)
    balances = await BalanceAccount.all().values_list("balance_fen", flat=True)
    assert sorted(balances) == [1100] * len(phones)
    held = await BucketAccount.all().values_list("held", "paid_buckets", "deposit_fen")
    assert sorted(held) == [(2, 2, 6000)] * len(phones)
    # Per customer: a top-up and three openings (balance, 5 tickets, buckets with deposit),
    # each bucket row checked twice (buckets held and deposit).
    assert await _chains_hold() == 5 * len(phones)
    again = await import_file(second, "owner")
    assert (again.unchanged, again.notes) == (len(phones), [])


async def _waterbot(url: str, *args: str) -> asyncio.subprocess.Process:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    env["WATERBOT_DATABASE_URL"] = url
    return await asyncio.create_subprocess_exec(
        str(WATERBOT), *args, env=env,
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE,
    )  # fmt: skip


async def _killed_after(process: asyncio.subprocess.Process, rows: int) -> None:
    """SIGKILL the import as soon as its progress passes `rows`: no cleanup runs."""
    assert process.stderr is not None
    while line := await asyncio.wait_for(process.stderr.readline(), timeout=120):
        text = line.decode(errors="replace")
        if "/" in text and int(text.split("]")[-1].split("/")[0]) >= rows:
            process.send_signal(signal.SIGKILL)
            break
    assert await process.wait() == -signal.SIGKILL


async def test_an_import_killed_mid_way_keeps_whole_chunks_and_a_rerun_completes(
    db: str, tmp_path: Path
) -> None:
    await seed_catalog()
    rows, chunk = 3000, 100
    path = tmp_path / "customers.csv"
    path.write_bytes(sheet(rows))
    args = ("import", "customers", str(path), "--batch", str(chunk))
    await _killed_after(await _waterbot(db, *args), rows // 5)
    done = await Customer.all().count()
    assert rows // 5 - chunk <= done < rows and done % chunk == 0  # whole chunks only
    assert await _chains_hold() == 4 * done
    await _audited_once()
    rerun = await _waterbot(db, *args)
    out, err = await asyncio.wait_for(rerun.communicate(), timeout=300)
    assert rerun.returncode == 0, err.decode()
    report = f"导入完成:共{rows}行,新建{rows - done},更新0,未变{done},失败0"
    assert report in out.decode()
    assert await _chains_hold() == 4 * rows
    await _audited_once()
    tickets = sum(await TicketWallet.all().values_list("balance", flat=True))
    assert tickets == sum(10 + i % 7 for i in range(rows))
