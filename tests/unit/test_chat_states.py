"""Conversation states: declared once, stored values unchanged, never spelled in a handler."""

from __future__ import annotations

import re
from pathlib import Path

from bot.handlers import states

ROOT = Path(__file__).resolve().parents[2]
# Saved conversations resume only if these stored values never change.
STORED = {
    "idle", "order.product", "order.quantity", "order.address", "order.payment", "order.phone",
    "order.confirm", "order.edit_quantity", "order.edit_time", "order.edit_address",
    "cancel.which", "tickets.pick", "tickets.pay", "code.ask", "complaint.evidence",
    "deliver.empties", "deliver.cash", "deliver.photo", "resched.when", "reminder.reorder",
    "handoff.human", "complaint.details", "return.count", "change.which", "change.confirm",
    "handoff.staff_reply",
}  # fmt: skip
FLOWS = (
    states.Idle, states.OrderStates, states.CancelStates, states.TicketStates, states.CodeStates,
    states.ComplaintStates, states.DeliveryStates, states.RescheduleStates, states.ReminderStates,
    states.ReturnStates, states.ChangeStates, states.HandoffStates, states.StaffReplyStates,
)  # fmt: skip
SPELLED = re.compile(
    r"""(\.go\(\s*["']|\.state\(\s*["']|turn\.state\s*(==|!=)\s*["']|["']({})["'])""".format(
        "|".join(re.escape(s) for s in sorted(STORED))
    )
)


def test_every_state_is_declared_once_with_its_stored_value() -> None:
    values = [member.value for flow in FLOWS for member in flow]
    assert len(values) == len(set(values))
    assert set(values) == STORED


def test_a_stored_string_matches_its_declaration() -> None:
    stored = "order.confirm"  # as read back from conversation.state
    assert stored == states.OrderStates.CONFIRM
    assert "reminder.reorder" in (states.ReminderStates.REORDER,)
    assert hash(stored) == hash(states.OrderStates.CONFIRM)  # dict lookups (LONG_LIVED) work


def test_no_state_is_spelled_as_a_string_where_it_is_entered_or_matched() -> None:
    declared = {ROOT / "bot/handlers/states.py", ROOT / "domain/rules/chat_states.py",
                ROOT / "domain/rules/reminder_rules.py",
                ROOT / "domain/rules/handoff.py"}  # fmt: skip
    sources = [*(ROOT / "bot").rglob("*.py"), *(ROOT / "domain/services").rglob("*.py")]
    spelled = [
        f"{path.relative_to(ROOT)}:{n}: {line.strip()}"
        for path in sources
        if path not in declared
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1)
        if SPELLED.search(line)
    ]
    assert spelled == []
