"""Complaints and bucket returns: each asks what it lacks, then files one request."""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.owner_requests import return_notice
from bot.handlers.refusals import contact
from bot.handlers.states import ComplaintStates, ReturnStates
from bot.router import Router
from bot.understanding.numbers import parse_number
from domain.reads import queries
from domain.rules.customer_requests import complaint_body, return_count_given
from domain.services import requests

# The answers to the flows' own questions, tried before a new order is read from them.
flow = Router("complaint_flow")
# The requests themselves, where the service router answered them.
router = Router("complaints")

_COUNT_WORDS = re.compile(r"[个只桶吧啊]|退")


@router.intent("complaint")
async def complaint(turn: Turn) -> Reply:
    """A complaint with its details is filed; a bare 投诉 asks for them first."""
    if not complaint_body(turn.text):
        turn.go(ComplaintStates.DETAILS, pictures=[])
        turn.asked = True
        return Reply(texts.COMPLAINT_ASK_DETAILS)
    return await _file(turn, turn.text, ())


@flow.state(ComplaintStates.DETAILS)
async def complaint_details(turn: Turn) -> Reply | None:
    """The details asked for: one complaint, with the pictures sent before them."""
    if not turn.text:
        return None
    pictures = tuple((str(m), str(u)) for m, u in turn.draft.get("pictures", []))
    return await _file(turn, turn.text, pictures)


def _who(turn: Turn) -> dict[str, str]:
    return {"name": turn.user.name or "客户", "phone": turn.user.phone or "无电话"}


def _picture_note(turn: Turn, complaint_id: int | str = "{id}") -> str:
    """What staff read when a complaint's picture cannot be fetched from the Official Account."""
    return texts.COMPLAINT_PICTURE_UNFETCHED.format(id=complaint_id, **_who(turn))


async def _file(turn: Turn, text: str, pictures: tuple[tuple[str, str], ...]) -> Reply:
    owner_text = texts.COMPLAINT_TO_OWNER.format(id="{id}", text=text[:200], **_who(turn))
    note = _picture_note(turn)
    filed = await requests.log_complaint(
        turn.user.id, text, turn.now, owner_text, pictures=pictures, picture_note=note
    )
    turn.reset()
    turn.go(ComplaintStates.EVIDENCE, complaint=filed)
    return Reply(texts.COMPLAINT_LOGGED)


async def picture(turn: Turn) -> Reply | None:
    """A picture inside the complaint flow; None when no complaint is under way."""
    media_id, url = turn.incoming.media_id or "", turn.incoming.pic_url or ""
    if turn.state == ComplaintStates.DETAILS:
        pictures = [*turn.draft.get("pictures", []), [media_id, url]]
        turn.go(ComplaintStates.DETAILS, pictures=pictures[:9])
        turn.asked = True
        return Reply(texts.COMPLAINT_PICTURE_FIRST)
    if turn.state == ComplaintStates.EVIDENCE and "complaint" in turn.draft:
        complaint_id = int(turn.draft["complaint"])
        note = _picture_note(turn, complaint_id)
        await requests.add_complaint_picture(
            turn.user.id, complaint_id, (media_id, url), turn.now, note
        )
        turn.asked = True
        return Reply(texts.COMPLAINT_PICTURE_SENT)
    return None


@router.intent("return_buckets")
async def return_buckets(turn: Turn) -> Reply:
    """A return with its number is filed; without one, ask how many of those held."""
    items = turn.parsed.items if turn.parsed else ()
    if items and return_count_given(turn.text):
        return await _return(turn, items[0].quantity)
    held = (await queries.account_summary(turn.user.id, turn.now)).buckets_held
    if not held:
        none = texts.RETURN_NONE.format(contact=await contact())
        return Reply(none + await _open_orders(turn))
    turn.go(ReturnStates.COUNT, held=held)
    turn.asked = True
    return Reply(texts.RETURN_ASK_COUNT.format(held=held) + await _open_orders(turn))


@flow.state(ReturnStates.COUNT)
async def return_count(turn: Turn) -> Reply | None:
    """How many buckets to take back; anything else is answered as usual."""
    count = parse_number(_COUNT_WORDS.sub("", turn.text))
    if count is None:
        return None
    held = int(turn.draft.get("held", 0))
    if not 1 <= count <= held:
        turn.asked = True
        return Reply(texts.RETURN_COUNT_RANGE.format(held=held))
    turn.reset()
    return await _return(turn, count, mention_orders=False)


async def _return(turn: Turn, count: int, mention_orders: bool = True) -> Reply:
    await requests.request_return(turn.user.id, count, turn.now, return_notice)
    orders = await _open_orders(turn) if mention_orders else ""
    return Reply(texts.RETURN_LOGGED.format(count=f"{count}个") + orders)


async def _open_orders(turn: Turn) -> str:
    orders = await queries.open_orders(turn.user.id)
    if not orders:
        return ""
    return texts.RETURN_OPEN_ORDERS.format(numbers="、".join(o.number for o in orders))
