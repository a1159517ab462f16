"""Ticket codes, bucket returns and complaints."""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.owner_requests import return_notice
from bot.handlers.states import CodeStates, ComplaintStates
from bot.router import Router
from domain.reads import queries
from domain.services import codes, requests

router = Router("service")


@router.intent("redeem_code")
async def redeem(turn: Turn) -> Reply:
    """A printed ticket code: the pack lands in the wallet once."""
    code = turn.parsed.code if turn.parsed else None
    if not code:
        turn.go(CodeStates.ASK)
        return Reply(texts.ASK_CODE)
    return await _redeem(turn, code)


@router.state(CodeStates.ASK)
async def code_given(turn: Turn) -> Reply | None:
    """The code, sent after we asked for it."""
    # The service normalises dashes, spaces and misread letters; refuse only non-codes.
    if not 8 <= len(turn.text) <= 30:
        return None
    return await _redeem(turn, turn.text)


async def _redeem(turn: Turn, code: str) -> Reply:
    turn.reset()
    secret = await codes.code_secret(turn.extra.get("code_secret", ""))
    done = await codes.redeem_code(turn.user.id, code, turn.now, secret, "customer")
    products = await queries.product_names()
    product = products[done.sku].name if done.sku in products else done.sku
    return Reply(texts.REDEEMED.format(name=done.pack_name, sku=product, balance=done.balance))


@router.intent("return_buckets")
async def return_buckets(turn: Turn) -> Reply:
    """A return request for the dispatcher (the deposit is refunded when collected)."""
    count = turn.parsed.items[0].quantity if turn.parsed and turn.parsed.items else None
    how_many = f"{count}个" if count else ""
    await requests.request_return(turn.user.id, count, turn.now, return_notice)
    return Reply(texts.RETURN_LOGGED.format(count=how_many))


@router.intent("complaint")
async def complaint(turn: Turn) -> Reply:
    """Logged, and the owner hears of it at once."""
    who = f"{turn.user.name or '客户'}"
    owner_text = texts.COMPLAINT_TO_OWNER.format(
        id="{id}", name=who, phone=turn.user.phone or "无电话", text=turn.text[:200]
    )
    await requests.log_complaint(turn.user.id, turn.text, turn.now, owner_text)
    turn.go(ComplaintStates.EVIDENCE)
    return Reply(texts.COMPLAINT_LOGGED)
