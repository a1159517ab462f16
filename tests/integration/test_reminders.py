"""Refill reminders on a real database with a fixed clock: planning, every rule, the outbox."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, datetime, timedelta

import pytest
from tortoise.exceptions import IntegrityError

from domain.infra.ports import Conn
from domain.models import Conversation, Customer, OutboxMessage, Reminder
from domain.rules import refill as model
from domain.rules.reminder_rules import FOLLOW_UP, WAKE_UP, ReminderPolicy, ReminderStates
from domain.services import refill, reminder_outcomes, reminders
from domain.services.customers import set_reminders
from domain.services.orders import OrderRequest, place_order
from domain.services.support import default_connection
from tests.integration.reminder_helpers import (
    EVERY,
    POLICY,
    TEMPLATE_ID,
    deliver,
    first_reminder,
    household,
)
from tests.support import NOW, TZ

pytestmark = pytest.mark.usefixtures("db")


async def sweep_at(when: datetime, policy: ReminderPolicy = POLICY) -> reminders.SweepResult:
    return await reminders.sweep(when, policy)


async def test_a_delivery_updates_the_prediction_and_plans_the_cycle() -> None:
    customer = await household(deliveries=1)
    state = model.RefillState.from_json(customer.refill_state or {})
    assert (state.deliveries, state.last_quantity, state.last_at) == (1, 2, NOW)
    assert customer.refill_due_at == model.predict_need(state)
    planned = await Reminder.filter(customer_id=customer.id).order_by("kind")
    assert [(r.kind, r.status, r.cycle_key) for r in planned] == [
        ("first", "pending", "2026-11-24T02:00:00Z"),
        ("wake_up", "pending", "2026-11-24T02:00:00Z"),
    ]
    await deliver(customer, NOW + EVERY - timedelta(minutes=30))
    customer = await Customer.get(id=customer.id)
    state = model.RefillState.from_json(customer.refill_state or {})
    assert (state.deliveries, len(state.samples)) == (2, 1)
    old = await Reminder.filter(customer_id=customer.id, cycle_key="2026-11-24T02:00:00Z")
    assert {(r.status, r.skip_reason) for r in old} == {("skipped", "superseded")}
    assert await Reminder.filter(customer_id=customer.id, status="pending").count() == 2


async def test_reminder_comes_the_lead_time_before_the_need_inside_allowed_hours() -> None:
    customer = await household()
    state = model.RefillState.from_json(customer.refill_state or {})
    row = await first_reminder(customer)
    expected = model.reminder_time(
        state,
        refill.prior_for(POLICY),
        window=POLICY.lead,
        allowed_hours=POLICY.allowed_hours,
        spread_key=str(customer.id),  # spread over the evening, never after the model's time
    )
    assert expected <= model.reminder_time(
        state, window=POLICY.lead, allowed_hours=POLICY.allowed_hours
    )
    assert row.due_at == expected
    assert customer.refill_due_at is not None and row.due_at < customer.refill_due_at
    local = row.due_at.astimezone(TZ).time()
    assert POLICY.allowed_hours[0] <= local <= POLICY.allowed_hours[1]
    longer = replace(POLICY, lead=timedelta(days=4))
    await refill.plan_cycle(await _conn(), customer, state, customer.refill_due_at, longer)
    earlier = await first_reminder(customer)
    assert earlier.due_at < row.due_at  # a longer lead reminds earlier


async def _conn() -> Conn:
    return await default_connection()


async def test_due_reminder_is_sent_as_text_with_the_one_tap_offer() -> None:
    customer = await household()
    row = await first_reminder(customer)
    await Customer.filter(id=customer.id).update(last_message_at=row.due_at - timedelta(hours=3))
    assert (await sweep_at(row.due_at - timedelta(minutes=1))).claimed == 0
    result = await sweep_at(row.due_at)
    assert result.counts == {"sent": 1}
    sent = await Reminder.get(id=row.id)
    assert (sent.status, sent.sku, sent.quantity, sent.payment_method) == (
        "sent",
        "nfsq-19l",
        2,
        "ticket",
    )
    message = await OutboxMessage.get(id=sent.outbox_id)
    assert (message.recipient, message.kind) == ("o-wang", "text")
    assert "回复 1 再来 2 桶农夫山泉天然水 19L(水票)" in str(message.payload["text"])
    assert message.payload["fallback_template"]["template_id"] == TEMPLATE_ID  # type: ignore[index]
    chat = await Conversation.get(channel="mp", user_id="o-wang")
    assert chat.state == ReminderStates.REORDER and chat.draft["items"] == [["nfsq-19l", 2]]
    assert chat.expires_at is not None
    assert chat.expires_at - row.due_at.astimezone(UTC) == timedelta(hours=24)


async def test_outside_the_48_hour_window_the_template_goes_directly() -> None:
    customer = await household(chatted=False)
    row = await first_reminder(customer)
    assert (await sweep_at(row.due_at)).counts == {"sent": 1}
    message = await OutboxMessage.get(id=(await Reminder.get(id=row.id)).outbox_id)
    assert message.kind == "template" and message.payload["template_id"] == TEMPLATE_ID
    data = message.payload["data"]
    assert isinstance(data, dict)
    assert set(data) == {"first", "keyword1", "keyword2", "remark"}
    assert data["keyword1"] == {"value": "农夫山泉天然水 19L × 2 桶(水票)"}
    assert data["remark"] == {"value": "回复 1 即可再来 2 桶"}


async def test_outside_the_window_without_a_template_it_is_skipped() -> None:
    customer = await household(chatted=False)
    row = await first_reminder(customer)
    result = await sweep_at(row.due_at, ReminderPolicy())
    assert result.counts == {"skipped:no_template": 1}
    assert await OutboxMessage.filter(channel="mp").count() == 0


async def test_outside_allowed_hours_it_waits_for_the_morning() -> None:
    customer = await household()
    row = await first_reminder(customer)
    night = row.due_at.astimezone(TZ).replace(hour=21, minute=30)
    await Reminder.filter(id=row.id).update(due_at=night.astimezone(UTC))  # stored in UTC
    assert (await sweep_at(night)).counts == {"deferred": 1}
    moved = await Reminder.get(id=row.id)
    morning = (night + timedelta(days=1)).replace(hour=9, minute=0)
    assert (moved.status, moved.due_at) == ("pending", morning)
    assert (await sweep_at(morning - timedelta(minutes=1))).claimed == 0
    assert (await sweep_at(morning)).counts == {"sent": 1}


async def test_no_reminder_while_an_order_is_open() -> None:
    customer = await household()
    row = await first_reminder(customer)
    await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "ticket"), row.due_at)
    assert (await sweep_at(row.due_at)).counts == {"skipped:open_order": 1}
    assert await OutboxMessage.filter(channel="mp").count() == 0


@pytest.mark.parametrize(
    ("change", "reason"),
    [("opt_out", "opted_out"), ("unsubscribe", "unsubscribed")],
)
async def test_no_reminder_to_customers_who_opted_out_or_left(change: str, reason: str) -> None:
    customer = await household()
    row = await first_reminder(customer)
    if change == "opt_out":
        await set_reminders(customer.id, False, "customer")
    else:
        await Customer.filter(id=customer.id).update(subscribed=False)
    assert (await sweep_at(row.due_at)).counts == {f"skipped:{reason}": 1}
    assert await OutboxMessage.filter(channel="mp").count() == 0


async def test_never_twice_for_one_cycle() -> None:
    customer = await household()
    row = await first_reminder(customer)
    assert (await sweep_at(row.due_at)).counts == {"sent": 1}
    assert (await sweep_at(row.due_at + timedelta(minutes=1))).claimed == 0
    with pytest.raises(IntegrityError):
        await Reminder.create(customer=customer, cycle_key=row.cycle_key, kind="first", due_at=NOW)
    # A second drop the same morning tops up the cycle: still one first reminder for it.
    state = model.RefillState.from_json(customer.refill_state or {})
    await refill.plan_cycle(await _conn(), customer, state, customer.refill_due_at, POLICY)
    same_cycle = Reminder.filter(customer_id=customer.id, cycle_key=row.cycle_key, kind="first")
    assert await same_cycle.count() == 1
    assert await OutboxMessage.filter(channel="mp").count() == 1


async def test_one_follow_up_when_the_first_is_ignored() -> None:
    customer = await household()
    row = await first_reminder(customer)
    await sweep_at(row.due_at)
    follow = await Reminder.get(customer_id=customer.id, kind=FOLLOW_UP)
    assert follow.due_at == row.due_at + POLICY.follow_up_after
    await Customer.filter(id=customer.id).update(last_message_at=follow.due_at - timedelta(hours=1))
    assert (await sweep_at(follow.due_at)).counts == {"sent": 1}
    texts = [m.payload.get("text", "") for m in await OutboxMessage.filter(channel="mp")]
    assert len(texts) == 2 and "再提醒一次" in str(texts[1])
    later = follow.due_at + timedelta(days=2)
    assert (await sweep_at(later)).claimed == 0
    assert await Reminder.filter(customer_id=customer.id, kind=FOLLOW_UP).count() == 1


async def test_no_follow_up_after_the_customer_ordered() -> None:
    customer = await household()
    row = await first_reminder(customer)
    await sweep_at(row.due_at)
    await place_order(
        OrderRequest(customer.id, [("nfsq-19l", 2)], "ticket"), row.due_at + timedelta(hours=1)
    )
    follow = await Reminder.get(customer_id=customer.id, kind=FOLLOW_UP)
    assert (await sweep_at(follow.due_at)).counts == {"skipped:open_order": 1}


async def test_a_stale_reminder_is_dropped_not_sent_days_late() -> None:
    customer = await household()
    row = await first_reminder(customer)
    late = row.due_at + POLICY.stale_after + timedelta(minutes=1)
    assert (await sweep_at(late)).counts == {"skipped:stale": 1}


async def test_not_while_the_customer_is_in_the_middle_of_an_order() -> None:
    customer = await household()
    row = await first_reminder(customer)
    noon = row.due_at.astimezone(TZ).replace(hour=12, minute=0)
    await Reminder.filter(id=row.id).update(due_at=noon.astimezone(UTC))
    busy_until = noon + timedelta(minutes=20)
    await Conversation.create(
        channel="mp", user_id="o-wang", state="order.payment", draft={}, expires_at=busy_until
    )
    assert (await sweep_at(noon)).counts == {"deferred": 1}
    assert (await Reminder.get(id=row.id)).due_at == busy_until
    chat = await Conversation.get(channel="mp", user_id="o-wang")
    assert chat.state == "order.payment"


async def test_dormant_household_gets_one_wake_up() -> None:
    customer = await household()
    wake = await Reminder.get(customer_id=customer.id, kind=WAKE_UP, status="pending")
    assert customer.refill_due_at is not None and wake.due_at > customer.refill_due_at
    assert wake.due_at <= NOW + timedelta(days=30, hours=12)
    kinds = (WAKE_UP,)
    await Customer.filter(id=customer.id).update(last_message_at=wake.due_at - timedelta(hours=1))
    assert (await reminders.sweep(wake.due_at, POLICY, kinds)).counts == {"sent": 1}
    assert (await reminders.sweep(wake.due_at + timedelta(days=9), POLICY, kinds)).claimed == 0
    message = await OutboxMessage.filter(channel="mp").order_by("-id").first()
    assert message is not None and "好久没给您送水了" in str(message.payload.get("text"))


async def test_outcome_is_recorded_when_the_customer_orders_within_the_window() -> None:
    customer = await household()
    row = await first_reminder(customer)
    await sweep_at(row.due_at)
    placed = await place_order(
        OrderRequest(customer.id, [("nfsq-19l", 2)], "ticket"), row.due_at + timedelta(days=1)
    )
    assert await reminder_outcomes.settle_outcomes(row.due_at + timedelta(days=1), POLICY) == 1
    done = await Reminder.get(id=row.id)
    assert (done.outcome, done.order_number) == ("ordered", placed.number)
    report = await reminder_outcomes.reminder_report(NOW, NOW + timedelta(days=60))
    assert (report.sent, report.ordered, report.hit_rate) == (1, 1, 1.0)


async def test_outcome_not_ordered_once_the_window_passes() -> None:
    customer = await household()
    row = await first_reminder(customer)
    await sweep_at(row.due_at)
    assert await reminder_outcomes.settle_outcomes(row.due_at + timedelta(days=1), POLICY) == 0
    end = row.due_at + POLICY.outcome_window + timedelta(minutes=1)
    assert await reminder_outcomes.settle_outcomes(end, POLICY) >= 1
    assert (await Reminder.get(id=row.id)).outcome == "not_ordered"
