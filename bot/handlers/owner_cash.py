"""Cash a courier hands in, counted by the owner in WeCom: 上交 刘师傅 100 (docs/PAY.md).

The day's close (对账) sets it against the cash the courier took at the door. A miscount is
put right by another entry, negative for cash given back (上交 刘师傅 -20).
"""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Reply, Turn
from bot.router import Router, with_argument
from domain.reads.courier_queries import courier_named
from domain.rules.pricing import parse_yuan, yuan
from domain.services import cash_hand_ins

router = Router("owner_cash")
HAND_IN = re.compile(r"^(\S+)\s+(-?\d+(?:\.\d{1,2})?)\s*元?$")


@router.command(with_argument("上交"))
async def hand_in(turn: Turn, said: re.Match[str]) -> Reply:
    """上交 刘师傅 100: record cash courier 刘师傅 handed in."""
    if turn.staff is None or turn.staff.role != "owner":
        return Reply(texts.HAND_IN_OWNERS_ONLY)
    parsed = HAND_IN.match(said["arg"].strip())
    if parsed is None:
        return Reply(texts.HAND_IN_USAGE)
    courier = await courier_named(parsed.group(1))
    if courier is None:
        return Reply(texts.HAND_IN_WHO.format(who=parsed.group(1)))
    fen = parse_yuan(parsed.group(2))
    await cash_hand_ins.record_hand_in(courier[0], fen, turn.staff.wecom_userid, turn.now)
    return Reply(texts.HAND_IN_DONE.format(name=courier[1], amount=yuan(fen)))
