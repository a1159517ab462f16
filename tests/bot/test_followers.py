"""Follow, unfollow and every message reach the customer row through the followers use cases."""

from __future__ import annotations

from datetime import timedelta

import pytest
from aiohttp.test_utils import TestClient

from bot.devtools import wire
from domain.models import AuditLog
from domain.models import Customer as CustomerRow
from tests.bot.chat_harness import Clock, Customer, seed
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def test_follow_and_unfollow_are_recorded_and_audited(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
) -> None:
    clock.now = NOW
    await seed(client)
    dave = Customer(client, "o-dave")
    status, reply = await dave.post(wire.mp_subscribe("o-dave", scene="flyer-A"))
    assert status == 200 and "欢迎关注" in reply
    row = await CustomerRow.get(mp_openid="o-dave")
    assert (row.subscribed, row.scene, row.last_message_at) == (True, "flyer-A", NOW)
    clock.now = NOW + timedelta(hours=2)
    assert await dave.post(wire.mp_event("o-dave", "unsubscribe")) == (200, "")
    row = await CustomerRow.get(mp_openid="o-dave")
    assert (row.subscribed, row.scene, row.last_message_at) == (False, "flyer-A", clock.now)
    audits = await AuditLog.filter(entity_id=str(row.id)).order_by("id")
    assert [(a.action, a.after) for a in audits if a.action != "customer.create"] == [
        ("customer.subscribe", {"subscribed": True, "scene": "flyer-A"}),
        ("customer.unsubscribe", {"subscribed": False}),
    ]


async def test_a_follow_without_a_scene_keeps_the_scene_it_had(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
) -> None:
    clock.now = NOW
    await seed(client)
    erin = Customer(client, "o-erin")
    await erin.post(wire.mp_subscribe("o-erin", scene="flyer-B"))
    await erin.post(wire.mp_event("o-erin", "unsubscribe"))
    await erin.post(wire.mp_subscribe("o-erin"))
    row = await CustomerRow.get(mp_openid="o-erin")
    assert (row.subscribed, row.scene) == (True, "flyer-B")
