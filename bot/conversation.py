"""A conversation turn and the per-user state kept in the database between turns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from bot.channels.incoming import Incoming
from bot.nlu import Parsed
from domain.reads.writers import CustomerIdentity, StaffIdentity
from domain.rules.chat_states import IDLE, ChatState
from domain.rules.handoff import STATE_TTL, HandoffStates
from domain.rules.order_draft import OrderDraft
from domain.rules.reminder_rules import REPLY_TTL, ReminderStates
from domain.services.conversations import Saved

IDLE_AFTER = timedelta(minutes=30)
# States opened by a scheduled message outlive a chat's idle half hour (a reminder's 回复 1);
# a handoff's own row says when it lapses, since staff's answers keep it alive too.
LONG_LIVED: dict[str, timedelta] = {
    ReminderStates.REORDER: REPLY_TTL,
    HandoffStates.HUMAN: STATE_TTL,
}


@dataclass(frozen=True)
class Reply:
    """What goes back to the user: text, and for WeCom maybe a picture or a card update."""

    text: str
    image_media_id: str | None = None
    card_button: str | None = None

    @property
    def is_silent(self) -> bool:
        """Nothing to send (an unfollow event, say)."""
        return not self.text and self.image_media_id is None and self.card_button is None

    def to_json(self) -> dict[str, Any]:
        """Stored with the processed message so a retry gets the same reply."""
        return {
            "text": self.text,
            "image_media_id": self.image_media_id,
            "card_button": self.card_button,
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Reply:
        """The stored reply."""
        return cls(str(data.get("text", "")), data.get("image_media_id"), data.get("card_button"))


@dataclass
class Turn:
    """One incoming message with everything a handler needs.

    `state` is a declared `ChatState` (read back from the database as its plain value).
    `draft` is the saved JSON as it came; the order flow reads it once as a typed `OrderDraft`
    (`turn.order`), and from then on that draft is what the turn saves.
    `customer` / `staff` say who is writing as plain records, not rows: the use cases take
    their ids and load what they change inside their own transaction.
    """

    incoming: Incoming
    now: datetime
    parsed: Parsed | None
    state: str = IDLE
    draft: dict[str, Any] = field(default_factory=dict)
    customer: CustomerIdentity | None = None
    staff: StaffIdentity | None = None
    actor_id: str = ""
    extra: dict[str, Any] = field(default_factory=dict)
    # The reply already asks what the conversation waits for; when a handler outside the flow
    # answers instead, the flow asks its question again after that answer.
    asked: bool = False
    _order: OrderDraft | None = field(default=None, init=False, repr=False)

    @property
    def text(self) -> str:
        """The user's words (voice: WeChat's recognition), stripped."""
        return (self.incoming.content or "").strip()

    def go(self, state: ChatState, **draft: Any) -> None:
        """Move to a declared state, updating the (untyped) draft."""
        if draft and self._order is not None:
            raise ValueError("the order draft is typed: set its fields, not keywords")
        self.state = state
        self.draft.update(draft)

    def reset(self) -> None:
        """Back to idle with an empty draft."""
        self.state, self.draft, self._order = IDLE, {}, None

    @property
    def order(self) -> OrderDraft:
        """The order draft, read from the saved JSON on first use."""
        if self._order is None:
            self._order = OrderDraft.from_json(self.draft)
        return self._order

    def start_order(self, draft: OrderDraft) -> None:
        """Begin a new order draft, whatever was kept before."""
        self.draft, self._order = {}, draft

    def saved_draft(self) -> dict[str, Any]:
        """The draft as it is kept until the next turn."""
        return self._order.to_json() if self._order is not None else self.draft

    @property
    def member(self) -> StaffIdentity:
        """The staff member writing (WeCom turns always have one)."""
        if self.staff is None:
            raise LookupError("turn without a staff member")
        return self.staff

    @property
    def user(self) -> CustomerIdentity:
        """The customer writing (Official Account turns always have one)."""
        if self.customer is None:
            raise LookupError("turn without a customer")
        return self.customer


def resume(saved: Saved | None, now: datetime) -> tuple[str, dict[str, Any]]:
    """The state and draft a turn starts from; a lapsed conversation starts afresh."""
    if saved is None or saved.expires_at is None or saved.expires_at <= now:
        return IDLE, {}
    return saved.state, dict(saved.draft)


def saved_state(turn: Turn) -> Saved:
    """What to keep after a turn; the conversation lapses after 30 idle minutes."""
    expires = turn.now + LONG_LIVED.get(turn.state, IDLE_AFTER) if turn.state != IDLE else None
    return Saved(turn.state, turn.saved_draft(), expires)
