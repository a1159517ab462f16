"""Posting ticket expiry to the ledger: once per lot, safe with any number of schedulers.

Readers count only unexpired lots from the moment a lot expires; this job makes the wallet's
posted balance and its ledger say the same, with one "expire" entry per lot.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from tortoise.queryset import QuerySet

from domain.infra.ports import Conn
from domain.models import TicketLot
from domain.services import ledgers
from domain.services.support import as_stored_time, audit, lock_customer, run_in_transaction

log = logging.getLogger(__name__)

BATCH = 500  # lots per run; the next run takes the rest


@dataclass(frozen=True)
class Expired:
    """What one run posted."""

    lots: int
    tickets: int


def _due(now: datetime) -> QuerySet[TicketLot]:
    return TicketLot.filter(remaining__gt=0, expires_at__lte=as_stored_time(now))


async def due(now: datetime) -> int:
    """Lots expired by `now` whose leftover tickets are not posted yet."""
    return await _due(now).count()


async def post_expiries(now: datetime, limit: int = BATCH) -> Expired:
    """Post up to `limit` lots that expired with tickets left, each in its own transaction."""
    found = (
        await _due(now)
        .order_by("expires_at", "id")
        .limit(limit)
        .values_list("id", "wallet__customer_id")
    )
    lots = tickets = 0
    for lot_id, customer_id in found:
        count = await expire_lot(lot_id, customer_id, now)
        lots, tickets = lots + (count > 0), tickets + count
    if lots:
        log.info("posted expiry of %d ticket(s) in %d lot(s)", tickets, lots)
    return Expired(lots, tickets)


async def expire_lot(lot_id: int, customer_id: UUID | str, now: datetime) -> int:
    """Post one expired lot; 0 when another process (or an earlier run) already did."""

    async def work(conn: Conn) -> dict[str, Any]:
        # Customer, wallet, then the lot re-read under those locks: a twin run waits on the
        # customer, then finds nothing left, so each lot is posted once.
        customer = await lock_customer(conn, customer_id)
        lot = await TicketLot.filter(id=lot_id).using_db(conn).first()
        if lot is None:
            return {"count": 0}
        wallet = await ledgers.wallet_by_id(conn, lot.wallet_id)  # type: ignore[attr-defined]
        lot = await TicketLot.get(id=lot_id, using_db=conn)
        count = await ledgers.expire_lot(conn, wallet, lot, now)
        if count:
            after = {"lot": lot_id, "sku": wallet.sku, "expired": count, "balance": wallet.balance}
            await audit(conn, "scheduler", "tickets.expire", "customer", customer.id, None, after)
        return {"count": count}

    return int((await run_in_transaction("tickets.expire", None, work))["count"])
