"""Each callback handled once across processes: a unique key per message, and its kept reply."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

from tortoise.exceptions import IntegrityError

from domain.models import ProcessedMessage
from domain.services.support import as_stored_time


async def claim_message(key: str, channel: str) -> bool:
    """True for the first process to see this message; False for a repeat."""
    try:
        await ProcessedMessage.create(key=key[:160], channel=channel)
    except IntegrityError:
        return False
    return True


async def finish_message(key: str, reply: dict[str, Any] | None) -> None:
    """Keep the reply so a retry of the same message gets the same answer."""
    await ProcessedMessage.filter(key=key[:160]).update(status="done", reply=reply)


async def stored_reply(key: str) -> tuple[bool, dict[str, Any] | None]:
    """(done, reply) for a message some process already claimed."""
    found = await ProcessedMessage.get_or_none(key=key[:160])
    if found is None:
        return False, None
    return found.status == "done", found.reply


async def forget_processed(before: datetime) -> int:
    """Drop keys older than WeChat's retry horizon (minutes), keeping the table small."""
    cutoff = as_stored_time(before - timedelta(days=2))
    return await ProcessedMessage.filter(created_at__lt=cutoff).delete()
