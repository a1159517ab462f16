"""Pure rules for electronic water tickets: lots, expiry and allocation."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.errors import InsufficientTickets

PACK_PAYMENTS = ("balance", "cash", "wechat_pay")  # how a pack can be paid
TOPUP_PAYMENTS = ("cash", "wechat_pay")  # how stored value can be topped up


@dataclass(frozen=True)
class Lot:
    """Tickets that expire together."""

    id: int
    remaining: int
    expires_at: datetime | None
    created_at: datetime


def usable(lot: Lot, now: datetime) -> bool:
    """A lot can pay when it has tickets and has not expired."""
    return lot.remaining > 0 and (lot.expires_at is None or lot.expires_at > now)


def usable_count(lots: list[Lot], now: datetime) -> int:
    """Tickets that could pay right now."""
    return sum(lot.remaining for lot in lots if usable(lot, now))


def allocate(lots: list[Lot], count: int, now: datetime) -> list[tuple[int, int]]:
    """Take `count` tickets, earliest expiry first; return (lot id, taken) pairs."""
    if count <= 0:
        raise ValueError("count must be positive")
    # Never-expiring lots go last so that dated tickets are not wasted.
    far = datetime.max.replace(tzinfo=now.tzinfo)
    ordered = sorted(
        (lot for lot in lots if usable(lot, now)),
        key=lambda lot: (lot.expires_at or far, lot.created_at, lot.id),
    )
    taken: list[tuple[int, int]] = []
    need = count
    for lot in ordered:
        take = min(lot.remaining, need)
        taken.append((lot.id, take))
        need -= take
        if need == 0:
            return taken
    raise InsufficientTickets(f"need {count} tickets, only {count - need} usable")


def pack_expiry(now: datetime, valid_days: int) -> datetime | None:
    """When tickets bought now expire; 0 days means never."""
    return now + timedelta(days=valid_days) if valid_days > 0 else None


def pack_total(tickets: int, bonus: int) -> int:
    """Tickets a pack puts in the wallet."""
    if tickets <= 0 or bonus < 0:
        raise ValueError("a pack has a positive ticket count and a non-negative bonus")
    return tickets + bonus


def pack_reason(pack_name: str, payment: str) -> str:
    """The reason on a sold pack's ticket entry: the pack's name, then how it was paid."""
    return f"{pack_name} {payment}"


def pack_payment(reason: str) -> str:
    """How a sold pack was paid, read back from the reason `pack_reason` wrote."""
    # The ledger has no payment column (a model change); the method is the last word, and
    # methods are single words, so a pack name with spaces cannot confuse it.
    return reason.rsplit(" ", 1)[-1]
