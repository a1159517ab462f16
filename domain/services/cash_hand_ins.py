"""Cash a courier hands to the station: recorded by the owner, read by the day's close.

The courier's cash to hand in is what he took at the door (docs/MONEY.md, *Cash at the door*);
this is the other side, counted by the owner. Append-only: a miscount is another row.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

from domain.infra.ports import Conn
from domain.models import CashHandIn, Courier
from domain.rules.errors import InvalidInput, NotFound
from domain.services.support import as_stored_time, audit, run_in_transaction

LIMIT_FEN = 10_000_000  # 100,000.00: beyond any courier's day, so a typo is refused


async def record_hand_in(
    userid: str, amount_fen: int, actor: str, now: datetime, note: str = "", key: str | None = None
) -> dict[str, Any]:
    """Record cash a courier handed in (negative: given back after a miscount)."""
    if amount_fen == 0 or abs(amount_fen) > LIMIT_FEN:
        raise InvalidInput(
            f"hand-in of {amount_fen} fen refused", message="上交金额不能为0,也不能超过10万元"
        )
    courier = await Courier.get_or_none(wecom_userid=userid)
    if courier is None:
        raise NotFound(f"no courier {userid}", message="没有找到这位送水员")

    async def work(conn: Conn) -> dict[str, Any]:
        row = await CashHandIn.create(
            courier=courier, amount_fen=amount_fen, note=note[:200], actor=actor,
            at=as_stored_time(now), using_db=conn,
        )  # fmt: skip
        done = {"id": row.id, "courier": userid, "amount_fen": amount_fen, "at": now}
        await audit(conn, actor, "cash.hand_in", "courier", courier.id, None, done)
        return done

    params = {"courier": userid, "amount_fen": amount_fen, "note": note}
    return await run_in_transaction("cash.hand_in", key, work, subject=courier.id, params=params)
