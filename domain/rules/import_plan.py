"""What importing a checked row does, planned from its customer as they stand (pure).

The import service reads and locks a chunk's customers and accounts, this module decides every
write of every row, and the service writes them in bulk. The running balances each ledger row
carries are computed here, from the locked accounts.

The rules (the same as when rows were written one by one): a new phone makes a customer; an
existing customer's name follows the sheet, tags add up, notes fill a blank; a new address
becomes the default. Each opening balance (tickets of a product, stored value, buckets with
their deposit) posts once per customer and ledger: its value is kept under an idempotency key,
and a later sheet with another value is noted for a manual adjustment, never overwritten.
Opening buckets replace a bucket account's state, so they are set only on an account that has
not moved yet.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from domain.rules.customer_import import CustomerRow, RowError
from domain.rules.deposits import NOTHING, BucketMove, BucketState, holds, opening_move

Value = dict[str, int]
Change = tuple[dict[str, object], dict[str, object]]  # (before, after) as audited
EMPTY_BUCKETS = BucketState(0, 0, 0)


@dataclass(frozen=True)
class Known:
    """A customer already stored, as the import sees them under their row lock."""

    id: str
    name: str
    tags: tuple[str, ...] = ()
    notes: str = ""
    addresses: frozenset[str] = frozenset()
    openings: Mapping[str, object] = field(default_factory=dict)  # ledger -> value posted
    wallets: Mapping[str, int] = field(default_factory=dict)  # sku -> posted balance
    balance_fen: int | None = None  # None: no stored-value account yet
    buckets: BucketState | None = None  # None: no bucket account yet
    buckets_moved: bool = False  # the bucket account has ledger rows


@dataclass(frozen=True)
class TicketsIn:
    """Opening tickets: a lot of `count` into the wallet, which then holds `balance_after`."""

    sku: str
    count: int
    balance_after: int
    new_wallet: bool


@dataclass(frozen=True)
class BalanceIn:
    """Opening stored value added to the account, which then holds `balance_after_fen`."""

    delta_fen: int
    balance_after_fen: int
    new_account: bool


@dataclass(frozen=True)
class BucketsIn:
    """Opening buckets: the move that sets the account, and the account after it."""

    move: BucketMove
    after: BucketState
    new_account: bool


@dataclass
class RowPlan:
    """Every write one row makes; `posted` are the openings' (ledger, value) to keep and audit."""

    record: CustomerRow
    customer_id: str
    created: bool
    details: Change | None = None
    address: bool = False
    tickets: TicketsIn | None = None
    balance: BalanceIn | None = None
    buckets: BucketsIn | None = None
    posted: list[tuple[str, Value]] = field(default_factory=list)
    notes: list[RowError] = field(default_factory=list)

    @property
    def outcome(self) -> str:
        """created, updated or unchanged."""
        if self.created:
            return "created"
        moved = self.details or self.address or self.posted
        return "updated" if moved else "unchanged"


def plan_row(record: CustomerRow, known: Known | None, new_id: str) -> RowPlan:
    """The writes of one row: `known` is the phone's customer, None to create one as `new_id`."""
    if known is None:
        known = Known(new_id, record.name, record.tags, record.notes)
        plan = RowPlan(record, new_id, created=True)
    else:
        plan = RowPlan(record, known.id, created=False, details=_details(known, record))
    plan.address = record.address is not None and record.address not in known.addresses
    _plan_tickets(plan, known)
    _plan_balance(plan, known)
    _plan_buckets(plan, known)
    return plan


def _details(known: Known, record: CustomerRow) -> Change | None:
    # The sheet is the station's own record: its name wins, tags add up, notes fill a blank.
    tags = list(dict.fromkeys([*known.tags, *record.tags]))
    before: dict[str, object] = {"name": known.name, "tags": list(known.tags), "notes": known.notes}
    after: dict[str, object] = {
        "name": record.name,
        "tags": tags,
        "notes": known.notes or record.notes,
    }
    return None if after == before else (before, after)


def _first_time(plan: RowPlan, known: Known, ledger: str, value: Value, column: str) -> bool:
    """True when this opening posts now; a different value posted before becomes a note."""
    done = known.openings.get(ledger)
    if done is not None:
        if done != value:
            was, now = shown(done), shown(value)
            why = f"已导入过期初{was},与本次{now}不同;为免覆盖已发生的变动,未修改,请人工调整"
            plan.notes.append(RowError(plan.record.row, column, why))
        return False
    if not any(value.values()):
        return False
    plan.posted.append((ledger, value))
    return True


def shown(value: object) -> str:
    """An opening value as the station reads it: 水票10张、余额0分."""
    words = {"tickets": "水票{}张", "balance_fen": "余额{}分", "buckets": "押桶{}个",
             "deposit_fen": "押金{}分"}  # fmt: skip
    items = value.items() if isinstance(value, dict) else ()
    return "、".join(words[k].format(v) for k, v in items if k in words)


def _plan_tickets(plan: RowPlan, known: Known) -> None:
    r = plan.record
    value = {"tickets": r.tickets}
    if r.sku is None or not _first_time(plan, known, f"tickets:{r.sku}", value, "水票"):
        return
    before = known.wallets.get(r.sku)
    plan.tickets = TicketsIn(r.sku, r.tickets, (before or 0) + r.tickets, before is None)


def _plan_balance(plan: RowPlan, known: Known) -> None:
    r = plan.record
    if not _first_time(plan, known, "balance", {"balance_fen": r.balance_fen}, "余额"):
        return
    before = known.balance_fen or 0
    if r.balance_fen < 0:
        raise ValueError(f"an opening balance is never negative: {r.balance_fen}")
    plan.balance = BalanceIn(r.balance_fen, before + r.balance_fen, known.balance_fen is None)


def _plan_buckets(plan: RowPlan, known: Known) -> None:
    r = plan.record
    value = {"buckets": r.buckets, "deposit_fen": r.deposit_fen}
    if known.buckets_moved and "buckets" not in known.openings:
        if any(value.values()):
            # Opening buckets set the account outright; on top of real movements they would
            # erase them.
            why = "该客户已有押桶记录,期初押桶和押金未导入,请人工核对"
            plan.notes.append(RowError(r.row, "押桶", why))
        return
    if not _first_time(plan, known, "buckets", value, "押桶"):
        return
    before = known.buckets or EMPTY_BUCKETS
    move = opening_move(before, r.buckets, r.deposit_fen)
    after = move.apply(before)
    if holds(before) and not holds(after):
        raise ValueError(f"bucket move {move} breaks the deposit invariant from {before}")
    if move != NOTHING:
        plan.buckets = BucketsIn(move, after, known.buckets is None)
