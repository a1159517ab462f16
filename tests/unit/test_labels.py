"""The Chinese names people's spreadsheets show for stored codes: every code has one."""

from __future__ import annotations

from admin.orders import SOURCES
from admin.schema import COMPONENTS
from domain.rules import labels
from domain.rules.labels import label, reason_label
from domain.rules.order_flow import OrderState
from domain.rules.pricing import PAYMENT_METHODS
from domain.rules.tickets import pack_reason


def test_every_stored_code_has_a_chinese_name() -> None:
    statuses = COMPONENTS["Payment"]["properties"]["status"]["enum"]
    assert set(labels.PAYMENT_METHODS) == set(PAYMENT_METHODS)
    assert set(labels.PAYMENT_STATUSES) == set(statuses)
    assert set(labels.ORDER_STATES) == {s.value for s in OrderState}
    assert set(labels.ORDER_SOURCES) == set(SOURCES["enum"])
    for names in (labels.PAYMENT_METHODS, labels.PAYMENT_STATUSES, labels.ORDER_STATES,
                  labels.ORDER_SOURCES, labels.ENTRY_KINDS):  # fmt: skip
        assert all(not name.isascii() for name in names.values())


def test_an_unknown_code_is_shown_as_it_is() -> None:
    assert label(labels.ORDER_SOURCES, "demo") == "演示"
    assert label(labels.ORDER_SOURCES, "kiosk") == "kiosk"
    assert label(labels.PAYMENT_STATUSES, None) == ""


def test_a_reason_names_the_payment_method_it_ends_with() -> None:
    assert reason_label("wechat_pay") == "微信支付"  # a top-up
    assert reason_label(pack_reason("月卡 10张", "cash")) == "月卡 10张 现金"
    assert reason_label("期初导入") == "期初导入"
    assert reason_label("") == ""
