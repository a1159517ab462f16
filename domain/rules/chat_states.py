"""Conversation states are declared, never spelled: each flow names its states in an enum.

Like aiogram's `StatesGroup`: a flow subclasses `ChatState` once, and handlers enter its states
with `turn.go(...)` and match them with `router.state(...)`. The values are what the
`conversation.state` column stores, so they never change (saved conversations resume).
A `StrEnum` member equals its value, so a state read back from the database as a plain string
matches the declaration it came from.
"""

from __future__ import annotations

from enum import StrEnum
from typing import Final


class ChatState(StrEnum):
    """The base of every flow's declared states."""


class Idle(ChatState):
    """No flow in progress: every new turn starts here, and a lapsed conversation returns here."""

    IDLE = "idle"


IDLE: Final = Idle.IDLE
