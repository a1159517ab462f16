"""Idempotency keys are scoped to a use case and a subject; parameters are fingerprinted."""

from __future__ import annotations

import pytest

from domain.rules.idempotency import MAX_STORED_KEY, fingerprint, same_request, scoped_key


def test_the_same_key_in_another_scope_is_another_stored_key() -> None:
    keys = {
        scoped_key("balance.topup", "customer-a", "k-1"),
        scoped_key("balance.topup", "customer-b", "k-1"),
        scoped_key("balance.spend", "customer-a", "k-1"),
    }
    assert len(keys) == 3
    assert scoped_key("order.cancel", "2026112400001", "k-1") == "order.cancel:2026112400001:k-1"


def test_long_keys_are_hashed_within_the_column_and_stay_distinct() -> None:
    subject = "6f1c1f9e-0c55-4b8e-9a53-0d4d1b1b7c11"
    long_a, long_b = "x" * 120 + "a", "x" * 120 + "b"
    a = scoped_key("tickets.purchase", subject, long_a)
    b = scoped_key("tickets.purchase", subject, long_b)
    assert a != b and len(a) <= MAX_STORED_KEY and len(b) <= MAX_STORED_KEY
    assert a.startswith(f"tickets.purchase:{subject}:#")
    huge = scoped_key("tickets.purchase", "s" * 200, "k")
    assert len(huge) <= MAX_STORED_KEY and huge != scoped_key("tickets.purchase", "t" * 200, "k")


def test_a_key_needs_a_subject() -> None:
    with pytest.raises(ValueError, match="subject"):
        scoped_key("balance.topup", None, "k-1")
    with pytest.raises(ValueError):
        scoped_key("balance.topup", "c", "")


def test_fingerprints_ignore_key_order_and_tell_other_values_apart() -> None:
    assert fingerprint({"a": 1, "b": [1, 2]}) == fingerprint({"b": [1, 2], "a": 1})
    assert fingerprint({"amount": 5000}) != fingerprint({"amount": 8000})
    assert same_request(fingerprint({"a": 1}), fingerprint({"a": 1}))
    assert not same_request(fingerprint({"a": 1}), fingerprint({"a": 2}))
    assert same_request("", fingerprint({"a": 2}))  # a record from before fingerprints
