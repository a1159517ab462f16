"""Every conversation state the chat handlers enter or match, declared once per flow.

The values are stored in `conversation.state` and never change, so saved conversations resume.
States entered from outside the bot live with their owner: `Idle` in `domain.rules.chat_states`,
the refill reminder's `ReminderStates` in `domain.rules.reminder_rules`, the handoff to staff's
`HandoffStates` in `domain.rules.handoff` (its use cases give the chat back to the bot).
"""

from __future__ import annotations

from domain.rules.chat_states import IDLE, ChatState, Idle
from domain.rules.handoff import HandoffStates
from domain.rules.reminder_rules import ReminderStates


class OrderStates(ChatState):
    """Ordering water on the Official Account: one question at a time, then the confirmation."""

    PRODUCT = "order.product"
    QUANTITY = "order.quantity"
    ADDRESS = "order.address"
    PAYMENT = "order.payment"
    PHONE = "order.phone"
    CONFIRM = "order.confirm"
    EDIT_QUANTITY = "order.edit_quantity"
    EDIT_TIME = "order.edit_time"
    EDIT_ADDRESS = "order.edit_address"


class CancelStates(ChatState):
    """取消订单 with several orders open: which one (a numbered list)."""

    WHICH = "cancel.which"


class ChangeStates(ChatState):
    """Changing an order already placed: which one (several open), then old → new to confirm."""

    WHICH = "change.which"
    CONFIRM = "change.confirm"


class TicketStates(ChatState):
    """Buying a ticket pack from a numbered list."""

    PICK = "tickets.pick"
    PAY = "tickets.pay"  # WeChat Pay connected: online now, or to the courier


class CodeStates(ChatState):
    """Redeeming a printed ticket code asked for separately."""

    ASK = "code.ask"


class ComplaintStates(ChatState):
    """A bare 投诉 waits for its details; just after a complaint a picture is its evidence."""

    DETAILS = "complaint.details"
    EVIDENCE = "complaint.evidence"


class ReturnStates(ChatState):
    """退桶 / 退押金 without a number: how many buckets."""

    COUNT = "return.count"


class StaffReplyStates(ChatState):
    """Staff tapped 回复 on a handoff card (WeCom): their next text goes to the customer."""

    TEXT = "handoff.staff_reply"


class DeliveryStates(ChatState):
    """A courier's questions after 已送达 (WeCom): empties, cash, then a photo."""

    EMPTIES = "deliver.empties"
    CASH = "deliver.cash"
    PHOTO = "deliver.photo"


class RescheduleStates(ChatState):
    """A courier's 改约 waiting for the new time (WeCom)."""

    WHEN = "resched.when"


__all__ = [
    "IDLE",
    "CancelStates",
    "ChangeStates",
    "ChatState",
    "CodeStates",
    "ComplaintStates",
    "DeliveryStates",
    "HandoffStates",
    "Idle",
    "OrderStates",
    "ReminderStates",
    "RescheduleStates",
    "ReturnStates",
    "StaffReplyStates",
    "TicketStates",
]
