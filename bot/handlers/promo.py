"""Promo codes in chat: 优惠码 WINTER5 claims the campaign's coupon, used at the next order."""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Reply, Turn
from bot.router import Router
from domain.rules import campaigns as rules
from domain.rules.reminder_texts import coupon_text
from domain.services import campaigns

router = Router("promo")
PROMO = re.compile(r"^\s*(?:优惠码|优惠券码|领券)\s*[::]?\s*([A-Za-z0-9]{4,32})\s*$")


@router.on(lambda turn: PROMO.match(turn.text) is not None)
async def claim(turn: Turn) -> Reply:
    """Claim once; claiming again says where the coupon stands."""
    found = PROMO.match(turn.text)
    assert found is not None
    turn.reset()
    coupon, new = await campaigns.claim_code(turn.user.id, found.group(1), "customer", turn.now)
    name = coupon_text(coupon.amount_fen, coupon.min_goods_fen, coupon.expires_at, turn.now.tzinfo)
    state = rules.coupon_state(coupon.status, coupon.expires_at, turn.now)
    if new:
        return Reply(texts.PROMO_CLAIMED.format(coupon=name))
    if state == rules.USED:
        return Reply(texts.PROMO_USED)
    if state == rules.EXPIRED:
        return Reply(texts.PROMO_EXPIRED)
    return Reply(texts.PROMO_HELD.format(coupon=name))
