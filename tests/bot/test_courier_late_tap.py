"""A tap whose answer misses WeCom's budget: the card is updated later with the tap's code."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp.test_utils import TestClient

from bot.channels.work import WORK_ENDPOINT
from domain.models import Order, OutboxMessage
from tests.bot.courier_harness import (
    add_courier,
    cards,
    client,
    clock,
    make_customer,
    place,
    ready,
    tap,
    texts_to,
    wechat_notifier,
)

pytestmark = pytest.mark.usefixtures("db")
__all__ = ["client", "clock", "ready", "wechat_notifier"]

Client = TestClient  # type: ignore[type-arg]


async def _card_updates(userid: str) -> list[dict[str, object]]:
    for _ in range(200):
        rows = await OutboxMessage.filter(recipient=userid, kind="card_update").order_by("id")
        if rows:
            return [dict(row.payload) for row in rows]
        await asyncio.sleep(0.01)
    raise AssertionError("the late card update never reached the outbox")


async def test_a_late_tap_updates_its_card_with_the_tap_code_and_says_it_once(
    ready: Client,
) -> None:
    endpoint = ready.app[WORK_ENDPOINT]
    await add_courier("courier1", "刘师傅")
    number = await place(await make_customer("o-late"))
    endpoint.runner.budget_s = 0.0  # every reply misses the budget
    try:
        card = (await cards("courier1"))[-1]
        assert await tap(ready, "courier1", card, "接单") is None  # answered `success`
        updates = await _card_updates("courier1")
    finally:
        endpoint.runner.budget_s = 4.0
    assert updates == [{"response_code": "rc-" + card["task_id"], "replace_name": "已接单"}]
    said = [t for t in await texts_to("work", "courier1") if number in t]
    assert len(said) == 1 and said[0].startswith(f"已接单 {number}")
    assert (await Order.get(number=number)).state == "delivering"
