"""A person when asked: 人工 / 找老板 / 真人 hands the customer's conversation to staff.

While handed over, what the customer writes (text, voice, pictures, locations) is relayed to
the owners and dispatchers in WeCom and the bot stays silent; 结束 gives the conversation back.
If the handoff ended meanwhile (staff ended it, or half an hour of silence), the message is
answered by the bot as usual.
"""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.states import HandoffStates
from bot.router import Router
from domain.rules.handoff import is_customer_end
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
        turn.reset()
        return Reply(texts.HANDOFF_ENDED_BY_CUSTOMER)
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
        turn.reset()  # over: the bot answers this message (the end was sent on its own)
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
    turn.reset()
    turn.go(HandoffStates.HUMAN, handoff=opened.number)
    return Reply(texts.HANDOFF_ALREADY if opened.already else texts.HANDOFF_OPENED)
