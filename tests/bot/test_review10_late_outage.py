"""Review of issue 10: a turn that loses the database after the reply budget is not lost."""

from __future__ import annotations

import asyncio

import pytest
from aiohttp.test_utils import TestClient

from bot.channels import mp
from bot.conversation import Reply, Turn
from bot.devtools import wire
from bot.router import Router
from bot.turns import TurnRunner
from domain.models import OutboxMessage, ProcessedMessage
from tests.bot.chat_harness import Clock, Customer, seed

pytestmark = pytest.mark.usefixtures("db")


async def test_an_outage_after_the_budget_still_answers_the_customer(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
) -> None:
    await seed(client)
    endpoint = client.app[mp.MP_ENDPOINT]
    calls: list[int] = []
    router = Router("blip")

    @router.on(lambda turn: True)
    async def answer(turn: Turn) -> Reply:
        # The first run waits on a database that then drops it (a network blip); later runs work.
        calls.append(1)
        if len(calls) == 1:
            await asyncio.sleep(0.5)
            raise ConnectionResetError("connection to the database lost")
        return Reply("下单成功")

    async def identify(turn: Turn) -> Reply | None:
        return None

    real = endpoint.runner
    endpoint.runner = TurnRunner(router, lambda text, now: None, identify, clock, budget_s=0.2)
    try:
        status, reply = await Customer(client, "o-blip").post(wire.mp_text("o-blip", "1"))
        # WeChat got an answer within its 5 s: it will not send this message again.
        assert (status, reply) == (200, "")
        for _ in range(60):
            if await OutboxMessage.filter(recipient="o-blip").exists():
                break
            await asyncio.sleep(0.05)
        claim = await ProcessedMessage.get(key__startswith="mp:")
        told = await OutboxMessage.filter(recipient="o-blip").exists()
        assert told or claim.status == "done", (calls, claim.status, claim.lease_until)
    finally:
        endpoint.runner = real
