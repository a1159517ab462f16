"""The outbox as readers see it: plain records of queued and sent messages, never the rows.

The sender asks here for a card's response_code and for its recent sends (pacing); the chat
tool and the demo's checks ask what was queued for someone.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.models import OutboxMessage
from domain.services.outbox import SENT
from domain.services.support import as_stored_time


@dataclass(frozen=True)
class Message:
    """One outbox message: to whom, what kind, what it carries and how far it got."""

    id: int
    channel: str
    recipient: str
    kind: str
    status: str
    payload: dict[str, Any]


@dataclass(frozen=True)
class CardSend:
    """How far the message that carried a task card got, and WeCom's code for updating it."""

    status: str
    response_code: str | None


def message_of(row: OutboxMessage) -> Message:
    """The record of a row (a copy of its payload)."""
    payload = dict(row.payload) if isinstance(row.payload, dict) else {}
    return Message(row.id, row.channel, row.recipient, row.kind, row.status, payload)


async def messages(
    channel: str, recipient: str | None = None, kind: str | None = None
) -> list[Message]:
    """Every message on a channel (to one recipient, of one kind, when given), oldest first."""
    rows = OutboxMessage.filter(channel=channel)
    if recipient is not None:
        rows = rows.filter(recipient=recipient)
    if kind is not None:
        rows = rows.filter(kind=kind)
    return [message_of(row) for row in await rows.order_by("id")]


async def recent(
    recipient: str, limit: int = 20, *, channel: str | None = None, after_id: int = 0
) -> list[Message]:
    """The last `limit` messages to a recipient (after `after_id`), oldest first."""
    rows = OutboxMessage.filter(recipient=recipient, id__gt=after_id)
    if channel:
        rows = rows.filter(channel=channel)
    latest = await rows.order_by("-id").limit(limit)
    return [message_of(row) for row in latest[::-1]]


async def card_send(message_id: int) -> CardSend | None:
    """The status and response_code of the message that carried a card; None when it is gone."""
    row = await OutboxMessage.get_or_none(id=message_id)
    if row is None:
        return None
    result = row.payload.get("result") if isinstance(row.payload, dict) else None
    code = result.get("response_code") if isinstance(result, dict) else None
    return CardSend(row.status, code if isinstance(code, str) and code else None)


async def sent_times(
    channel: str, recipients: list[str], since: datetime
) -> dict[str, list[datetime]]:
    """When each recipient was last sent messages after `since`, oldest first (for pacing)."""
    rows = (
        await OutboxMessage.filter(
            channel=channel,
            recipient__in=recipients,
            status=SENT,
            sent_at__gt=as_stored_time(since),
        )
        .order_by("sent_at")
        .values_list("recipient", "sent_at")
    )
    times: dict[str, list[datetime]] = {r: [] for r in recipients}
    for recipient, sent_at in rows:
        times[recipient].append(sent_at)
    return times
