"""Each serve process keeps the station's rules and the catalog between turns; a change made
anywhere (another process, the admin API, a command) is used by the very next message in every
process, because each writer bumps the settings version and each turn reads it.

Two real `waterbot serve` processes over the test database (a SQLite file or PostgreSQL); the
changes are made from this process, a third one, through the use cases.
"""

from __future__ import annotations

import itertools
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from domain.services import backoffice, customers
from domain.services.station import configure_station
from tests.bot.serve_harness import Served, post_text, start_serve
from tests.integration.helpers import seed_catalog

pytestmark = pytest.mark.usefixtures("db")

_ids = itertools.count(8_100_000)
ORDER = "送两桶农夫山泉,现金"


@pytest.fixture
async def pair(database_url: str, tmp_path: Path) -> AsyncIterator[list[Served]]:
    """Two serve processes over the test database, started after the catalog is in it."""
    await seed_catalog()
    served = [await start_serve(database_url, tmp_path / f"serve{i}.log") for i in range(2)]
    try:
        yield served
    finally:
        for one in served:
            await one.stop()


async def _customer(openid: str) -> str:
    row, _ = await customers.customer_for_openid(openid)
    await customers.set_phone(row.id, "13800001111", "test")
    await customers.add_address(row.id, customers.AddressInput("阳光花园3栋502"), "test")
    return openid


async def _confirmation(session: aiohttp.ClientSession, served: Served, openid: str) -> str:
    status, reply = await post_text(session, served, openid, ORDER, next(_ids))
    assert status == 200 and "请确认订单" in reply, reply
    status, reply = await post_text(session, served, openid, "0", next(_ids))  # not placed
    assert status == 200, reply
    status, reply = await post_text(session, served, openid, ORDER, next(_ids))
    assert status == 200 and "请确认订单" in reply, reply
    return reply


async def test_a_price_changed_elsewhere_is_used_by_the_next_message(pair: list[Served]) -> None:
    openid = await _customer("o-price")
    async with aiohttp.ClientSession() as session:
        for served in pair:  # both processes have priced with the catalog as loaded
            assert "应付:144.00元" in await _confirmation(session, served, openid)
        await backoffice.update_product("nfsq-19l", {"price_fen": 2000}, "owner")
        for served in pair:
            reply = await _confirmation(session, served, openid)
            assert "应付:140.00元" in reply, reply  # 2 × 20.00 + the deposit


async def test_station_settings_changed_elsewhere_reach_the_next_message(
    pair: list[Served],
) -> None:
    openid = await _customer("o-fee")
    async with aiohttp.ClientSession() as session:
        for served in pair:
            assert "应付:144.00元" in await _confirmation(session, served, openid)
        await configure_station({"delivery_fee_fen": 500}, "owner")
        for served in pair:
            reply = await _confirmation(session, served, openid)
            assert "应付:149.00元" in reply, reply
        await configure_station({"communities": ["翠湖小区"]}, "owner")
        for served in pair:
            status, reply = await post_text(session, served, openid, ORDER, next(_ids))
            assert status == 200 and "请确认订单" not in reply, reply
