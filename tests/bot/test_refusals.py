"""Refusals raised inside the use cases end with the station's phone on the Official Account
(out of the area, a pack no longer sold, no packs at all), through the real callback."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from domain.models import TicketPack
from domain.services.station import configure_station
from tests.bot.chat_harness import Clock, Customer, seed
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
PHONE = "0571-88886666"


@pytest.fixture
async def alice(client: TestClient, clock: Clock) -> Customer:  # type: ignore[type-arg]
    clock.now = NOW
    await seed(client)
    await configure_station({"phone": PHONE, "communities": ["阳光花园"]}, "test")
    return Customer(client, "o-alice")


async def test_an_address_out_of_the_area_cites_the_phone(alice: Customer) -> None:
    await alice.say("你好")
    reply = await alice.say("送两桶农夫山泉到翠湖小区8栋1201,现金")
    if "联系电话" in reply:
        reply = await alice.say("13800001111")
    assert "超出配送范围" in reply and f"请致电水站 {PHONE}" in reply


async def test_no_ticket_packs_cites_the_phone(alice: Customer) -> None:
    await TicketPack.all().update(active=False)
    reply = await alice.say("买水票")
    assert "暂时没有水票套餐" in reply and f"请致电水站 {PHONE}" in reply


async def test_a_refusal_that_does_not_send_away_stays_as_it_was(alice: Customer) -> None:
    reply = await alice.say("兑换")
    assert PHONE not in reply  # asked for the code, not refused
