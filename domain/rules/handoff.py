"""A conversation handed to a person (人工客服): its state, when it lapses, and staff's commands.

While a customer talks to staff, their chat is in `HandoffStates.HUMAN`; what they write is
relayed to WeCom and staff answer with `回复 12 …` (12: the handoff's number). `结束` from either
side, or `LAPSE` without a message from either side, gives the chat back to the bot.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.rules.chat_states import ChatState

LAPSE = timedelta(minutes=30)
# The chat state outlives the half hour: a staff answer keeps the handoff alive without
# touching the customer's chat, so the handoff row decides when it is over, not the state.
STATE_TTL = timedelta(hours=24)
# The order draft a handoff interrupted waits in the handoff's draft under PAUSED; when the
# handoff ends it comes back, kept PAUSED_TTL as any draft between two messages.
PAUSED = "paused"
PAUSED_TTL = timedelta(minutes=30)
CUSTOMER_END_WORDS = frozenset({"结束", "结束人工", "结束对话", "退出人工", "退出", "结束客服"})
ANSWER, END = "answer", "end"
# Staff's commands, matched whole: 回复 [#]N text, 回复 text; 结束 [#]N, 结束.
ANSWER_PATTERN = re.compile(r"回复\s*(?:#\s*(\d{1,9})\s*|(\d{1,9})(?:\s+|$))?(.*)", re.S)
END_PATTERN = re.compile(r"结束\s*(?:#?\s*(\d{1,9}))?\s*")

# Who ended a handoff (Handoff.closed_by; staff are `staff:<userid>`).
BY_CUSTOMER, BY_LAPSE, BY_STAFF = "customer", "lapse", "staff"


class HandoffStates(ChatState):
    """The customer is talking to a person; the bot only relays."""

    HUMAN = "handoff.human"


@dataclass(frozen=True)
class StaffCommand:
    """`回复 [N] text` (answer) or `结束 [N]` (end); number None: the one open handoff."""

    action: str
    number: int | None
    text: str = ""


def answer_command(said: re.Match[str]) -> StaffCommand:
    """The answer an `ANSWER_PATTERN` match says.

    A number counts only when followed by a space or `#`-marked: `回复 12点前送到` answers
    "12点前送到" to the one open handoff, `回复 12 好的` answers handoff 12.
    """
    digits = said[1] or said[2]
    return StaffCommand(ANSWER, int(digits) if digits else None, said[3].strip())


def end_command(said: re.Match[str]) -> StaffCommand:
    """The end an `END_PATTERN` match says."""
    return StaffCommand(END, int(said[1]) if said[1] else None)


def read_staff_command(text: str) -> StaffCommand | None:
    """A staff member's handoff command, or None when the text is not one."""
    text = text.strip()
    ended = END_PATTERN.fullmatch(text)
    if ended:
        return end_command(ended)
    answered = ANSWER_PATTERN.fullmatch(text)
    return answer_command(answered) if answered else None


@dataclass(frozen=True)
class OnRoster:
    """An owner or dispatcher as the handoff sees them."""

    userid: str
    role: str
    on_duty: bool


def recipients(staff: list[OnRoster]) -> list[str]:
    """Who a new handoff goes to: those on duty; nobody on duty, every owner (else everyone)."""
    on_duty = [member.userid for member in staff if member.on_duty]
    if on_duty:
        return on_duty
    owners = [member.userid for member in staff if member.role == "owner"]
    return owners or [member.userid for member in staff]


def card_task_prefix(number: int) -> str:
    """How the task ids of handoff `number`'s cards begin (each card's id is its own)."""
    return f"handoff-{number}-"


def is_customer_end(text: str) -> bool:
    """True when the customer asks to stop talking to a person."""
    return re.sub(r"[。.!!~]+$", "", text.strip()) in CUSTOMER_END_WORDS


def is_lapsed(last_at: datetime, now: datetime) -> bool:
    """True when neither side wrote for `LAPSE`."""
    return now - last_at >= LAPSE


def closed_by_staff(userid: str) -> str:
    """The closed_by value for a staff member."""
    return f"{BY_STAFF}:{userid}"
