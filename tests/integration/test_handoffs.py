"""The handoff use cases on a real database: who hears what, once, and when it ends."""

from __future__ import annotations

from datetime import timedelta

import pytest

from domain.infra.ports import (
    HANDOFF_ANSWERED,
    HANDOFF_ENDED,
    HANDOFF_OPENED,
    HANDOFF_PICTURE,
    HANDOFF_SAID,
)
from domain.models import Conversation, CustomerMedia, Handoff
from domain.rules.errors import InvalidInput, NotFound
from domain.rules.handoff import HandoffStates
from domain.services import customers, duty, handoffs, staff
from domain.services.conversations import Saved, finish_turn, hold_conversation
from domain.services.orders import OrderRequest, place_order
from tests.fakes.notifier import RecordingNotifier
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
LATER = timedelta(minutes=30)


async def _station_staff(on_duty: bool = True) -> None:
    """An owner and a dispatcher (on duty unless told), and a courier."""
    await staff.add_staff("u-boss", "老板", "owner", "test")
    await staff.add_staff("u-disp", "小王", "dispatcher", "test")
    await staff.add_courier("u-liu", "刘师傅", "test")
    for userid in ("u-boss", "u-disp") if on_duty else ():
        await duty.set_duty(True, "test", wecom_userid=userid)


async def _customer(openid: str = "o-wang") -> str:
    customer = await make_customer(openid)
    await customers.set_phone(customer.id, "13800001111", "test")
    return str(customer.id)


async def _in_handoff_state(openid: str, number: int) -> None:
    """The customer's chat as their 人工 turn left it."""
    await hold_conversation("mp", openid, "turn", 1)
    saved = Saved(HandoffStates.HUMAN, {"handoff": number}, NOW + timedelta(hours=24))
    await finish_turn("mp", openid, "turn", saved, "mp:x", None)


async def test_opening_tells_owners_and_dispatchers_who_and_what_is_open(
    notices: RecordingNotifier,
) -> None:
    await seed_catalog()
    await _station_staff()
    customer = await _customer()
    placed = await place_order(OrderRequest(customer, [("nfsq-19l", 2)], "cash"), NOW)
    opened = await handoffs.open_handoff(customer, "o-wang", NOW, "k1")
    (told,) = notices.handoffs
    assert sorted(told.to) == ["u-boss", "u-disp"]  # not the courier
    assert told.note.event == HANDOFF_OPENED and told.note.number == opened.number
    assert told.note.customer_phone == "13800001111"
    assert told.note.open_orders == ((placed.number, "assigned"),)
    again = await handoffs.open_handoff(customer, "o-wang", NOW, "k2")
    assert again == handoffs.Opened(opened.number, already=True)
    assert len(notices.handoffs) == 1 and await Handoff.all().count() == 1


async def test_nobody_to_hand_to_opens_nothing(notices: RecordingNotifier) -> None:
    customer = await _customer()
    assert (await handoffs.open_handoff(customer, "o-wang", NOW, "k")).number == 0
    assert await Handoff.all().count() == 0 and notices.handoffs == []


async def test_relays_go_to_everyone_until_someone_answers_then_to_them(
    notices: RecordingNotifier,
) -> None:
    await _station_staff()
    customer = await _customer()
    number = (await handoffs.open_handoff(customer, "o-wang", NOW, "k0")).number
    said = await handoffs.relay_from_customer(customer, NOW, "k1", text="水漏了")
    assert said == handoffs.Relayed(handoffs.RELAYED, number)
    # The same message run twice (a crash before the turn finished) is relayed once.
    await handoffs.relay_from_customer(customer, NOW, "k1", text="水漏了")
    answered = await handoffs.answer_customer("u-disp", "小王", None, "马上换", NOW, "w1")
    assert answered == handoffs.Answered(number, "sent")
    await handoffs.relay_from_customer(customer, NOW, "k2", picture=("m-1", "http://p/1.jpg"))
    _, relay, answer, picture = notices.handoffs
    assert (relay.to, relay.note.event, relay.note.text) == (
        ("u-boss", "u-disp"),
        HANDOFF_SAID,
        "水漏了",
    )
    assert (answer.to, answer.note.event) == (("o-wang",), HANDOFF_ANSWERED)
    assert (answer.note.text, answer.note.staff_name) == ("马上换", "小王")
    assert (picture.to, picture.note.event) == (("u-disp",), HANDOFF_PICTURE)
    assert (picture.note.picture_url, picture.note.media_id) == ("http://p/1.jpg", "m-1")
    assert await CustomerMedia.filter(purpose="handoff").count() == 1


async def test_the_customer_ends_and_staff_hear_of_it(notices: RecordingNotifier) -> None:
    await _station_staff()
    customer = await _customer()
    number = (await handoffs.open_handoff(customer, "o-wang", NOW, "k0")).number
    assert await handoffs.end_by_customer(customer, NOW) == number
    assert await handoffs.end_by_customer(customer, NOW) == 0
    ended = notices.handoffs[-1]
    assert (sorted(ended.to), ended.note.event, ended.note.ended_by) == (
        ["u-boss", "u-disp"], HANDOFF_ENDED, "customer",
    )  # fmt: skip
    gone = await handoffs.relay_from_customer(customer, NOW, "k1", text="还在吗")
    assert gone.status == handoffs.GONE and len(notices.handoffs) == 2


async def test_staff_end_it_the_customer_is_told_and_the_chat_is_the_bots_again(
    notices: RecordingNotifier,
) -> None:
    await _station_staff()
    customer = await _customer()
    number = (await handoffs.open_handoff(customer, "o-wang", NOW, "k0")).number
    await _in_handoff_state("o-wang", number)
    assert await handoffs.end_by_staff("u-boss", number, NOW) == number
    told = notices.handoffs[-1]
    assert (told.to, told.note.event, told.note.ended_by) == (("o-wang",), HANDOFF_ENDED, "staff")
    chat = await Conversation.get(channel="mp", user_id="o-wang")
    assert chat.state == "idle"
    row = await Handoff.get(id=number)
    assert (row.status, row.closed_by) == ("closed", "staff:u-boss")
    with pytest.raises(NotFound):
        await handoffs.end_by_staff("u-boss", number, NOW)


async def test_half_an_hour_of_silence_ends_it_once(notices: RecordingNotifier) -> None:
    await _station_staff()
    customer = await _customer()
    number = (await handoffs.open_handoff(customer, "o-wang", NOW, "k0")).number
    await _in_handoff_state("o-wang", number)
    await handoffs.answer_customer(
        "u-boss", "老板", number, "在的", NOW + timedelta(minutes=10), "w"
    )
    assert await handoffs.lapse_due(NOW + LATER) == 0  # staff answered 20 minutes ago
    assert await handoffs.lapse_due(NOW + timedelta(minutes=10) + LATER) == 1
    assert await handoffs.lapse_due(NOW + 2 * LATER) == 0
    customer_told, staff_told = notices.handoffs[-2:]
    assert (customer_told.to, customer_told.note.ended_by) == (("o-wang",), "lapse")
    assert (staff_told.to, staff_told.note.ended_by) == (("u-boss",), "lapse")
    assert (await Conversation.get(channel="mp", user_id="o-wang")).state == "idle"


async def test_an_answer_after_the_lapse_is_not_sent(notices: RecordingNotifier) -> None:
    await _station_staff()
    customer = await _customer()
    number = (await handoffs.open_handoff(customer, "o-wang", NOW, "k0")).number
    late = await handoffs.answer_customer("u-boss", "老板", number, "在吗", NOW + LATER, "w")
    assert late == handoffs.Answered(number, "lapsed")
    assert [sent.note.event for sent in notices.handoffs[1:]] == [HANDOFF_ENDED, HANDOFF_ENDED]
    assert all(sent.note.text == "" for sent in notices.handoffs)


async def test_without_a_number_staff_must_say_which_of_several(
    notices: RecordingNotifier,
) -> None:
    await _station_staff()
    first = (await handoffs.open_handoff(await _customer("o-a"), "o-a", NOW, "k1")).number
    second = (await handoffs.open_handoff(await _customer("o-b"), "o-b", NOW, "k2")).number
    with pytest.raises(InvalidInput) as refused:
        await handoffs.answer_customer("u-boss", "老板", None, "好的", NOW, "w1")
    assert f"#{first}" in refused.value.message and f"#{second}" in refused.value.message
    await handoffs.answer_customer("u-boss", "老板", second, "好的", NOW, "w2")
    # Taken by the owner: the dispatcher's number-less answer can only mean the other one.
    done = await handoffs.answer_customer("u-disp", "小王", None, "您好", NOW, "w3")
    assert done.number == first
    with pytest.raises(NotFound):
        await handoffs.answer_customer("u-boss", "老板", 999, "好的", NOW, "w4")


async def test_a_handoff_goes_to_those_on_duty_else_to_every_owner(
    notices: RecordingNotifier,
) -> None:
    await _station_staff(on_duty=False)
    await staff.add_staff("u-boss2", "老板娘", "owner", "test")
    customer = await _customer()
    await handoffs.open_handoff(customer, "o-wang", NOW, "k0")
    assert sorted(notices.handoffs[-1].to) == ["u-boss", "u-boss2"]  # nobody on duty
    await handoffs.end_by_customer(customer, NOW)
    done = await duty.set_duty(True, "u-disp", wecom_userid="u-disp")
    assert (done.on_duty, done.changed, done.on_duty_names) == (True, True, ("小王",))
    assert not (await duty.set_duty(True, "u-disp", wecom_userid="u-disp")).changed
    await handoffs.open_handoff(customer, "o-wang", NOW, "k1")
    assert list(notices.handoffs[-1].to) == ["u-disp"]
    with pytest.raises(InvalidInput):
        await duty.set_duty(True, "u-liu", wecom_userid="u-liu")  # couriers are not on duty
