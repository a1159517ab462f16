"""Conversations handed to staff, as staff's taps ask about them."""

from __future__ import annotations

from domain.models import Handoff


async def is_open(number: int) -> bool:
    """Whether handoff `number` is still open (its card's buttons still act)."""
    return await Handoff.filter(id=number, status="open").exists()
