"""What the order moves tell couriers and customers, as the domain says it (no WeChat here).

The cards' and notices' wording and their way through the outbox are `bot.notify`'s and
test_card_updates'; these tests hold the domain to saying the right thing to the right person.
"""

from __future__ import annotations

import pytest

from domain.infra.ports import CANCELLED, DELIVERED, MISSED, REASSIGNED
from domain.models import Courier, Customer, Order
from domain.services import order_moves, staff, task_cards
from domain.services.orders import OrderRequest, place_order
from domain.services.support import default_connection
from tests.fakes.notifier import Changed, Closed, CustomerNotice, RecordingNotifier
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def _placed(openid: str = "o-wang") -> str:
    """An order of two buckets paid in cash, given to courier1 (the only one on shift)."""
    await seed_catalog()
    await staff.add_courier("courier1", "刘师傅", "test")
    customer = await make_customer(openid)
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 2)], "cash"), NOW)
    return placed.number


async def test_a_placed_order_gives_its_courier_a_task(notices: RecordingNotifier) -> None:
    number = await _placed()
    (task,) = notices.assigned
    assert (task.courier_userid, task.number) == ("courier1", number)
    assert task.address == "阳光花园3栋502" and task.payment_method == "cash"
    assert [line.quantity for line in task.lines] == [2] and task.money_due_fen > 0
    assert notices.changed == notices.closed == notices.notices == []


async def test_a_reassigned_task_is_taken_from_the_first_courier(
    notices: RecordingNotifier,
) -> None:
    number = await _placed()
    await staff.add_courier("courier2", "赵师傅", "test")
    await order_moves.assign_order(number, "courier2", "owner", NOW)
    first, second = notices.assigned
    assert (first.courier_userid, second.courier_userid) == ("courier1", "courier2")
    assert notices.closed == [Closed("courier1", first.task_id, "reassigned")]
    assert notices.changed == [Changed("courier1", number, REASSIGNED)]


async def test_delivered_closes_the_card_and_tells_the_customer(
    notices: RecordingNotifier,
) -> None:
    number = await _placed()
    await order_moves.start_delivery(number, "courier1", NOW, courier_userid="courier1")
    done = await order_moves.record_delivery(number, "courier1", NOW, empties=0)
    (task,) = notices.assigned
    assert notices.closed == [Closed("courier1", task.task_id, "delivered")]
    facts = {"number": number, "buckets": 2, "empties": 0, "cash_fen": done.cash_collected_fen}
    assert notices.notices == [CustomerNotice("o-wang", DELIVERED, facts)]


async def test_nobody_home_tells_the_customer_and_dispatches_again(
    notices: RecordingNotifier,
) -> None:
    number = await _placed()
    await staff.add_courier("courier2", "赵师傅", "test")
    await order_moves.fail_delivery(number, "courier1", NOW, "家里没人")
    first, again = notices.assigned  # never back to courier1 for the same window
    assert (again.courier_userid, again.number) == ("courier2", number)
    assert again.task_id != first.task_id
    assert notices.closed == [Closed("courier1", first.task_id, "failed")]
    assert notices.notices == [CustomerNotice("o-wang", MISSED, {"number": number})]


async def test_a_cancelled_order_takes_the_task_away(notices: RecordingNotifier) -> None:
    number = await _placed()
    await order_moves.cancel_order(number, "owner", NOW, "客户不要了")
    (task,) = notices.assigned
    assert notices.closed == [Closed("courier1", task.task_id, "cancelled")]
    assert notices.changed == [Changed("courier1", number, CANCELLED)]
    assert notices.notices == []


async def test_the_new_orders_card_is_the_card_read_back(notices: RecordingNotifier) -> None:
    """Placing hands its lines and customer to the card: the same card a re-read builds."""
    await seed_catalog()
    await staff.add_courier("courier1", "刘师傅", "test")
    customer = await make_customer("o-li")
    await Customer.filter(id=customer.id).update(name="李阿姨", phone="13900000000")
    items = [("nfsq-19l", 2), ("nfsq-19l", 1)]
    number = (await place_order(OrderRequest(customer.id, items, "cash"), NOW)).number
    (task,) = notices.assigned
    order = await Order.get(number=number)
    courier = await Courier.get(wecom_userid="courier1")
    assert order.state == "assigned" and order.courier_id == courier.id  # type: ignore[attr-defined]
    conn = await default_connection()
    assert task == await task_cards.task_info(conn, order, courier, task.task_id)
    assert (task.customer_name, task.phone, task.lines[0].quantity) == ("李阿姨", "13900000000", 3)
