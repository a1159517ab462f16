"""Customer segments by RFM (recency, frequency, monetary), on plain values.

Each customer is measured over the last `WINDOW_DAYS` of deliveries:

- recency: days since their last delivered order (any time);
- frequency: delivered orders inside the window;
- monetary: what those orders brought in, in fen (`domain.reads.stats.order_revenue`).

The rules, first match wins, so every customer lands in exactly one segment:

1. `dormant`: no open order, and either no order *placed* for `idle_days` (30) or the refill
   model's due date is more than `grace_days` (3) behind — the same two tests, on the same
   last-order times (`domain.reads.owner_views.last_orders`), as the owner's sleeper list
   (`domain.reads.owner_views.sleeping_customers`), so both name the same people. An order placed
   and then cancelled still counts: the customer was not asleep.
2. `prospect`: never had an order delivered.
3. `high_value`: at least two orders in the window and spending at or above the 80th percentile
   of the station's active customers (everyone not in 1 or 2): the station's own top fifth, so the
   label means the same at a small station and a big one.
4. `potential`: spending at or above the median of active customers, or a first delivery within
   the last `idle_days` — worth a nudge towards a ticket pack.
5. `regular`: everyone else.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

WINDOW_DAYS = 180
HIGH_QUANTILE = 0.8
POTENTIAL_QUANTILE = 0.5
HIGH_MIN_ORDERS = 2

PROSPECT, DORMANT, HIGH_VALUE, POTENTIAL, REGULAR = (
    "prospect", "dormant", "high_value", "potential", "regular",
)  # fmt: skip
SEGMENTS = (HIGH_VALUE, POTENTIAL, REGULAR, DORMANT, PROSPECT)


@dataclass(frozen=True)
class Rfm:
    """One customer's measures; days are fractional days before now (None: never delivered)."""

    recency_days: float | None
    first_days: float | None  # days since the first delivery ever
    frequency: int
    monetary_fen: int
    refill_overdue_days: float | None  # days past the refill model's due date (<0: not yet)
    has_open_order: bool = False
    silent_days: float | None = None  # days since the last order placed, whatever became of it


@dataclass(frozen=True)
class Thresholds:
    """The station-relative cut-offs, reported so an owner can see why a customer is where."""

    high_value_fen: int
    potential_fen: int
    idle_days: int
    grace_days: int


def quantile(values: Sequence[int], q: float) -> int:
    """The nearest-rank q-quantile of the values (0 for none)."""
    if not values:
        return 0
    ordered = sorted(values)
    rank = max(1, math.ceil(q * len(ordered)))
    return ordered[rank - 1]


def is_dormant(rfm: Rfm, idle_days: int, grace_days: int) -> bool:
    """Nothing open, and no order placed for too long or well past the refill date."""
    if rfm.has_open_order:
        return False
    overdue = rfm.refill_overdue_days is not None and rfm.refill_overdue_days > grace_days
    idle = rfm.silent_days is not None and rfm.silent_days >= idle_days
    return idle or overdue


def thresholds(rows: Sequence[Rfm], idle_days: int = 30, grace_days: int = 3) -> Thresholds:
    """Cut-offs from the spending of the active customers (delivered before, not dormant)."""
    active = [
        r.monetary_fen
        for r in rows
        if r.recency_days is not None and not is_dormant(r, idle_days, grace_days)
    ]
    # At least one fen: a customer who spent nothing in the window is never "high value".
    return Thresholds(
        high_value_fen=max(1, quantile(active, HIGH_QUANTILE)),
        potential_fen=max(1, quantile(active, POTENTIAL_QUANTILE)),
        idle_days=idle_days,
        grace_days=grace_days,
    )


def segment(rfm: Rfm, cut: Thresholds) -> str:
    """The customer's segment under the station's cut-offs."""
    if is_dormant(rfm, cut.idle_days, cut.grace_days):
        return DORMANT
    if rfm.recency_days is None:
        return PROSPECT
    if rfm.frequency >= HIGH_MIN_ORDERS and rfm.monetary_fen >= cut.high_value_fen:
        return HIGH_VALUE
    recent_first = rfm.first_days is not None and rfm.first_days < cut.idle_days
    if rfm.monetary_fen >= cut.potential_fen or recent_first:
        return POTENTIAL
    return REGULAR
