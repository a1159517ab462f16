"""Owner look-ups: one customer's card, one order, sleeping customers, complaints."""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.owner_format import day_text, items_text, stamp
from bot.presentation import window_text
from bot.router import Router, with_argument
from domain.reads import order_refs, orders, owner_lookups, owner_views
from domain.reads.owner_lookups import CustomerCard, RecentOrder
from domain.rules.errors import NotFound
from domain.rules.pricing import covered_by_tickets, yuan
from domain.rules.refill import Explanation
from domain.services import complaints as complaint_service

router = Router("owner_lookup")

CLOSE = re.compile(r"^#?(\d{1,9})\s*(.*)$", re.S)


@router.command(with_argument("客户"))
async def customer(turn: Turn, said: re.Match[str]) -> Reply:
    """客户 手机号或名字: the card, or a short list when several match."""
    arg = said["arg"]
    if not arg:
        return Reply(texts.CUSTOMER_USAGE)
    search = await owner_lookups.search_customers(arg, turn.now)
    found = search.found
    if not found:
        return Reply(texts.CUSTOMER_NONE.format(query=arg))
    if search.card is None:
        lines = [texts.CUSTOMER_MANY.format(count=len(found))]
        lines += [texts.CUSTOMER_MANY_LINE.format(name=c.name, phone=c.phone or "") for c in found]
        return Reply("\n".join(lines))
    return Reply(card_text(turn, search.card))


def card_text(turn: Turn, card: CustomerCard) -> str:
    """The customer's card."""
    who = card.customer
    tickets = "、".join(
        texts.CUSTOMER_TICKET.format(name=t.name, count=t.count) for t in card.account.tickets
    )
    recent = [_order_line(turn, order) for order in card.recent]
    return texts.CUSTOMER_CARD.format(
        name=who.name,
        phone=who.phone or "",
        address=card.address or texts.CUSTOMER_NO_ADDRESS,
        tickets=tickets or texts.CUSTOMER_NO_TICKETS,
        balance=yuan(card.account.balance_fen),
        held=card.account.buckets_held,
        deposit=yuan(card.account.deposit_fen),
        total=card.orders_total,
        recent="\n".join(recent) or texts.CUSTOMER_NO_ORDERS,
        refill=refill_text(turn, card.refill),
    ).strip()


def _order_line(turn: Turn, order: RecentOrder) -> str:
    return texts.CUSTOMER_ORDER_LINE.format(
        number=order.number,
        day=day_text(order.window_start, turn.now),
        items=items_text(order.items),
        state=texts.STATE_NAMES.get(order.state, order.state),
    )


def refill_text(turn: Turn, explained: Explanation | None) -> str:
    """约每 N 天 1 桶,预计 11月28日 需要."""
    if explained is None:
        return texts.REFILL_UNKNOWN
    pace = explained.days_per_bucket
    days = f"{pace:.0f}" if pace >= 3 else f"{pace:.1f}"
    if explained.expected_at is None:
        return texts.REFILL_GONE.format(days=days)
    note = texts.REFILL_NEW if explained.intervals_used == 0 else ""
    note += texts.REFILL_WEEKDAYS if explained.weekday_only else ""
    date = day_text(explained.expected_at, turn.now)
    return texts.REFILL_FORECAST.format(days=days, date=date, note=note)


@router.command(with_argument("订单"))
async def order(turn: Turn, found: re.Match[str]) -> Reply:
    """订单 N (in full, 003 or #003): the order, its money and its history."""
    number = found["arg"].strip()
    if not number:
        return Reply(texts.ORDER_USAGE)
    try:
        detail = await orders.order_detail(await order_refs.for_staff(number, turn.now))
    except NotFound:
        return Reply(texts.ORDER_NONE.format(number=number))
    o = detail.order
    covered = covered_by_tickets(o.payment_method, o.goods_fen, o.tickets_fen)
    events = [
        texts.ORDER_EVENT.format(
            at=stamp(e.at, turn.now),
            src=texts.STATE_NAMES.get(e.from_state or "", "") if e.from_state else "",
            dst=texts.STATE_NAMES.get(e.to_state, e.to_state),
            actor=e.actor,
            reason=f" {e.reason}" if e.reason else "",
        )
        for e in detail.events
    ]
    return Reply(
        texts.ORDER_CARD.format(
            number=o.number,
            state=texts.STATE_NAMES.get(o.state, o.state),
            customer=detail.customer.name,
            phone=detail.customer.phone or "",
            address=o.address_text,
            window=window_text(o.window_start, o.window_end, turn.now),
            items=items_text(detail.lines),
            payment=texts.PAYMENT_NAMES.get(o.payment_method, o.payment_method),
            total=yuan(o.total_fen - covered),
            tickets=texts.ORDER_TICKETS.format(count=o.tickets_used) if o.tickets_used else "",
            collected=texts.ORDER_COLLECTED.format(cash=yuan(o.cash_collected_fen))
            if o.cash_collected_fen is not None
            else "",
            courier=detail.courier.name if detail.courier else texts.ORDER_NO_COURIER,
            events="\n".join(events),
        )
    )


@router.command("沉睡")
async def sleepers(turn: Turn, _: re.Match[str]) -> Reply:
    """沉睡: customers past their usual reorder time, saying by which rule."""
    found = await owner_views.sleeping_customers(turn.now)
    if not found:
        return Reply(texts.SLEEPERS_NONE)
    lines = [texts.SLEEPERS_HEAD.format(count=len(found))]
    for sleeper in found:
        why = []
        if sleeper.overdue and sleeper.due_at is not None:
            why.append(texts.SLEEPER_OVERDUE.format(due=day_text(sleeper.due_at, turn.now)))
        if sleeper.idle and sleeper.last_order_at is not None:
            days = (turn.now - sleeper.last_order_at).days
            last = day_text(sleeper.last_order_at, turn.now)
            why.append(texts.SLEEPER_IDLE.format(days=days, last=last))
        lines.append(
            texts.SLEEPER_LINE.format(
                name=sleeper.name, phone=sleeper.phone, why=texts.SLEEPER_JOIN.join(why)
            )
        )
    return Reply("\n".join(lines))


@router.command("投诉")
async def complaints(turn: Turn, _: re.Match[str]) -> Reply:
    """投诉: open complaints, oldest first, and how to close one."""
    found = await owner_lookups.open_complaints()
    if not found:
        return Reply(texts.COMPLAINTS_NONE)
    lines = [texts.COMPLAINTS_HEAD.format(count=len(found))]
    for c in found:
        lines.append(
            texts.COMPLAINT_LINE.format(
                id=c.id,
                at=stamp(c.created_at, turn.now),
                name=c.customer.name,
                phone=c.customer.phone or "",
                order=texts.COMPLAINT_ORDER.format(number=c.order_number) if c.order_number else "",
                text=c.text[:120],
            )
        )
    lines.append(texts.COMPLAINTS_HINT.format(id=found[0].id))
    return Reply("\n".join(lines))


@router.command(with_argument("处理"))
async def close_complaint(turn: Turn, found: re.Match[str]) -> Reply:
    """处理 N 已电话道歉: close complaint N with what was done (audited)."""
    parsed = CLOSE.match(found["arg"].strip())
    if parsed is None or not parsed.group(2).strip():
        return Reply(texts.CLOSE_USAGE)
    complaint_id, resolution = int(parsed.group(1)), parsed.group(2).strip()
    closed = await complaint_service.close_complaint(
        complaint_id, resolution, turn.member.wecom_userid, turn.now
    )
    if closed.previous is None:
        return Reply(texts.COMPLAINT_MISSING.format(id=complaint_id))
    if closed.previous != complaint_service.OPEN:
        return Reply(texts.COMPLAINT_ALREADY.format(id=complaint_id, resolution=closed.resolution))
    return Reply(texts.COMPLAINT_CLOSED.format(id=complaint_id, resolution=closed.resolution))
