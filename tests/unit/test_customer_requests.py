"""The pure reading of complaint, return and order-change messages."""

from __future__ import annotations

import pytest

from domain.rules.customer_requests import (
    ChangeKind,
    change_kind,
    complaint_body,
    is_pack_cancel,
    return_count_given,
)


@pytest.mark.parametrize("text", ["投诉", "我要投诉", "我要投诉!", "投诉一下你们", "差评"])
def test_a_bare_complaint_has_no_body(text: str) -> None:
    assert complaint_body(text) == ""


@pytest.mark.parametrize("text", ["送水师傅态度太差", "投诉送水太慢了", "水有异味"])
def test_a_complaint_with_details_has_a_body(text: str) -> None:
    assert complaint_body(text)


@pytest.mark.parametrize(
    ("text", "given"),
    [("退两个桶", True), ("退3桶", True), ("退押金", False), ("我不订了,把桶退了吧", False)],
)
def test_return_count(text: str, given: bool) -> None:
    assert return_count_given(text) is given


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("改到明天下午", ChangeKind.TIME),
        ("能改成下午送吗", ChangeKind.TIME),
        ("快点送,等着用", ChangeKind.HURRY),
        ("催一下", ChangeKind.HURRY),
        ("地址改成创业大厦A座1608", ChangeKind.ADDRESS),
        ("改成三桶", ChangeKind.QUANTITY),
        ("送两桶农夫山泉", None),
        ("明天下午送", None),
    ],
)
def test_change_kind(text: str, kind: ChangeKind | None) -> None:
    assert change_kind(text) == kind


@pytest.mark.parametrize(
    ("text", "about_a_pack"),
    [
        ("取消水票", True),
        ("水票不要了", True),
        ("不买水票了", True),
        ("算了,套餐不用了", True),
        ("取消订单", False),
        ("取消", False),
        ("买水票", False),
        ("水票还有几张", False),
    ],
)
def test_a_cancel_about_a_pack_is_told_apart(text: str, about_a_pack: bool) -> None:
    assert is_pack_cancel(text) is about_a_pack
