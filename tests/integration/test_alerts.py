"""Alerts to owners and dispatchers: each sent once, however often and wherever the sweep runs."""

from __future__ import annotations

import asyncio

import pytest

from bot.handlers.owner_alerts import alert_text
from domain.models import AlertSent, Courier, OutboxMessage, TaskCard
from domain.services import alerts, order_moves, requests, staff
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.integration.owner_seed import at

pytestmark = pytest.mark.usefixtures("db")

MANAGERS = ("owner", "disp")


async def _station() -> dict[str, str]:
    """Four orders placed at 08:30: A assigned 09:30, B on its way, C accepted, D failed."""
    await seed_catalog()
    await staff.add_courier("courier1", "刘师傅", "test")
    await staff.add_courier("courier2", "赵师傅", "test")
    await Courier.all().update(on_shift=False)  # no auto-dispatch: the test assigns
    await staff.add_staff("owner", "店长", "owner", "test")
    await staff.add_staff("disp", "调度小王", "dispatcher", "test")
    customer = await make_customer()
    windows = {
        "A": (at(11, 24, 9), at(11, 24, 12)),
        "B": (at(11, 24, 8, 30), at(11, 24, 9, 40)),
        "C": (at(11, 24, 9), at(11, 24, 12)),
        "D": (at(11, 24, 9), at(11, 24, 12)),
    }
    n = {}
    for key, window in windows.items():
        request = OrderRequest(customer.id, [("nfsq-19l", 1)], "cash", window=window)
        n[key] = (await place_order(request, at(11, 24, 8, 30))).number
    await order_moves.assign_order(n["A"], "courier1", "owner", at(11, 24, 9, 30))
    await order_moves.assign_order(n["B"], "courier2", "owner", at(11, 24, 8, 40))
    await order_moves.start_delivery(n["B"], "courier2", at(11, 24, 8, 50))
    await order_moves.assign_order(n["C"], "courier1", "owner", at(11, 24, 9))
    await TaskCard.filter(order__number=n["C"]).update(state="accepted")  # tapped 接单
    await order_moves.assign_order(n["D"], "courier2", "owner", at(11, 24, 9, 10))
    await order_moves.fail_delivery(n["D"], "courier2", at(11, 24, 9, 20), "无人在家")
    return n


async def _alert_texts() -> dict[str, list[str]]:
    rows = await OutboxMessage.filter(recipient__in=MANAGERS).order_by("id")
    found: dict[str, list[str]] = {}
    for row in rows:
        found.setdefault(row.recipient, []).append(str(row.payload["text"]))
    return found


async def test_each_alert_goes_to_owners_and_dispatchers_once() -> None:
    n = await _station()
    assert await alerts.sweep_alerts(at(11, 24, 9, 44), alert_text) == 2  # B late, D failed
    assert await alerts.sweep_alerts(at(11, 24, 9, 44), alert_text) == 0
    assert await alerts.sweep_alerts(at(11, 24, 9, 45), alert_text) == 1  # A: 15 minutes
    assert await alerts.sweep_alerts(at(11, 24, 9, 50), alert_text) == 0
    texts = await _alert_texts()
    assert texts["owner"] == texts["disp"] and len(texts["owner"]) == 3
    late, failed, unaccepted = texts["owner"]
    assert late.startswith(
        f"【超时未送】订单 {n['B']} 的送达时段 今天 08:30-09:40 已过,现在师傅已接单,配送中"
    )
    assert "送水员赵师傅" in late
    assert failed.startswith(f"【配送失败】订单 {n['D']}(赵师傅):无人在家。")
    # Nobody on shift to take it again: the owner is told how to.
    assert failed.endswith(
        f"(未留名) (未留电话) 阳光花园3栋502。现在:等待派送。回复“派 {n['D'][-3:]} 送水员”安排。"
    )
    assert unaccepted.startswith(f"【接单超时】订单 {n['A']} 派给刘师傅已 15 分钟没人接单。")
    assert n["C"] not in "".join(texts["owner"])  # accepted on its card
    kinds = sorted(await AlertSent.all().values_list("kind", "recipients"))
    assert kinds == [("failed", 2), ("not_accepted", 2), ("overdue", 2)]


async def test_a_reassigned_order_left_unaccepted_alerts_again() -> None:
    n = await _station()
    assert await alerts.sweep_alerts(at(11, 24, 9, 45), alert_text) == 3
    await order_moves.assign_order(n["A"], "courier2", "owner", at(11, 24, 9, 50))
    assert await alerts.sweep_alerts(at(11, 24, 10, 4), alert_text) == 0
    assert await alerts.sweep_alerts(at(11, 24, 10, 5), alert_text) == 1
    assert await AlertSent.filter(kind="not_accepted", order_number=n["A"]).count() == 2


async def test_windows_that_end_later_and_old_failures_stay_quiet() -> None:
    await _station()
    # Before anything is due: A and C fine, B's window still open, D's failure is news though.
    assert [a.kind for a in await alerts.due_alerts(at(11, 24, 9, 21))] == ["failed"]
    # A day and more after the failure it is history (D is by then overdue instead).
    later = [a.kind for a in await alerts.due_alerts(at(11, 25, 9, 30))]
    assert "failed" not in later and later.count("overdue") == 4


async def test_racing_sweeps_send_each_alert_once() -> None:
    await _station()
    moment = at(11, 24, 9, 45)
    results = await asyncio.gather(*(alerts.sweep_alerts(moment, alert_text) for _ in range(4)))
    assert sum(results) == 3
    assert await AlertSent.all().count() == 3
    assert await OutboxMessage.filter(recipient__in=MANAGERS).count() == 6


async def test_a_new_complaint_reaches_the_owner_at_once() -> None:
    await seed_catalog()
    await staff.add_staff("owner", "店长", "owner", "test")
    customer = await make_customer()
    complaint = await requests.log_complaint(customer.id, "桶是脏的", at(11, 24, 9), "新投诉 #{id}")
    row = await OutboxMessage.get(recipient="owner")
    assert (row.channel, row.kind, row.payload) == (
        "work",
        "text",
        {"text": f"新投诉 #{complaint}"},
    )
