"""Slot filling: which slot a message fills while a draft waits, whether it fits, replace or merge.

Messages are written as the understanding reads them (intent, items with `counted`, slots), so
each case is one class of message, not one sentence.
"""

from __future__ import annotations

from datetime import datetime

import pytest

from bot.understanding.slots import read_payment
from domain.rules.draft_items import merge_items, product_choices, with_usual
from domain.rules.order_draft import Item, OrderDraft
from domain.rules.slot_filling import Decision, Move, Said, SaidItem, Slot, decide
from domain.rules.slot_words import find_phone, keeps_tickets, place_like
from tests.support import TZ

NFSQ, CESTBON, GANTEN = "nfsq-19l", "cestbon-18l", "ganten-18l"
MORNING = (datetime(2026, 11, 25, 8, tzinfo=TZ), datetime(2026, 11, 25, 12, tzinfo=TZ))


def draft(*items: Item, payment: str | None = None) -> OrderDraft:
    return OrderDraft.new(items=list(items), payment=payment)


def said(text: str, intent: str = "order", *items: SaidItem, **slots: object) -> Said:
    return Said(text, intent, tuple(items), **slots)  # type: ignore[arg-type]


TWO_NFSQ = draft((NFSQ, 2))
EMPTY = draft()


# --- 1. dead ends: a message that answers another slot fills that slot ----------------------


@pytest.mark.parametrize(
    ("message", "expected"),
    [
        (said("来桶水", "order", SaidItem(None, 1)), Decision(Move.FILL, items=((None, 1),))),
        (
            said("两个", "order", SaidItem(None, 2), number=2),
            Decision(Move.FILL, items=((None, 2),)),
        ),
        (
            said("阳光花园3栋502", address="阳光花园3栋502"),
            Decision(Move.FILL, address="阳光花园3栋502"),
        ),
        (said("13800001111", "unknown"), Decision(Move.FILL, phone="13800001111")),
        (said("明天上午", window=MORNING), Decision(Move.FILL, window=MORNING)),
        (said("1", "unknown", number=1), Decision(Move.CHOOSE, choice=1)),
    ],
)
def test_at_the_product_question_other_slots_are_filled(message: Said, expected: Decision) -> None:
    assert decide(Slot.PRODUCT, message, EMPTY) == expected


def test_a_phone_said_at_any_question_is_taken() -> None:
    for slot in (Slot.PAYMENT, Slot.ADDRESS, Slot.QUANTITY, Slot.CONFIRM):
        message = said("我的手机是138 0000 1111", "unknown")
        assert decide(slot, message, TWO_NFSQ) == Decision(Move.FILL, phone="13800001111")


def test_a_new_order_sentence_replaces_the_draft() -> None:
    message = said(
        "送三桶景田到创业大厦A座1608", "order", SaidItem(GANTEN, 3), address="创业大厦A座1608"
    )
    decision = decide(Slot.PAYMENT, message, draft((CESTBON, 2)))
    assert decision == Decision(Move.RESTART, items=((GANTEN, 3),), address="创业大厦A座1608")
    # With nothing chosen yet, the same sentence just answers the draft.
    assert decide(Slot.PRODUCT, message, draft((None, 1))).move is Move.FILL


@pytest.mark.parametrize(
    "message",
    [
        said("水票还有几张", "balance"),
        said("怡宝多少钱", "price", SaidItem(CESTBON, 1, counted=False)),
        said("你们几点关门", "unknown", topic="hours"),
        said("在吗", "unknown", topic="greeting"),
        said("水到哪了", "order_status"),
        said("哈哈", "unknown"),
    ],
)
def test_questions_and_other_requests_pass_on(message: Said) -> None:
    for slot in Slot:
        assert decide(slot, message, TWO_NFSQ).move is Move.PASS, slot


# --- 2. a slot accepts only what fits it ----------------------------------------------------


def test_an_order_sentence_at_the_address_question_is_not_an_address() -> None:
    message = said("送一桶怡宝", "order", SaidItem(CESTBON, 1))
    decision = decide(Slot.ADDRESS, message, TWO_NFSQ)
    assert decision.move is Move.RESTART and decision.address is None
    assert decide(Slot.ADDRESS, message, EMPTY) == Decision(Move.FILL, items=((CESTBON, 1),))


@pytest.mark.parametrize("text", ["创业大厦", "翠湖小区", "东门保安亭", "万科城", "人民医院"])
def test_a_bare_place_name_is_an_address_at_the_address_question(text: str) -> None:
    assert decide(Slot.ADDRESS, said(text, "unknown"), TWO_NFSQ) == Decision(
        Move.FILL, address=text
    )
    # … but only there: asked for a payment, 创业大厦 is not taken as an address.
    assert decide(Slot.PAYMENT, said(text, "unknown"), TWO_NFSQ).move is Move.PASS


@pytest.mark.parametrize("text", ["好的", "出门了", "我不知道", "路上吗", "送一桶怡宝", "1608"])
def test_sentences_and_numbers_are_not_places(text: str) -> None:
    assert not place_like(text)


def test_a_bare_number_is_not_an_address_or_a_time() -> None:
    for slot in (Slot.ADDRESS, Slot.TIME):
        assert decide(slot, said("2", "unknown", number=2), TWO_NFSQ).move is Move.REJECT


def test_a_short_number_is_not_a_phone() -> None:
    assert decide(Slot.PHONE, said("12345", "unknown"), TWO_NFSQ).move is Move.REJECT
    assert decide(Slot.PHONE, said("13800001111", "unknown"), TWO_NFSQ) == Decision(
        Move.FILL, phone="13800001111"
    )


@pytest.mark.parametrize(
    ("number", "move"), [(0, Move.REJECT), (3, Move.FILL), (1000, Move.REJECT)]
)
def test_a_quantity_must_be_a_sensible_number(number: int, move: Move) -> None:
    assert decide(Slot.QUANTITY, said(str(number), "unknown", number=number), TWO_NFSQ).move is move


# --- 3. giving up drops the draft, not an order already placed --------------------------------


@pytest.mark.parametrize("text", ["取消订单", "算了", "不要了", "取消", "别送了", "不订了"])
def test_giving_up_drops_the_draft(text: str) -> None:
    for slot in Slot:
        assert decide(slot, said(text, "cancel"), TWO_NFSQ).move is Move.DROP
    assert decide(Slot.PAYMENT, said("退出", "unknown"), TWO_NFSQ).move is Move.DROP


def test_cancelling_a_placed_order_by_number_is_passed_on() -> None:
    message = said("取消订单20261124001", "cancel", order_ref="20261124001")
    assert decide(Slot.PAYMENT, message, TWO_NFSQ).move is Move.PASS


# --- 5. changing one's mind: replace the product, keep the quantity ---------------------------


@pytest.mark.parametrize(
    "message",
    [
        said("换成怡宝", "order", SaidItem(CESTBON, 1, counted=False)),
        said("算了换成怡宝吧", "cancel", SaidItem(CESTBON, 1, counted=False)),
        said("还是要怡宝", "order", SaidItem(CESTBON, 1, counted=False)),
        said("怡宝", "order", SaidItem(CESTBON, 1, counted=False)),
        said(
            "不要农夫山泉了,换怡宝",
            "order",
            SaidItem(NFSQ, 1, counted=False),
            SaidItem(CESTBON, 1, counted=False),
        ),
    ],
)
def test_a_new_product_keeps_the_quantity(message: Said) -> None:
    for slot in (Slot.CONFIRM, Slot.PAYMENT, Slot.ADDRESS, Slot.PHONE):
        assert decide(slot, message, TWO_NFSQ) == Decision(Move.FILL, items=((CESTBON, 2),))


def test_a_written_amount_with_the_new_product_is_taken() -> None:
    message = said("换成景田3桶", "order", SaidItem(GANTEN, 3))
    assert decide(Slot.CONFIRM, message, TWO_NFSQ) == Decision(Move.FILL, items=((GANTEN, 3),))


@pytest.mark.parametrize(
    ("text", "quantity"), [("3桶", 3), ("改成3桶", 3), ("再加一桶", 3), ("多来两桶", 4)]
)
def test_an_amount_keeps_the_product(text: str, quantity: int) -> None:
    amount = quantity - 2 if "加" in text or "多" in text else quantity
    message = said(text, "order", SaidItem(None, amount))
    for slot in (Slot.PHONE, Slot.PAYMENT, Slot.CONFIRM, Slot.ADDRESS):
        assert decide(slot, message, TWO_NFSQ) == Decision(Move.FILL, items=((NFSQ, quantity),))


def test_a_payment_is_taken_whenever_it_is_said() -> None:
    assert decide(Slot.PHONE, said("现金", payment="cash"), TWO_NFSQ) == Decision(
        Move.FILL, payment="cash"
    )
    for text, method in (
        ("微信", "wechat_pay"),
        ("用余额吧", "balance"),
        ("到了扫码", "wechat_pay"),
        ("2", "wechat_pay"),
    ):
        assert decide(Slot.PAYMENT, said(text, "unknown"), TWO_NFSQ) == Decision(
            Move.FILL, payment=method
        )
    assert decide(Slot.PAYMENT, said("4", "unknown", number=4), TWO_NFSQ).move is Move.REJECT


def test_the_confirmation_reads_numbers_and_yes() -> None:
    for text, choice in (
        ("1", 1),
        ("确认", 1),
        ("好的", 1),
        ("没问题,下单吧", 1),
        ("0", 0),
        ("4", 4),
        ("改地址", 4),
        ("换个时间", 3),
        ("数量改一下", 2),
    ):
        assert decide(Slot.CONFIRM, said(text, "unknown"), TWO_NFSQ) == Decision(
            Move.CHOOSE, choice=choice
        )
    assert decide(Slot.CONFIRM, said("7", "unknown"), TWO_NFSQ).move is Move.REJECT


def test_an_order_word_with_nothing_new_goes_on_without_the_menu() -> None:
    for slot in Slot:
        assert decide(slot, said("送水"), TWO_NFSQ) == Decision(Move.FILL), slot


def test_same_as_last_time_starts_again_from_the_last_order() -> None:
    assert decide(Slot.ADDRESS, said("老样子", repeat=True), TWO_NFSQ).move is Move.REPEAT


def test_merge_without_items_said_changes_nothing() -> None:
    assert merge_items([(NFSQ, 2)], (), "明天上午") is None
    assert merge_items([], (SaidItem(CESTBON, 1, counted=False),), "怡宝") == ((CESTBON, None),)


# --- 12. the usual product ---------------------------------------------------------------------


def test_again_without_a_product_means_the_usual_one() -> None:
    assert with_usual([(None, 1)], NFSQ, "再来一桶") == [(NFSQ, 1)]
    assert with_usual([(None, 2)], NFSQ, "还要两桶") == [(NFSQ, 2)]
    assert with_usual([(None, 2)], None, "再来两桶") == [(None, 2)]  # no history: asked
    assert with_usual([(None, 2)], NFSQ, "来两桶水") == [(None, 2)]  # not again: offered as 1


def test_the_usual_product_is_numbered_first() -> None:
    skus = [NFSQ, CESTBON, GANTEN]
    assert product_choices(skus, GANTEN) == [GANTEN, NFSQ, CESTBON]
    assert product_choices(skus, None) == skus
    assert product_choices(skus, "gone-sku") == skus


@pytest.mark.parametrize(
    ("text", "phone"),
    [
        ("13800001111", "13800001111"),
        ("电话 138-0000-1111", "13800001111"),
        ("+86 138 0000 1111", "13800001111"),
        ("12345", None),
        ("订单20261124001", None),
    ],
)
def test_find_phone(text: str, phone: str | None) -> None:
    assert find_phone(text) == phone


@pytest.mark.parametrize(
    ("text", "keeps"),
    [
        ("不用水票,付现金", True),
        ("水票留着", True),
        ("别扣票", True),
        ("不要用水票", True),
        ("用水票", False),
        ("水票付", False),
        ("买水票", False),
    ],
)
def test_declining_tickets_is_read(text: str, keeps: bool) -> None:
    assert keeps_tickets(text) is keeps


@pytest.mark.parametrize(
    ("text", "payment"),
    [("不用水票,付现金", "cash"), ("水票留着,微信付", "wechat_pay"), ("用水票", "ticket")],
)
def test_a_declined_ticket_is_no_payment(text: str, payment: str) -> None:
    assert read_payment(text).value == payment
