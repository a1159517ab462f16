"""WeCom's 上报地理位置: the LOCATION event, kept for couriers as where their next route starts.

WeCom sends it when a member opens the app (or every few seconds, as the app is set up); it
expects no answer, so whoever sent it gets none.
"""

from __future__ import annotations

import logging

from bot.conversation import Reply, Turn
from bot.router import Router
from domain.services import staff

log = logging.getLogger(__name__)

router = Router("staff_location")


@router.event("location")
async def reported(turn: Turn) -> Reply:
    """Keep a courier's reported position with its time; answer nothing."""
    incoming = turn.incoming
    if incoming.latitude is None or incoming.longitude is None:
        log.info("LOCATION event from %s without coordinates ignored", incoming.sender)
    elif not await staff.record_location(
        incoming.sender, incoming.latitude, incoming.longitude, turn.now, incoming.precision
    ):
        log.debug("LOCATION from %s not kept (not a courier, or off the map)", incoming.sender)
    return Reply("")
