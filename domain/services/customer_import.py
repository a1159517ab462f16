"""Import customers from a station's sheet: one transaction per chunk, idempotent by phone.

The whole sheet is read and checked first (pure, `rules.customer_import`); then each chunk of
valid rows (500 by default) is one transaction: its customers are looked up and locked in a
few queries (`import_state`), every row's writes are planned in pure code (`rules.import_plan`)
and written a table at a time (`import_writes`). A chunk commits whole or not at all: a chunk
that fails (or a process killed) leaves the chunks before it imported and nothing of itself,
and importing the same file again completes the rest, since imported rows are then unchanged.

A customer is matched by phone (created, or name, tags, notes and address brought up to date).
Opening balances (tickets, stored value, buckets with their deposit) are posted once per
customer and ledger, as `import` entries, under an idempotency record that keeps what was
imported. Importing the same file again changes nothing. Opening tickets (without expiry) and
stored value add to what a customer already has; opening buckets are set only on a bucket
account that has not moved yet, since they replace its state. When a later file carries a
different opening balance for a customer already imported, the money may have moved since:
nothing is overwritten and the row gets a message asking for a manual adjustment.
"""

from __future__ import annotations

import asyncio
import logging
import uuid
from collections.abc import Callable
from dataclasses import dataclass, field

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from domain.infra.ports import Conn
from domain.models import Product, TicketPack
from domain.rules.customer_import import Checked, CustomerRow, ProductRef, RowError, check_sheet
from domain.rules.errors import Conflict
from domain.rules.import_plan import RowPlan, plan_row
from domain.rules.import_sheet import read_sheet
from domain.services.import_state import Claimed, known_by_phone, stale_claims
from domain.services.import_writes import write_plans

log = logging.getLogger(__name__)
BATCH_SIZE = 500
Progress = Callable[[int, int], None]


@dataclass
class ImportSummary:
    """What an import did (or, in a dry run, would do), with every row's errors and notes."""

    total: int = 0
    created: int = 0
    updated: int = 0
    unchanged: int = 0
    failed: int = 0
    dry_run: bool = False
    errors: list[RowError] = field(default_factory=list)
    notes: list[RowError] = field(default_factory=list)


class _DryRun(Exception):
    """Rolls a dry run's batch back after it ran."""


BATCH_TRIES = 3  # a batch that keeps losing races to another import gives up with a Conflict


async def product_refs() -> list[ProductRef]:
    """Every product as a sheet may name it, and whether tickets are sold for it."""
    products = await Product.all().order_by("id")
    ticketed = set(await TicketPack.all().values_list("sku", flat=True))
    return [
        ProductRef(p.sku, p.name, tuple(map(str, p.aliases)), p.sku in ticketed) for p in products
    ]


async def check_file(data: bytes) -> Checked:
    """Read and check a sheet against the catalog; InvalidInput when the file is unusable."""
    # Parsing 10,000 XLSX rows takes about a second, checking them a few tenths: off the
    # event loop, so the webhooks sharing this process keep answering within WeChat's budget.
    products = await product_refs()
    return await asyncio.to_thread(lambda: check_sheet(read_sheet(data), products))


async def import_file(
    data: bytes,
    actor: str,
    *,
    batch_size: int = BATCH_SIZE,
    dry_run: bool = False,
    progress: Progress | None = None,
) -> ImportSummary:
    """Check every row, then import the valid ones batch by batch."""
    checked = await check_file(data)
    summary = ImportSummary(dry_run=dry_run, errors=list(checked.errors))
    summary.failed = checked.failed_rows
    summary.total = len(checked.records) + summary.failed
    await import_records(checked.records, actor, summary, batch_size, progress)
    refused = sorted({e.row for e in summary.errors})
    log.info(
        "customer import by %s%s: %d rows, %d created, %d updated, %d unchanged, %d refused "
        "(rows %s), %d notes", actor, " (dry run)" if dry_run else "", summary.total,
        summary.created, summary.updated, summary.unchanged, summary.failed,
        ", ".join(map(str, refused[:50])) or "none", len(summary.notes),
    )  # fmt: skip
    return summary


async def import_records(
    records: list[CustomerRow],
    actor: str,
    summary: ImportSummary,
    batch_size: int = BATCH_SIZE,
    progress: Progress | None = None,
) -> None:
    """Import checked rows, one transaction per batch, counting outcomes into `summary`."""
    if batch_size < 1:
        raise ValueError("batch size must be positive")
    done = 0
    for start in range(0, len(records), batch_size):
        batch = records[start : start + batch_size]
        total = len(records)
        outcomes = await _batch_with_retries(batch, actor, summary.dry_run, done, total, progress)
        for outcome, notes in outcomes:
            setattr(summary, outcome, getattr(summary, outcome) + 1)
            summary.notes.extend(notes)
        done += len(batch)


async def _batch_with_retries(
    batch: list[CustomerRow],
    actor: str,
    dry_run: bool,
    done: int,
    total: int,
    progress: Progress | None,
) -> list[tuple[str, list[RowError]]]:
    for attempt in range(1, BATCH_TRIES + 1):
        try:
            return await _run_batch(batch, actor, dry_run, done, total, progress)
        except (IntegrityError, Claimed) as exc:
            # A concurrent import claimed the same phone or opening balance: run the batch
            # again, now matching what the other one wrote.
            if attempt == BATCH_TRIES:
                first = batch[0].row
                raise Conflict(
                    f"import chunk from row {first} lost {attempt} races, rows before it "
                    f"imported, it and the rest not: {exc}",
                    message=f"另一个导入正在处理相同的客户:第{first}行之前的已导入,"
                    f"第{first}行起未导入,请稍后重新导入同一文件",
                ) from exc
            log.info(
                "import chunk from row %d lost a race, running it again: %s", batch[0].row, exc
            )
    raise AssertionError("unreachable")


async def _run_batch(
    batch: list[CustomerRow],
    actor: str,
    dry_run: bool,
    done: int,
    total: int,
    progress: Progress | None,
) -> list[tuple[str, list[RowError]]]:
    try:
        async with in_transaction() as conn:
            plans = await import_chunk(conn, batch, actor)
            if progress is not None:
                # Inside the transaction: a progress callback that fails rolls the chunk back.
                for i in range(1, len(batch) + 1):
                    progress(done + i, total)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return [(p.outcome, p.notes) for p in plans]


async def import_chunk(conn: Conn, records: list[CustomerRow], actor: str) -> list[RowPlan]:
    """Rows in the caller's transaction: customers locked, every write planned, then bulk."""
    known = await known_by_phone(conn, records)
    plans = [plan_row(r, known.get(r.phone), str(uuid.uuid4())) for r in records]
    stale = await stale_claims(conn, [p.record.phone for p in plans if p.created])
    await write_plans(conn, plans, stale, actor)
    return plans
