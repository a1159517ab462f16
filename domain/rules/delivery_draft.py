"""What a courier has answered so far after 已送达 or 改约, kept between turns as JSON.

The keys are the ones earlier versions saved (`number`, `empties`, `cash`, `cash_ok`), so a
conversation saved before an upgrade resumes; a malformed value is dropped, an unknown key is
carried along untouched.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KNOWN_KEYS = frozenset({"number", "empties", "cash", "cash_ok"})


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) else None


@dataclass
class DeliveryDraft:
    """The order a courier is reporting on, and the answers given so far."""

    number: str = ""
    empties: int | None = None  # empties collected; None: not said yet
    cash_fen: int | None = None  # money taken at the door; None: not said yet
    cash_ok: bool = False  # the courier confirmed the amount due was taken
    extra: dict[str, Any] = field(default_factory=dict)  # keys this version does not know

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> DeliveryDraft:
        """Read a saved draft; whatever is missing or malformed takes its default."""
        number = data.get("number")
        return cls(
            number=number if isinstance(number, str) else "",
            empties=_count(data.get("empties")),
            cash_fen=_count(data.get("cash")),
            cash_ok=data.get("cash_ok") is True,
            extra={k: v for k, v in data.items() if k not in KNOWN_KEYS},
        )

    def to_json(self) -> dict[str, Any]:
        """The draft as stored in `conversation.draft`."""
        return dict(self.extra) | {
            "number": self.number,
            "empties": self.empties,
            "cash": self.cash_fen,
            "cash_ok": self.cash_ok,
        }
