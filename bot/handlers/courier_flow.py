"""The short conversations after 已送达 and 改约: empties, cash, a photo; a new time.

States: deliver.empties -> deliver.cash -> (recorded) deliver.photo; resched.when.
The draft keeps the order number and what was answered so far. Both routers are included in
the courier router, whose guard admits couriers only.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.courier_common import YES_WORDS, answer, parse_fen, userid
from bot.handlers.states import ChatState, DeliveryStates, RescheduleStates
from bot.presentation import window_text
from bot.router import Router
from bot.understanding.numbers import parse_number
from bot.understanding.timewords import read_time, to_shanghai
from domain.reads.courier_queries import delivery_facts
from domain.rules.delivery_draft import DeliveryDraft
from domain.rules.errors import Conflict
from domain.rules.pricing import yuan
from domain.rules.reminder_rules import DEFAULT_POLICY, ReminderPolicy
from domain.services.courier_tasks import ensure_my_task, keep_photo
from domain.services.order_delivery import Delivered, record_delivery
from domain.services.order_moves import fail_delivery

router = Router("courier_flow")
# Last among the courier routes: an answer no command took either.
reask = Router("courier_reask")

REFILL_POLICY = "refill_policy"  # turn.extra: the reminder policy the WeCom channel was given
FLOW_STATES = (DeliveryStates.EMPTIES, DeliveryStates.CASH, RescheduleStates.WHEN)
LEAVE_WORDS = ("取消", "算了", "退出")


def _in(*states: ChatState) -> Callable[[Turn], bool]:
    return lambda turn: turn.state in states


async def start_delivery(
    turn: Turn,
    number: str,
    empties: int | None = None,
    cash_fen: int | None = None,
    card_button: str | None = None,
) -> Reply:
    """Ask what is missing for a delivery, or record it when everything is known."""
    turn.reset()
    turn.draft = DeliveryDraft(number, empties, cash_fen).to_json()
    try:
        await ensure_my_task(number, userid(turn))
    except Conflict:
        return await _record(turn, card_button)  # already delivered: the same answer again
    return await _next(turn, card_button)


async def _next(turn: Turn, card_button: str | None = None) -> Reply:
    d = DeliveryDraft.from_json(turn.draft)
    facts = await delivery_facts(d.number, d.empties)
    if d.empties is None and facts.buckets > 0:
        turn.go(DeliveryStates.EMPTIES)
        text = texts.ASK_EMPTIES.format(
            number=d.number, buckets=facts.buckets, expected=facts.expected_empties
        )
        return await answer(turn, text, card_button)
    if d.cash_fen is None and not d.cash_ok and facts.cash_due_fen > 0:
        turn.go(DeliveryStates.CASH)
        text = texts.ASK_CASH.format(amount=yuan(facts.cash_due_fen))
        return await answer(turn, text, card_button)
    return await _record(turn, card_button)


async def _record(turn: Turn, card_button: str | None = None) -> Reply:
    d, uid = DeliveryDraft.from_json(turn.draft), userid(turn)
    number = d.number
    # Keyed by the order: a second 送达 for it returns the first result and changes nothing.
    done = await record_delivery(
        number,
        uid,
        turn.now,
        empties=d.empties,
        cash_collected_fen=d.cash_fen,
        courier_userid=uid,
        key=f"deliver:{number}",
        per_order=True,
        refill_policy=_refill_policy(turn),
    )
    turn.reset()
    turn.go(DeliveryStates.PHOTO, number=number)
    text = texts.DELIVERED.format(
        number=number,
        buckets=done.buckets_delivered,
        empties=done.empties_collected,
        money=_money_text(done.cash_collected_fen),
        deposit=_deposit_text(done.deposit_charged_fen),
        door=_door_text(done),
    )
    return await answer(turn, text, card_button)


def _refill_policy(turn: Turn) -> ReminderPolicy:
    policy = turn.extra.get(REFILL_POLICY)
    return policy if isinstance(policy, ReminderPolicy) else DEFAULT_POLICY


def _money_text(collected_fen: int) -> str:
    if collected_fen < 0:
        return texts.DELIVERED_PAID_OUT.format(amount=yuan(-collected_fen))
    return texts.DELIVERED_CASH.format(amount=yuan(collected_fen))


def _deposit_text(charged_fen: int) -> str:
    if charged_fen > 0:
        return texts.DELIVERED_DEPOSIT.format(amount=yuan(charged_fen))
    if charged_fen < 0:
        return texts.DELIVERED_DEPOSIT_BACK.format(amount=yuan(-charged_fen))
    return ""


def _door_text(done: Delivered) -> str:
    """The shortfall or the excess against what was due, in words the courier hears."""
    due = yuan(done.cash_due_fen)
    if done.short_fen:
        return texts.DELIVERED_SHORT.format(due=due, short=yuan(done.short_fen))
    if done.over_fen:
        return texts.DELIVERED_OVER.format(due=due, over=yuan(done.over_fen))
    return ""


@router.on(lambda turn: _in(*FLOW_STATES)(turn) and turn.text in LEAVE_WORDS)
async def leave(turn: Turn) -> Reply:
    """取消 leaves the question; the task stays as it was."""
    turn.reset()
    return Reply(texts.FLOW_LEFT)


@router.on(lambda turn: _in(DeliveryStates.EMPTIES)(turn) and bool(turn.text))
async def empties_answer(turn: Turn) -> Reply | None:
    """How many empties came back."""
    d = DeliveryDraft.from_json(turn.draft)
    if turn.text in YES_WORDS:
        d.empties = (await delivery_facts(d.number)).expected_empties
    else:
        value = parse_number(turn.text.rstrip("个桶"))
        if value is None or not 0 <= value < 100:
            return None
        d.empties = value
    turn.draft = d.to_json()
    return await _next(turn)


@router.on(lambda turn: _in(DeliveryStates.CASH)(turn) and bool(turn.text))
async def cash_answer(turn: Turn) -> Reply | None:
    """How much money was taken."""
    d = DeliveryDraft.from_json(turn.draft)
    if turn.text in YES_WORDS:
        d.cash_ok = True
    else:
        fen = parse_fen(turn.text.removeprefix("收款").removeprefix("收了"))
        if fen is None:
            return None
        d.cash_fen = fen
    turn.draft = d.to_json()
    return await _next(turn)


@router.state(DeliveryStates.PHOTO)
async def delivery_photo(turn: Turn) -> Reply | None:
    """A photo right after a delivery is kept with it; anything else ends the flow."""
    number = DeliveryDraft.from_json(turn.draft).number
    turn.reset()
    if turn.incoming.msg_type != "image" or not turn.incoming.media_id:
        return None  # not a photo: let the other handlers read it
    await keep_photo(number, userid(turn), turn.incoming.media_id, turn.incoming.pic_url or "")
    return Reply(texts.PHOTO_KEPT)


async def start_reschedule(
    turn: Turn, number: str, said: str = "", card_button: str | None = None
) -> Reply:
    """Reschedule now when the time was said, else ask for it."""
    await ensure_my_task(number, userid(turn))
    turn.reset()
    window = read_time(said, to_shanghai(turn.now)).window if said else None
    if window is not None:
        return await _reschedule(turn, number, window, card_button)
    turn.go(RescheduleStates.WHEN, number=number)
    return await answer(turn, texts.ASK_RESCHEDULE.format(number=number), card_button)


@router.on(lambda turn: _in(RescheduleStates.WHEN)(turn) and bool(turn.text))
async def reschedule_answer(turn: Turn) -> Reply:
    """The new time; asked again until it is understood."""
    window = read_time(turn.text, to_shanghai(turn.now)).window
    if window is None:
        return Reply(texts.BAD_RESCHEDULE)
    number = DeliveryDraft.from_json(turn.draft).number
    turn.reset()
    return await _reschedule(turn, number, window)


async def _reschedule(
    turn: Turn, number: str, window: tuple[datetime, datetime], card_button: str | None = None
) -> Reply:
    uid = userid(turn)
    moved = await fail_delivery(number, uid, turn.now, "改约", window, courier_userid=uid)
    start = datetime.fromisoformat(moved.window_start or "")
    end = datetime.fromisoformat(moved.window_end or "")
    text = texts.RESCHEDULED.format(number=number, window=window_text(start, end, turn.now))
    return await answer(turn, text, card_button)


@reask.state(DeliveryStates.EMPTIES, DeliveryStates.CASH)
async def ask_again(turn: Turn) -> Reply:
    """An answer that is not one: say what is expected."""
    if turn.state == DeliveryStates.EMPTIES:
        return Reply(texts.BAD_EMPTIES)
    return Reply(texts.BAD_CASH)


__all__ = ["reask", "router", "start_delivery", "start_reschedule"]
