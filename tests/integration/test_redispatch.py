"""A failed or rescheduled delivery goes back to dispatch, never to the same courier for the
same window, and the owner hears 配送失败 or 改约 with what to do next."""

from __future__ import annotations

import pytest

from bot.handlers.owner_alerts import alert_text
from domain.models import Order, OrderEvent
from domain.services import alerts, order_moves, staff
from domain.services.courier_tasks import set_shift
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.integration.owner_seed import at

pytestmark = pytest.mark.usefixtures("db")


async def _absent(number: str, courier: str, minute: int) -> None:
    """The courier found nobody home at 09:MM."""
    await order_moves.fail_delivery(
        number, courier, at(11, 24, 9, minute), "无人在家", courier_userid=courier
    )


async def _courier_of(number: str) -> str | None:
    order = await Order.get(number=number).prefetch_related("courier")
    return order.courier.wecom_userid if order.courier else None


async def _placed(*couriers: str) -> str:
    """An order for the first courier; the others are off shift."""
    await seed_catalog()
    await staff.add_staff("owner", "店长", "owner", "test")
    for userid in couriers:
        await staff.add_courier(userid, {"c1": "刘师傅", "c2": "赵师傅"}[userid], "test")
    for userid in couriers[1:]:
        await set_shift(userid, False, at(11, 24, 9))
    customer = await make_customer()
    request = OrderRequest(customer.id, [("nfsq-19l", 1)], "cash")
    number = (await place_order(request, at(11, 24, 9))).number
    assert await _courier_of(number) == "c1"
    return number


async def test_nobody_home_goes_to_another_courier_not_back_to_the_same() -> None:
    number = await _placed("c1", "c2")
    await set_shift("c2", True, at(11, 24, 9, 5))
    await _absent(number, "c1", 30)
    assert await _courier_of(number) == "c2"  # c1 has no other task, yet is not chosen
    await _absent(number, "c2", 50)
    order = await Order.get(number=number)
    assert (order.state, await _courier_of(number)) == ("awaiting_dispatch", None)
    # Coming on shift again picks up waiting orders, but not this one for c1.
    await set_shift("c1", True, at(11, 24, 10))
    assert await _courier_of(number) is None
    # The owner may still give it to anyone by hand.
    await order_moves.assign_order(number, "c1", "owner", at(11, 24, 10, 5))
    assert await _courier_of(number) == "c1"


async def test_a_reschedule_has_a_new_window_so_its_courier_may_take_it_again() -> None:
    number = await _placed("c1")
    tomorrow = (at(11, 25, 9), at(11, 25, 12))
    await order_moves.fail_delivery(
        number, "c1", at(11, 24, 9, 30), "改约", tomorrow, courier_userid="c1"
    )
    assert await _courier_of(number) == "c1"
    reasons = await OrderEvent.filter(order__number=number).order_by("id").values_list(
        "to_state", "reason"
    )
    assert reasons[-3:] == [("failed", "改约"), ("awaiting_dispatch", "rescheduled"),
                            ("assigned", "c1")]  # fmt: skip


async def test_the_owner_hears_a_reschedule_as_改约_and_a_failure_as_配送失败() -> None:
    number = await _placed("c1", "c2")
    tomorrow = (at(11, 25, 9), at(11, 25, 12))
    await order_moves.fail_delivery(
        number, "c1", at(11, 24, 9, 30), "改约", tomorrow, courier_userid="c1"
    )
    found = await alerts.due_alerts(at(11, 24, 9, 31))
    assert [a.kind for a in found] == ["rescheduled"]
    text = alert_text(found[0])
    assert text.startswith(f"【改约】订单 {number}(刘师傅)改约到 明天 09:00-12:00。")
    assert "配送失败" not in text and "阳光花园3栋502" in text
    assert text.endswith("现在:已派单,等师傅接单(送水员刘师傅)。")
    await _absent(number, "c1", 40)
    found = await alerts.due_alerts(at(11, 24, 9, 41))
    failed = [alert_text(a) for a in found if a.kind == "failed"]
    assert failed == [
        f"【配送失败】订单 {number}(刘师傅):无人在家。(未留名) (未留电话) 阳光花园3栋502。"
        f"现在:等待派送。回复“派 {number[-3:]} 送水员”安排。"
    ]
