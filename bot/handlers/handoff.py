"""A person when asked: 人工 / 找老板 / 真人 hands the customer's conversation to staff.

While handed over, what the customer writes (text, voice, pictures, locations) is relayed to
the owners and dispatchers in WeCom and the bot stays silent; 结束 gives the conversation back.
If the handoff ended meanwhile (staff ended it, or half an hour of silence), the message is
answered by the bot as usual.

An order draft open when the customer asked for a person waits in the handoff's draft
(`PAUSED`): when the customer ends the handoff, or their message finds it ended, the draft
comes back and its question is asked again (`follow_up`), so asking 农夫是哪里的水 of a
person does not throw away the order being put together.
"""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.order_steps import ORDER_FLOW, confirmation
from bot.handlers.states import HandoffStates, OrderStates
from bot.router import Router
from domain.rules.handoff import PAUSED, is_customer_end
from domain.rules.station_answers import contact_hint
from domain.services import handoffs, station

router = Router("handoff")
RELAYED = ("text", "voice", "image", "location")


def message_key(turn: Turn) -> str:
    """The incoming message's key: a relay of a message run twice is queued once."""
    return f"{turn.incoming.channel}:{turn.incoming.dedupe_key}"


def _words(turn: Turn) -> str:
    incoming = turn.incoming
    if incoming.msg_type == "location":
        return texts.HANDOFF_LOCATION.format(
            label=incoming.label or "", latitude=incoming.latitude, longitude=incoming.longitude
        )
    return turn.text


@router.state(HandoffStates.HUMAN)
async def relay(turn: Turn) -> Reply | None:
    """The customer's message goes to staff; 结束 ends the handoff."""
    incoming = turn.incoming
    if incoming.msg_type not in RELAYED or (incoming.msg_type == "voice" and not turn.text):
        return None
    if is_customer_end(turn.text):
        await handoffs.end_by_customer(turn.user.id, turn.now)
        _back_to_draft(turn)
        if turn.state != OrderStates.CONFIRM:
            return Reply(texts.HANDOFF_ENDED_BY_CUSTOMER)
        # The confirmation may be long ago: shown again, priced now, before a 1 places it.
        again = await confirmation(turn)
        text = texts.REASK.format(answer=texts.HANDOFF_ENDED_BY_CUSTOMER, question=again.text)
        return Reply(text)
    picture = (incoming.media_id or "", incoming.pic_url or "")
    is_picture = incoming.msg_type == "image"
    relayed = await handoffs.relay_from_customer(
        turn.user.id,
        turn.now,
        message_key(turn),
        text="" if is_picture else _words(turn),
        picture=picture if is_picture else ("", ""),
    )
    if relayed.status == handoffs.GONE:
        _back_to_draft(turn)  # over: the bot answers this message (the end was sent on its own)
        return None
    return Reply("")  # staff answer in their own time; the chat stays handed over


@router.on(lambda turn: turn.parsed is not None and turn.parsed.topic == "human")
async def ask_for_person(turn: Turn) -> Reply:
    """人工 / 转人工 / 找老板 / 真人: staff hear who it is and what is open."""
    openid = turn.user.openid or turn.incoming.sender
    opened = await handoffs.open_handoff(turn.user.id, openid, turn.now, message_key(turn))
    if not opened.number:
        info, _ = await station.load_profile()
        return Reply(texts.HANDOFF_NOBODY.format(contact=contact_hint(info.phone)))
    paused = _paused(turn)
    turn.reset()
    turn.go(HandoffStates.HUMAN, handoff=opened.number, **paused)
    return Reply(texts.HANDOFF_ALREADY if opened.already else texts.HANDOFF_OPENED)


def _paused(turn: Turn) -> dict[str, object]:
    """The order draft the customer was putting together, kept while staff have the chat."""
    if turn.state not in ORDER_FLOW:
        return {}
    # A 1 after the handoff must not place an order confirmed before it unseen (`reconfirm`).
    turn.order.reconfirm = turn.state == OrderStates.CONFIRM
    return {PAUSED: {"state": turn.state, "draft": turn.saved_draft()}}


def _back_to_draft(turn: Turn) -> None:
    """The handoff is over: back to the paused order draft, or to idle when there was none."""
    paused = turn.draft.get(PAUSED)
    turn.reset()
    if isinstance(paused, dict) and paused.get("state") in ORDER_FLOW:
        turn.state, turn.draft = str(paused["state"]), dict(paused.get("draft") or {})
