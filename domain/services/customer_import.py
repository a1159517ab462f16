"""Import customers from a station's sheet: one transaction per batch, idempotent by phone.

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
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field, replace
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from domain.infra.ports import Conn
from domain.models import Address, BucketEntry, Customer, IdempotencyRecord, Product, TicketPack
from domain.rules.customer_import import Checked, CustomerRow, ProductRef, RowError, check_sheet
from domain.rules.errors import Conflict
from domain.rules.import_sheet import read_sheet
from domain.services import ledgers
from domain.services.buckets import set_opening_buckets
from domain.services.customers import AddressInput, insert_address
from domain.services.ledgers import Posting
from domain.services.support import audit, lock_customer

BATCH_SIZE = 200
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


class _Claimed(Exception):
    """Another import made this phone's customer after the row looked it up."""


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
    # Parsing 10,000 XLSX rows takes about a second: off the event loop, so the webhooks
    # sharing this process keep answering within WeChat's budget.
    sheet = await asyncio.to_thread(read_sheet, data)
    return check_sheet(sheet, await product_refs())


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
        except (IntegrityError, _Claimed) as exc:
            # A concurrent import claimed the same phone or opening balance: run the batch
            # again, now matching what the other one wrote.
            if attempt == BATCH_TRIES:
                raise Conflict(
                    f"import batch at row {batch[0].row} lost {attempt} races: {exc}",
                    message="另一个导入正在处理相同的客户,请稍后重试",
                ) from exc
    raise AssertionError("unreachable")


async def _run_batch(
    batch: list[CustomerRow],
    actor: str,
    dry_run: bool,
    done: int,
    total: int,
    progress: Progress | None,
) -> list[tuple[str, list[RowError]]]:
    outcomes: list[tuple[str, list[RowError]]] = []
    try:
        async with in_transaction() as conn:
            for i, record in enumerate(batch, start=1):
                outcomes.append(await import_row(conn, record, actor))
                if progress is not None:
                    progress(done + i, total)
            if dry_run:
                raise _DryRun
    except _DryRun:
        pass
    return outcomes


async def import_row(conn: Conn, record: CustomerRow, actor: str) -> tuple[str, list[RowError]]:
    """One row in the caller's transaction: (created | updated | unchanged, notes)."""
    found = await Customer.filter(phone=record.phone).using_db(conn).order_by("created_at").first()
    created = found is None
    if found is None:
        found = await Customer.create(
            name=record.name,
            phone=record.phone,
            tags=list(record.tags),
            notes=record.notes,
            using_db=conn,
        )
        after = {"name": record.name, "phone": record.phone, "row": record.row}
        await audit(conn, actor, "customer.import", "customer", found.id, None, after)
        await _claim_phone(conn, record.phone, found)
    customer = await lock_customer(conn, found.id)
    changed = not created and await _update_details(conn, customer, record, actor)
    changed = await _ensure_address(conn, customer, record, actor) or changed
    notes: list[RowError] = []
    for post in (_opening_tickets, _opening_balance, _opening_buckets):
        moved, note = await post(conn, customer, record, actor)
        changed = moved or changed
        notes += [replace(note, row=record.row)] if note else []
    if created:
        return "created", notes
    return ("updated" if changed else "unchanged"), notes


async def _claim_phone(conn: Conn, phone: str, customer: Customer) -> None:
    # Two imports creating the same new phone at once: the second fails on this key, its batch
    # rolls back and runs again, and then finds the first one's customer by phone.
    key = f"import:customer:{phone}"
    result = {"id": str(customer.id)}
    claim = await IdempotencyRecord.filter(key=key).using_db(conn).first()
    if claim is None:
        await IdempotencyRecord.create(
            key=key, action="customer.import", result=result, using_db=conn
        )
        return
    holder = claim.result.get("id") if isinstance(claim.result, dict) else None
    if holder and await Customer.filter(id=holder, phone=phone).using_db(conn).exists():
        raise _Claimed(f"phone {phone} already imported as customer {holder}")
    # The earlier customer no longer has this phone (changed or removed): the claim moves on.
    await IdempotencyRecord.filter(key=key).using_db(conn).update(result=result)


async def _update_details(conn: Conn, customer: Customer, record: CustomerRow, actor: str) -> bool:
    # The sheet is the station's own record: its name wins, tags add up, notes fill a blank.
    tags = list(dict.fromkeys([*customer.tags, *record.tags]))
    notes = customer.notes or record.notes
    before = {"name": customer.name, "tags": list(customer.tags), "notes": customer.notes}
    after = {"name": record.name, "tags": tags, "notes": notes}
    if after == before:
        return False
    customer.name, customer.tags, customer.notes = record.name, tags, notes
    await customer.save(using_db=conn, update_fields=["name", "tags", "notes"])
    await audit(conn, actor, "customer.import", "customer", customer.id, before, after)
    return True


async def _ensure_address(conn: Conn, customer: Customer, record: CustomerRow, actor: str) -> bool:
    if record.address is None:
        return False
    if await Address.filter(customer_id=customer.id, text=record.address).using_db(conn).exists():
        return False
    data = AddressInput(record.address, floor=record.floor, has_lift=record.has_lift)
    await insert_address(conn, customer, record.address, data, actor)
    return True


Opening = tuple[bool, RowError | None]


def _opening_key(customer: Customer, ledger: str) -> str:
    return f"import:opening:{customer.id}:{ledger}"


async def _once(
    conn: Conn,
    target: tuple[Customer, str, str],
    value: dict[str, Any],
    column: str,
    post: Callable[[], Awaitable[None]],
) -> Opening:
    """Post an opening balance the first time; later compare with what was posted then."""
    customer, ledger, actor = target
    key = _opening_key(customer, ledger)
    done = await IdempotencyRecord.filter(key=key).using_db(conn).first()
    if done is not None:
        if done.result == value:
            return False, None
        was, now = _shown(done.result), _shown(value)
        why = f"已导入过期初{was},与本次{now}不同;为免覆盖已发生的变动,未修改,请人工调整"
        return False, RowError(0, column, why)
    if not any(value.values()):
        return False, None
    await post()
    # Primary key: a concurrent import of the same customer fails here and rolls back.
    await IdempotencyRecord.create(key=key, action="customer.import", result=value, using_db=conn)
    after = {"ledger": ledger, **value}
    await audit(conn, actor, "customer.import_opening", "customer", customer.id, None, after)
    return True, None


def _shown(value: dict[str, Any]) -> str:
    words = {"tickets": "水票{}张", "balance_fen": "余额{}分", "buckets": "押桶{}个",
             "deposit_fen": "押金{}分"}  # fmt: skip
    return "、".join(words[k].format(v) for k, v in value.items())


def _posting(actor: str) -> Posting:
    return Posting(actor, "import", "期初导入")


async def _opening_tickets(conn: Conn, customer: Customer, r: CustomerRow, actor: str) -> Opening:
    if r.sku is None:
        return False, None

    async def post() -> None:
        wallet = await ledgers.wallet(conn, customer, r.sku or "")
        await ledgers.add_tickets(conn, wallet, r.tickets, None, _posting(actor))

    target = (customer, f"tickets:{r.sku}", actor)
    return await _once(conn, target, {"tickets": r.tickets}, "水票", post)


async def _opening_balance(conn: Conn, customer: Customer, r: CustomerRow, actor: str) -> Opening:
    async def post() -> None:
        account = await ledgers.balance_account(conn, customer)
        await ledgers.move_balance(conn, account, r.balance_fen, _posting(actor))

    target = (customer, "balance", actor)
    return await _once(conn, target, {"balance_fen": r.balance_fen}, "余额", post)


async def _opening_buckets(conn: Conn, customer: Customer, r: CustomerRow, actor: str) -> Opening:
    key = _opening_key(customer, "buckets")
    value = {"buckets": r.buckets, "deposit_fen": r.deposit_fen}
    moved = await BucketEntry.filter(account__customer_id=customer.id).using_db(conn).exists()
    if moved and not await IdempotencyRecord.filter(key=key).using_db(conn).exists():
        if any(value.values()):
            # Opening buckets set the account outright; on top of real movements they would
            # erase them.
            why = "该客户已有押桶记录,期初押桶和押金未导入,请人工核对"
            return False, RowError(0, "押桶", why)
        return False, None

    async def post() -> None:
        await set_opening_buckets(conn, customer.id, r.buckets, r.deposit_fen, actor)

    return await _once(conn, (customer, "buckets", actor), value, "押桶", post)
