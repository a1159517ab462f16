"""One rule for a typed order number, whoever types it (domain/rules/order_numbers.py)."""

from __future__ import annotations

import re

import pytest

from domain.rules.errors import InvalidInput
from domain.rules.order_numbers import (
    TYPED_NUMBER,
    match_number,
    pick_listed,
    pick_number,
    read_number,
)

TODAY = ["20261124001", "20261124003"]
OPEN = ["20261123003", "20261122003", "20261122005"]


@pytest.mark.parametrize(
    ("said", "digits"),
    [("003", "003"), ("#003", "003"), ("＃3", "3"), (" # 3 ", "3"), ("003号", "003"),
     ("No.003", "003"), ("20261124003", "20261124003"), ("abc", None), ("#", None),
     ("3桶", None), ("", None)],
)  # fmt: skip
def test_a_typed_number_is_its_digits_with_or_without_a_hash(said: str, digits: str) -> None:
    assert read_number(said) == digits


def test_a_short_number_names_the_tail_and_a_full_one_itself() -> None:
    assert match_number("3", TODAY) == match_number("#003", TODAY) == ["20261124003"]
    assert match_number("20261124003", TODAY) == ["20261124003"]
    assert match_number("20261124009", TODAY) == []
    assert match_number("x", TODAY) == []


def test_the_first_group_that_has_the_number_wins() -> None:
    assert pick_number("#003", [TODAY, OPEN]) == "20261124003"
    assert pick_number("5", [TODAY, OPEN]) == "20261122005"
    assert pick_number("7", [TODAY, OPEN]) is None


def test_two_in_one_group_are_refused_and_a_full_number_is_left_to_the_look_up() -> None:
    with pytest.raises(InvalidInput) as refused:
        pick_number("003", [OPEN])
    assert refused.value.message == "有几个订单都以 003 结尾,请发完整单号"
    assert pick_number("20991231001", [TODAY]) == "20991231001"
    with pytest.raises(InvalidInput):
        pick_number("三号", [TODAY])


def test_a_command_finds_the_number_as_typed_and_the_rule_reads_it() -> None:
    deliver = re.compile(rf"送达\s*({TYPED_NUMBER})(.*)")
    for text in ("送达 #003 回桶 2", "送达#3回桶2", "送达 ＃ 3 回桶 2", "送达 20261124003 回桶 2"):
        found = deliver.fullmatch(text)
        assert found is not None and "回桶" in found[2]
        assert match_number(found[1], TODAY) == ["20261124003"]


def test_pick_listed_takes_a_position_or_a_listed_number() -> None:
    listed = ["20261124003", "20261124007"]
    assert pick_listed(" 2 ", listed) == "20261124007"
    assert pick_listed("20261124003", listed) == "20261124003"
    assert pick_listed("3", listed) is None  # neither a position nor listed
    assert pick_listed("0", listed) is None
    assert pick_listed("改地址", listed) is None
