"""The order life cycle as a transition table."""

from __future__ import annotations

from datetime import date
from enum import StrEnum

from domain.rules.errors import IllegalTransition, OrderCancelled


class OrderState(StrEnum):
    """Where an order is in its life."""

    PENDING = "pending"
    AWAITING_DISPATCH = "awaiting_dispatch"
    ASSIGNED = "assigned"
    DELIVERING = "delivering"
    DELIVERED = "delivered"
    CANCELLED = "cancelled"
    FAILED = "failed"


S = OrderState

# failed (nobody home, rescheduled) goes back to awaiting_dispatch so it is dispatched again.
TRANSITIONS: dict[OrderState, frozenset[OrderState]] = {
    S.PENDING: frozenset({S.AWAITING_DISPATCH, S.CANCELLED}),
    S.AWAITING_DISPATCH: frozenset({S.ASSIGNED, S.CANCELLED}),
    S.ASSIGNED: frozenset({S.DELIVERING, S.DELIVERED, S.FAILED, S.AWAITING_DISPATCH, S.CANCELLED}),
    S.DELIVERING: frozenset({S.DELIVERED, S.FAILED}),
    S.FAILED: frozenset({S.AWAITING_DISPATCH, S.CANCELLED}),
    S.DELIVERED: frozenset(),
    S.CANCELLED: frozenset(),
}

OPEN_STATES = frozenset({S.PENDING, S.AWAITING_DISPATCH, S.ASSIGNED, S.DELIVERING, S.FAILED})
CANCELLABLE = frozenset(s for s, targets in TRANSITIONS.items() if S.CANCELLED in targets)


def check_transition(current: str, target: str) -> OrderState:
    """Return the target state, or raise when the move is not in the table."""
    src, dst = OrderState(current), OrderState(target)
    if src is S.CANCELLED:
        raise OrderCancelled(f"order already cancelled, cannot move to {dst}")
    if dst not in TRANSITIONS[src]:
        raise IllegalTransition(f"illegal transition {src} -> {dst}")
    return dst


def format_order_number(day: date, sequence: int) -> str:
    """YYYYMMDDNNN: the day and its sequence, at least three digits."""
    if sequence < 1:
        raise ValueError("sequence starts at 1")
    return f"{day:%Y%m%d}{sequence:03d}"
