"""The order being put together in chat (or offered by a reminder), kept between turns as JSON.

A draft has its own id: the confirmation places it under `chat-draft:<id>`, so it is placed at
most once whichever message confirms it. `from_json` reads drafts saved by any earlier version:
a missing key takes its default, a malformed value is dropped, an unknown key is carried along
untouched so that nothing another version wrote is lost.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

Item = tuple[str | None, int | None]  # (sku, quantity); None: not said yet

KNOWN_KEYS = frozenset(
    {"id", "items", "address_id", "address_said", "address_label", "payment", "window", "usual",
     "reminder_id", "product", "tickets", "tickets_shown",
     "reconfirm", "keep_tickets"}
)  # fmt: skip


@dataclass
class OrderDraft:
    """What the customer has said so far; the flow asks for whatever is still missing."""

    id: str = ""
    items: list[Item] = field(default_factory=list)
    address_id: str | None = None  # a saved address, once resolved
    address_said: str | None = None  # address words not resolved yet (or @default, @家, @公司)
    address_label: str | None = None  # 家 / 公司 asked for but not saved yet
    payment: str | None = None
    window: tuple[datetime, datetime] | None = None
    usual: str | None = None  # the product offered as 1 when asking which water
    reminder_id: int | None = None  # set when a refill reminder offered this order
    product: str | None = None  # the offered product's name (reminder offers)
    tickets: bool = False  # tickets pay the lines they cover, `payment` the rest (mixed)
    tickets_shown: int | None = None  # tickets the confirmation said the order takes
    reconfirm: bool = False  # the confirmation was interrupted (a handoff): show it again first
    keep_tickets: bool = False  # the customer said 不用水票: this order is paid in money only
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know

    @classmethod
    def new(cls, **values: Any) -> OrderDraft:
        """An empty draft with its own id, the key its confirmation is placed under."""
        return cls(id=secrets.token_hex(8), **values)

    def to_json(self) -> dict[str, Any]:
        """The draft as stored in `conversation.draft`."""
        data: dict[str, Any] = dict(self.extra)
        data.update(
            id=self.id,
            items=[[sku, qty] for sku, qty in self.items],
            address_id=self.address_id,
            address_said=self.address_said,
            address_label=self.address_label,
            payment=self.payment,
            window=[w.isoformat() for w in self.window] if self.window else None,
            usual=self.usual,
            reminder_id=self.reminder_id,
            product=self.product,
            tickets=self.tickets,
            tickets_shown=self.tickets_shown,
            reconfirm=self.reconfirm,
            keep_tickets=self.keep_tickets,
        )
        return data

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> OrderDraft:
        """A stored draft, whichever version saved it."""
        reminder_id, shown = data.get("reminder_id"), data.get("tickets_shown")
        return cls(
            id=_text(data.get("id")) or "",
            items=_items(data.get("items")),
            address_id=_text(data.get("address_id")),
            address_said=_text(data.get("address_said")),
            address_label=_text(data.get("address_label")),
            payment=_text(data.get("payment")),
            window=_window(data.get("window")),
            usual=_text(data.get("usual")),
            reminder_id=reminder_id if type(reminder_id) is int else None,
            product=_text(data.get("product")),
            tickets=data.get("tickets") is True,
            tickets_shown=shown if type(shown) is int else None,
            reconfirm=data.get("reconfirm") is True,
            keep_tickets=data.get("keep_tickets") is True,
            extra={k: v for k, v in data.items() if k not in KNOWN_KEYS},
        )


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def _items(value: Any) -> list[Item]:
    items: list[Item] = []
    for entry in value if isinstance(value, list) else []:
        if not isinstance(entry, (list, tuple)) or len(entry) != 2:
            continue  # not an item any version wrote: dropped rather than crash the flow
        sku, qty = entry
        items.append((_text(sku), qty if type(qty) is int else None))
    return items


def _window(value: Any) -> tuple[datetime, datetime] | None:
    if not isinstance(value, (list, tuple)) or len(value) != 2:
        return None
    try:
        start, end = (datetime.fromisoformat(v) for v in value)
    except (TypeError, ValueError):
        return None
    return start, end
