"""A delivery plans the next reminder by the policy its edge was given, not by a global.

Each edge is built from settings with a four-day lead (the default is two days): a delivery
recorded in the back office or by a courier in WeCom must plan the first reminder four days
before the need.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from uuid import UUID

import pytest
from aiohttp.test_utils import TestClient, TestServer

from bot.channels.dev import DEV_WORK_AGENT_ID, DEV_WORK_CORP_ID
from bot.devtools import wire
from domain.calendars import load_calendar
from domain.models import Customer, Reminder
from domain.reads.courier_queries import delivery_facts
from domain.rules.pricing import yuan
from domain.rules.refill import DEFAULT_PRIOR, RefillState, reminder_time
from domain.rules.reminder_rules import DEFAULT_POLICY, FIRST
from domain.services import staff
from domain.services.orders import OrderRequest, place_order
from tests.admin.conftest import Api, admin_app, token_for
from tests.bot.chat_harness import Clock, Staffer, start_app
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

LEAD_HOURS = 96


async def _placed() -> tuple[UUID, str]:
    """A customer's order of two buckets, given to courier1."""
    await seed_catalog()
    await staff.add_courier("courier1", "刘师傅", "test")
    customer = await make_customer("o-wang")
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "cash"), NOW)
    return customer.id, placed.number


async def _planned(customer_id: UUID) -> tuple[datetime, datetime, datetime]:
    """(the first reminder's due time, the same with the four-day lead, with the default)."""
    customer = await Customer.get(id=customer_id)
    state = RefillState.from_json(customer.refill_state or {})
    row = await Reminder.get(customer_id=customer_id, kind=FIRST, status="pending")

    def due(lead: timedelta) -> datetime:
        # As the service plans: in the station's calendar, spread by customer.
        return reminder_time(
            state,
            replace(DEFAULT_PRIOR, calendar=load_calendar()),
            window=lead,
            allowed_hours=DEFAULT_POLICY.allowed_hours,
            spread_key=str(customer_id),
        )

    return row.due_at, due(timedelta(hours=LEAD_HOURS)), due(DEFAULT_POLICY.lead)


async def test_a_delivery_in_the_back_office_plans_by_the_settings_lead() -> None:
    customer_id, number = await _placed()
    client = TestClient(TestServer(admin_app(reminder_lead_hours=str(LEAD_HOURS))))
    await client.start_server()
    try:
        api = Api(client, await token_for("dispatcher"))
        status, _ = await api.post(f"/orders/{number}/deliver", {"empties": 0})
    finally:
        await client.close()
    assert status == 200
    planned, wanted, by_default = await _planned(customer_id)
    assert planned == wanted != by_default


async def test_a_delivery_in_wecom_plans_by_the_settings_lead() -> None:
    customer_id, number = await _placed()
    cash = yuan((await delivery_facts(number, 0)).cash_due_fen)
    client = await start_app(Clock(NOW), {"WATERBOT_REMINDER_LEAD_HOURS": str(LEAD_HOURS)})
    try:
        words = f"送达 {number} 回桶 0 收款 {cash}"
        message = wire.work_text(
            "courier1", words, corp_id=DEV_WORK_CORP_ID, agent_id=DEV_WORK_AGENT_ID
        )
        status, reply = await Staffer(client, "courier1").post(message)
    finally:
        await client.close()
    assert status == 200 and reply is not None and "已登记送达" in (reply.content or "")
    planned, wanted, by_default = await _planned(customer_id)
    assert planned == wanted != by_default
