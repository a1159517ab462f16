"""Play a conversation script through the real, signed and encrypted callbacks, and check it.

Givens and checks go straight to the use cases and the tables (this is a test, not an edge);
every message goes through `/wechat/mp` or `/wechat/work` exactly as WeChat would send it.
"""

from __future__ import annotations

import itertools
import json
import re
import time
from collections.abc import Awaitable, Callable
from dataclasses import replace
from typing import Any

from aiohttp.test_utils import TestClient
from tortoise.transactions import in_transaction

from bot.channels.dev import DEV_WORK_AGENT_ID, DEV_WORK_CORP_ID
from bot.devtools import wire
from bot.handlers.owner_alerts import alert_text
from domain.models import (
    BalanceAccount,
    Complaint,
    Customer,
    Handoff,
    Order,
    OrderLine,
    OutboxMessage,
    PackPurchase,
    ReturnRequest,
    TicketWallet,
)
from domain.services import alerts, customers, handoffs, staff, wallet
from domain.services.buckets import set_opening_buckets
from domain.services.customers import AddressInput
from domain.services.orders import OrderRequest, place_order
from domain.services.station import configure_station
from tests.bot.chat_harness import Clock, Staffer
from tests.bot.chat_harness import Customer as Speaker
from tests.conversations.script import TZ, Conversation, Step, shift

_ids = itertools.count(int(time.time()) * 10)
Client = TestClient  # type: ignore[type-arg]


class Failed(AssertionError):
    """A step did not do what the script says, with the row that said it."""


# --- givens: what exists before the first message ------------------------------------------


def _options(words: list[str]) -> tuple[list[str], dict[str, str]]:
    plain = [w for w in words if "=" not in w]
    named = dict(w.split("=", 1) for w in words if "=" in w)
    return plain, named


async def _customer_row(openid: str) -> Customer:
    row, _ = await customers.customer_for_openid(openid, "test")
    return row


async def _given_customer(words: list[str], clock: Clock) -> None:
    (openid, *_), named = _options(words)
    row = await _customer_row(openid)
    if "name" in named:
        row.name = named["name"]
        await row.save()
    if "phone" in named:
        await customers.set_phone(row.id, named["phone"], "test")
    if "address" in named:
        await customers.add_address(row.id, AddressInput(named["address"]), "test")


async def _given_tickets(words: list[str], clock: Clock) -> None:
    """`tickets OPENID PACK` (a pack bought) or `tickets OPENID SKU N` (N tickets granted)."""
    if len(words) == 3:
        openid, sku, count = words
        customer_id = (await _customer_row(openid)).id
        await wallet.adjust_tickets(customer_id, sku, int(count), "测试", "test", clock.now)
        return
    openid, pack = words
    await wallet.buy_pack((await _customer_row(openid)).id, pack, "cash", "test", clock.now)


async def _given_balance(words: list[str], clock: Clock) -> None:
    openid, yuan = words
    await wallet.top_up((await _customer_row(openid)).id, round(float(yuan) * 100), "cash", "test")


async def _given_buckets(words: list[str]) -> None:
    """`buckets OPENID N`: N buckets held, their deposit (50 yuan each) paid."""
    openid, held = words
    row = await _customer_row(openid)
    async with in_transaction() as conn:
        await set_opening_buckets(conn, row.id, int(held), int(held) * 5000, "test")


async def _given_staff(role: str, words: list[str]) -> None:
    userid, name, *rest = words
    if role == "courier":
        courier = await staff.add_courier(userid, name, "test", "13900000000", 10, 150)
        courier.on_shift = "off" not in rest
        await courier.save()
    else:
        await staff.add_staff(userid, name, role, "test")


async def _given_order(words: list[str], clock: Clock) -> None:
    """`order OPENID SKU×N[,SKU×N] METHOD`."""
    openid, items, method = words
    lines = [(sku, int(n)) for sku, n in (item.split("×") for item in items.split(","))]
    row = await _customer_row(openid)
    await place_order(OrderRequest(row.id, lines, method), clock.now)


# Station settings given as numbers; every other setting is text.
_NUMBERS = {"min_order_fen", "delivery_fee_fen", "floor_fee_fen", "free_floors", "radius_m"}


async def _given_station(words: list[str]) -> None:
    """`station name=… address=… phone=… delivery_fee_fen=300 …` (values without spaces)."""
    _, named = _options(words)
    await configure_station({k: int(v) if k in _NUMBERS else v for k, v in named.items()}, "test")


async def arrange(given: list[str], clock: Clock) -> None:
    """Make every `given` true, in order."""
    for line in given:
        verb, *words = line.split()
        if verb == "customer":
            await _given_customer(words, clock)
        elif verb == "tickets":
            await _given_tickets(words, clock)
        elif verb == "balance":
            await _given_balance(words, clock)
        elif verb == "buckets":
            await _given_buckets(words)
        elif verb in ("courier", "owner", "dispatcher"):
            await _given_staff(verb, words)
        elif verb == "order":
            await _given_order(words, clock)
        elif verb == "station":
            await _given_station(words)
        else:
            raise Failed(f"unknown given {line!r}")


# --- messages --------------------------------------------------------------------------------


async def _newest_card(userid: str) -> dict[str, Any]:
    row = (
        await OutboxMessage.filter(channel="work", recipient=userid, kind="template_card")
        .order_by("-id")
        .first()
    )
    if row is None:
        raise Failed(f"no card was sent to {userid}")
    return dict(row.payload["card"])  # type: ignore[call-overload]


async def _tap(client: Client, userid: str, label: str) -> str:
    card = await _newest_card(userid)
    keys = {b["text"]: b["key"] for b in card.get("button_list", [])}
    if label not in keys:
        raise Failed(f"the newest card to {userid} has no button {label!r}: {sorted(keys)}")
    message = wire.work_template_card_event(
        userid,
        corp_id=DEV_WORK_CORP_ID,
        agent_id=DEV_WORK_AGENT_ID,
        event_key=keys[label],
        task_id=card["task_id"],
        response_code="rc-" + card["task_id"],
        created_at=next(_ids),
    )
    status, reply = await Staffer(client, userid).post(message)
    assert status == 200
    return (reply.content or "") if reply else ""


def _mp_message(openid: str, says: str) -> str:
    special = re.fullmatch(r"\[(\w+)\s*(.*)\]", says)
    if not special:
        return wire.mp_text(openid, says, msg_id=next(_ids))
    kind, rest = special[1], special[2]
    if kind == "location":
        point, _, label = rest.partition(" ")
        lat, lon = (float(x) for x in point.split(","))
        return wire.mp_location(openid, lat, lon, label, msg_id=next(_ids))
    if kind == "image":
        return wire.mp_image(openid, "media-1", "http://127.0.0.1/p.jpg", msg_id=next(_ids))
    if kind == "voice":
        return wire.mp_voice(openid, "media-2", recognition=rest, msg_id=next(_ids))
    if kind == "subscribe":
        return wire.mp_subscribe(openid)
    raise Failed(f"unknown message {says!r}")


# The scheduler's jobs a `clock` row runs now (says the job's name), as they run every minute.
JOBS: dict[str, Callable[[Clock], Awaitable[int]]] = {
    "alerts": lambda clock: alerts.sweep_alerts(clock.now, alert_text),
    "handoffs": lambda clock: handoffs.lapse_due(clock.now),
}


async def send(client: Client, clock: Clock, step: Step) -> str | None:
    """Deliver one row's message; the reply text, or None for a clock row."""
    if step.who == "clock":
        if step.says in JOBS:
            await JOBS[step.says](clock)
        else:
            clock.now = shift(clock.now, step.says)
        return None
    if step.who.startswith("u-"):
        if step.says.startswith("[tap "):
            return await _tap(client, step.who, step.says[5:-1].strip())
        return await Staffer(client, step.who).say(step.says)
    status, reply = await Speaker(client, step.who).post(_mp_message(step.who, step.says))
    assert status == 200, reply
    return reply


def expect_reply(step: Step, reply: str) -> None:
    """Every fragment the row lists is in the reply (or absent, for `!fragment`)."""
    for fragment in step.reply_has:
        if fragment == "-":
            ok = reply == ""
        elif fragment.startswith("!"):
            ok = fragment[1:] not in reply
        else:
            ok = fragment in reply
        if not ok:
            raise Failed(f"line {step.line}: reply should have {fragment!r}; it was:\n{reply}")


# --- checks ----------------------------------------------------------------------------------


async def _nth_order(k: int) -> Order:
    orders = await Order.all().order_by("id")
    if k > len(orders):
        raise Failed(f"there is no order #{k}: {len(orders)} orders")
    return orders[k - 1]


async def _order_field(order: Order, name: str) -> str:
    lines = await OrderLine.filter(order_id=order.id).order_by("id")
    await order.fetch_related("courier")
    values: dict[str, Callable[[], str]] = {
        "state": lambda: order.state,
        "payment": lambda: order.payment_method,
        "paid": lambda: order.payment_status,
        "address": lambda: str(order.address.get("text", "")),
        "items": lambda: ",".join(f"{line.sku}×{line.quantity}" for line in lines),
        "window": lambda: (
            f"{order.window_start.astimezone(TZ):%Y-%m-%d %H:%M}-"
            f"{order.window_end.astimezone(TZ):%H:%M}"
        ),
        "tickets": lambda: str(order.tickets_used),
        "tickets_fen": lambda: str(order.tickets_fen),
        "prepaid": lambda: str(order.prepaid_fen),
        "due": lambda: str(order.cash_due_fen),
        "collected": lambda: str(order.cash_collected_fen),
        "courier": lambda: order.courier.name if order.courier else "-",
        "note": lambda: order.note,
    }
    if name not in values:
        raise Failed(f"unknown order field {name!r}")
    return values[name]()


async def _check_order(text: str) -> None:
    head, _, rest = text.partition(" ")
    order = await _nth_order(int(head[len("order#") :]))
    # A value runs to the next `name=` or `name~`, so it may hold spaces (windows do).
    for name, op, want in re.findall(r"(\w+)(=|~)(.*?)\s*(?=\s\w+[=~]|$)", rest):
        got = await _order_field(order, name)
        if (op == "=" and got != want) or (op == "~" and want not in got):
            raise Failed(f"order {order.number} {name}: wanted {op}{want!r}, got {got!r}")


async def _outbox_to(recipient: str) -> list[str]:
    rows = await OutboxMessage.filter(recipient=recipient).order_by("id")
    return [json.dumps(row.payload, ensure_ascii=False) for row in rows]


async def _check_sent(text: str) -> None:
    """`sent WHO=N` (how many messages), `sent WHO~TEXT` (one of them contains TEXT) or
    `sent WHO!~TEXT` (none does)."""
    match = re.fullmatch(r"sent (\S+?)\s*(=|~|!~)\s*(.+)", text)
    if not match:
        raise Failed(f"cannot read check {text!r}")
    who, op, want = match.groups()
    sent = await _outbox_to(who)
    if op == "=" and len(sent) != int(want):
        raise Failed(f"{len(sent)} messages were sent to {who}, wanted {want}: {sent}")
    if op == "~" and not any(want in payload for payload in sent):
        raise Failed(f"nothing sent to {who} contains {want!r}: {sent}")
    if op == "!~" and any(want in payload for payload in sent):
        raise Failed(f"something sent to {who} contains {want!r}: {sent}")


async def _tickets(openid: str) -> int:
    row = await Customer.get(mp_openid=openid)
    return sum(w.balance for w in await TicketWallet.filter(customer_id=row.id))


async def _balance(openid: str) -> int:
    row = await Customer.get(mp_openid=openid)
    account = await BalanceAccount.get_or_none(customer_id=row.id)
    return account.balance_fen if account else 0


HOLDINGS: dict[str, Callable[[str], Awaitable[int]]] = {"tickets": _tickets, "balance": _balance}

COUNTS: dict[str, Callable[[], Awaitable[int]]] = {
    "orders": lambda: Order.all().count(),
    "complaints": lambda: Complaint.all().count(),
    "returns": lambda: ReturnRequest.all().count(),
}


async def check(text: str) -> None:
    """One `then` check: `orders=N`, `complaints=N`, `returns=N`, `order#K field=value …`
    (`field~part` for a part), `sent WHO=N`, `sent WHO~TEXT`, `sent WHO!~TEXT`,
    `tickets OPENID=N`, `balance OPENID=FEN`."""
    if text.startswith("order#"):
        return await _check_order(text)
    if text.startswith("sent "):
        return await _check_sent(text)
    holding, _, rest = text.partition(" ")
    if holding in HOLDINGS and "=" in rest:  # tickets OPENID=N, balance OPENID=FEN
        openid, want = (part.strip() for part in rest.split("="))
        got = await HOLDINGS[holding](openid)
        if got != int(want):
            raise Failed(f"{openid} holds {got} ({holding}), wanted {want}")
        return None
    name, _, want = text.partition("=")
    if name not in COUNTS:
        raise Failed(f"unknown check {text!r}")
    got = await COUNTS[name]()
    if got != int(want):
        raise Failed(f"{name}: {got}, wanted {want}")
    return None


# Records whose ids a script cannot know in advance (they run on from earlier tests).
RECORDS: dict[str, type[PackPurchase] | type[ReturnRequest] | type[Handoff]] = {
    "pack": PackPurchase,
    "return": ReturnRequest,
    "handoff": Handoff,
}


async def fill(text: str) -> str:
    """`{pack#K}` / `{return#K}` / `{handoff#K}` in a row: the id of the K-th pack purchase,
    return request or handoff."""

    async def record_id(match: re.Match[str]) -> str:
        rows = await RECORDS[match[1]].all().order_by("id").values_list("id", flat=True)
        k = int(match[2])
        if k > len(rows):
            raise Failed(f"there is no {match[1]} #{k}: {len(rows)} of them")
        return str(rows[k - 1])

    pattern = re.compile(r"\{(pack|return|handoff)#(\d+)\}")
    for match in list(pattern.finditer(text)):
        text = text.replace(match[0], await record_id(match), 1)
    return text


async def _filled(step: Step, *, sent: bool) -> Step:
    if not sent:
        return replace(step, says=await fill(step.says))
    reply_has = tuple([await fill(f) for f in step.reply_has])
    return replace(step, reply_has=reply_has, checks=tuple([await fill(c) for c in step.checks]))


async def play(client: Client, clock: Clock, conversation: Conversation) -> None:
    """Arrange the givens, then send each row and check what it says."""
    clock.now = conversation.start
    await arrange(conversation.given, clock)
    for step in conversation.steps:
        reply = await send(client, clock, await _filled(step, sent=False))
        step = await _filled(step, sent=True)
        if reply is not None:
            expect_reply(step, reply)
        for text in step.checks:
            try:
                await check(text)
            except Failed as failure:
                raise Failed(f"line {step.line} ({step.says!r}): {failure}") from None
