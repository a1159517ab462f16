"""Questions about the station itself and small talk: hours, address, phone, fees, prices of
the products named, greetings and thanks, and messages in other languages or only emoji.

`station_answer` is also what other flows call for a side question asked in their middle.
"""

from __future__ import annotations

from datetime import datetime

from bot import texts
from bot.conversation import Reply, Turn
from bot.router import Router
from domain.rules import station_texts
from domain.rules.pricing import yuan
from domain.rules.station_answers import TOPICS, answer, is_foreign, named_first
from domain.services import catalog, station

router = Router("station_info")


async def station_answer(topic: str | None, now: datetime) -> str | None:
    """The answer to a side question's topic from the station's settings; None if not one."""
    if topic not in TOPICS:
        return None
    info, rules = await station.load_profile()
    return answer(topic, info, rules, now)


@router.on(lambda turn: turn.parsed is not None and turn.parsed.topic in TOPICS)
async def side_question(turn: Turn) -> Reply | None:
    """几点关门, 你们在哪, 电话多少, 送水要运费吗, 充值, 发票, 你好, 谢谢."""
    text = await station_answer(turn.parsed.topic if turn.parsed else None, turn.now)
    return Reply(text) if text else None


@router.on(
    lambda turn: turn.parsed is not None
    and turn.parsed.intent == "price"
    and any(item.sku for item in turn.parsed.items)
)
async def named_prices(turn: Turn) -> Reply | None:
    """怡宝多少钱: one line per product named, not the whole list."""
    skus = [item.sku for item in turn.parsed.items] if turn.parsed else []
    products = named_first(await catalog.active_products(), skus)
    if not products:
        return None  # named but no longer sold: the whole list says what is
    lines = []
    for p in products:
        deposit = texts.PRICE_DEPOSIT.format(deposit=yuan(p.deposit_fen)) if p.deposit_fen else ""
        lines.append(
            texts.PRICE_NAMED_LINE.format(
                name=p.name, price=yuan(p.price_fen), unit=p.unit, deposit=deposit
            )
        )
    return Reply("\n".join(lines))


@router.on(
    lambda turn: turn.parsed is not None
    and turn.parsed.intent == "unknown"
    and turn.parsed.topic is None
    and is_foreign(turn.text)
)
async def other_language(turn: Turn) -> Reply:
    """English or only emoji: a polite answer in Chinese and what can be said."""
    return Reply(station_texts.FOREIGN)
