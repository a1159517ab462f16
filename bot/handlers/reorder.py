"""The one-tap reorder: a refill reminder offered an order, and the customer replies 1."""

from __future__ import annotations

import logging
from datetime import datetime

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.refusals import refusal_text
from bot.handlers.states import ReminderStates
from bot.presentation import money_text, window_text
from bot.router import Router
from domain.rules.errors import DomainError
from domain.services import reminder_outcomes
from domain.services.orders import OrderRequest, place_order

log = logging.getLogger(__name__)

router = Router("reorder")

ACCEPT = ("1", "1", "好", "好的", "要", "要的", "可以", "行")
DECLINE = ("0", "0", "不用", "不用了", "不要", "暂时不用")


@router.state(ReminderStates.REORDER)
async def answer_reminder(turn: Turn) -> Reply | None:
    """1 places exactly the offered order; 0 / 不用 declines; anything else goes on routing."""
    if turn.text in ACCEPT:
        return await _reorder(turn)
    if turn.text in DECLINE:
        reminder_id = turn.order.reminder_id
        turn.reset()
        if reminder_id is not None:
            await reminder_outcomes.decline(reminder_id, turn.now)
        return Reply(texts.REORDER_DECLINED)
    return None


def _accept_key(turn: Turn) -> str:
    # A reminder is accepted at most once, however many times (or processes) 1 arrives.
    reminder_id = turn.order.reminder_id
    if reminder_id is not None:
        return f"reminder-accept:{reminder_id}"
    return f"chat:{turn.incoming.dedupe_key}"


async def _reorder(turn: Turn) -> Reply:
    draft = turn.order
    request = OrderRequest(
        turn.user.id,
        [(str(sku), qty or 0) for sku, qty in draft.items],
        draft.payment or "cash",
        source="reminder",
        idempotency_key=_accept_key(turn),
        use_tickets=draft.tickets,
    )
    reminder_id = draft.reminder_id
    turn.reset()
    try:
        placed = await place_order(request, turn.now)
    except DomainError as exc:
        # Told plainly (水票不足, 不在配送范围 …); the customer can still order in words.
        log.info("one-tap reorder refused for %s: %s", turn.user.id, exc.detail)
        reason = (await refusal_text(exc)).rstrip("。")
        return Reply(texts.REORDER_FAILED.format(reason=reason))
    if reminder_id is not None:
        await reminder_outcomes.record_reorder(reminder_id, placed.number, turn.now)
    window = window_text(
        datetime.fromisoformat(placed.window_start),
        datetime.fromisoformat(placed.window_end),
        turn.now,
    )
    money = money_text(
        placed.money_due_fen, placed.deposit_fen, placed.floor_fee_fen, placed.discount_fen
    )
    return Reply(texts.REORDER_PLACED.format(number=placed.number, window=window, money=money))
