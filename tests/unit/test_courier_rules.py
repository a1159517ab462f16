"""Pure courier rules: who gets an order, route order, short numbers, the task card's shape."""

from __future__ import annotations

import re
from datetime import timedelta

from bot import notify
from bot.handlers.courier_common import parse_fen
from domain.infra.ports import TaskInfo, TaskLine
from domain.rules.dispatch import (
    RESCHEDULED,
    CourierLoad,
    Step,
    Stop,
    distance_m,
    pick_courier,
    route_order,
    turned_away,
)
from domain.rules.order_numbers import match_number, short_number
from tests.support import NOW


def test_the_least_loaded_on_shift_courier_gets_the_order() -> None:
    loads = [
        CourierLoad("c1", 3),
        CourierLoad("c2", 1),
        CourierLoad("c3", 0, on_shift=False),
        CourierLoad("c4", 0, active=False),
        CourierLoad("c0", 1),
    ]
    chosen = pick_courier(loads)
    assert chosen is not None and chosen.userid == "c0"  # ties go by user id
    assert pick_courier([CourierLoad("c3", 0, on_shift=False)]) is None
    assert pick_courier([]) is None


def test_a_courier_whose_delivery_failed_is_not_sent_it_again_in_that_window() -> None:
    placed = [Step("pending", ""), Step("awaiting_dispatch", "")]
    absent = [Step("assigned", "c1"), Step("failed", "无人在家"), Step("awaiting_dispatch", "")]
    assert turned_away(placed) == frozenset()
    assert turned_away(placed + absent) == {"c1"}
    again = [Step("assigned", "c2"), Step("failed", "无人在家"), Step("awaiting_dispatch", "")]
    assert turned_away(placed + absent + again) == {"c1", "c2"}
    # A new window: whoever failed the old one may take it.
    moved = [Step("assigned", "c2"), Step("failed", "改约"), Step("awaiting_dispatch", RESCHEDULED)]
    assert turned_away(placed + absent + moved) == frozenset()
    loads = [CourierLoad("c1", 0), CourierLoad("c2", 3)]
    assert pick_courier(loads, frozenset({"c1"})) == loads[1]
    assert pick_courier(loads, frozenset({"c1", "c2"})) is None


def test_route_walks_to_the_nearest_stop_then_the_unlocated_by_window() -> None:
    at = NOW
    stops = [
        Stop("far", at, 31.26, 121.47),
        Stop("blind-late", at + timedelta(hours=2)),
        Stop("near", at + timedelta(hours=3), 31.232, 121.47),
        Stop("blind-early", at),
        Stop("mid", at, 31.24, 121.47),
    ]
    keys = [s.key for s in route_order((31.23, 121.47), stops)]
    assert keys == ["near", "mid", "far", "blind-early", "blind-late"]
    # Without the station's position the walk starts at the earliest located window.
    assert [s.key for s in route_order(None, stops)][:3] == ["far", "mid", "near"]


def test_distance_is_about_right() -> None:
    # One thousandth of a degree of latitude is about 111 m.
    assert 110 < distance_m(31.0, 121.0, 31.001, 121.0) < 112


def test_short_numbers_match_the_tail_of_the_couriers_tasks() -> None:
    numbers = ["20261124001", "20261124012", "20261123012"]
    assert match_number("1", numbers) == ["20261124001"]
    assert match_number("001", numbers) == ["20261124001"]
    assert match_number("12", numbers) == ["20261124012", "20261123012"]
    assert match_number("4012", numbers) == ["20261124012"]
    assert match_number("20261124001", numbers) == ["20261124001"]
    assert match_number("20261124099", numbers) == []
    assert match_number("abc", numbers) == []
    assert short_number("20261124001") == "001"


def _task(**changes: object) -> TaskInfo:
    base: dict[str, object] = {
        "task_id": "20261124001-1-abc123",
        "courier_userid": "courier1",
        "number": "20261124001",
        "lines": (TaskLine("农夫山泉天然水 19L", 2),),
        "address": "阳光花园3栋502",
        "latitude": None,
        "longitude": None,
        "window_start": NOW,
        "window_end": NOW + timedelta(hours=2),
        "payment_method": "ticket",
        "money_due_fen": 0,
        "tickets_used": 2,
        "deposit_fen": 0,
        "note": "",
        "customer_name": "",
        "phone": "",
    }
    return TaskInfo(**{**base, **changes})  # type: ignore[arg-type]


def test_the_card_follows_wecoms_button_interaction_shape() -> None:
    card = notify.task_card(_task(), NOW)
    assert card["card_type"] == "button_interaction"
    assert re.fullmatch(r"[A-Za-z0-9_\-@]{1,128}", card["task_id"])
    assert 1 <= len(card["horizontal_content_list"]) <= 6
    assert len(card["button_list"]) == 4
    assert all({"text", "style", "key"} <= set(b) for b in card["button_list"])
    # The keys WeCom sends back on a tap: cards already sent keep working only if they stay.
    assert [(b["text"], b["style"], b["key"]) for b in card["button_list"]] == [
        ("接单", 1, "accept@20261124001"),
        ("已送达", 1, "done@20261124001"),
        ("无人在家", 2, "absent@20261124001"),
        ("改约", 2, "resched@20261124001"),
    ]
    assert "quote_area" not in card
    rows = {r["keyname"]: r for r in card["horizontal_content_list"]}
    assert rows["地址"] == {"keyname": "地址", "value": "阳光花园3栋502"}  # no map link
    assert rows["收款"]["value"] == "水票2张"
    full = notify.task_card(
        _task(
            latitude=31.2,
            longitude=121.4,
            deposit_fen=5000,
            money_due_fen=5000,
            customer_name="王女士",
            phone="13800001111",
            note="放门口",
        ),
        NOW,
    )
    assert len(full["horizontal_content_list"]) == 6
    assert full["quote_area"]["quote_text"] == "放门口"


def test_payment_lines() -> None:
    assert notify.payment_text(_task(money_due_fen=5000)) == "水票2张,另收现金50.00元"
    cash, scan = {"payment_method": "cash"}, {"payment_method": "wechat_pay"}
    assert notify.payment_text(_task(**cash, tickets_used=0, money_due_fen=4400)) == "现金 44.00元"
    assert notify.payment_text(_task(**scan, tickets_used=0, money_due_fen=4400)) == (
        "扫码 44.00元"
    )
    assert notify.payment_text(_task(payment_method="balance", tickets_used=0)) == "已付清"


def test_payment_lines_of_a_mixed_order_name_the_tickets_and_only_the_rest() -> None:
    assert notify.payment_text(_task(payment_method="cash", money_due_fen=2300)) == (
        "水票2张,另收现金23.00元"
    )
    assert notify.payment_text(_task(payment_method="wechat_pay", money_due_fen=2300)) == (
        "水票2张,另扫码收23.00元"
    )
    assert notify.payment_text(_task(payment_method="balance", money_due_fen=0)) == "水票2张"


def test_amounts_couriers_type() -> None:
    assert parse_fen("44") == 4400
    assert parse_fen("44.5") == 4450
    assert parse_fen("44.05元") == 4405
    assert parse_fen("四十") is None
    assert parse_fen("-3") is None
