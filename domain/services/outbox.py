"""The outbox: outbound messages written in the caller's transaction, then claimed and sent.

A message exists iff the change that caused it committed. A sender claims due rows under a
lease (status 'sending', next_attempt_at = end of the lease), so a process killed mid-send
leaves rows that become due again when the lease runs out: nothing is lost.

Failures that say WeChat did not take the message (no connection, 5xx, errcode -1, 45009) are
retried with backoff. A send whose answer was lost (`mark_unknown`; also a lease that ran out)
may have been delivered: it is tried once more, and if that answer is lost too it stops as
'unconfirmed'. So a message reaches its recipient at most twice, twice only when an answer
was lost.

Payloads by kind: see domain.services.outbox_payload.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import F
from tortoise.queryset import QuerySet
from tortoise.transactions import in_transaction

from domain.infra.ports import Conn
from domain.models import OutboxMessage
from domain.services.outbox_payload import OutboxPayloadError as OutboxPayloadError
from domain.services.outbox_payload import validate
from domain.services.support import as_stored_time, is_postgres

PENDING, SENDING, SENT, FAILED, LOCAL = "pending", "sending", "sent", "failed", "local"
WITHDRAWN = "withdrawn"  # never sent: what it said stopped being true while it waited
UNCONFIRMED = "unconfirmed"  # two answers lost: maybe delivered (even twice), never sent again
DEFAULT_LEASE = timedelta(minutes=5)
MAX_ATTEMPTS = 8
# 30 s doubling to a 30 min cap: eight attempts span about an hour, after which a
# delivery notice is stale anyway.
BACKOFF_BASE = timedelta(seconds=30)
BACKOFF_CAP = timedelta(minutes=30)
# Longer than the first backoff (WeChat was slow to answer), and inside the 10 minutes in which
# WeChat drops a repeated template client_msg_id, so a template's second try cannot show twice.
UNKNOWN_WAIT = timedelta(minutes=5)
ERROR_LEN = 200  # the last_error column


@dataclass(frozen=True)
class Claimed:
    """A message a sender holds the lease on: what to send, and the lease to mark it under."""

    id: int
    channel: str
    recipient: str
    kind: str
    payload: dict[str, Any]
    attempts: int  # this claim included
    lease_until: datetime  # pass back to the mark functions as `lease_until`


def _claimed_record(row: OutboxMessage) -> Claimed:
    payload = dict(row.payload) if isinstance(row.payload, dict) else {}
    return Claimed(
        row.id, row.channel, row.recipient, row.kind, payload, row.attempts, row.next_attempt_at
    )


async def enqueue(
    conn: Conn,
    channel: str,
    recipient: str,
    kind: str,
    payload: dict[str, Any],
    now: datetime,
) -> int:
    """Write a message inside the caller's transaction (`conn`); return its id."""
    validate(channel, recipient, kind, payload)
    message = await OutboxMessage.create(
        channel=channel,
        recipient=recipient,
        kind=kind,
        payload=payload,
        status=PENDING,
        next_attempt_at=as_stored_time(now),
        using_db=conn,
    )
    return int(message.id)


async def enqueue_now(
    channel: str, recipient: str, kind: str, payload: dict[str, Any], now: datetime
) -> int:
    """Enqueue in a transaction of its own, for callers with nothing else to write."""
    async with in_transaction() as conn:
        return await enqueue(conn, channel, recipient, kind, payload, now)


async def claim_due(limit: int, now: datetime, lease: timedelta = DEFAULT_LEASE) -> list[Claimed]:
    """Claim up to `limit` due messages (oldest first) for `lease`; each claim is one attempt.

    Due means pending with next_attempt_at <= now, or sending with an expired lease (its
    sender died, perhaps after WeChat delivered: that counts as a lost answer). Each claimed
    message carries its lease end: pass it back to the mark functions as `lease_until`.
    """
    now = as_stored_time(now)
    until = now + lease
    async with in_transaction() as conn:
        await _stop_abandoned(conn, now)
        due = OutboxMessage.filter(status__in=(PENDING, SENDING), next_attempt_at__lte=now)
        due = due.order_by("id").limit(limit).using_db(conn)
        if is_postgres(conn):
            # Rows another sender has locked are skipped, not waited for; the ones we lock
            # stay ours until commit, by which time they are no longer due.
            rows = await due.select_for_update(skip_locked=True)
            ids = [row.id for row in rows]
            await (
                OutboxMessage.filter(id__in=ids)
                .using_db(conn)
                .update(status=SENDING, next_attempt_at=until, attempts=F("attempts") + 1)
            )
            lost = [row.id for row in rows if row.status == SENDING]
            await OutboxMessage.filter(id__in=lost).using_db(conn).update(outcome_unknown_at=now)
        else:
            rows = [row for row in await due if await _take(conn, row, now, until)]
    for row in rows:
        row.next_attempt_at, row.attempts = until, row.attempts + 1
    return [_claimed_record(row) for row in rows]


async def _take(conn: Conn, row: OutboxMessage, now: datetime, until: datetime) -> bool:
    # SQLite: one writer at a time, so a compare-and-set on "still due" decides the claim.
    changes: dict[str, Any] = {
        "status": SENDING,
        "next_attempt_at": until,
        "attempts": F("attempts") + 1,
    }
    if row.status == SENDING:
        changes["outcome_unknown_at"] = now  # its lease ran out: see claim_due
    taken = (
        await OutboxMessage.filter(id=row.id, status=row.status, next_attempt_at__lte=now)
        .using_db(conn)
        .update(**changes)
    )
    return taken == 1


async def _stop_abandoned(conn: Conn, now: datetime) -> None:
    # A lease that ran out is a lost answer; after an earlier one, a retry could be a third copy.
    expired = OutboxMessage.filter(status=SENDING, next_attempt_at__lte=now).using_db(conn)
    await expired.filter(outcome_unknown_at__isnull=False).update(
        status=UNCONFIRMED, last_error="the sender stopped mid-send after a lost answer"
    )
    # A message whose sender keeps dying mid-send must not be claimed forever.
    await expired.filter(attempts__gte=MAX_ATTEMPTS).update(
        status=UNCONFIRMED, last_error="abandoned: the sender stopped mid-send too often"
    )


def _claimed(message_id: int, lease_until: datetime | None) -> QuerySet[OutboxMessage]:
    # With lease_until, only the holder of that lease may mark: a sender that overran its
    # lease must not undo the work of the one that claimed the row after it.
    rows = OutboxMessage.filter(id=message_id, status=SENDING)
    return rows.filter(next_attempt_at=as_stored_time(lease_until)) if lease_until else rows


async def mark_sent(
    message_id: int,
    now: datetime,
    *,
    lease_until: datetime | None = None,
    result: Mapping[str, Any] | None = None,
) -> bool:
    """Record a delivery; `result` (e.g. a card's response_code) is kept in payload['result']."""
    changes: dict[str, Any] = {"status": SENT, "sent_at": as_stored_time(now), "last_error": ""}
    if result:
        # Nobody else writes the payload of a row we hold the lease on.
        row = await _claimed(message_id, lease_until).first()
        if row is None:
            return False
        changes["payload"] = {**row.payload, "result": dict(result)}
    return bool(await _claimed(message_id, lease_until).update(**changes))


def backoff(attempt: int) -> timedelta:
    """Delay before retrying after failed attempt number `attempt` (1-based)."""
    return min(BACKOFF_BASE * 2 ** max(0, attempt - 1), BACKOFF_CAP)


async def mark_retry(
    message_id: int,
    error: str,
    now: datetime,
    attempt: int,
    *,
    lease_until: datetime | None = None,
    max_attempts: int = MAX_ATTEMPTS,
) -> datetime | None:
    """Schedule another attempt with backoff; None if attempts ran out ('failed') or lease lost."""
    if attempt >= max_attempts:
        await mark_failed(message_id, f"gave up after {attempt} attempts: {error}", lease_until)
        return None
    retry_at = as_stored_time(now) + backoff(attempt)
    done = await _claimed(message_id, lease_until).update(
        status=PENDING, next_attempt_at=retry_at, last_error=error[:ERROR_LEN]
    )
    return retry_at if done else None


async def mark_unknown(
    message_id: int,
    error: str,
    now: datetime,
    attempt: int,
    *,
    lease_until: datetime | None = None,
) -> datetime | None:
    """A send's answer was lost: try once more after UNKNOWN_WAIT, or stop as 'unconfirmed'."""
    rows = _claimed(message_id, lease_until)
    if attempt >= MAX_ATTEMPTS:
        note = f"gave up after {attempt} attempts, the last answer lost: {error}"
        await rows.update(status=UNCONFIRMED, last_error=note[:ERROR_LEN])
        return None
    # The second lost answer: the message may already be there twice, so never a third send.
    note = f"answer lost again, not sent a third time: {error}"
    if await rows.filter(outcome_unknown_at__isnull=False).update(
        status=UNCONFIRMED, last_error=note[:ERROR_LEN]
    ):
        return None
    retry_at = as_stored_time(now) + UNKNOWN_WAIT
    note = f"answer lost, may have been delivered; one more try: {error}"
    done = await rows.update(
        status=PENDING,
        next_attempt_at=retry_at,
        outcome_unknown_at=as_stored_time(now),
        last_error=note[:ERROR_LEN],
    )
    return retry_at if done else None


async def mark_failed(message_id: int, error: str, lease_until: datetime | None = None) -> bool:
    """Give up on a message for good, keeping the reason."""
    changes = {"status": FAILED, "last_error": error[:ERROR_LEN]}
    return bool(await _claimed(message_id, lease_until).update(**changes))


async def mark_local(
    message_id: int, now: datetime | None = None, *, lease_until: datetime | None = None
) -> bool:
    """Record that the message went to the local outbox only (channel not configured)."""
    changes: dict[str, Any] = {"status": LOCAL, "last_error": ""}
    if now is not None:
        changes["sent_at"] = as_stored_time(now)
    return bool(await _claimed(message_id, lease_until).update(**changes))


async def defer(message_id: int, until: datetime, *, lease_until: datetime | None = None) -> bool:
    """Put a claimed message back, untried, to be claimed again at `until` (rate limits)."""
    rows = _claimed(message_id, lease_until)
    changes = {
        "status": PENDING,
        "next_attempt_at": as_stored_time(until),
        "attempts": F("attempts") - 1,
    }
    return bool(await rows.update(**changes))


async def outbox_depth() -> int:
    """Messages not yet delivered (pending, or being sent)."""
    return await OutboxMessage.filter(status__in=(PENDING, SENDING)).count()
