"""The courier's 收款码 tests' shared pieces: the app with WeChat Pay, taps, what was queued."""

from __future__ import annotations

import base64
from collections.abc import AsyncIterator
from pathlib import Path
from typing import Any

import pytest

from bot import notify
from domain.models import OutboxMessage, Payment
from domain.services.orders import OrderRequest, place_order
from tests.bot.chat_harness import Clock, Staffer, seed
from tests.bot.courier_harness import cards, key_of, tap, texts_to
from tests.bot.pay_harness import Client, door_people, start_pay_app
from tests.fakes.notifier import installed
from tests.fakes.wechat_pay_server import FakeWeChatPay
from tests.support import NOW

App = tuple[Client, FakeWeChatPay, Clock]
CODE = "收款码"
NATIVE = "/v3/pay/transactions/native"


@pytest.fixture(scope="module")
async def app(database_url: str, tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[App]:
    clock = Clock(NOW)
    client, fake = await start_pay_app(clock, Path(tmp_path_factory.mktemp("door")))
    with installed(notify.WeChatNotifier()):  # cards, texts and pictures go to the outbox
        yield client, fake, clock
    await client.close()
    await fake.close()


@pytest.fixture
async def bob(app: App) -> str:
    """Customer o-bob's id, with courier u-li on shift and owner u-boss."""
    client, _, clock = app
    clock.now = NOW
    await seed(client)
    return await door_people("o-bob")


async def place_cash(customer_id: str, qty: int = 2) -> str:
    """A cash order, dispatched to u-li at once; its number."""
    placed = await place_order(OrderRequest(customer_id, [("nfsq-19l", qty)], "cash"), NOW)
    return placed.number


async def the_card(number: str) -> dict[str, Any]:
    """The latest task card u-li got for the order."""
    return [c for c in await cards("u-li") if number in c["main_title"]["desc"]][-1]


async def tap_code(client: Client, number: str) -> None:
    """u-li taps 收款码 on the order's card (the reply is silent: words come as messages)."""
    card = await the_card(number)
    assert key_of(card, CODE) == f"paycode@{number}"
    reply = await tap(client, "u-li", card, CODE)
    assert reply is None  # `success`: the card keeps its buttons


async def door_trade(number: str) -> Payment:
    """The order's door trade."""
    return await Payment.get(order__number=number, kind="door")


async def pictures_to(userid: str) -> list[bytes]:
    """PNGs queued for a WeCom user, oldest first."""
    rows = await OutboxMessage.filter(recipient=userid, kind="image").order_by("id")
    return [base64.b64decode(str(row.payload["image_b64"])) for row in rows]


async def last_text(userid: str) -> str:
    """The latest WeCom text queued for someone."""
    return (await texts_to("work", userid))[-1]


def courier(client: Client) -> Staffer:
    """u-li writing in WeCom."""
    return Staffer(client, "u-li")


def natives(fake: FakeWeChatPay) -> int:
    """How many Native trades were asked for."""
    return len([r for r in fake.requests if r[0] == "POST" and r[1] == NATIVE])
