"""A customer's conversation handed to staff: opened, relayed both ways, ended or lapsed.

Each use case is one transaction that writes the `Handoff` row and queues what the other side
reads (through the notifier, so in the outbox of the same transaction). Relays and answers take
the message's key, so a turn run again after a crash queues nothing twice; ending is a
conditional update of the row, so a handoff ends once whoever ends it first.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import Any
from uuid import UUID

from tortoise.expressions import Q

from domain.infra.ports import (
    HANDOFF_ANSWERED,
    HANDOFF_ENDED,
    HANDOFF_OPENED,
    HANDOFF_PICTURE,
    HANDOFF_SAID,
    Conn,
    HandoffNote,
    notifier,
)
from domain.models import Customer, CustomerMedia, Handoff, Order, Staff
from domain.rules import handoff as rules
from domain.rules.cleaning import clean_text
from domain.rules.errors import InvalidInput, NotFound
from domain.rules.order_flow import OPEN_STATES
from domain.services import conversations
from domain.services.requests import STAFF_ROLES
from domain.services.support import as_stored_time, audit, lock_customer, run_in_transaction

OPEN, CLOSED = "open", "closed"
MP = "mp"
TEXT_LIMIT = 1000  # a relayed message; WeCom and the OA both cut longer texts anyway
# What a relay came to (Relayed.status).
RELAYED, GONE = "relayed", "gone"


@dataclass(frozen=True)
class Opened:
    """The handoff's number (0: nobody to hand to), and whether it was already open."""

    number: int
    already: bool = False


@dataclass(frozen=True)
class Relayed:
    """`relayed`, or `gone`: no open handoff any more (ended or lapsed; the bot answers)."""

    status: str
    number: int = 0


@dataclass(frozen=True)
class Answered:
    """`sent`, or `lapsed`: the handoff had lapsed and was ended instead."""

    number: int
    status: str


async def _staff_userids(conn: Conn) -> list[str]:
    """The owners and dispatchers on duty; with nobody on duty, the owners (rules.recipients)."""
    rows = await Staff.filter(role__in=list(STAFF_ROLES)).order_by("wecom_userid").using_db(conn)
    return rules.recipients([rules.OnRoster(r.wecom_userid, r.role, r.on_duty) for r in rows])


async def _recipients(conn: Conn, row: Handoff) -> list[str]:
    """The staff member who took the conversation, else those on duty (or the owners)."""
    return [row.staff_userid] if row.staff_userid else await _staff_userids(conn)


def _note(customer: Customer, number: int, event: str, **facts: Any) -> HandoffNote:
    return HandoffNote(number, event, customer.name, customer.phone or "", **facts)


async def _open_orders(conn: Conn, customer_id: UUID) -> tuple[tuple[str, str], ...]:
    orders = Order.filter(customer_id=customer_id, state__in=list(OPEN_STATES)).order_by("-id")
    return tuple((o.number, o.state) for o in await orders.using_db(conn))


async def _open_row(conn: Conn, customer_id: UUID) -> Handoff | None:
    found = Handoff.filter(customer_id=customer_id, status=OPEN).select_for_update()
    return await found.using_db(conn).order_by("-id").first()


async def open_handoff(customer_id: UUID | str, openid: str, now: datetime, key: str) -> Opened:
    """Hand the customer's conversation to the staff on duty (one open at a time)."""

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        found = await _open_row(conn, customer.id)
        if found is not None and not rules.is_lapsed(found.last_at, now):
            return {"number": found.id, "already": True}
        if found is not None:
            await _close(conn, found, customer, rules.BY_LAPSE, now)
        staff = await _staff_userids(conn)
        if not staff:
            return {"number": 0}
        row = await Handoff.create(
            customer=customer,
            openid=openid,
            opened_at=as_stored_time(now),
            last_at=as_stored_time(now),
            using_db=conn,
        )
        orders = await _open_orders(conn, customer.id)
        note = _note(customer, row.id, HANDOFF_OPENED, open_orders=orders)
        await notifier().handoff_to_staff(conn, staff, note, now)
        await audit(conn, "customer", "handoff.open", "handoff", row.id, None, {"openid": openid})
        return {"number": row.id}

    done = await run_in_transaction("handoff.open", key, work, subject=customer_id)
    return Opened(int(done["number"]), bool(done.get("already", False)))


async def relay_from_customer(
    customer_id: UUID | str,
    now: datetime,
    key: str,
    text: str = "",
    picture: tuple[str, str] = ("", ""),
) -> Relayed:
    """Pass the customer's words (or a picture: media id, url) to staff; `gone` when over."""
    text = clean_text(text, multiline=True)[:TEXT_LIMIT]
    media_id, picture_url = picture

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        row = await _open_row(conn, customer.id)
        if row is None:
            return {"status": GONE}
        if rules.is_lapsed(row.last_at, now):
            await _close(conn, row, customer, rules.BY_LAPSE, now)
            return {"status": GONE, "number": row.id}
        row.last_at = as_stored_time(now)
        await row.save(using_db=conn, update_fields=["last_at"])
        if media_id:
            await CustomerMedia.create(
                customer=customer, media_id=media_id[:128], pic_url=picture_url[:500],
                purpose="handoff", using_db=conn,
            )  # fmt: skip
            note = _note(
                customer, row.id, HANDOFF_PICTURE, picture_url=picture_url, media_id=media_id
            )
        else:
            note = _note(customer, row.id, HANDOFF_SAID, text=text)
        await notifier().handoff_to_staff(conn, await _recipients(conn, row), note, now)
        return {"status": RELAYED, "number": row.id}

    done = await run_in_transaction("handoff.relay", key, work, subject=customer_id)
    return Relayed(str(done["status"]), int(done.get("number", 0)))


async def _pick(conn: Conn, staff_userid: str, number: int | None) -> Handoff:
    """The handoff a staff command is about: the one numbered, or the only one open to them."""
    if number is not None:
        found = await Handoff.filter(id=number).select_for_update().using_db(conn).first()
        if found is None or found.status != OPEN:
            raise NotFound(f"handoff {number} not open", message=f"会话#{number}不在进行中")
        return found
    mine = Q(staff_userid=staff_userid) | Q(staff_userid="")
    open_ones = await Handoff.filter(mine, status=OPEN).order_by("id").using_db(conn)
    if not open_ones:
        raise NotFound("no open handoff", message="现在没有等待人工回复的客户")
    if len(open_ones) > 1:
        numbers = "、".join(f"#{row.id}" for row in open_ones)
        raise InvalidInput(
            f"{len(open_ones)} open handoffs", message=f"有{len(open_ones)}位客户在等({numbers}),"
            "请写明编号,如 回复 12 好的",
        )  # fmt: skip
    return await Handoff.filter(id=open_ones[0].id).select_for_update().using_db(conn).get()


async def answer_customer(
    staff_userid: str, staff_name: str, number: int | None, text: str, now: datetime, key: str
) -> Answered:
    """Queue staff's answer to the customer (customer-service message); claims the handoff."""
    text = clean_text(text, multiline=True)[:TEXT_LIMIT]
    if not text:
        raise InvalidInput("empty answer", message="请在“回复”后面写上要对客户说的话")

    async def work(conn: Conn) -> dict[str, Any]:
        row = await _pick(conn, staff_userid, number)
        customer = await Customer.get(id=row.customer_id, using_db=conn)  # type: ignore[attr-defined]
        if rules.is_lapsed(row.last_at, now):
            await _close(conn, row, customer, rules.BY_LAPSE, now)
            return {"number": row.id, "status": "lapsed"}
        # Whoever answered last holds the conversation: the customer's next words go to them,
        # and the one who held it hears what was said (else two staff answer blind).
        previous = row.staff_userid
        row.last_at, row.staff_userid = as_stored_time(now), staff_userid
        await row.save(using_db=conn, update_fields=["last_at", "staff_userid"])
        note = _note(customer, row.id, HANDOFF_ANSWERED, text=text, staff_name=staff_name)
        await notifier().handoff_to_customer(conn, row.openid, note, now)
        if previous and previous != staff_userid:
            await notifier().handoff_to_staff(conn, [previous], note, now)
        await audit(conn, rules.closed_by_staff(staff_userid), "handoff.answer", "handoff", row.id)
        return {"number": row.id, "status": "sent"}

    done = await run_in_transaction("handoff.answer", key, work, subject=staff_userid)
    return Answered(int(done["number"]), str(done["status"]))


async def end_by_staff(
    staff_userid: str, number: int | None, now: datetime, tapped: bool = False
) -> int:
    """Staff end a handoff (the customer is told); returns its number. `tapped`: by the card's
    结束 button, whose answer greys that staff member's card itself."""

    async def work(conn: Conn) -> dict[str, Any]:
        row = await _pick(conn, staff_userid, number)
        customer = await Customer.get(id=row.customer_id, using_db=conn)  # type: ignore[attr-defined]
        by = rules.closed_by_staff(staff_userid)
        await _close(conn, row, customer, by, now, staff_userid if tapped else None)
        return {"number": row.id}

    return int((await run_in_transaction("handoff.end", None, work))["number"])


async def end_by_customer(customer_id: UUID | str, now: datetime) -> int:
    """The customer ends their handoff (staff are told); 0 when none was open."""

    async def work(conn: Conn) -> dict[str, Any]:
        customer = await lock_customer(conn, customer_id)
        row = await _open_row(conn, customer.id)
        if row is None:
            return {"number": 0}
        await _close(conn, row, customer, rules.BY_CUSTOMER, now)
        return {"number": row.id}

    return int((await run_in_transaction("handoff.end", None, work))["number"])


async def lapse_due(now: datetime) -> int:
    """End every handoff silent for `LAPSE` (both sides told); each once across processes."""
    cutoff = as_stored_time(now - rules.LAPSE)
    due = await Handoff.filter(status=OPEN, last_at__lte=cutoff).order_by("id")
    ended = 0
    for row in due:
        ended += await _lapse_one(row.id, cutoff, now)
    return ended


async def _lapse_one(number: int, cutoff: datetime, now: datetime) -> bool:
    async def work(conn: Conn) -> dict[str, Any]:
        found = Handoff.filter(id=number, status=OPEN, last_at__lte=cutoff)
        row = await found.select_for_update().using_db(conn).first()
        if row is None:  # someone wrote, or it was ended, since the sweep looked
            return {"ended": False}
        customer = await Customer.get(id=row.customer_id, using_db=conn)  # type: ignore[attr-defined]
        return {"ended": await _close(conn, row, customer, rules.BY_LAPSE, now)}

    return bool((await run_in_transaction("handoff.lapse", None, work))["ended"])


async def _close(
    conn: Conn,
    row: Handoff,
    customer: Customer,
    by: str,
    now: datetime,
    tapped_by: str | None = None,
) -> bool:
    """End the handoff once: tell the side that did not end it, give the chat back to the bot."""
    closing = Handoff.filter(id=row.id, status=OPEN).using_db(conn)
    if not await closing.update(status=CLOSED, closed_at=as_stored_time(now), closed_by=by[:80]):
        return False
    note = _note(customer, row.id, HANDOFF_ENDED, ended_by=by.split(":")[0])
    if by != rules.BY_CUSTOMER:
        await notifier().handoff_to_customer(conn, row.openid, note, now)
    if not by.startswith(rules.BY_STAFF):
        await notifier().handoff_to_staff(conn, await _recipients(conn, row), note, now)
    await notifier().handoff_closed(conn, row.id, now, tapped_by)
    # A turn holding the chat right now finds the row closed on the customer's next message.
    # An order draft the handoff interrupted comes back (`rules.PAUSED`).
    resume = (rules.PAUSED, now + rules.PAUSED_TTL)
    await conversations.leave_state(conn, MP, row.openid, rules.HandoffStates.HUMAN, resume)
    await audit(conn, by, "handoff.end", "handoff", row.id, {"status": OPEN}, {"status": CLOSED})
    return True
