"""Reminder rules on plain values: every reason to send, wait or skip, and the wording."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, time, timedelta

import pytest

from domain.rules.reminder_rules import (
    DEFAULT_TEMPLATE_FIELDS,
    FIRST,
    FOLLOW_UP,
    WAKE_UP,
    Decision,
    Facts,
    ReminderPolicy,
    decide,
    dormant_at,
    follow_up_at,
    in_allowed_hours,
    next_allowed,
    parse_hours,
    parse_template_fields,
    use_template,
)
from domain.rules.reminder_texts import Offer, offer_text, reminder_text, template_data
from tests.support import NOW

POLICY = ReminderPolicy()
DUE = NOW  # 10:00 station time
FACTS = Facts(
    kind=FIRST,
    now=DUE,
    due_at=DUE,
    has_openid=True,
    subscribed=True,
    opted_out=False,
    open_order=False,
    current_cycle=True,
)
OFFER = Offer("nfsq-19l", "农夫山泉天然水 19L", 2, "ticket")


def at(hour: int, minute: int = 0, days: int = 0) -> datetime:
    return (NOW + timedelta(days=days)).replace(hour=hour, minute=minute)


def test_a_due_reminder_with_nothing_against_it_is_sent() -> None:
    assert decide(POLICY, FACTS) == Decision("send")


@pytest.mark.parametrize(
    ("change", "reason"),
    [
        ({"has_openid": False}, "no_openid"),
        ({"subscribed": False}, "unsubscribed"),
        ({"opted_out": True}, "opted_out"),
        ({"current_cycle": False}, "superseded"),
        ({"open_order": True}, "open_order"),
        ({"now": DUE + timedelta(days=1, minutes=1)}, "stale"),
    ],
)
def test_reasons_to_skip(change: dict[str, object], reason: str) -> None:
    assert decide(POLICY, replace(FACTS, **change)) == Decision("skip", reason)  # type: ignore[arg-type]


def test_a_wake_up_is_never_stale() -> None:
    late = replace(FACTS, kind=WAKE_UP, now=DUE + timedelta(days=5))
    assert decide(POLICY, late).action == "send"


@pytest.mark.parametrize(
    ("now", "until"),
    [(at(21, 30), at(9, 0, days=1)), (at(7, 0), at(9, 0)), (at(20, 0, days=0), None)],
)
def test_allowed_hours(now: datetime, until: datetime | None) -> None:
    decision = decide(POLICY, replace(FACTS, now=now, due_at=now))
    if until is None:
        assert decision.action == "send"  # the end of the span is inclusive
    else:
        assert decision == Decision("defer", "outside_hours", until)


def test_configured_hours_apply() -> None:
    policy = replace(POLICY, allowed_hours=(time(10), time(18)))
    assert not in_allowed_hours(at(9, 30), policy)
    assert next_allowed(at(18, 1), policy) == at(10, 0, days=1)


def test_a_customer_in_the_middle_of_a_chat_is_not_interrupted() -> None:
    busy = replace(FACTS, busy_until=DUE + timedelta(minutes=20))
    assert decide(POLICY, busy) == Decision("defer", "chatting", DUE + timedelta(minutes=20))
    lapsed = replace(FACTS, busy_until=DUE - timedelta(minutes=1))
    assert decide(POLICY, lapsed).action == "send"


def test_follow_up_two_days_later_inside_hours() -> None:
    assert follow_up_at(at(10), POLICY) == at(10, days=2)
    assert follow_up_at(at(8, 0), replace(POLICY, allowed_hours=(time(9), time(20)))) == at(
        9, days=2
    )


def test_dormant_after_the_need_or_a_month() -> None:
    fast_need = NOW + timedelta(days=4)
    assert dormant_at(NOW, fast_need, POLICY) == fast_need + timedelta(days=7)
    slow_need = NOW + timedelta(days=28)
    assert dormant_at(NOW, slow_need, POLICY) == NOW + timedelta(days=30)
    very_slow = NOW + timedelta(days=40)  # not woken before it even needs water
    assert dormant_at(NOW, very_slow, POLICY) == very_slow + timedelta(days=1)


def test_service_window() -> None:
    assert use_template(None, NOW, POLICY)
    assert not use_template(NOW - timedelta(hours=46), NOW, POLICY)
    assert use_template(NOW - timedelta(hours=47), NOW, POLICY)


def test_parse_settings() -> None:
    assert parse_template_fields(DEFAULT_TEMPLATE_FIELDS)[0] == ("first", "title")
    assert parse_hours("08:30-19:00") == (time(8, 30), time(19))
    for bad in ("first", "first=colour", ""):
        with pytest.raises(ValueError):
            parse_template_fields(bad)
    for bad in ("20:00-09:00", "9-"):
        with pytest.raises(ValueError):
            parse_hours(bad)


def test_wording() -> None:
    assert offer_text(OFFER) == "回复 1 再来 2 桶农夫山泉天然水 19L(水票)"
    first = reminder_text(FIRST, "王阿姨", OFFER, "11月28日", None)
    assert first.startswith("王阿姨您好") and "11月28日" in first and "退订提醒" in first
    assert "再提醒一次" in reminder_text(FOLLOW_UP, "", OFFER, "", None)
    assert "送您一张满50减5券" in reminder_text(WAKE_UP, "", OFFER, "", "满50减5券")
    data = template_data((("thing1", "product"), ("number2", "quantity")), FIRST, "", OFFER, "")
    assert data == {"thing1": {"value": "农夫山泉天然水 19L"}, "number2": {"value": "2"}}
