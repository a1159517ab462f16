"""The WeCom messages that carried task cards: found again to grey a card, or withdrawn unsent."""

from __future__ import annotations

from domain.infra.ports import Conn
from domain.models import OutboxMessage
from domain.rules.handoff import card_task_prefix
from domain.services.outbox import ERROR_LEN, PENDING, WITHDRAWN

CARD_SEARCH = 200  # a courier's recent cards searched for one task (cards are per courier)
# All staff's recent cards searched for one handoff's (a handoff lasts minutes, not days).
HANDOFF_SEARCH = 500


async def card_message(conn: Conn, recipient: str, task_id: str) -> OutboxMessage | None:
    """The template_card message that carried a task card to a courier, if still on record."""
    rows = (
        await OutboxMessage.filter(channel="work", recipient=recipient, kind="template_card")
        .using_db(conn)
        .order_by("-id")
        .limit(CARD_SEARCH)
    )
    for row in rows:
        card = row.payload.get("card")
        if isinstance(card, dict) and card.get("task_id") == task_id:
            return row
    return None


async def handoff_card_messages(conn: Conn, number: int) -> list[OutboxMessage]:
    """The template_card messages that announced handoff `number` to staff (recent ones)."""
    prefix = card_task_prefix(number)
    rows = (
        await OutboxMessage.filter(channel="work", kind="template_card")
        .using_db(conn)
        .order_by("-id")
        .limit(HANDOFF_SEARCH)
    )
    found = []
    for row in rows:
        card = row.payload.get("card")
        if isinstance(card, dict) and str(card.get("task_id", "")).startswith(prefix):
            found.append(row)
    return found


async def withdraw(conn: Conn, message_id: int, why: str) -> bool:
    """Stop a message that has not gone out yet; False when a sender already has it."""
    changed = (
        await OutboxMessage.filter(id=message_id, status=PENDING)
        .using_db(conn)
        .update(status=WITHDRAWN, last_error=why[:ERROR_LEN])
    )
    return bool(changed)
