"""Refusals that send a customer away end with the station's phone, the same way everywhere.

A `DomainError` marked `sends_away` (out of the area, a product no longer sold, an order
already on its way, a code that will not redeem, a pack no longer offered …) and the bot's own
dead ends (over the limit, no packs, nobody to hand to, no buckets held) cite the station's
phone through `station_answers.with_contact` / `contact_hint` (the setting; without one, the
way to a person).
"""

from __future__ import annotations

from domain.rules.errors import DomainError
from domain.rules.station_answers import contact_hint, with_contact
from domain.services import station


async def contact() -> str:
    """How to reach the station, to format into a refusal's {contact}."""
    return contact_hint(await station.station_phone() or "")


async def refusal_text(exc: DomainError) -> str:
    """What the customer reads for a refused request: with the phone when it sends them away."""
    if not exc.sends_away:
        return exc.message
    return with_contact(exc.message, await station.station_phone() or "")
