"""Printed ticket codes: the code key, making a batch, redeeming a code, voiding and listing."""

from __future__ import annotations

import math
import secrets
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID

from tortoise.exceptions import IntegrityError
from tortoise.functions import Count

from domain.infra.settings import SettingsError
from domain.models import (
    CodeSecret,
    Customer,
    RedeemFailure,
    TicketCode,
    TicketCodeBatch,
    TicketPack,
)
from domain.rules import ticket_codes
from domain.rules.errors import (
    CodeAlreadyRedeemed,
    CodeInvalid,
    CodeTaken,
    CodeVoided,
    DomainError,
    InvalidInput,
    NotFound,
    RedeemLocked,
)
from domain.services import wallet
from domain.services.support import (
    Conn,
    as_stored_time,
    audit,
    lock_customer,
    run_in_transaction,
    utcnow,
)

MAX_BATCH = 10_000
MIN_SECRET_CHARS = 16
ATTEMPT_KEPT = 8  # enough to tell a code from chat noise, too little to rebuild a near miss
_CHUNK = 500  # rows per IN (...) lookup and per INSERT


@dataclass(frozen=True)
class BatchInfo:
    """A batch as the back office sees it."""

    id: int
    pack_code: str
    count: int
    redeemed: int
    note: str
    created_by: str
    created_at: datetime
    voided_at: datetime | None


@dataclass(frozen=True)
class CodeState:
    """One code of a batch: only its state, the code itself is never stored."""

    id: int
    redeemed_by: str | None
    redeemed_at: datetime | None


@dataclass(frozen=True)
class Redeemed:
    """What the chat tells the customer after a code went into their wallet."""

    pack_code: str
    pack_name: str
    sku: str
    tickets_added: int
    balance: int


async def code_secret(configured: str) -> bytes:
    """The key codes are signed with: WATERBOT_CODE_SECRET, else this installation's own.

    The installation key lives in the database so that every process and every restart signs
    and checks alike. Set WATERBOT_CODE_SECRET in production: a key kept outside the database
    means a leaked backup cannot forge or recover codes. Changing the key voids every code
    made with the old one.
    """
    if configured:
        if len(configured) < MIN_SECRET_CHARS:
            raise SettingsError(
                f"WATERBOT_CODE_SECRET needs at least {MIN_SECRET_CHARS} characters"
            )
        return configured.encode("utf-8")
    found = await CodeSecret.get_or_none(id=1)
    if found is None:
        try:
            found = await CodeSecret.create(id=1, value=secrets.token_hex(32))
        except IntegrityError:  # another process made it first: theirs is the key
            found = await CodeSecret.get(id=1)
    return bytes.fromhex(found.value)


async def create_batch(
    pack_code: str, count: int, actor: str, now: datetime, secret: bytes, note: str = ""
) -> tuple[BatchInfo, list[str]]:
    """Make `count` codes for a pack on sale, all in one transaction; returns them once only."""
    if not 1 <= count <= MAX_BATCH:
        raise InvalidInput(
            f"batch size {count} outside 1..{MAX_BATCH}",
            message=f"每批兑换码数量为1到{MAX_BATCH}个",
        )

    async def work(conn: Conn) -> dict[str, Any]:
        pack = await TicketPack.filter(code=pack_code, active=True).using_db(conn).first()
        if pack is None:
            raise NotFound(f"ticket pack {pack_code!r} unknown", message="没有这种水票套餐")
        fields = {"pack_code": pack.code, "count": count, "note": note, "created_by": actor}
        batch = await TicketCodeBatch.create(**fields, created_at=now, using_db=conn)
        fresh = await _fresh_codes(conn, secret, count)
        rows = [TicketCode(fingerprint=key, batch_id=batch.id) for key in fresh]
        await TicketCode.bulk_create(rows, batch_size=_CHUNK, using_db=conn)
        after = {"pack": pack.code, "count": count, "note": note}
        await audit(conn, actor, "codes.create_batch", "ticket_code_batch", batch.id, None, after)
        return {"batch": batch.id, "codes": list(fresh.values())}

    result = await run_in_transaction("codes.create_batch", None, work)
    return await _batch_info(result["batch"]), result["codes"]


async def _fresh_codes(conn: Conn, secret: bytes, count: int) -> dict[str, str]:
    """`count` new codes by fingerprint, none already stored (a clash is rare, not impossible)."""
    chosen: dict[str, str] = {}
    while len(chosen) < count:
        offered = {
            ticket_codes.fingerprint(code, secret): code
            for code in ticket_codes.generate(secret, count - len(chosen))
        }
        keys = [key for key in offered if key not in chosen]
        stored: set[str] = set()
        for start in range(0, len(keys), _CHUNK):
            chunk = keys[start : start + _CHUNK]
            found = (
                await TicketCode.filter(fingerprint__in=chunk)
                .using_db(conn)
                .values_list("fingerprint", flat=True)
            )
            stored.update(str(key) for key in found)
        chosen.update((key, offered[key]) for key in keys if key not in stored)
    return chosen


async def redeem_code(
    customer_id: UUID | str, text: str, now: datetime, secret: bytes, actor: str
) -> Redeemed:
    """Put the pack behind a printed code into the customer's wallet, once for everyone.

    Tries that look like guessing (malformed, wrong tag, unknown code) count towards the
    lockout; a voided code, someone else's code or one's own again do not, as only a real card
    gets that far. While locked, tries are refused unread and do not extend the lock.
    """
    code = ticket_codes.normalise(text)
    # Typos and forgeries stop here, on the check character and the tag: no code lookup.
    well_formed = ticket_codes.is_well_formed(code, secret)

    async def work(conn: Conn) -> dict[str, Any]:
        # The customer's row lock queues their tries, so a burst cannot outrun the lockout.
        customer = await lock_customer(conn, customer_id)
        await _refuse_if_locked(conn, customer, now)
        row = None
        if well_formed:
            key = ticket_codes.fingerprint(code, secret)
            row = await TicketCode.get_or_none(fingerprint=key, using_db=conn)
        if row is None:
            attempted = text.strip()[:ATTEMPT_KEPT]
            await RedeemFailure.create(
                customer=customer, attempted=attempted, at=now, using_db=conn
            )
            return {"refused": "well-formed but unknown" if well_formed else "malformed"}
        return await _claim(conn, customer, row, actor, now)

    # No idempotency key: it would hand a second customer the first one's result. The code row
    # itself is the once-only guard, claimed with a conditional update below.
    result = await run_in_transaction("codes.redeem", None, work)
    if "refused" in result:
        raise CodeInvalid(f"customer {customer_id}: code {result['refused']}")
    return Redeemed(**result)


async def _refuse_if_locked(conn: Conn, customer: Customer, now: datetime) -> None:
    since = as_stored_time(now - ticket_codes.LOOKBACK)
    failures = await RedeemFailure.filter(customer_id=customer.id, at__gt=since).using_db(conn)
    until = ticket_codes.locked_until([failure.at for failure in failures], now)
    if until is not None:
        raise RedeemLocked(
            f"customer {customer.id}: code redemption locked until {until.isoformat()}",
            message=_locked_message(until - now),
        )


def _locked_message(left: timedelta) -> str:
    minutes = math.ceil(left.total_seconds() / 60)
    if minutes >= 60:
        return RedeemLocked.message
    return f"兑换失败次数过多,请{minutes}分钟后再试"


async def _claim(
    conn: Conn, customer: Customer, row: TicketCode, actor: str, now: datetime
) -> dict[str, Any]:
    """Mark the code redeemed by `customer` and credit its pack, or say why not."""
    if row.redeemed_by_id is not None:
        raise _taken(row.redeemed_by_id, customer)
    batch = await TicketCodeBatch.get(id=row.batch_id, using_db=conn)
    if batch.voided_at is not None:
        raise CodeVoided(f"code {row.id} is in voided batch {batch.id}")
    claimed = (
        await TicketCode.filter(id=row.id, redeemed_by_id__isnull=True)
        .using_db(conn)
        .update(redeemed_by_id=customer.id, redeemed_at=now)
    )
    if not claimed:
        # A twin claimed it after our read; PostgreSQL re-checked the WHERE once it committed.
        holder = await TicketCode.get(id=row.id, using_db=conn)
        raise _taken(holder.redeemed_by_id, customer)
    # A pack taken off sale still honours the cards already sold; voiding is how to stop them.
    pack = await TicketPack.get_or_none(code=batch.pack_code, using_db=conn)
    if pack is None:
        raise NotFound(f"ticket pack {batch.pack_code!r} gone", message="没有这种水票套餐")
    moved = await wallet.credit_pack(conn, customer, pack, actor, now, f"code:{row.fingerprint}")
    return {
        "pack_code": pack.code,
        "pack_name": pack.name,
        "sku": pack.sku,
        "tickets_added": moved["delta"],
        "balance": moved["balance"],
    }


def _taken(holder: object, customer: Customer) -> DomainError:
    if holder is not None and str(holder) == str(customer.id):
        return CodeAlreadyRedeemed(f"customer {customer.id} already redeemed this code")
    return CodeTaken(f"code already redeemed by customer {holder}")


async def void_batch(batch_id: int, actor: str, now: datetime | None = None) -> BatchInfo:
    """Stop every unredeemed code of a batch; codes already redeemed stay redeemed."""

    async def work(conn: Conn) -> dict[str, Any]:
        batch = await TicketCodeBatch.filter(id=batch_id).select_for_update().using_db(conn).first()
        if batch is None:
            raise NotFound(f"code batch {batch_id} not found", message="没有这批兑换码")
        if batch.voided_at is None:  # voiding twice changes nothing and writes no second audit
            batch.voided_at = now or utcnow()
            await batch.save(using_db=conn, update_fields=["voided_at"])
            after = {"voided_at": batch.voided_at}
            await audit(conn, actor, "codes.void_batch", "ticket_code_batch", batch.id, None, after)
        return {"batch": batch.id}

    result = await run_in_transaction("codes.void_batch", None, work)
    return await _batch_info(result["batch"])


async def list_batches() -> list[BatchInfo]:
    """Every batch, newest first, with how many of its codes were redeemed."""
    return await batch_infos(list(await TicketCodeBatch.all().order_by("-id")))


async def batch_infos(batches: list[TicketCodeBatch]) -> list[BatchInfo]:
    """These batches with how many of their codes were redeemed."""
    redeemed = await _redeemed_counts([batch.id for batch in batches])
    return [_info(batch, redeemed.get(batch.id, 0)) for batch in batches]


async def batch_codes(batch_id: int) -> list[CodeState]:
    """The state of every code in a batch (the codes themselves cannot be shown again)."""
    if not await TicketCodeBatch.exists(id=batch_id):
        raise NotFound(f"code batch {batch_id} not found", message="没有这批兑换码")
    rows = await TicketCode.filter(batch_id=batch_id).order_by("id")
    holders = [None if row.redeemed_by_id is None else str(row.redeemed_by_id) for row in rows]
    return [CodeState(row.id, who, row.redeemed_at) for row, who in zip(rows, holders, strict=True)]


async def _batch_info(batch_id: int) -> BatchInfo:
    batch = await TicketCodeBatch.get(id=batch_id)
    return (await batch_infos([batch]))[0]


async def _redeemed_counts(batch_ids: list[int]) -> dict[int, int]:
    query = TicketCode.filter(redeemed_by_id__isnull=False, batch_id__in=batch_ids)
    rows = await query.annotate(n=Count("id")).group_by("batch_id").values_list("batch_id", "n")
    return {int(batch): int(n) for batch, n in rows}


def _info(batch: TicketCodeBatch, redeemed: int) -> BatchInfo:
    b = batch
    return BatchInfo(
        b.id, b.pack_code, b.count, redeemed, b.note, b.created_by, b.created_at, b.voided_at
    )
