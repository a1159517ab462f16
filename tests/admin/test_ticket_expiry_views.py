"""After a lot expires, every view of a customer's tickets says the same usable count.

The chat's 余额 reply, the admin customer 360 view, the customer export and the finance report's
unused tickets read unexpired lots; the expiry job then brings the posted wallet balance along.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import AsyncIterator
from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient, TestServer

from admin.app import setup as admin_setup
from admin.keys import CLOCK
from bot.app import build_app
from bot.channels import mp
from domain.infra.settings import load_settings
from domain.models import TicketEntry, TicketWallet
from domain.rules.reminder_rules import ReminderPolicy
from domain.services import catalog, customers, demo, wallet
from domain.services.customers import AddressInput
from scheduler.jobs import Jobs
from tests.admin.conftest import Api, token_for
from tests.bot.chat_harness import Clock
from tests.bot.chat_harness import Customer as Chat
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

SKU = "nfsq-19l"
COLUMN = "水票:农夫山泉天然水 19L(张)"
CHAT_LINE = re.compile(r"农夫山泉天然水 19L水票 (\d+)张")


@pytest.fixture
async def app_client(db: str) -> AsyncIterator[TestClient]:  # type: ignore[type-arg]
    """One app with the OA callback and the admin API, both at NOW."""
    clock = Clock(NOW)
    app = build_app(
        load_settings({}),
        manage_database=False,
        extensions=(admin_setup, lambda a: mp.setup(a, clock)),
    )
    app[CLOCK] = clock
    client: TestClient = TestClient(TestServer(app))  # type: ignore[type-arg]
    await client.start_server()
    yield client
    await client.close()


async def _views(api: Api, chat: Chat, customer_id: str) -> dict[str, int]:
    _, view = await api.get(f"/customers/{customer_id}")
    response = await api.client.get(
        "/api/v1/export/customers", params={"format": "csv"}, headers=api.headers()
    )
    [row] = list(csv.DictReader(io.StringIO((await response.read()).decode("utf-8-sig"))))
    _, finance = await api.get("/finance?day=2026-11-24")
    reply = await chat.say("水票余额")
    return {
        "view": sum(t["count"] for t in view["tickets"] if t["sku"] == SKU),
        "export": int(row.get(COLUMN) or 0),
        "finance": finance["tickets"]["outstanding_count"],
        "chat": int(found.group(1)) if (found := CHAT_LINE.search(reply)) else 0,
    }


async def test_balance_export_finance_and_views_agree_after_expiry(
    app_client: TestClient,  # type: ignore[type-arg]
) -> None:
    await catalog.load_catalog(demo.demo_catalog(), "test")
    await mp.reload_catalog(app_client.app)
    person, _ = await customers.customer_for_openid("o-zhou")
    await customers.add_address(person.id, AddressInput("阳光花园3栋502"), "test")
    # A pack bought a year and a day ago (11 tickets, expired yesterday) and 3 that never expire.
    await wallet.buy_pack(person.id, "nfsq-19l-10", "cash", "owner", NOW - timedelta(days=366))
    await wallet.adjust_tickets(person.id, SKU, 3, "开户赠送", "owner", NOW)
    api = Api(app_client, await token_for("owner"))
    chat = Chat(app_client, "o-zhou")
    # Before: the export said 14 (the posted balance) while the rest said 3.
    assert await _views(api, chat, str(person.id)) == dict.fromkeys(
        ("view", "export", "finance", "chat"), 3
    )
    jobs = Jobs(ReminderPolicy(), lambda: NOW)
    assert await jobs.expire_tickets() == 1
    assert await jobs.expire_tickets() == 0
    w = await TicketWallet.get(customer_id=person.id)
    entries = await TicketEntry.filter(wallet_id=w.id).values_list("kind", "delta")
    assert w.balance == sum(d for _, d in entries) == 3
    assert [d for k, d in entries if k == "expire"] == [-11]
    assert await _views(api, chat, str(person.id)) == dict.fromkeys(
        ("view", "export", "finance", "chat"), 3
    )
