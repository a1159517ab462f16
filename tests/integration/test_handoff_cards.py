"""A handoff's card in WeCom: sent with 回复 / 结束 buttons, greyed when the handoff ends
(however it ends), withdrawn when it ends before the card went out."""

from __future__ import annotations

from collections.abc import AsyncIterator, Iterator

import pytest

from bot.buttons import HandoffAction, HandoffButton
from bot.channels.outbox_worker import OutboxWorker
from bot.notify import WeChatNotifier
from domain.models import OutboxMessage
from domain.services import customers, duty, handoffs, staff
from tests.fakes.notifier import installed
from tests.fakes.wechat_server import FakeWeChat, start_fake_wechat
from tests.integration.helpers import make_customer
from tests.integration.test_outbox import drain, work_client
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
UPDATE = "/cgi-bin/message/update_template_card"


@pytest.fixture(autouse=True)
def wechat() -> Iterator[None]:
    with installed(WeChatNotifier()):
        yield


@pytest.fixture
async def fake() -> AsyncIterator[FakeWeChat]:
    server = await start_fake_wechat()
    yield server
    await server.close()


async def _open() -> tuple[str, int]:
    await staff.add_staff("u-boss", "老板", "owner", "test")
    await staff.add_staff("u-disp", "小王", "dispatcher", "test")
    for userid in ("u-boss", "u-disp"):
        await duty.set_duty(True, "test", wecom_userid=userid)
    customer = await make_customer("o-wang")
    await customers.set_phone(customer.id, "13800001111", "test")
    opened = await handoffs.open_handoff(str(customer.id), "o-wang", NOW, "k0")
    return str(customer.id), opened.number


async def test_the_card_carries_both_buttons_and_is_greyed_for_everyone_when_it_ends(
    fake: FakeWeChat,
) -> None:
    customer, number = await _open()
    async with work_client(fake) as work:
        worker = OutboxWorker(None, work)
        await drain(worker)
        cards = [c.json for c in fake.delivered_to("/cgi-bin/message/send") if c.json]
        assert sorted(c["touser"] for c in cards) == ["u-boss", "u-disp"]
        card = cards[0]["template_card"]
        keys = [b["key"] for b in card["button_list"]]
        assert keys == [HandoffButton(a, number).pack() for a in HandoffAction]
        assert card["task_id"] != cards[1]["template_card"]["task_id"]  # one id per card
        await handoffs.end_by_customer(customer, NOW)
        await drain(worker)
    updates = [c.json for c in fake.calls_to(UPDATE) if c.json]
    assert sorted(u["userids"][0] for u in updates) == ["u-boss", "u-disp"]
    assert {u["button"]["replace_name"] for u in updates} == {"已结束"}
    assert {u["response_code"] for u in updates} <= set(fake.response_codes)


async def test_a_card_not_sent_yet_is_withdrawn_when_the_handoff_ends() -> None:
    _, number = await _open()
    await handoffs.end_by_staff("u-boss", number, NOW)
    cards = await OutboxMessage.filter(kind="template_card")
    assert [c.status for c in cards] == ["withdrawn", "withdrawn"]
    assert not await OutboxMessage.filter(kind="card_update").exists()
