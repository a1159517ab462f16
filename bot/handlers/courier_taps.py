"""Taps on task cards (template_card_event): 接单 / 已送达 / 无人在家 / 改约 / 收款码.

Each tap is checked against the card it came from: a card from before a reassignment, a
cancelled or an already handled order gets an explanation and its button greyed out, never an
error; a second tap on a handled card changes nothing. The button's key arrives as a typed
`TaskButton` (bot/buttons.py); a key that is not ours is answered as an unknown card. Included
in the courier router, whose guard admits couriers only.
"""

from __future__ import annotations

from bot import texts
from bot.buttons import CardAction, TaskButton
from bot.conversation import Reply, Turn
from bot.handlers.courier_code import code_tap
from bot.handlers.courier_common import answer, short, userid
from bot.handlers.courier_flow import start_delivery, start_reschedule
from bot.router import Router, is_tap
from domain.services.courier_tasks import CardView, accept_task, card_view
from domain.services.order_moves import fail_delivery

router = Router("courier_taps")

LIVE_ORDER_STATES = ("assigned", "delivering")


@router.button(TaskButton.unpack)
async def tap(turn: Turn, button: TaskButton) -> Reply:
    """Check the card, then act on the button (the card's own order, not the key's, counts)."""
    view = await card_view(turn.incoming.task_id or "")
    if view is None:
        return await unknown_tap(turn)
    if view.courier_userid != userid(turn):
        return await answer(turn, texts.TAP_NOT_YOURS, texts.CARD_STALE)
    stale = _why_stale(view)
    if stale is not None:
        return await answer(turn, stale, texts.CARD_DONE)
    turn.reset()  # a tap starts afresh, whatever question was open
    if button.action == CardAction.ACCEPT:
        return await _accept(turn, view)
    if button.action == CardAction.DONE:
        return await start_delivery(turn, view.number, card_button=texts.CARD_DELIVERING)
    if button.action == CardAction.ABSENT:
        return await _absent(turn, view)
    if button.action == CardAction.DOOR_CODE:
        return await code_tap(turn, view.number)
    return await start_reschedule(turn, view.number, card_button=texts.CARD_RESCHEDULING)


@router.on(is_tap)
async def unknown_tap(turn: Turn) -> Reply:
    """A key that is not one of ours, or a card we do not know: greyed out as stale."""
    return await answer(turn, texts.TAP_UNKNOWN, texts.CARD_STALE)


def _why_stale(view: CardView) -> str | None:
    """The explanation for a card whose order has moved on, or None while it is live."""
    if view.state == "closed":
        template = texts.TAP_STALE.get(view.outcome, texts.TAP_UNKNOWN)
        return template.format(number=view.number)
    if view.order_state not in LIVE_ORDER_STATES or not view.order_is_theirs:
        state = texts.STATE_NAMES.get(view.order_state, view.order_state)
        return texts.TAP_MOVED_ON.format(number=view.number, state=state)
    return None


async def _accept(turn: Turn, view: CardView) -> Reply:
    accepted = await accept_task(view.number, userid(turn), turn.now)
    if accepted.already:
        return await answer(
            turn, texts.ALREADY_ACCEPTED.format(number=view.number), texts.CARD_ACCEPTED
        )
    text = texts.ACCEPTED.format(number=view.number, short=short(view.number))
    return await answer(turn, text, texts.CARD_ACCEPTED)


async def _absent(turn: Turn, view: CardView) -> Reply:
    uid = userid(turn)
    await fail_delivery(view.number, uid, turn.now, "无人在家", courier_userid=uid)
    return await answer(turn, texts.ABSENT_DONE.format(number=view.number), texts.CARD_ABSENT)
