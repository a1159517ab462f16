"""Cash due against cash taken at the door, through the services, the alert sweep and finance."""

from __future__ import annotations

from datetime import timedelta

import pytest

from bot.handlers.owner_alerts import alert_text
from domain.models import AlertSent, Order, OutboxMessage
from domain.reads.finance import finance
from domain.reads.sales import courier_performance
from domain.rules.periods import day_period
from domain.services import alerts, order_moves, staff
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW, TZ

pytestmark = pytest.mark.usefixtures("db")


async def _out_for_delivery(openid: str = "o-test") -> str:
    """A new customer's order of one 农夫山泉: 22.00 + 50.00 deposit = 72.00 due at the door."""
    customer = await make_customer(openid)
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "cash"), NOW)
    await order_moves.assign_order(placed.number, "courier1", "dispatcher", NOW)
    return placed.number


async def _station() -> None:
    await seed_catalog()
    await staff.add_courier("courier1", "刘师傅", "test")
    await staff.add_staff("owner", "店长", "owner", "test")


async def test_a_shortfall_leaves_the_order_owing_and_tells_the_owner_once() -> None:
    await _station()
    number = await _out_for_delivery()
    done = await order_moves.record_delivery(number, "courier1", NOW, cash_collected_fen=100)
    assert (done.cash_due_fen, done.cash_collected_fen) == (7200, 100)
    assert (done.short_fen, done.over_fen) == (7100, 0)
    order = await Order.get(number=number)
    assert (order.payment_status, order.cash_due_fen, order.cash_collected_fen) == (
        "owing",
        7200,
        100,
    )
    later = NOW + timedelta(minutes=1)
    assert await alerts.sweep_alerts(later, alert_text) == 1
    assert await alerts.sweep_alerts(later + timedelta(minutes=1), alert_text) == 0
    [row] = await OutboxMessage.filter(channel="work", recipient="owner", kind="text")
    text = str(row.payload["text"])
    assert "【收款不足】" in text and number in text and "刘师傅" in text
    assert "应收72.00元,实收1.00元,少收71.00元" in text
    assert await AlertSent.filter(kind=alerts.CASH_SHORT, ref=number).count() == 1


async def test_exactly_the_due_or_more_is_paid_and_an_excess_is_shown() -> None:
    await _station()
    exact = await order_moves.record_delivery(await _out_for_delivery("o-a"), "courier1", NOW)
    assert (exact.cash_collected_fen, exact.short_fen, exact.over_fen) == (7200, 0, 0)
    number = await _out_for_delivery("o-b")
    over = await order_moves.record_delivery(number, "courier1", NOW, cash_collected_fen=8000)
    assert (over.short_fen, over.over_fen) == (0, 800)
    assert (await Order.get(number=number)).payment_status == "paid"
    assert await alerts.sweep_alerts(NOW + timedelta(minutes=1), alert_text) == 0


async def test_finance_and_courier_figures_show_short_over_and_receivables() -> None:
    await _station()
    short = await _out_for_delivery("o-a")
    await order_moves.record_delivery(short, "courier1", NOW, cash_collected_fen=100)
    over = await _out_for_delivery("o-b")
    await order_moves.record_delivery(over, "courier1", NOW, cash_collected_fen=8000)
    period = day_period(NOW.date(), TZ)
    report = await finance(period, NOW + timedelta(hours=1))
    door = report.door
    assert (door.due_fen, door.collected_fen, door.short_fen, door.over_fen) == (
        14400,
        8100,
        7100,
        800,
    )
    assert (door.receivables_fen, door.receivable_orders) == (7100, 1)
    [courier] = report.couriers
    assert (courier.cash_fen, courier.short_fen, courier.over_fen) == (8100, 7100, 800)
    [performance] = await courier_performance(period)
    assert (performance.cash_fen, performance.short_fen, performance.over_fen) == (8100, 7100, 800)
    # Receivables are owed now, whenever delivered: the next day's report still has them.
    tomorrow = await finance(day_period(NOW.date() + timedelta(days=1), TZ), NOW)
    assert (tomorrow.door.short_fen, tomorrow.door.receivables_fen) == (0, 7100)
