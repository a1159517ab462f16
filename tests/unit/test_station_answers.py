"""Station answers from the settings: hours (open now or not), address, phone, fees, small talk."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from domain.rules import station_answers as sa
from domain.rules.pricing import floor_fee
from domain.rules.station import StationRules

TZ = ZoneInfo("Asia/Shanghai")
TUESDAY_10 = datetime(2026, 11, 24, 10, 0, tzinfo=TZ)  # a Tuesday
INFO = sa.StationInfo("清泉水站", "阳光花园南门商铺12号", "0571-88886666")
RULES = StationRules(opens_at=time(8), closes_at=time(20, 30))


def test_hours_every_day_and_open_now() -> None:
    text = sa.hours_answer(INFO, RULES, TUESDAY_10)
    assert text.startswith("清泉水站营业时间:每天 08:00-20:30。")
    assert "现在正在营业,20:30关门" in text


def test_hours_with_closed_weekdays_after_closing_name_the_next_opening() -> None:
    rules = StationRules(opens_at=time(8), closes_at=time(18), closed_weekdays=frozenset({2, 6}))
    text = sa.hours_answer(INFO, rules, TUESDAY_10.replace(hour=19))
    assert "08:00-18:00,周三、周日休息" in text
    # Tuesday evening: Wednesday is closed, so the next opening is Thursday.
    assert "现在已经休息了,周四 08:00 开门" in text


def test_hours_before_opening_and_closed_dates_coming_up() -> None:
    rules = StationRules(closed_dates=frozenset({date(2026, 11, 26), date(2027, 1, 30)}))
    text = sa.hours_answer(INFO, rules, TUESDAY_10.replace(hour=6))
    assert "今天 08:00 开门" in text
    assert "另外11月26日休息" in text and "1月30日" not in text  # only the next two weeks


def test_the_stations_own_hours_text_wins() -> None:
    info = sa.StationInfo("清泉水站", hours_text="周一至周五 8:00-18:00,周末 9:00-17:00")
    assert "周一至周五 8:00-18:00,周末 9:00-17:00" in sa.hours_answer(info, RULES, TUESDAY_10)
    assert "周末 9:00-17:00" in sa.phone_answer(
        sa.StationInfo(phone="110", hours_text="周末 9:00-17:00"), RULES
    )


def test_location_and_area_or_the_way_to_ask() -> None:
    rules = StationRules(communities=("阳光花园", "翠湖小区"))
    assert sa.location_answer(INFO, rules) == (
        "清泉水站地址:阳光花园南门商铺12号。送水范围:阳光花园、翠湖小区。"
    )
    missing = sa.location_answer(sa.StationInfo("清泉水站", phone="0571-1"), RULES)
    assert "还没有登记门店地址" in missing and "0571-1" in missing


def test_phone_and_its_absence() -> None:
    assert sa.phone_answer(INFO, RULES) == "清泉水站电话:0571-88886666(营业时间 每天 08:00-20:30)。"
    assert "人工" in sa.phone_answer(sa.StationInfo(), RULES)
    assert sa.station_name(sa.StationInfo()) == "本水站"


def test_contact_hint_cites_the_phone() -> None:
    assert sa.contact_hint(" 0571-88886666 ") == "请致电水站 0571-88886666"
    assert "人工" in sa.contact_hint("")


@pytest.mark.parametrize(
    ("rules", "parts"),
    [
        (StationRules(), ["送水不收配送费", "上楼不加钱"]),
        (
            StationRules(delivery_fee_fen=300, min_order_fen=3000),
            ["每单配送费3.00元", "商品满30.00元起送(用水票不限)", "上楼不加钱"],
        ),
        (
            StationRules(floor_fee_fen=100, free_floors=3),
            ["送水不收配送费", "4楼起每层每桶加收楼层费1.00元", "送7楼2桶加8.00元", "有电梯不收"],
        ),
    ],
)
def test_fees_as_orders_are_priced(rules: StationRules, parts: list[str]) -> None:
    text = sa.fees_answer(rules)
    for part in parts:
        assert part in text


def test_the_floor_fee_example_is_what_pricing_charges() -> None:
    rules = StationRules(floor_fee_fen=150, free_floors=1)
    expected = floor_fee(rules, 5, False, 2)
    assert expected == 1200 and "送5楼2桶加12.00元" in sa.fees_answer(rules)


def test_answer_by_topic_and_none_for_others() -> None:
    for topic in sa.TOPICS:
        assert sa.answer(topic, INFO, RULES, TUESDAY_10)
    assert "清泉水站" in (sa.answer("greeting", INFO, RULES, TUESDAY_10) or "")
    assert "0571-88886666" in (sa.answer("invoice", INFO, RULES, TUESDAY_10) or "")
    assert "0571-88886666" in (sa.answer("recharge", INFO, RULES, TUESDAY_10) or "")
    assert sa.answer("human", INFO, RULES, TUESDAY_10) is None
    assert sa.answer(None, INFO, RULES, TUESDAY_10) is None


@pytest.mark.parametrize(
    "text", ["hello", "What time do you close?", "👍", "😀😀", "[微笑]", "/::)", "ok 👌"]
)
def test_foreign_or_emoji(text: str) -> None:
    assert sa.is_foreign(text)


@pytest.mark.parametrize(
    "text", ["", "1", "?", "你好", "送2桶水 ok", "[微笑]送水吧", "13800001111"]
)
def test_not_foreign(text: str) -> None:
    assert not sa.is_foreign(text)


@dataclass(frozen=True)
class Product:
    sku: str
    name: str


def test_named_products_once_in_the_order_named() -> None:
    catalog = [Product("a", "怡宝"), Product("b", "农夫"), Product("c", "景田")]
    picked = sa.named_first(catalog, ["c", None, "a", "c", "gone"])
    assert [p.name for p in picked] == ["景田", "怡宝"]


def test_a_refusal_that_sends_away_ends_with_the_contact_once() -> None:
    phone = "0571-88886666"
    assert sa.with_contact("超出配送范围", phone) == f"超出配送范围,请致电水站 {phone}。"
    assert sa.with_contact("不能再修改了。", phone) == f"不能再修改了,请致电水站 {phone}。"
    assert sa.with_contact(f"请致电 {phone}", phone) == f"请致电 {phone}"  # not twice
    assert sa.with_contact("超出配送范围", " ").endswith("请联系水站(发送“人工”转人工客服)。")


def test_refusals_that_send_away_are_marked() -> None:
    from domain.rules import errors

    for sends_away in (errors.OutOfArea, errors.ProductUnavailable, errors.CodeInvalid):
        assert sends_away().sends_away
    assert not errors.InsufficientBalance().sends_away and not errors.BelowMinimum().sends_away
    assert errors.NotFound("x", message="没有这种水票套餐", sends_away=True).sends_away
    assert errors.InvalidInput("x", sends_away=True).sends_away
