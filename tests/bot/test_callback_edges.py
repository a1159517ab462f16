"""Hostile or broken input on the real signed callbacks: refused at the edge, nothing stuck."""

from __future__ import annotations

import math

import pytest
from aiohttp.test_utils import TestClient

from bot.channels.dev import DEV_WORK_AGENT_ID, DEV_WORK_CORP_ID
from bot.devtools import wire
from domain.models import Address, ProcessedMessage
from domain.models import Customer as CustomerRow
from tests.bot.chat_harness import Clock, Customer, Staffer, seed
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")

LOCATION_REFUSED = "这个位置无法识别,请重新发送位置,或直接输入地址"


async def test_an_openid_longer_than_64_is_refused_before_anything_is_claimed(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
) -> None:
    clock.now = NOW
    await seed(client)
    for openid in ("o" * 65, "o" * 5000, "o-x y", "o-\u202ex"):
        status, _ = await Customer(client, "o-ok").post(wire.mp_text(openid, "送水", msg_id=777))
        assert status == 400, openid
    assert await ProcessedMessage.all().count() == 0
    assert await CustomerRow.all().count() == 0
    # The same MsgId from a real sender is a new message, handled normally.
    assert "要哪种水" in await Customer(client, "o-ok").say("送水", msg_id=777)
    longest = "o" + "A" * 63
    assert "要哪种水" in await Customer(client, longest).say("送水")
    assert await CustomerRow.filter(mp_openid=longest).exists()


async def test_a_wecom_user_id_longer_than_64_is_refused(
    client: TestClient,  # type: ignore[type-arg]
) -> None:
    userid = "u" * 65
    message = wire.work_text(
        userid, "今天", corp_id=DEV_WORK_CORP_ID, agent_id=DEV_WORK_AGENT_ID, msg_id=991
    )
    status, _ = await Staffer(client, userid).post(message)
    assert status == 400
    assert await ProcessedMessage.all().count() == 0


@pytest.mark.parametrize(
    ("lat", "lon"),
    [(math.nan, 121.47), (31.23, math.inf), ("-Infinity", "121.47"), ("1e999", "0"), (91, 121)],
)
async def test_a_location_off_the_globe_is_answered_in_chinese_and_not_saved(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
    lat: float | str,
    lon: float | str,
) -> None:
    clock.now = NOW
    await seed(client)
    alice = Customer(client, "o-where")
    xml = wire.mp_location("o-where", lat, lon, "")  # type: ignore[arg-type]
    status, reply = await alice.post(xml)
    assert (status, reply) == (200, LOCATION_REFUSED)
    assert await Address.all().count() == 0
    # A real location afterwards is saved as usual.
    status, reply = await alice.post(wire.mp_location("o-where", 31.23, 121.47, "阳光花园3栋"))
    assert status == 200 and "已保存地址:阳光花园3栋" in reply
    assert await Address.filter(latitude=31.23).count() == 1


async def test_complaint_text_is_stored_and_forwarded_without_invisible_characters(
    client: TestClient,  # type: ignore[type-arg]
    clock: Clock,
) -> None:
    from domain.models import Complaint, OutboxMessage
    from domain.services.staff import add_staff

    clock.now = NOW
    await seed(client)
    await add_staff("boss", "老板", "owner", "test")
    await Customer(client, "o-angry").say("投诉\u202e送水\u200b太慢了\u2066\x07")
    complaint = await Complaint.get()
    assert complaint.text == "投诉送水太慢了"
    notices = [str(m.payload) for m in await OutboxMessage.filter(channel="work")]
    assert len(notices) == 1 and "投诉送水太慢了" in notices[0]
