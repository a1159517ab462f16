"""A customer takes back a ticket pack bought in chat (取消水票), in the cancel flow.

The cancel flow (`orders_info`) lists open orders and pending pack purchases together when it
is not clear which one is meant; a message naming a pack (取消水票, 水票不要了) considers packs
only. Staff are told through `owner_requests.pack_cancel_notice`.
"""

from __future__ import annotations

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.order_steps import ORDER_FLOW
from bot.handlers.owner_requests import pack_cancel_notice
from domain.reads import open_requests
from domain.reads.open_requests import PendingPack
from domain.rules.pricing import yuan
from domain.services.pack_cancel import cancel_pack

PREFIX = "水票单#"  # how a pack stands in the cancel list's draft beside order numbers


def listed(pack: PendingPack) -> str:
    """The pack's entry in the cancel list's draft."""
    return f"{PREFIX}{pack.id}"


def picked_pack(entry: str) -> int | None:
    """The purchase id a picked list entry names; None when it is an order number."""
    return int(entry[len(PREFIX) :]) if entry.startswith(PREFIX) else None


def line(pack: PendingPack) -> str:
    """One pack in the numbered list."""
    return texts.PACK_CANCEL_LINE.format(id=pack.id, pack=pack.pack, price=yuan(pack.price_fen))


async def pending(turn: Turn) -> list[PendingPack]:
    """The customer's pack purchases staff have not settled yet, oldest first."""
    return await open_requests.pending_packs(customer_id=str(turn.user.id))


async def cancel(turn: Turn, purchase_id: int) -> Reply:
    """Cancel one pending purchase and say which."""
    done = await cancel_pack(turn.user.id, purchase_id, turn.now, pack_cancel_notice)
    if turn.state not in ORDER_FLOW:  # 取消水票 said in an order draft leaves the draft open
        turn.reset()
    price = yuan(done.price_fen)
    return Reply(texts.PACK_CANCELLED.format(id=done.id, pack=done.pack, price=price))
