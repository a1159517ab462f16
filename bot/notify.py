"""The domain's Notifier on WeChat: task cards and texts to couriers (WeCom), notices to customers.

Everything is queued through the outbox in the caller's transaction; the outbox worker sends
it (pacing WeCom at 30 a minute per member) and keeps a card's response_code. The composition
root installs it with `install()`; without it the domain's NullNotifier queues nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from datetime import datetime
from typing import Any

from bot import door_texts, texts
from bot.buttons import CardAction, TaskButton
from bot.handoff_cards import card_task_id, handoff_card
from bot.presentation import amap_link, call_link, collect_text, route_messages, window_text
from domain.infra.pay_port import (
    PAY_CLOSED,
    PAY_LINK,
    PAY_RECEIVED,
    PAY_REFUNDED,
    PAY_REFUNDING,
    PAY_REMINDER,
)
from domain.infra.ports import (
    CANCELLED,
    CHANGED,
    DELIVERED,
    HANDOFF_ANSWERED,
    HANDOFF_ENDED,
    HANDOFF_OPENED,
    HANDOFF_PICTURE,
    HANDOFF_SAID,
    MISSED,
    REASSIGNED,
    RESCHEDULED,
    Conn,
    HandoffNote,
    RouteNote,
    TaskInfo,
    set_notifier,
)
from domain.infra.settings import Settings
from domain.rules.door_cash import to_collect
from domain.rules.handoff import BY_LAPSE
from domain.rules.order_numbers import short_number
from domain.rules.pricing import yuan
from domain.services import card_messages
from domain.services.outbox import enqueue

MAX_HORIZONTAL = 6  # WeCom shows at most six key/value rows
# (action, label, style): style 1 is the blue primary button, 2 the plain one.
BUTTONS = (
    (CardAction.ACCEPT, texts.BUTTON_ACCEPT, 1),
    (CardAction.DONE, texts.BUTTON_DONE, 1),
    (CardAction.ABSENT, texts.BUTTON_ABSENT, 2),
    (CardAction.RESCHEDULE, texts.BUTTON_RESCHEDULE, 2),
)
CODE_BUTTON = ((CardAction.DOOR_CODE, door_texts.BUTTON_CODE, 2),)  # WeChat Pay connected

log = logging.getLogger(__name__)


def payment_text(task: TaskInfo) -> str:
    """How the order is paid and what the courier collects (`door_cash.to_collect`), packs
    riding on the delivery included."""
    packs = sum(price for _, price in task.packs)
    due = task.money_due_fen + packs
    text = collect_text(to_collect(task.payment_method, due, task.tickets_used))
    if not packs:
        return text
    names = "、".join(name for name, _ in task.packs)
    return text + door_texts.TASK_PAY_PACKS.format(names=names, amount=yuan(packs))


def _rows(task: TaskInfo) -> list[dict[str, Any]]:
    items = "、".join(f"{line.name}×{line.quantity}" for line in task.lines)
    rows: list[dict[str, Any]] = [{"keyname": texts.TASK_CARD_ITEMS, "value": items}]
    address: dict[str, Any] = {"keyname": texts.TASK_CARD_ADDRESS, "value": task.address}
    if task.latitude is not None and task.longitude is not None:
        address |= {"type": 1, "url": amap_link(task.latitude, task.longitude)}
    rows.append(address)
    rows.append({"keyname": texts.TASK_CARD_PAYMENT, "value": payment_text(task)})
    if task.deposit_fen:
        deposit = texts.TASK_DEPOSIT_VALUE.format(amount=yuan(task.deposit_fen))
        rows.append({"keyname": texts.TASK_CARD_DEPOSIT, "value": deposit})
    if task.customer_name:
        rows.append({"keyname": texts.TASK_CARD_CUSTOMER, "value": task.customer_name})
    if task.phone:
        rows.append(
            {
                "keyname": texts.TASK_CARD_PHONE,
                "value": task.phone,
                "type": 1,
                "url": call_link(task.phone),
            }
        )
    return rows[:MAX_HORIZONTAL]


def task_card(task: TaskInfo, now: datetime) -> dict[str, Any]:
    """The button_interaction template_card for a task (WeCom's field names)."""
    window = window_text(task.window_start, task.window_end, now)
    card: dict[str, Any] = {
        "card_type": "button_interaction",
        "source": {"desc": texts.TASK_CARD_SOURCE, "desc_color": 0},
        "main_title": {
            "title": texts.TASK_CARD_TITLE.format(short=short_number(task.number), window=window),
            "desc": texts.TASK_CARD_DESC.format(number=task.number),
        },
        "horizontal_content_list": _rows(task),
        "task_id": task.task_id,
        "button_list": [
            {"text": label, "style": style, "key": TaskButton(action, task.number).pack()}
            for action, label, style in BUTTONS + (CODE_BUTTON if task.door_code else ())
        ],
    }
    if task.note:
        card["quote_area"] = {"type": 0, "title": texts.TASK_CARD_NOTE, "quote_text": task.note}
    return card


def customer_text(notice: str, facts: Mapping[str, Any], now: datetime) -> str:
    """The Official Account text for a customer notice."""
    number = str(facts.get("number", ""))
    if notice == DELIVERED:
        detail = ""
        if facts.get("buckets"):
            detail += texts.CUSTOMER_DELIVERED_BUCKETS.format(
                buckets=facts["buckets"], empties=facts.get("empties", 0)
            )
        cash = int(facts.get("cash_fen") or 0)
        if cash > 0:
            detail += texts.CUSTOMER_DELIVERED_CASH.format(amount=yuan(cash))
        elif cash < 0:  # the courier paid a deposit refund out
            detail += texts.CUSTOMER_DELIVERED_REFUND.format(amount=yuan(-cash))
        return texts.CUSTOMER_DELIVERED.format(number=number, detail=detail)
    if notice == RESCHEDULED:
        start = datetime.fromisoformat(str(facts["window_start"]))
        end = datetime.fromisoformat(str(facts["window_end"]))
        return texts.CUSTOMER_RESCHEDULED.format(number=number, window=window_text(start, end, now))
    if notice == MISSED:
        return texts.CUSTOMER_MISSED.format(number=number)
    if "pack_id" in facts:  # a ticket pack bought in chat and paid online
        return pack_text(notice, facts)
    if notice == PAY_RECEIVED:
        return texts.CUSTOMER_PAID.format(number=number, amount=yuan(int(facts["amount_fen"])))
    if notice in (PAY_LINK, PAY_REMINDER):
        said = texts.CUSTOMER_PAY_LINK if notice == PAY_LINK else texts.CUSTOMER_PAY_REMINDER
        return said.format(
            number=number, amount=yuan(int(facts["amount_fen"])), minutes=facts["minutes"],
            link=facts["link"],
        )
    if notice in (PAY_REFUNDING, PAY_REFUNDED):
        said = texts.CUSTOMER_REFUNDING if notice == PAY_REFUNDING else texts.CUSTOMER_REFUNDED
        return said.format(number=number, amount=yuan(int(facts["amount_fen"])))
    if notice == PAY_CLOSED:
        return texts.CUSTOMER_PAY_CLOSED.format(number=number, minutes=facts.get("minutes", ""))
    raise ValueError(f"unknown customer notice {notice!r}")


def pack_text(notice: str, facts: Mapping[str, Any]) -> str:
    """A customer notice about a ticket pack paid online (docs/PAY.md)."""
    said = {
        PAY_RECEIVED: texts.PACK_PAID,
        PAY_REMINDER: texts.PACK_PAY_REMINDER,
        PAY_CLOSED: texts.PACK_PAY_CLOSED,
        PAY_REFUNDING: texts.PACK_REFUNDING,
        PAY_REFUNDED: texts.PACK_REFUNDED,
    }.get(notice)
    if said is None:
        raise ValueError(f"unknown pack notice {notice!r}")
    return said.format_map({**facts, "amount": yuan(int(facts.get("amount_fen", 0)))})


def handoff_staff_text(note: HandoffNote) -> str:
    """What owners and dispatchers read in WeCom about a conversation handed to them."""
    name = note.customer_name or "客户"
    if note.event == HANDOFF_OPENED:
        orders = "、".join(
            texts.HANDOFF_ORDER.format(number=number, state=texts.STATE_NAMES.get(state, state))
            for number, state in note.open_orders
        )
        phone = note.customer_phone or "无电话"
        return texts.HANDOFF_TO_STAFF.format(
            number=note.number, name=name, phone=phone, orders=orders or texts.HANDOFF_NO_ORDERS
        )
    if note.event == HANDOFF_SAID:
        return texts.HANDOFF_SAID.format(number=note.number, name=name, text=note.text)
    if note.event == HANDOFF_PICTURE:
        return texts.HANDOFF_PICTURE.format(number=note.number, name=name)
    if note.event == HANDOFF_ENDED:
        why = texts.HANDOFF_WHY.get(note.ended_by, note.ended_by)
        return texts.HANDOFF_STAFF_ENDED.format(number=note.number, name=name, why=why)
    if note.event == HANDOFF_ANSWERED:  # to the one who held it: a colleague took it over
        return texts.HANDOFF_TAKEN_OVER.format(
            number=note.number, name=name, staff=note.staff_name, text=note.text
        )
    raise ValueError(f"no staff text for handoff event {note.event!r}")


def handoff_picture(note: HandoffNote) -> dict[str, str] | None:
    """The WeCom image payload of a customer's picture (downloaded from the OA when sent)."""
    if note.event != HANDOFF_PICTURE or not note.media_id:
        return None
    name = note.customer_name or "客户"
    unfetched = texts.HANDOFF_PICTURE_UNFETCHED.format(number=note.number, name=name)
    return {"mp_media_id": note.media_id, "unfetched_text": unfetched}


def handoff_customer_text(note: HandoffNote) -> str:
    """What the customer reads: staff's answer, or that the bot has the conversation again."""
    if note.event == HANDOFF_ANSWERED:
        return texts.HANDOFF_ANSWER.format(staff=note.staff_name, text=note.text)
    if note.event == HANDOFF_ENDED:
        return texts.HANDOFF_LAPSED if note.ended_by == BY_LAPSE else texts.HANDOFF_ENDED_BY_STAFF
    raise ValueError(f"no customer text for handoff event {note.event!r}")


CHANGES = {
    REASSIGNED: texts.TASK_REASSIGNED,
    CANCELLED: texts.TASK_CANCELLED,
    CHANGED: texts.TASK_CHANGED,
}
# What a closed card's buttons turn into (TaskCard.outcome -> the greyed button's label).
CLOSED_LABELS = {
    "delivered": texts.CARD_DELIVERING,
    "failed": texts.CARD_ABSENT,
    "rescheduled": texts.CARD_RESCHEDULING,
    "reassigned": texts.CARD_REASSIGNED,
    "cancelled": texts.CARD_CANCELLED,
}


class WeChatNotifier:
    """Task cards and texts to couriers on WeCom, notices to customers on the Official Account."""

    async def task_assigned(self, conn: Conn, task: TaskInfo, now: datetime) -> None:
        """Queue the task card for the courier."""
        card = task_card(task, now)
        await enqueue(conn, "work", task.courier_userid, "template_card", {"card": card}, now)

    async def task_changed(
        self, conn: Conn, courier_userid: str, number: str, change: str, now: datetime
    ) -> None:
        """Queue a text telling the courier a task was taken away."""
        if courier_userid and change in CHANGES:
            text = CHANGES[change].format(number=number)
            await enqueue(conn, "work", courier_userid, "text", {"text": text}, now)

    async def card_closed(
        self, conn: Conn, courier_userid: str, task_id: str, outcome: str, now: datetime
    ) -> None:
        """Grey the card's buttons (update_template_card), or withdraw it if still unsent."""
        sent = await card_messages.card_message(conn, courier_userid, task_id)
        if sent is None:
            return
        if await card_messages.withdraw(conn, sent.id, f"task ended ({outcome}) before sending"):
            return
        label = CLOSED_LABELS.get(outcome, texts.CARD_DONE)
        payload = {"card_message_id": sent.id, "replace_name": label}
        await enqueue(conn, "work", courier_userid, "card_update", payload, now)

    async def customer_notice(
        self, conn: Conn, openid: str, notice: str, facts: Mapping[str, Any], now: datetime
    ) -> None:
        """Queue the notice as an Official Account text; a customer with no openid (a phone
        customer) has nowhere to get it, and the money it tells of must still be booked."""
        if not openid:
            log.info("customer notice %s not sent: the customer has no openid", notice)
            return
        text = customer_text(notice, facts, now)
        await enqueue(conn, "mp", openid, "text", notice_payload(text, self.template), now)

    async def handoff_to_staff(
        self, conn: Conn, userids: Sequence[str], note: HandoffNote, now: datetime
    ) -> None:
        """Queue the relay as a WeCom text to each staff member (and the picture, if one);
        a new handoff is announced by a card with 回复 and 结束 buttons."""
        text = handoff_staff_text(note)
        picture = handoff_picture(note)
        for userid in userids:
            if note.event == HANDOFF_OPENED:
                card = handoff_card(note, card_task_id(note.number))
                await enqueue(conn, "work", userid, "template_card", {"card": card}, now)
                continue
            await enqueue(conn, "work", userid, "text", {"text": text}, now)
            if picture is not None:
                await enqueue(conn, "work", userid, "image", picture, now)

    async def handoff_to_customer(
        self, conn: Conn, openid: str, note: HandoffNote, now: datetime
    ) -> None:
        """Queue a customer-service text (the notice template outside the 48 hours)."""
        text = handoff_customer_text(note)
        await enqueue(conn, "mp", openid, "text", notice_payload(text, self.template), now)

    async def handoff_closed(
        self, conn: Conn, number: int, now: datetime, tapped_by: str | None = None
    ) -> None:
        """Grey every card of the handoff (withdraw those not sent yet); the tapper's card is
        greyed by the passive answer to the tap, and a second update would be refused."""
        for sent in await card_messages.handoff_card_messages(conn, number):
            if await card_messages.withdraw(conn, sent.id, f"handoff {number} ended"):
                continue
            if sent.recipient == tapped_by:
                continue
            payload = {"card_message_id": sent.id, "replace_name": texts.HANDOFF_CARD_ENDED}
            await enqueue(conn, "work", sent.recipient, "card_update", payload, now)

    async def route_planned(self, conn: Conn, route: RouteNote, now: datetime) -> None:
        """Queue the day's route as texts with map and call links (WeCom caps a text's size)."""
        for text in route_messages(route, now):
            await enqueue(conn, "work", route.courier_userid, "text", {"text": text}, now)

    def __init__(self, template: tuple[str, str] | None = None) -> None:
        self.template = template


def notice_payload(text: str, template: tuple[str, str] | None) -> dict[str, Any]:
    """A customer-service text, with the notice template for when the 48-hour window closed."""
    payload: dict[str, Any] = {"text": text}
    if template is not None:
        template_id, field = template
        payload["fallback_template"] = {"template_id": template_id, "data": {field: text}}
    return payload


def notice_template(settings: Settings) -> tuple[str, str] | None:
    """(template id, field) for notices outside the window, when one is configured."""
    if not settings.mp_notice_template_id:
        return None
    return settings.mp_notice_template_id, settings.mp_notice_template_field


def install(settings: Settings | None = None) -> None:
    """Make the domain's notices go out on WeChat (called by the composition root)."""
    set_notifier(WeChatNotifier(notice_template(settings) if settings else None))
