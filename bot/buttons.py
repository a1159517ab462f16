"""Typed payloads of card buttons, packed into and read from the key WeCom sends back.

The wire format never changes (cards already sent keep working): "<action>@<order number>",
e.g. "accept@20261124001" for a task card, "hreply@12" for the card of handoff 12. A key that
is not the payload's kind unpacks to None, so each tap route takes only its own cards.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


class CardAction(StrEnum):
    """What a task card button asks for; the values are the key's first part."""

    ACCEPT = "accept"
    DONE = "done"
    ABSENT = "absent"
    RESCHEDULE = "resched"
    DOOR_CODE = "paycode"  # the 收款码: a WeChat Pay code for what is due at the door


SEPARATOR = "@"
_ACTIONS = frozenset(action.value for action in CardAction)


def _split(key: str, actions: frozenset[str]) -> tuple[str, str] | None:
    """(action, number) of a key whose action is one of these, with a number; else None."""
    action, sep, number = key.partition(SEPARATOR)
    if not sep or action not in actions or not number.isdigit():
        return None
    return action, number


@dataclass(frozen=True)
class TaskButton:
    """A task card button: the action and the order number it acts on."""

    action: CardAction
    number: str

    def __post_init__(self) -> None:
        if not self.number.isdigit():
            raise ValueError(f"not an order number: {self.number!r}")

    def pack(self) -> str:
        """The button's key (WeCom allows letters, digits, _ - @, up to 128 characters)."""
        return f"{self.action.value}{SEPARATOR}{self.number}"

    @classmethod
    def unpack(cls, key: str) -> TaskButton | None:
        """The payload of a key this module packed; None for any other key."""
        parts = _split(key, _ACTIONS)
        return cls(CardAction(parts[0]), parts[1]) if parts else None


class HandoffAction(StrEnum):
    """What a handoff card button asks for: answer the customer, or give them back to the bot."""

    REPLY = "hreply"
    END = "hend"


_HANDOFF_ACTIONS = frozenset(action.value for action in HandoffAction)


@dataclass(frozen=True)
class HandoffButton:
    """A handoff card button: the action and the handoff's number."""

    action: HandoffAction
    number: int

    def pack(self) -> str:
        """The button's key."""
        return f"{self.action.value}{SEPARATOR}{self.number}"

    @classmethod
    def unpack(cls, key: str) -> HandoffButton | None:
        """The payload of a handoff card key; None for any other key."""
        parts = _split(key, _HANDOFF_ACTIONS)
        return cls(HandoffAction(parts[0]), int(parts[1])) if parts else None
