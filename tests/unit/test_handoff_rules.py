"""Staff's handoff commands, the customer's 结束 and the half-hour lapse."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest

from domain.rules.handoff import (
    ANSWER,
    END,
    OnRoster,
    StaffCommand,
    closed_by_staff,
    is_customer_end,
    is_lapsed,
    read_staff_command,
    recipients,
)


@pytest.mark.parametrize(
    ("text", "command"),
    [
        ("回复 12 好的马上安排", StaffCommand(ANSWER, 12, "好的马上安排")),
        ("回复12 好的", StaffCommand(ANSWER, 12, "好的")),
        ("回复 #12好的", StaffCommand(ANSWER, 12, "好的")),
        ("回复 好的", StaffCommand(ANSWER, None, "好的")),
        ("回复 12点前送到", StaffCommand(ANSWER, None, "12点前送到")),
        ("回复 12", StaffCommand(ANSWER, 12, "")),
        ("回复", StaffCommand(ANSWER, None, "")),
        ("回复 3 第一行\n第二行", StaffCommand(ANSWER, 3, "第一行\n第二行")),
        ("结束", StaffCommand(END, None)),
        ("结束 12", StaffCommand(END, 12)),
        ("结束#12", StaffCommand(END, 12)),
    ],
)
def test_staff_commands(text: str, command: StaffCommand) -> None:
    assert read_staff_command(text) == command


@pytest.mark.parametrize(
    "text", ["今日", "派 20261124001 courier1", "结束了吗", "请回复", "处理 3 好"]
)
def test_other_staff_text_is_no_handoff_command(text: str) -> None:
    assert read_staff_command(text) is None


@pytest.mark.parametrize("text", ["结束", "结束。", "结束人工", " 退出 ", "结束!"])
def test_the_customer_ends(text: str) -> None:
    assert is_customer_end(text)


@pytest.mark.parametrize("text", ["结束了吗", "还没结束", "水什么时候到"])
def test_the_customer_does_not_end(text: str) -> None:
    assert not is_customer_end(text)


def test_lapse_after_half_an_hour_of_silence() -> None:
    last = datetime(2026, 11, 24, 10, 0)
    assert not is_lapsed(last, last + timedelta(minutes=29, seconds=59))
    assert is_lapsed(last, last + timedelta(minutes=30))
    assert closed_by_staff("u-boss") == "staff:u-boss"


def test_a_handoff_goes_to_those_on_duty_else_to_the_owners() -> None:
    boss, boss2 = OnRoster("u-boss", "owner", False), OnRoster("u-boss2", "owner", False)
    disp = OnRoster("u-disp", "dispatcher", False)
    assert recipients([boss, boss2, disp]) == ["u-boss", "u-boss2"]
    assert recipients([boss, OnRoster("u-disp", "dispatcher", True)]) == ["u-disp"]
    assert recipients([disp]) == ["u-disp"]  # no owner registered: whoever there is
    assert recipients([]) == []
