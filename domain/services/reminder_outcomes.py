"""What happened after each reminder (ordered within N days or not), and the hit-rate report."""

from __future__ import annotations

import logging
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from uuid import UUID

from domain.models import OrderEvent, Reminder
from domain.rules.reminder_rules import (
    DECLINED,
    FOLLOW_UP,
    NOT_ORDERED,
    ORDERED,
    PENDING,
    SENT,
    SKIPPED,
    ReminderPolicy,
)

log = logging.getLogger(__name__)

SETTLE_BATCH = 200
SLACK = timedelta(days=1)  # more than any two UTC offsets differ by


async def record_reorder(reminder_id: int, order_number: str, now: datetime) -> bool:
    """The customer replied 1 and the order was placed: a hit, whatever the sweep finds later."""
    return bool(
        await Reminder.filter(id=reminder_id, status=SENT, outcome__in=("", NOT_ORDERED)).update(
            outcome=ORDERED, order_number=order_number, settled_at=now.astimezone(UTC)
        )
    )


async def decline(reminder_id: int, now: datetime) -> None:
    """The customer answered 不用 to a reminder: no follow-up for this cycle."""
    row = await Reminder.get_or_none(id=reminder_id)
    if row is None:
        return
    await Reminder.filter(id=reminder_id, status=SENT, outcome="").update(
        outcome=DECLINED, settled_at=now.astimezone(UTC)
    )
    await Reminder.filter(
        customer_id=row.customer_id,  # type: ignore[attr-defined]
        cycle_key=row.cycle_key,
        kind=FOLLOW_UP,
        status=PENDING,
    ).update(status=SKIPPED, skip_reason="declined")


async def settle_outcomes(now: datetime, policy: ReminderPolicy) -> int:
    """Record, for sent reminders, the first order within the window, or that none came."""
    now_u = now.astimezone(UTC)
    open_rows = await Reminder.filter(status=SENT, outcome="").order_by("id").limit(SETTLE_BATCH)
    settled = 0
    for row in open_rows:
        assert row.sent_at is not None
        ends = row.sent_at + policy.outcome_window
        number = await _first_order_between(row.customer_id, row.sent_at, ends)  # type: ignore[attr-defined]
        if number is not None:
            changes = {"outcome": ORDERED, "order_number": number}
        elif now_u > ends:
            changes = {"outcome": NOT_ORDERED}
        else:
            continue
        # Conditional on the outcome still being open: two schedulers settle a row once.
        settled += await Reminder.filter(id=row.id, outcome="").update(settled_at=now_u, **changes)
    return settled


async def _first_order_between(customer_id: UUID, start: datetime, end: datetime) -> str | None:
    # Orders are dated by their creation event, which carries the service's clock. SQLite
    # compares the stored ISO text, whose offset is the writer's: select a day wider, cut here.
    events = (
        await OrderEvent.filter(
            order__customer_id=customer_id,
            from_state__isnull=True,
            at__gt=start - SLACK,
            at__lte=end + SLACK,
        )
        .exclude(order__state="cancelled")
        .prefetch_related("order")
    )
    inside = sorted((e.at, e.order.number) for e in events if start < e.at <= end)
    return inside[0][1] if inside else None


@dataclass(frozen=True)
class ReminderReport:
    """Reminders of a period: sent, ordered within the window, skipped by reason."""

    sent: int
    sent_by_kind: dict[str, int]
    ordered: int
    not_ordered: int
    declined: int
    waiting: int
    skipped: dict[str, int] = field(default_factory=dict)

    @property
    def hit_rate(self) -> float | None:
        """Share of settled reminders followed by an order; None before any settled."""
        settled = self.ordered + self.not_ordered + self.declined
        return self.ordered / settled if settled else None


async def reminder_report(
    start: datetime, end: datetime, customer_id: UUID | str | None = None
) -> ReminderReport:
    """Reminders due in [start, end): sent ones by outcome, skipped ones by reason."""
    rows = Reminder.filter(due_at__gte=start.astimezone(UTC), due_at__lt=end.astimezone(UTC))
    if customer_id is not None:
        rows = rows.filter(customer_id=customer_id)
    values = await rows.values_list("status", "kind", "outcome", "skip_reason")
    sent = [(kind, outcome) for status, kind, outcome, _ in values if status == SENT]
    outcomes = Counter(outcome for _, outcome in sent)
    return ReminderReport(
        sent=len(sent),
        sent_by_kind=dict(Counter(kind for kind, _ in sent)),
        ordered=outcomes[ORDERED],
        not_ordered=outcomes[NOT_ORDERED],
        declined=outcomes[DECLINED],
        waiting=outcomes[""],
        skipped=dict(Counter(reason for status, _, _, reason in values if status == SKIPPED)),
    )
