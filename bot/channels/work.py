"""The WeCom (企业微信) callback: couriers, dispatchers and owners at work.

Shares the callback machinery with the Official Account (bot/channels/callback.py): the same
refusals, dedupe and reply budget. Who writes decides what they may do: WeCom user ids map
to staff with roles; anyone else gets a polite refusal and nothing more.
"""

from __future__ import annotations

import logging
from datetime import datetime

from aiohttp import web

from bot import texts
from bot.channels.callback import Endpoint, mount
from bot.channels.dev import work_credentials
from bot.channels.incoming import Incoming
from bot.channels.protocol import CallbackCodec
from bot.conversation import Reply, Turn
from bot.handlers import courier, owner, staff_location
from bot.handlers.courier_flow import REFILL_POLICY
from bot.keys import SETTINGS
from bot.router import Router
from bot.turns import TurnRunner
from domain.infra.ports import Clock
from domain.reads.writers import staff_identity
from domain.rules.reminder_rules import ReminderPolicy
from domain.services.outbox import enqueue_now
from domain.services.refill import policy_from_settings

log = logging.getLogger(__name__)

PATH = "/wechat/work"
WORK_ENDPOINT: web.AppKey[Endpoint] = web.AppKey("work_endpoint")

# The order routers are tried in (docs/ARCHITECTURE.md, "Which router answers").
ROUTER = Router("work")
ROUTER.include_routers(
    staff_location.router, courier.router, owner.router, owner.refusal, owner.fallback
)


async def identify_staff(turn: Turn) -> Reply | None:
    """Map the WeCom user id to a staff member; refuse anyone else."""
    staff = await staff_identity(turn.incoming.sender)
    if staff is None:
        log.warning("WeCom message from unknown user id %r refused", turn.incoming.sender)
        return Reply(texts.STAFF_UNKNOWN)
    turn.staff = staff
    return None


async def send_late(incoming: Incoming, reply: Reply) -> None:
    """A reply that missed the passive budget goes out as an app message."""
    now = datetime.now().astimezone()
    if reply.card_button is not None:
        # A tap's words were queued by its handler; only the card update is left, and the
        # tap's own ResponseCode allows it through update_template_card.
        if incoming.response_code:
            payload = {"response_code": incoming.response_code, "replace_name": reply.card_button}
            await enqueue_now("work", incoming.sender, "card_update", payload, now)
        return
    if reply.image_media_id is None:
        await enqueue_now("work", incoming.sender, "text", {"text": reply.text}, now)


def no_understanding(text: str, now: datetime) -> None:
    """Staff commands are read by their handlers, not by the customer NLU."""
    return None


def setup(
    app: web.Application, clock: Clock | None = None, refill_policy: ReminderPolicy | None = None
) -> None:
    """Mount GET/POST /wechat/work; deliveries plan reminders by `refill_policy` (the settings')."""
    settings = app[SETTINGS]
    corp_id, token, aes_key = work_credentials(settings)
    tz = settings.tz
    policy = refill_policy or policy_from_settings(settings)
    runner = TurnRunner(
        ROUTER,
        no_understanding,
        identify_staff,
        clock or (lambda: datetime.now(tz)),
        extra={REFILL_POLICY: policy},
    )
    endpoint = Endpoint(CallbackCodec.work(token, corp_id, aes_key), runner, send_late, set())
    app[WORK_ENDPOINT] = endpoint
    mount(app, PATH, endpoint)
