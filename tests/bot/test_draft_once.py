"""A draft is placed at most once, whichever message confirms it (typed or from the menu)."""

from __future__ import annotations

import pytest
from aiohttp.test_utils import TestClient

from bot.devtools import wire
from domain.models import Conversation, IdempotencyRecord, Order
from domain.services import customers
from tests.bot.chat_harness import Clock, Customer, seed
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


@pytest.fixture
async def erin(client: TestClient, clock: Clock) -> Customer:  # type: ignore[type-arg]
    """A customer with a phone and a default address, paying cash."""
    clock.now = NOW
    await seed(client)
    row, _ = await customers.customer_for_openid("o-erin")
    await customers.set_phone(row.id, "13800004444", "test")
    await customers.add_address(row.id, customers.AddressInput("阳光花园3栋502"), "test")
    return Customer(client, "o-erin")


async def _confirm_twice(erin: Customer) -> tuple[str, str]:
    # The second 1 finds the draft at the confirmation again, as a stale read would.
    kept = await Conversation.get(user_id="o-erin")
    assert kept.state == "order.confirm" and kept.draft.get("id"), kept.draft
    first = await erin.say("1")
    await Conversation.filter(user_id="o-erin").update(
        state=kept.state, draft=kept.draft, expires_at=kept.expires_at
    )
    return first, await erin.say("1")


async def test_a_typed_order_confirmed_twice_is_placed_once(erin: Customer) -> None:
    assert "请确认订单" in await erin.say("送两桶农夫山泉,现金")
    first, second = await _confirm_twice(erin)
    number = (await Order.get()).number
    assert number in first and number in second and "下单成功" in second


async def test_a_menu_order_confirmed_twice_is_placed_once(erin: Customer) -> None:
    status, reply = await erin.post(wire.mp_click("o-erin", "下单"))
    assert status == 200 and "农夫山泉" in reply, reply
    for answer in ("农夫山泉", "2"):
        await erin.say(answer)
    assert "请确认订单" in await erin.say("现金")
    first, second = await _confirm_twice(erin)
    assert await Order.all().count() == 1
    assert "下单成功" in first and "下单成功" in second


async def test_a_draft_saved_by_the_dict_flow_still_confirms_under_its_id(
    erin: Customer,
) -> None:
    # As the earlier dict-based flow saved it: only the keys it had set, plus one it never had.
    assert "请确认订单" in await erin.say("送两桶农夫山泉,现金")
    kept = await Conversation.get(user_id="o-erin")
    old = {k: kept.draft[k] for k in ("items", "payment", "address_id")}
    old.update(id="0123456789abcdef", note_from_elsewhere=1)
    await Conversation.filter(user_id="o-erin").update(draft=old)
    assert "下单成功" in await erin.say("1")
    assert await Order.all().count() == 1
    assert await IdempotencyRecord.filter(key__contains="chat-draft:0123456789abcdef").exists()
