"""Task card button payloads: typed in the code, the same key strings on the wire."""

from __future__ import annotations

import re

import pytest

from bot.buttons import CardAction, HandoffAction, HandoffButton, TaskButton

NUMBER = "20261124002"


@pytest.mark.parametrize("action", list(CardAction))
def test_every_payload_round_trips_through_its_key(action: CardAction) -> None:
    key = TaskButton(action, NUMBER).pack()
    assert re.fullmatch(r"[A-Za-z0-9_\-@]{1,128}", key)  # what WeCom accepts as a key
    assert TaskButton.unpack(key) == TaskButton(action, NUMBER)


def test_the_wire_format_is_the_one_cards_already_carry() -> None:
    keys = [TaskButton(action, NUMBER).pack() for action in CardAction]
    words = ("accept", "done", "absent", "resched", "paycode")
    assert keys == [f"{word}@{NUMBER}" for word in words]
    assert TaskButton.unpack(f"resched@{NUMBER}") == TaskButton(CardAction.RESCHEDULE, NUMBER)


@pytest.mark.parametrize(
    "key",
    ["", "accept", f"accept:{NUMBER}", f"explode@{NUMBER}", "accept@x", "accept@", f"@{NUMBER}"],
)
def test_keys_that_are_not_ours_unpack_to_nothing(key: str) -> None:
    assert TaskButton.unpack(key) is None


def test_a_payload_without_an_order_number_cannot_be_made() -> None:
    with pytest.raises(ValueError, match="order number"):
        TaskButton(CardAction.ACCEPT, "20261124-002")


def test_handoff_buttons_pack_and_unpack_apart_from_task_buttons() -> None:
    for action in HandoffAction:
        key = HandoffButton(action, 12).pack()
        assert HandoffButton.unpack(key) == HandoffButton(action, 12)
        assert TaskButton.unpack(key) is None  # a courier's tap route never takes it
    assert HandoffButton(HandoffAction.REPLY, 12).pack() == "hreply@12"
    assert HandoffButton.unpack(TaskButton(CardAction.ACCEPT, NUMBER).pack()) is None
    assert HandoffButton.unpack("hend@") is None and HandoffButton.unpack("hend@x1") is None
