"""The one text-cleaning rule and the coordinate rule, without a database."""

from __future__ import annotations

import math

import pytest

from domain.rules.cleaning import clean_text
from domain.rules.contacts import check_coordinates, clean_address
from domain.rules.errors import InvalidInput

INVISIBLE = (
    "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200b\u200c\u200d\u2060\ufeff\u00ad"
)


def test_direction_overrides_zero_width_and_controls_are_dropped() -> None:
    assert clean_text(f"张{INVISIBLE}三") == "张三"
    assert clean_text("李\x00四\x07\x1b[31m\x7f\x9b") == "李四[31m"
    assert clean_text("\u202eredro\u202c") == "redro"


def test_one_line_text_folds_breaks_and_collapses_spaces() -> None:
    assert clean_text("  王\t五 \r\n 先生\u2028 ") == "王 五 先生"
    assert clean_text("\u3000张三\u3000") == "张三"  # ideographic space is whitespace too


def test_multi_line_text_keeps_its_lines() -> None:
    assert clean_text(" 放门口\r\n\u202e别按门铃 \n", multiline=True) == "放门口\n别按门铃"


def test_text_is_nfc_and_ordinary_text_is_unchanged() -> None:
    assert clean_text("e\u0301") == "\u00e9"
    for text in ("阳光花园3栋502", "Zhang San", "😀 老客户", "1号楼-2单元"):
        assert clean_text(text) == text


def test_addresses_are_cleaned_before_their_spaces_go() -> None:
    assert clean_address("阳光\u202e花园 3栋\u200b502") == "阳光花园3栋502"
    with pytest.raises(InvalidInput):
        clean_address("\u202e\u200b")


@pytest.mark.parametrize(
    ("lat", "lon"),
    [
        (math.nan, 121.4),
        (31.2, math.inf),
        (-math.inf, 0.0),
        (91.0, 0.0),
        (0.0, 180.5),
        (31.2, None),
    ],
)
def test_coordinates_must_be_finite_and_on_the_globe(lat: float, lon: float | None) -> None:
    with pytest.raises(InvalidInput) as err:
        check_coordinates(lat, lon)
    assert err.value.message == "这个位置无法识别,请重新发送位置,或直接输入地址"


def test_good_or_absent_coordinates_pass() -> None:
    check_coordinates(31.23, 121.47)
    check_coordinates(-90.0, 180.0)
    check_coordinates(None, None)
