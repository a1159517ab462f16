"""Ticket expiry rules: when a lot expires, what expiry posts, where a cancel puts tickets."""

from __future__ import annotations

from datetime import timedelta

from domain.rules.tickets import RETURN_GRACE_DAYS, Lot, expired, plan_return, to_expire, usable
from tests.support import NOW

HOUR = timedelta(hours=1)


def _lot(lot_id: int, remaining: int, expires_in: timedelta | None) -> Lot:
    expiry = NOW + expires_in if expires_in is not None else None
    return Lot(lot_id, remaining, expiry, NOW - timedelta(days=30))


def test_a_lot_expires_at_its_expiry_instant() -> None:
    assert not expired(None, NOW)
    assert not expired(NOW + HOUR, NOW)
    assert expired(NOW, NOW) and expired(NOW - HOUR, NOW)
    assert usable(_lot(1, 3, HOUR), NOW) and not usable(_lot(1, 3, timedelta(0)), NOW)


def test_the_expiry_posting_takes_what_is_left_of_an_expired_lot_only() -> None:
    assert to_expire(_lot(1, 11, -HOUR), NOW) == 11
    assert to_expire(_lot(1, 11, HOUR), NOW) == 0
    assert to_expire(_lot(1, 11, None), NOW) == 0
    assert to_expire(_lot(1, 0, -HOUR), NOW) == 0  # posted already: nothing twice


def test_a_cancel_returns_to_valid_lots_and_extends_tickets_of_expired_ones() -> None:
    valid, gone, forever = _lot(1, 0, HOUR), _lot(2, 1, -HOUR), _lot(3, 0, None)
    plan = plan_return([(valid, 2), (gone, 3), (forever, 1)], NOW)
    assert plan.to_lots == [(1, 2), (3, 1)]
    assert plan.extended == 3
    assert plan.extended_until == NOW + timedelta(days=RETURN_GRACE_DAYS)
    assert plan.total == 6  # every returned ticket is usable right after the cancel


def test_a_cancel_before_expiry_changes_nothing_about_expiry() -> None:
    plan = plan_return([(_lot(1, 0, HOUR), 2)], NOW)
    assert plan.to_lots == [(1, 2)] and plan.extended == 0 and plan.extended_until is None
