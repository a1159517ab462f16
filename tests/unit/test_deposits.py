"""The bucket and deposit rules (docs/MONEY.md, "Buckets and deposits"), no database."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from domain.rules import deposits
from domain.rules.deposits import BucketMove, BucketState
from domain.rules.errors import InsufficientBuckets, InvalidInput

D = 5000  # 50.00 yuan a bucket


def test_a_swap_keeps_each_buckets_deposit_even_when_it_carries_none() -> None:
    imported_free = BucketState(held=2, paid_buckets=0, deposit_fen=0)  # 押桶 2, 押金 0
    assert deposits.delivery_move(imported_free, 1, 1, D) == deposits.NOTHING
    assert deposits.expected_deposit(imported_free, 1, D) == 0
    paid = BucketState(2, 2, 2 * D)
    assert deposits.delivery_move(paid, 2, 2, D) == deposits.NOTHING


def test_more_full_than_empties_charges_the_new_buckets_only() -> None:
    imported_free = BucketState(2, 0, 0)
    assert deposits.delivery_move(imported_free, 3, 2, D) == BucketMove(1, 1, D)
    assert deposits.expected_deposit(imported_free, 3, D) == D
    fresh = BucketState(0, 0, 0)
    assert deposits.delivery_move(fresh, 2, 0, D) == BucketMove(2, 2, 2 * D)


def test_an_extra_empty_is_given_back_with_its_deposit() -> None:
    state = BucketState(2, 2, 2 * D)  # 2 buckets, 100.00 deposit
    move = deposits.delivery_move(state, 1, 2, D)  # 2 empties for 1 full
    assert move == BucketMove(-1, -1, -D)
    after = move.apply(state)
    assert after == BucketState(1, 1, D) and deposits.holds(after)
    last = deposits.return_move(after, 1)
    assert last.apply(after) == BucketState(0, 0, 0)  # nothing stranded


def test_an_extra_empty_without_deposit_goes_first_and_refunds_nothing() -> None:
    mixed = BucketState(3, 1, D)  # one bucket lent free
    assert deposits.delivery_move(mixed, 0, 1, D) == BucketMove(-1, 0, 0)
    with pytest.raises(InsufficientBuckets):
        deposits.delivery_move(mixed, 1, 5, D)


def test_a_lost_bucket_forfeits_its_deposit_deposit_carrying_first() -> None:
    mixed = BucketState(3, 2, 2 * D)
    move = deposits.lost_move(mixed, 1)
    assert move == BucketMove(-1, -1, -D)
    assert deposits.holds(move.apply(mixed))
    all_gone = deposits.lost_move(mixed, 3)
    assert all_gone.apply(mixed) == BucketState(0, 0, 0)
    free = BucketState(1, 0, 0)
    assert deposits.lost_move(free, 1) == BucketMove(-1, 0, 0)
    with pytest.raises(InsufficientBuckets):
        deposits.lost_move(free, 2)
    with pytest.raises(InvalidInput):
        deposits.lost_move(free, 0)


def test_returns_refund_free_buckets_last_and_the_last_takes_the_rest() -> None:
    state = BucketState(held=3, paid_buckets=3, deposit_fen=10000)  # 33.33 each, not even
    first = deposits.return_move(state, 1)
    assert first == BucketMove(-1, -1, -3333)
    rest = deposits.return_move(first.apply(state), 2)
    assert rest == BucketMove(-2, -2, -6667)
    assert rest.apply(first.apply(state)) == BucketState(0, 0, 0)
    # After imported free buckets took a new one: one bucket's deposit back, the rest free.
    grown = deposits.delivery_move(BucketState(2, 0, 0), 3, 2, D).apply(BucketState(2, 0, 0))
    assert deposits.return_move(grown, 3) == BucketMove(-3, -1, -D)


def test_a_delivery_without_buckets_marks_nothing() -> None:
    imported_free = BucketState(2, 0, 0)
    # Cases only: no bucket delivered, none collected, no deposit on the product.
    assert deposits.delivery_move(imported_free, 0, 0, 0) == deposits.NOTHING
    assert deposits.expected_deposit(imported_free, 0, 0) == 0
    # A product without deposit lends its buckets free: held, but not with deposit.
    assert deposits.delivery_move(imported_free, 1, 0, 0) == BucketMove(1, 0, 0)


def test_imported_buckets_with_and_without_deposit() -> None:
    empty = BucketState(0, 0, 0)
    assert deposits.opening_move(empty, 2, 0) == BucketMove(2, 0, 0)
    assert deposits.opening_move(empty, 2, 6000) == BucketMove(2, 2, 6000)
    again = deposits.opening_move(BucketState(2, 2, 6000), 3, 0)
    assert again.apply(BucketState(2, 2, 6000)) == BucketState(3, 0, 0)
    with pytest.raises(InvalidInput):
        deposits.opening_move(empty, 0, 5000)  # a deposit on no bucket could never go back


def test_the_invariant_itself() -> None:
    assert deposits.holds(BucketState(0, 0, 0))
    assert deposits.holds(BucketState(2, 0, 0))
    assert not deposits.holds(BucketState(1, 2, 2 * D))  # more with deposit than held
    assert not deposits.holds(BucketState(0, 0, D))  # stranded deposit
    assert not deposits.holds(BucketState(1, 1, 0))


# ---- Property: the invariant over random sequences of deliveries, returns and losses ----

Step = tuple[str, int, int, int]

steps = st.lists(
    st.one_of(
        st.tuples(
            st.just("deliver"), st.integers(0, 4), st.integers(0, 6), st.sampled_from([0, 3000, D])
        ),
        st.tuples(st.just("return"), st.integers(1, 4), st.just(0), st.just(0)),
        st.tuples(st.just("lose"), st.integers(1, 2), st.just(0), st.just(0)),
    ),
    max_size=30,
)


def _step(state: BucketState, step: Step) -> BucketMove | None:
    kind, a, b, each = step
    try:
        if kind == "deliver":
            return deposits.delivery_move(state, a, b, each)
        if kind == "return":
            return deposits.return_move(state, a)
        return deposits.lost_move(state, a)
    except InsufficientBuckets:
        return None  # refused, changing nothing, as the services do


@settings(max_examples=400, deadline=None)
@given(start=st.sampled_from([(0, 0), (2, 0), (2, 2 * D), (3, 1)]), sequence=steps)
def test_the_invariant_holds_over_any_sequence(
    start: tuple[int, int], sequence: list[Step]
) -> None:
    held, deposit = start
    state = deposits.opening_move(BucketState(0, 0, 0), held, deposit).apply(BucketState(0, 0, 0))
    charged = deposit  # every fen in, minus every fen out, is what is held
    for step in sequence:
        move = _step(state, step)
        if move is None:
            continue
        state = move.apply(state)
        charged += move.deposit_delta_fen
        assert deposits.holds(state), (step, state)
        assert state.deposit_fen == charged
    if state.held:
        everything = deposits.return_move(state, state.held).apply(state)
        assert everything == BucketState(0, 0, 0)  # returning all gives back all


@settings(max_examples=300, deadline=None)
@given(free=st.integers(0, 3), paid=st.integers(0, 3), sequence=steps)
def test_with_one_deposit_price_each_bucket_carries_exactly_it(
    free: int, paid: int, sequence: list[Step]
) -> None:
    """Against a model of the buckets one by one: the count held and the deposit agree."""
    state = BucketState(free + paid, paid, paid * D)
    model = [0] * free + [D] * paid  # each held bucket's deposit
    for kind, a, b, _ in sequence:
        move = _step(state, (kind, a, b, D))
        if move is None:
            continue
        state = move.apply(state)
        if kind == "deliver":
            leaving = max(0, b - a)
            model = sorted(model)[leaving:] + [D] * max(0, a - b)  # free ones leave first
        elif kind == "return":
            model = sorted(model)[a:]
        else:
            model = sorted(model, reverse=True)[a:]  # deposit-carrying ones are lost first
        assert state.held == len(model)
        assert state.paid_buckets == len([d for d in model if d])
        assert state.deposit_fen == sum(model)
