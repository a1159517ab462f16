"""Each callback handled once across processes and crashes: a claim per message, held as a lease.

The first process to see a message claims it for `LEASE` and renews the claim while its turn
runs. WeChat retries a callback about 5 s later when no answer came; the retry replays the kept
reply when the turn is done, waits while the holder still renews, and takes the message over
when the holder has gone quiet (killed, or cut off from the database).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError
from tortoise.expressions import Q

from domain.models import ProcessedMessage
from domain.services.support import as_stored_time

# Well inside WeChat's retry interval (about 5 s), so a retry finds a dead holder's claim lapsed.
LEASE = timedelta(seconds=3)
KEY_CHARS = 160


@dataclass(frozen=True)
class Claim:
    """What a process may do with a message: run it, or wait for / replay another's turn."""

    claimed: bool
    done: bool = False
    reply: dict[str, Any] | None = None
    taken_over_from: str | None = None


def lease_now() -> datetime:
    """Leases run on the wall clock, whatever clock the conversation itself uses."""
    return datetime.now(UTC)


async def claim_message(key: str, channel: str, holder: str) -> Claim:
    """Claim a message for `holder`: new, or taken over from a holder whose lease lapsed."""
    key = key[:KEY_CHARS]
    now = lease_now()
    try:
        await ProcessedMessage.create(
            key=key, channel=channel, holder=holder, lease_until=now + LEASE
        )
        return Claim(claimed=True)
    except IntegrityError:
        pass
    found = await ProcessedMessage.get_or_none(key=key)
    if found is None:  # forgotten between the insert and the read: claim it afresh
        return await claim_message(key, channel, holder)
    if found.status == "done":
        return Claim(claimed=False, done=True, reply=found.reply)
    lapsed = Q(lease_until__isnull=True) | Q(lease_until__lt=as_stored_time(now))
    taken = await ProcessedMessage.filter(lapsed, key=key, status="processing").update(
        holder=holder, lease_until=now + LEASE
    )
    if taken:
        return Claim(claimed=True, taken_over_from=found.holder or "?")
    return Claim(claimed=False)


async def renew_message(key: str, holder: str) -> bool:
    """Extend the holder's lease; False when another process has taken the message over."""
    return bool(
        await ProcessedMessage.filter(
            key=key[:KEY_CHARS], holder=holder, status="processing"
        ).update(lease_until=lease_now() + LEASE)
    )


async def release_message(key: str, holder: str) -> None:
    """Let the message go at once (the turn failed for want of the database): a retry reruns it."""
    await ProcessedMessage.filter(key=key[:KEY_CHARS], holder=holder, status="processing").update(
        lease_until=None
    )


async def stored_reply(key: str) -> tuple[bool, dict[str, Any] | None]:
    """(done, reply) for a message some process already claimed."""
    found = await ProcessedMessage.get_or_none(key=key[:KEY_CHARS])
    if found is None:
        return False, None
    return found.status == "done", found.reply


async def forget_processed(before: datetime) -> int:
    """Drop keys older than WeChat's retry horizon (minutes), keeping the table small."""
    cutoff = as_stored_time(before - timedelta(days=2))
    return await ProcessedMessage.filter(created_at__lt=cutoff).delete()
