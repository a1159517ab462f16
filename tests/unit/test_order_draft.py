"""The order draft as JSON: every draft an earlier version saved still resumes."""

from __future__ import annotations

from datetime import datetime

from domain.rules.order_draft import OrderDraft
from tests.support import TZ

WINDOW = (datetime(2026, 11, 25, 13, tzinfo=TZ), datetime(2026, 11, 25, 18, tzinfo=TZ))


def test_a_draft_survives_its_own_json() -> None:
    draft = OrderDraft.new(items=[("nfsq-19l", 2), (None, None)], payment="cash", window=WINDOW)
    draft.address_id, draft.usual, draft.tickets = "a1", "nfsq-19l", True
    again = OrderDraft.from_json(draft.to_json())
    assert again == draft and len(draft.id) == 16
    assert not OrderDraft.from_json({"tickets": "yes"}).tickets  # only a real true counts
    assert OrderDraft.new().id != OrderDraft.new().id


def test_drafts_saved_before_read_with_defaults_and_keep_unknown_keys() -> None:
    # As the dict-based flow saved it: only the keys set so far, window as ISO strings.
    old = {
        "id": "ab12",
        "items": [["nfsq-19l", 2]],
        "window": [WINDOW[0].isoformat(), WINDOW[1].isoformat()],
        "coupon_hint": "x",
    }
    draft = OrderDraft.from_json(old)
    assert (draft.id, draft.items, draft.window) == ("ab12", [("nfsq-19l", 2)], WINDOW)
    assert (draft.payment, draft.address_id, draft.address_label, draft.reminder_id) == (
        None,
        None,
        None,
        None,
    )
    assert draft.to_json()["coupon_hint"] == "x"  # another version's key is carried along


def test_the_reminder_offer_saved_before_reads_as_an_order_draft() -> None:
    old = {"reminder_id": 7, "items": [["nfsq-19l", 2]], "payment": "ticket", "product": "农夫"}
    draft = OrderDraft.from_json(old)
    assert (draft.reminder_id, draft.items, draft.payment, draft.product, draft.id) == (
        7,
        [("nfsq-19l", 2)],
        "ticket",
        "农夫",
        "",
    )


def test_malformed_values_are_dropped_not_fatal() -> None:
    bad = {
        "id": 5,
        "items": [["nfsq-19l"], "x", ["nfsq-19l", "2"], [None, 3]],
        "window": ["not a time", "x"],
        "reminder_id": True,
        "payment": "",
    }
    draft = OrderDraft.from_json(bad)
    assert draft.items == [("nfsq-19l", None), (None, 3)]
    assert (draft.id, draft.window, draft.reminder_id, draft.payment) == ("", None, None, None)
    assert OrderDraft.from_json({}) == OrderDraft()
