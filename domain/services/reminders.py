"""Sending due refill reminders, safely from any number of schedulers.

A sweep claims due rows under a lease (status 'claimed', a claim token, lease_until): with
`FOR UPDATE SKIP LOCKED` on PostgreSQL, a compare-and-set on SQLite. Each claimed row is then
decided in its own transaction under the customer's row lock: skipped, deferred, or sent by
writing the message to the outbox and the reply state to the conversation (through the
conversation store, and only while no turn of the customer's is under way) in the same
transaction that marks it sent, and only if the claim is still ours. A process killed between
claim and send leaves the row claimed; when the lease runs out another sweep takes it.
"""

from __future__ import annotations

import logging
import uuid
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from tortoise.expressions import Q
from tortoise.transactions import in_transaction

from domain.infra.ports import Conn
from domain.models import Conversation, Customer, Order, OrderLine, Product, Reminder
from domain.rules.chat_states import IDLE
from domain.rules.order_draft import OrderDraft
from domain.rules.order_flow import OPEN_STATES
from domain.rules.reminder_rules import (
    CLAIMED,
    FIRST,
    FOLLOW_UP,
    PENDING,
    SENT,
    SKIPPED,
    WAKE_UP,
    Decision,
    Facts,
    ReminderPolicy,
    ReminderStates,
    decide,
    follow_up_at,
    held_retry_at,
    use_template,
)
from domain.rules.reminder_texts import Offer, coupon_text, due_text, reminder_text, template_data
from domain.services import campaigns, conversations, ledgers, outbox
from domain.services.refill import cycle_key, load_state
from domain.services.support import as_stored_time, audit, is_postgres, lock_customer

log = logging.getLogger(__name__)

LEASE = timedelta(minutes=5)
BATCH = 50


class LostClaim(Exception):
    """Another sweep took the row after our lease ran out: roll back, send nothing."""


@dataclass(frozen=True)
class Claim:
    """Rows claimed by one sweep, and the token that proves it."""

    token: str
    until: datetime
    ids: list[int]


@dataclass
class SweepResult:
    """What one sweep did, by outcome."""

    claimed: int = 0
    counts: dict[str, int] = field(default_factory=dict)

    def add(self, outcome: str) -> None:
        """Count one processed row."""
        self.counts[outcome] = self.counts.get(outcome, 0) + 1


async def claim_due(
    now: datetime, kinds: tuple[str, ...], limit: int = BATCH, lease: timedelta = LEASE
) -> Claim:
    """Claim up to `limit` due reminders of `kinds`: pending and due, or claimed, lease over."""
    now_u = as_stored_time(now)
    claim = Claim(uuid.uuid4().hex, now_u + lease, [])
    due_q = Q(status=PENDING, due_at__lte=now_u) | Q(status=CLAIMED, lease_until__lte=now_u)
    taken = {"status": CLAIMED, "claim_token": claim.token, "lease_until": claim.until}
    async with in_transaction() as conn:
        due = Reminder.filter(due_q, kind__in=kinds).order_by("due_at", "id").limit(limit)
        if is_postgres(conn):
            # Rows another scheduler holds are skipped, not waited for.
            rows = await due.using_db(conn).select_for_update(skip_locked=True)
            claim.ids.extend(row.id for row in rows)
            await Reminder.filter(id__in=claim.ids).using_db(conn).update(**taken)
        else:
            for row in await due.using_db(conn):
                # SQLite has one writer: a compare-and-set on "still due" decides the claim.
                if await Reminder.filter(due_q, id=row.id).using_db(conn).update(**taken):
                    claim.ids.append(row.id)
    return claim


async def sweep(
    now: datetime,
    policy: ReminderPolicy,
    kinds: tuple[str, ...] = (FIRST, FOLLOW_UP),
    limit: int = BATCH,
    lease: timedelta = LEASE,
) -> SweepResult:
    """Claim due reminders and decide each one: sent, skipped or deferred."""
    claim = await claim_due(now, kinds, limit, lease)
    result = SweepResult(len(claim.ids))
    for reminder_id in claim.ids:
        try:
            result.add(await process(reminder_id, claim.token, now, policy))
        except Exception:  # one bad row must not stop the sweep; it comes back after the lease
            log.exception("reminder %d failed; it is retried when its lease ends", reminder_id)
            result.add("error")
    return result


async def process(reminder_id: int, token: str, now: datetime, policy: ReminderPolicy) -> str:
    """Decide one claimed reminder in one transaction; returns sent/skipped:REASON/deferred/lost."""
    try:
        async with in_transaction() as conn:
            owner = (
                await Reminder.filter(id=reminder_id)
                .using_db(conn)
                .values_list("customer_id", flat=True)
            )
            # The customer's lock first, as every use case takes it: an order placed at the same
            # moment is either seen as open here or placed after the reminder is recorded.
            customer = await lock_customer(conn, str(owner[0]))
            row = await _held(conn, reminder_id, token)
            decision = decide(policy, await _facts(conn, row, customer, now))
            if decision.action == "send":
                return await _send(conn, row, customer, token, now, policy)
            return await _settle(conn, row, token, decision)
    except LostClaim:
        log.info("reminder %d: claim lost to another scheduler; nothing sent", reminder_id)
        return "lost"


async def _held(conn: Conn, reminder_id: int, token: str) -> Reminder:
    rows = Reminder.filter(id=reminder_id, status=CLAIMED, claim_token=token).using_db(conn)
    row = await (rows.select_for_update() if is_postgres(conn) else rows).first()
    if row is None:
        raise LostClaim(reminder_id)
    return row


async def _facts(conn: Conn, row: Reminder, customer: Customer, now: datetime) -> Facts:
    state = load_state(customer)
    open_order = (
        await Order.filter(customer_id=customer.id, state__in=list(OPEN_STATES))
        .using_db(conn)
        .exists()
    )
    return Facts(
        kind=row.kind,
        now=now,
        due_at=row.due_at,
        has_openid=bool(customer.mp_openid),
        subscribed=customer.subscribed,
        opted_out=customer.reminder_opt_out,
        open_order=open_order,
        current_cycle=state is not None and cycle_key(state) == row.cycle_key,
        busy_until=await _busy_until(conn, customer, now),
    )


async def _busy_until(conn: Conn, customer: Customer, now: datetime) -> datetime | None:
    chat = (
        await Conversation.filter(channel="mp", user_id=customer.mp_openid or "")
        .using_db(conn)
        .first()
    )
    if chat is None or chat.state in (IDLE, ReminderStates.REORDER) or chat.expires_at is None:
        return None
    return chat.expires_at if chat.expires_at > now else None


async def _settle(conn: Conn, row: Reminder, token: str, decision: Decision) -> str:
    mine = Reminder.filter(id=row.id, status=CLAIMED, claim_token=token).using_db(conn)
    if decision.action == "skip":
        changes: dict[str, Any] = {"status": SKIPPED, "skip_reason": decision.reason}
        outcome = f"skipped:{decision.reason}"
    else:
        assert decision.until is not None
        changes = {"status": PENDING, "due_at": as_stored_time(decision.until), "claim_token": ""}
        outcome = "deferred"
    if not await mine.update(lease_until=None, **changes):
        raise LostClaim(row.id)
    return outcome


async def _send(
    conn: Conn, row: Reminder, customer: Customer, token: str, now: datetime, policy: ReminderPolicy
) -> str:
    offer = await offer_for(conn, customer, now)
    if offer is None:
        return await _settle(conn, row, token, Decision("skip", "no_history"))
    due = due_text(row.need_at, policy.tz)
    template = None
    if policy.template_id:
        data = template_data(policy.template_fields, row.kind, customer.name, offer, due)
        template = {"template_id": policy.template_id, "data": data}
    if use_template(customer.last_message_at, now, policy):
        if template is None:
            return await _settle(conn, row, token, Decision("skip", "no_template"))
        kind, payload = "template", template
    else:
        coupon = await campaign_coupon(conn, customer, now) if row.kind == WAKE_UP else None
        kind, payload = "text", {"text": reminder_text(row.kind, customer.name, offer, due, coupon)}
        if template is not None:
            payload["fallback_template"] = template  # the window may close before it leaves
    openid = customer.mp_openid or ""
    if not await _open_reply(conn, openid, row, offer, now, policy):
        # A turn of the customer's is under way: its saved state would replace the offer's.
        return await _settle(
            conn, row, token, Decision("defer", "chatting", held_retry_at(now, policy))
        )
    outbox_id = await outbox.enqueue(conn, "mp", openid, kind, payload, now)
    sent = {
        "status": SENT,
        "sent_at": as_stored_time(now),
        "delivered_as": kind,
        "outbox_id": outbox_id,
    }
    offered = {"sku": offer.sku, "quantity": offer.quantity, "payment_method": offer.payment_method}
    mine = Reminder.filter(id=row.id, status=CLAIMED, claim_token=token).using_db(conn)
    if not await mine.update(lease_until=None, **sent, **offered):
        raise LostClaim(row.id)
    if row.kind == FIRST:
        await Reminder.create(
            customer=customer,
            cycle_key=row.cycle_key,
            kind=FOLLOW_UP,
            due_at=as_stored_time(follow_up_at(now, policy)),
            need_at=row.need_at,
            using_db=conn,
        )
    await audit(conn, "scheduler", "reminder.send", "reminder", row.id, None, offered)
    return "sent"


async def _open_reply(
    conn: Conn, openid: str, row: Reminder, offer: Offer, now: datetime, policy: ReminderPolicy
) -> bool:
    """Put the customer's chat in the reorder state, so that replying 1 places the offer."""
    draft = OrderDraft.new(
        items=[(offer.sku, offer.quantity)],
        payment=offer.payment_method,
        reminder_id=row.id,
        product=offer.product,
    )
    saved = conversations.Saved(ReminderStates.REORDER, draft.to_json(), now + policy.reply_ttl)
    return await conversations.open_reply(conn, "mp", openid, saved)


async def offer_for(conn: Conn, customer: Customer, now: datetime) -> Offer | None:
    """The last order again: its main product and quantity, paid as last time when possible."""
    last = (
        await Order.filter(customer_id=customer.id)
        .exclude(state="cancelled")
        .order_by("-id")
        .using_db(conn)
        .first()
    )
    if last is None:
        return None
    lines = await OrderLine.filter(order_id=last.id, is_bucket=True).using_db(conn)
    if not lines:
        return None
    line = max(lines, key=lambda ln: ln.quantity)
    product = await Product.filter(sku=line.sku, active=True).using_db(conn).first()
    if product is None:
        return None
    method = last.payment_method
    if method == "ticket":
        usable = await ledgers.usable_tickets(conn, customer, now)
        # Offering tickets the wallet cannot cover would only earn a 水票不足.
        method = "ticket" if usable.get(line.sku, 0) >= line.quantity else "cash"
    return Offer(line.sku, product.name, line.quantity, method)


async def campaign_coupon(conn: Conn, customer: Customer, now: datetime) -> str | None:
    """Issue the customer a running `dormant` campaign's coupon in `conn`; its line, or None."""
    coupon = await campaigns.dormant_coupon(conn, customer, now)
    if coupon is None:
        return None
    return coupon_text(coupon.amount_fen, coupon.min_goods_fen, coupon.expires_at, now.tzinfo)
