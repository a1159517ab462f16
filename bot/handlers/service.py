"""Ticket codes, bucket returns and complaints."""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.router import Router
from domain.services import requests

router = Router("service")


@router.intent("return_buckets")
async def return_buckets(turn: Turn) -> Reply:
    """A return request for the dispatcher (the deposit is refunded when collected)."""
    count = turn.parsed.items[0].quantity if turn.parsed and turn.parsed.items else None
    who = turn.user.name or turn.user.phone or "客户"
    how_many = f"{count}个" if count else ""
    await requests.request_return(
        turn.user.id, count, turn.now, f"退桶:{who} 要退{how_many or '桶'},请安排上门收桶"
    )
    return Reply(texts.RETURN_LOGGED.format(count=how_many))


@router.intent("complaint")
async def complaint(turn: Turn) -> Reply:
    """Logged, and the owner hears of it at once."""
    who = f"{turn.user.name or '客户'}"
    owner_text = texts.COMPLAINT_TO_OWNER.format(
        id="{id}", name=who, phone=turn.user.phone or "无电话", text=turn.text[:200]
    )
    await requests.log_complaint(turn.user.id, turn.text, turn.now, owner_text)
    turn.go("complaint.evidence")
    return Reply(texts.COMPLAINT_LOGGED)
