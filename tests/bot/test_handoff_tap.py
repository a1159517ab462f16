"""结束 tapped on a handoff card: the tap's answer greys the tapper's card, and only the other
staff members' cards are updated through the API (WeCom allows one update per card)."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from bot import texts
from domain.models import Handoff, OutboxMessage
from domain.services import duty, handoffs, staff
from tests.bot.courier_harness import (
    cards,
    client,
    clock,
    make_customer,
    ready,
    tap,
    wechat_notifier,
)
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
__all__ = ["client", "clock", "ready", "wechat_notifier"]


async def _updates_to(userid: str) -> int:
    return await OutboxMessage.filter(recipient=userid, kind="card_update").count()


async def test_end_tapped_greys_the_tappers_card_once_and_the_others_by_the_api(
    ready: TestClient,  # type: ignore[type-arg]
) -> None:
    for userid, name, role in (("u-boss", "老板", "owner"), ("u-disp", "小王", "dispatcher")):
        await staff.add_staff(userid, name, role, "test")
        await duty.set_duty(True, "test", wecom_userid=userid)
    customer = await make_customer("o-tap")
    opened = await handoffs.open_handoff(str(customer.id), "o-tap", NOW, "k-tap")
    await OutboxMessage.filter(kind="template_card").update(status="sent")
    card = (await cards("u-boss"))[-1]

    reply = await tap(ready, "u-boss", card, "结束")

    assert reply is not None and reply.replace_name == texts.HANDOFF_CARD_ENDED
    assert (await Handoff.get(id=opened.number)).status == "closed"
    assert await _updates_to("u-boss") == 0
    assert await _updates_to("u-disp") == 1
