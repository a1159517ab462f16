"""Ticket codes (complaints and returns: bot/handlers/complaints.py)."""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.states import CodeStates
from bot.router import Router
from domain.reads import queries
from domain.services import codes

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
