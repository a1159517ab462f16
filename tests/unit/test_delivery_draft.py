"""The courier's delivery draft: typed fields over the JSON earlier versions saved."""

from __future__ import annotations

from domain.rules.delivery_draft import DeliveryDraft


def test_round_trip_keeps_the_saved_keys() -> None:
    draft = DeliveryDraft("20261124003", empties=2, cash_fen=7000, cash_ok=True)
    saved = draft.to_json()
    assert saved == {"number": "20261124003", "empties": 2, "cash": 7000, "cash_ok": True}
    assert DeliveryDraft.from_json(saved) == draft


def test_a_draft_saved_by_an_earlier_version_resumes() -> None:
    old = {"number": "20261124003", "empties": None, "cash": None, "cash_ok": False, "x": 1}
    draft = DeliveryDraft.from_json(old)
    assert (draft.number, draft.empties, draft.cash_fen, draft.cash_ok) == (
        "20261124003",
        None,
        None,
        False,
    )
    assert draft.to_json() == old  # the unknown key is carried along


def test_malformed_values_take_their_defaults() -> None:
    draft = DeliveryDraft.from_json({"number": 3, "empties": "two", "cash": True, "cash_ok": 1})
    assert draft == DeliveryDraft()
