"""One WeChat Pay notification sent to two real `waterbot serve` processes at once settles once.

PostgreSQL only: that is what several processes share in production.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from datetime import datetime
from pathlib import Path

import aiohttp
import pytest

from bot.pay.client import PayClient
from bot.pay.config import pay_config
from bot.pay.gateway import WeChatPayGateway
from domain.infra import pay_port
from domain.infra.settings import load_settings
from domain.models import Order, OrderEvent, PaymentEntry
from domain.services.orders import OrderRequest, place_order
from tests.bot.pay_harness import NOTIFY_URL, seed_people
from tests.bot.serve_harness import Served, start_serve
from tests.fakes.wechat_pay_keys import PayKeys
from tests.fakes.wechat_pay_server import FakeWeChatPay, start_fake_pay
from tests.integration.helpers import seed_catalog
from tests.support import TZ, on_postgres

pytestmark = [
    pytest.mark.usefixtures("db"),
    pytest.mark.skipif(not on_postgres(), reason="several processes share PostgreSQL"),
]


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeWeChatPay]:
    fake = await start_fake_pay(PayKeys.create(tmp_path))
    yield fake
    await fake.close()


@pytest.fixture
async def pair(
    database_url: str, tmp_path: Path, fake: FakeWeChatPay
) -> AsyncIterator[list[Served]]:
    await seed_catalog()
    env = fake.keys.env(fake.base_url, NOTIFY_URL)
    served = [
        await start_serve(database_url, tmp_path / f"serve{i}.log", settings=env)
        for i in range(2)
    ]
    try:
        yield served
    finally:
        for one in served:
            await one.stop()


async def test_a_notification_to_both_processes_at_once_pays_once(
    pair: list[Served], fake: FakeWeChatPay
) -> None:
    await seed_people("o-alice")
    config = pay_config(load_settings(fake.keys.env(fake.base_url, NOTIFY_URL)))
    assert config is not None
    now = datetime.now(TZ)
    async with aiohttp.ClientSession() as session:
        gateway = WeChatPayGateway(PayClient(config, session), 30)
        previous = pay_port.set_gateway(gateway)
        try:
            from domain.models import Customer

            alice = await Customer.get(mp_openid="o-alice")
            request = OrderRequest(alice.id, [("nfsq-19l", 2)], "wechat_pay", source="phone")
            placed = await place_order(request, now)
            link = gateway.payment_link(placed.out_trade_no).replace(
                "https://water.example.com", f"http://127.0.0.1:{pair[0].port}"
            )
            async with session.get(link) as page:  # the trade is created by one process
                assert page.status == 200 and "getBrandWCPayRequest" in await page.text()
        finally:
            pay_port.set_gateway(previous)
    trade = fake.pay(placed.out_trade_no)
    body = fake.notification(trade.as_json())
    headers = fake.signed_headers(body)
    urls = [f"http://127.0.0.1:{one.port}/pay/notify" for one in pair]
    answers = await asyncio.gather(*(fake.send(url, body, headers) for url in urls * 5))
    assert [status for status, _ in answers] == [204] * 10
    order = await Order.get(number=placed.number)
    assert (order.payment_status, order.prepaid_fen) == ("paid", 14400)
    assert await PaymentEntry.filter(order_number=placed.number).count() == 1
    moved = await OrderEvent.filter(order_id=order.id, to_state="awaiting_dispatch").count()
    assert moved == 1
