"""Pure rules for buckets held and their deposit (docs/MONEY.md, "Buckets and deposits").

An account is three numbers: buckets held, how many of them carry a deposit, and the deposit
held for those. The invariant every move keeps (`holds`): 0 <= with deposit <= held, and the
deposit is zero exactly when no bucket carries one, so the deposit held is always the deposit
of the buckets held that carry one and is refunded in full when the last of them comes back.

A full bucket handed over for an empty one takes the empty's place, deposit and all: only a
change in the number held charges or refunds. Buckets leave (extra empties, returns, losses)
without-deposit first for a refund, with-deposit first for a loss (the deposit covers it).
"""

from __future__ import annotations

from dataclasses import dataclass

from domain.rules.errors import InsufficientBuckets, InvalidInput


@dataclass(frozen=True)
class BucketState:
    """Buckets held, how many carry a paid deposit, and the deposit held in fen."""

    held: int
    paid_buckets: int
    deposit_fen: int


@dataclass(frozen=True)
class BucketMove:
    """The effect of one delivery, return, loss or import on a bucket account."""

    held_delta: int
    paid_delta: int
    deposit_delta_fen: int

    def apply(self, state: BucketState) -> BucketState:
        """The account after this move."""
        return BucketState(
            state.held + self.held_delta,
            state.paid_buckets + self.paid_delta,
            state.deposit_fen + self.deposit_delta_fen,
        )


NOTHING = BucketMove(0, 0, 0)


def holds(state: BucketState) -> bool:
    """The invariant: deposit-carrying buckets are among those held; deposit iff such buckets."""
    return (
        0 <= state.paid_buckets <= state.held
        and state.deposit_fen >= 0
        and (state.paid_buckets == 0) == (state.deposit_fen == 0)
    )


def _counts(*counts: int) -> None:
    if any(count < 0 for count in counts):
        raise InvalidInput("negative bucket counts", message="桶数不能为负")


def delivery_move(
    state: BucketState, delivered: int, empties: int, deposit_each_fen: int
) -> BucketMove:
    """Deliver N full, collect M empties: a swap changes nothing; the difference moves."""
    _counts(delivered, empties, deposit_each_fen)
    if empties > state.held + delivered:
        raise InsufficientBuckets(f"collect {empties} empties but only {state.held} held")
    if empties > delivered:
        # Extra empties are buckets given back: refunded at the door like a return.
        return return_move(state, empties - delivered)
    added = delivered - empties
    if deposit_each_fen == 0:
        return BucketMove(added, 0, 0)  # a product without deposit: lent free
    return BucketMove(added, added, added * deposit_each_fen)


def expected_deposit(state: BucketState, delivered: int, deposit_each_fen: int) -> int:
    """Deposit to quote at ordering, assuming every held empty comes back."""
    empties = min(state.held, delivered)
    return delivery_move(state, delivered, empties, deposit_each_fen).deposit_delta_fen


def return_move(state: BucketState, count: int) -> BucketMove:
    """Return buckets: those without deposit go first, the rest get their deposit back."""
    if count <= 0:
        raise InvalidInput("return count must be positive", message="退桶数量要大于0")
    if count > state.held:
        raise InsufficientBuckets(f"return {count} but only {state.held} held")
    # Buckets without deposit (lent free) are returned first, so the refund is never too high.
    unpaid = max(0, state.held - state.paid_buckets)
    refunded = max(0, count - unpaid)
    return BucketMove(-count, -refunded, -refund_amount(state, refunded))


def lost_move(state: BucketState, count: int) -> BucketMove:
    """Buckets that will not come back: the deposit of those carrying one is forfeited."""
    if count <= 0:
        raise InvalidInput("lost count must be positive", message="丢失桶数要大于0")
    if count > state.held:
        raise InsufficientBuckets(f"lose {count} but only {state.held} held")
    # The deposit exists to cover a lost bucket, so deposit-carrying buckets are lost first.
    forfeited = min(count, state.paid_buckets)
    return BucketMove(-count, -forfeited, -refund_amount(state, forfeited))


def opening_move(state: BucketState, held: int, deposit_fen: int) -> BucketMove:
    """Set the account to an imported 押桶/押金: a deposit covers all, none covers none."""
    _counts(held, deposit_fen)
    if deposit_fen and not held:
        raise InvalidInput("deposit without buckets", message="有押金时押桶数要大于0")
    paid = held if deposit_fen else 0
    return BucketMove(held - state.held, paid - state.paid_buckets, deposit_fen - state.deposit_fen)


def refund_amount(state: BucketState, buckets: int) -> int:
    """Deposit of `buckets` deposit-carrying buckets, at the average; the last takes the rest."""
    if buckets == 0 or state.paid_buckets == 0:
        return 0
    if buckets == state.paid_buckets:
        return state.deposit_fen
    return state.deposit_fen * buckets // state.paid_buckets
