"""Pure rules for buckets held and their deposit."""

from __future__ import annotations

from dataclasses import dataclass

from domain.errors import InsufficientBuckets, InvalidInput


@dataclass(frozen=True)
class BucketState:
    """Buckets held, how many carry a paid deposit, and the deposit held in fen."""

    held: int
    paid_buckets: int
    deposit_fen: int


@dataclass(frozen=True)
class BucketMove:
    """The effect of one delivery or return on a bucket account."""

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


def delivery_move(
    state: BucketState, delivered: int, empties: int, deposit_each_fen: int
) -> BucketMove:
    """Deliver N full, collect M empties: held changes by N - M; deposit only beyond paid."""
    if delivered < 0 or empties < 0:
        raise InvalidInput("negative bucket counts", message="桶数不能为负")
    if empties > state.held + delivered:
        raise InsufficientBuckets(f"collect {empties} empties but only {state.held} held")
    held_after = state.held + delivered - empties
    extra = max(0, held_after - state.paid_buckets)
    return BucketMove(delivered - empties, extra, extra * deposit_each_fen)


def expected_deposit(state: BucketState, delivered: int, deposit_each_fen: int) -> int:
    """Deposit to quote at ordering, assuming every held empty comes back."""
    empties = min(state.held, delivered)
    return delivery_move(state, delivered, empties, deposit_each_fen).deposit_delta_fen


def return_move(state: BucketState, count: int) -> BucketMove:
    """Return buckets: deposit-carrying ones are refunded at the average deposit paid."""
    if count <= 0:
        raise InvalidInput("return count must be positive", message="退桶数量要大于0")
    if count > state.held:
        raise InsufficientBuckets(f"return {count} but only {state.held} held")
    # Buckets without deposit (lent free) are returned first, so the refund is never too high.
    unpaid = max(0, state.held - state.paid_buckets)
    refunded = max(0, count - unpaid)
    refund = refund_amount(state, refunded)
    return BucketMove(-count, -refunded, -refund)


def refund_amount(state: BucketState, buckets: int) -> int:
    """Deposit refunded for `buckets` paid buckets; the last one takes the remainder."""
    if buckets == 0 or state.paid_buckets == 0:
        return 0
    if buckets == state.paid_buckets:
        return state.deposit_fen
    return state.deposit_fen * buckets // state.paid_buckets
