"""Helpers for the courier tests: couriers, customers with orders, card taps, what was queued."""

from __future__ import annotations

import itertools
import time
from collections.abc import AsyncIterator, Iterator
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from bot import notify
from bot.channels.api import InMemoryTokenStore, MpClient, WorkClient
from bot.channels.dev import DEV_WORK_AGENT_ID, DEV_WORK_CORP_ID
from bot.channels.outbox_worker import OutboxWorker
from bot.devtools import wire
from domain.models import Customer, OutboxMessage
from domain.services import customers, staff
from domain.services.customers import AddressInput
from domain.services.orders import OrderRequest, place_order
from tests.bot.chat_harness import Clock, Staffer, seed, start_app
from tests.fakes.notifier import installed
from tests.fakes.wechat_server import (
    MP_APPID,
    MP_SECRET,
    WORK_AGENT_ID,
    WORK_CORP_ID,
    WORK_SECRET,
    FakeWeChat,
    start_fake_wechat,
)
from tests.support import NOW

_created = itertools.count(int(time.time()))

# A point in Shanghai for the station; customers a few hundred metres away.
STATION = (31.2304, 121.4737)


@pytest.fixture(scope="module")
def clock() -> Clock:
    return Clock(NOW)


@pytest.fixture(scope="module")
async def client(database_url: str, clock: Clock) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    client = await start_app(clock)
    yield client
    await client.close()


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    """The fake WeChat / WeCom API server."""
    server = await start_fake_wechat()
    yield server
    await server.close()


def worker(fake: FakeWeChat) -> OutboxWorker:
    """An outbox worker sending to the fake server."""
    store = InMemoryTokenStore()
    mp = MpClient(MP_APPID, MP_SECRET, store, base_url=fake.base_url, backoff_s=0.01)
    work = WorkClient(
        WORK_CORP_ID, WORK_AGENT_ID, WORK_SECRET, store, base_url=fake.work_base_url, backoff_s=0.01
    )
    return OutboxWorker(mp, work, batch_size=100)


@pytest.fixture(autouse=True)
def wechat_notifier() -> Iterator[None]:
    """The composition root's notifier, as `create_app` installs it."""
    with installed(notify.WeChatNotifier()):
        yield


@pytest.fixture
async def ready(client: TestClient, clock: Clock) -> TestClient:  # type: ignore[type-arg]
    """Catalog loaded, clock at NOW."""
    clock.now = NOW
    await seed(client)
    return client


async def add_courier(userid: str, name: str, on_shift: bool = True, rate: int = 150) -> None:
    """A courier, on or off shift."""
    courier = await staff.add_courier(userid, name, "test", "1390000000" + userid[-1], 10, rate)
    courier.on_shift = on_shift
    await courier.save()


async def make_customer(
    openid: str,
    address: str = "阳光花园3栋502",
    at: tuple[float, float] | None = None,
    phone: str = "13800001111",
) -> Customer:
    """A customer with a phone and a default address (with coordinates when given)."""
    customer, _ = await customers.customer_for_openid(openid, "test")
    lat, lon = at if at else (None, None)
    await customers.add_address(
        customer.id, AddressInput(address, latitude=lat, longitude=lon), "test"
    )
    await customers.set_phone(customer.id, phone, "test")
    return await Customer.get(id=customer.id)


async def place(
    customer: Customer, qty: int = 2, method: str = "cash", note: str = "", sku: str = "nfsq-19l"
) -> str:
    """Place an order now; returns its number."""
    placed = await place_order(OrderRequest(customer.id, [(sku, qty)], method, note=note), NOW)
    return placed.number


async def cards(userid: str) -> list[dict[str, Any]]:
    """Task cards queued for a courier, oldest first."""
    rows = await OutboxMessage.filter(
        channel="work", recipient=userid, kind="template_card"
    ).order_by("id")
    return [dict(row.payload["card"]) for row in rows]  # type: ignore[call-overload]


async def texts_to(channel: str, recipient: str) -> list[str]:
    """Texts queued for someone, oldest first."""
    rows = await OutboxMessage.filter(channel=channel, recipient=recipient, kind="text").order_by(
        "id"
    )
    return [str(row.payload["text"]) for row in rows]


def key_of(card: dict[str, Any], label: str) -> str:
    """The EventKey of the card button with this label."""
    return next(b["key"] for b in card["button_list"] if b["text"] == label)


async def tap(
    client: TestClient,  # type: ignore[type-arg]
    userid: str,
    card: dict[str, Any],
    label: str,
    created_at: int | None = None,
) -> wire.PassiveReply | None:
    """Press a card button as WeCom reports it; returns the passive reply."""
    message = wire.work_template_card_event(
        userid,
        corp_id=DEV_WORK_CORP_ID,
        agent_id=DEV_WORK_AGENT_ID,
        event_key=key_of(card, label),
        task_id=card["task_id"],
        response_code="rc-" + card["task_id"],
        created_at=created_at if created_at is not None else next(_created),
    )
    status, reply = await Staffer(client, userid).post(message)
    assert status == 200
    return reply


async def send_image(client: TestClient, userid: str, media_id: str) -> str:  # type: ignore[type-arg]
    """A WeCom image message from a staff member; returns the reply text."""
    from bot.channels.xmlsafe import render_xml

    xml = render_xml(
        {
            "ToUserName": DEV_WORK_CORP_ID,
            "FromUserName": userid,
            "CreateTime": next(_created),
            "MsgType": "image",
            "PicUrl": "http://example.com/p.jpg",
            "MediaId": media_id,
            "MsgId": next(_created),
            "AgentID": DEV_WORK_AGENT_ID,
        }
    )
    status, reply = await Staffer(client, userid).post(xml)
    assert status == 200
    return (reply.content or "") if reply else ""
