"""Pure rules for electronic water tickets: lots, expiry and allocation."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta

from domain.rules.errors import InsufficientTickets

PACK_PAYMENTS = ("balance", "cash", "wechat_pay")  # how a pack can be paid
# Tickets a cancelled order had taken from a lot that expired meanwhile come back usable for
# this many days: they were spent while valid, and the customer needs time to order again.
RETURN_GRACE_DAYS = 7
TOPUP_PAYMENTS = ("cash", "wechat_pay")  # how stored value can be topped up


@dataclass(frozen=True)
class Lot:
    """Tickets that expire together."""

    id: int
    remaining: int
    expires_at: datetime | None
    created_at: datetime


def expired(expires_at: datetime | None, now: datetime) -> bool:
    """A lot expires at its expiry instant: from then on none of its tickets can pay."""
    return expires_at is not None and expires_at <= now


def usable(lot: Lot, now: datetime) -> bool:
    """A lot can pay when it has tickets and has not expired."""
    return lot.remaining > 0 and not expired(lot.expires_at, now)


def to_expire(lot: Lot, now: datetime) -> int:
    """Tickets the expiry posting takes out of a lot now: what is left of an expired lot."""
    return lot.remaining if expired(lot.expires_at, now) else 0


@dataclass(frozen=True)
class ReturnPlan:
    """Where the tickets of a cancelled order go."""

    to_lots: list[tuple[int, int]] = field(default_factory=list)  # (lot id, count), still valid
    extended: int = 0  # from lots expired meanwhile: a new lot valid until `extended_until`
    extended_until: datetime | None = None

    @property
    def total(self) -> int:
        """Every ticket returned; all of them usable right after the cancel."""
        return sum(n for _, n in self.to_lots) + self.extended


def plan_return(uses: list[tuple[Lot, int]], now: datetime) -> ReturnPlan:
    """Tickets go back to their lot while it is valid; those of an expired lot get a grace lot."""
    to_lots = [(lot.id, n) for lot, n in uses if n > 0 and not expired(lot.expires_at, now)]
    extended = sum(n for lot, n in uses if n > 0 and expired(lot.expires_at, now))
    until = now + timedelta(days=RETURN_GRACE_DAYS) if extended else None
    return ReturnPlan(to_lots, extended, until)


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
