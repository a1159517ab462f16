"""The refill model's per-household state: bounded, updated once per delivery, stored as JSON."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from domain.rules.refill_estimators import require_aware

MAX_SAMPLES = 12  # bounds the stored state; older intervals carry almost no weight anyway
STATE_VERSION = 2  # 2 added working-day samples and the 春节 pause; a 1 still loads


@dataclass(frozen=True)
class RefillState:
    """Bounded per-household summary, updated once per delivery and stored as JSON."""

    last_at: datetime
    last_quantity: int
    deliveries: int
    samples: tuple[float, ...] = ()  # deseasonalised days per bucket, oldest first
    weekdays: tuple[int, ...] = (0, 0, 0, 0, 0, 0, 0)  # deliveries per weekday, Monday first
    work_samples: tuple[float, ...] = ()  # the same, counting working days only
    festival_pause: float = 0.0  # days away over the last 春节 it spanned

    def to_json(self) -> dict[str, Any]:
        """A JSON-ready dict; `from_json` restores an equal state."""
        return {
            "version": STATE_VERSION,
            "last_at": self.last_at.isoformat(),
            "last_quantity": self.last_quantity,
            "deliveries": self.deliveries,
            "samples": list(self.samples),
            "weekdays": list(self.weekdays),
            "work_samples": list(self.work_samples),
            "festival_pause": self.festival_pause,
        }

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> RefillState:
        """The state `to_json` produced; ValueError when the dict is not one."""
        if data.get("version") not in (1, STATE_VERSION):
            raise ValueError(f"unsupported refill state version: {data.get('version')!r}")
        try:
            last_at = require_aware(datetime.fromisoformat(data["last_at"]), "last_at")
            samples = tuple(float(x) for x in data["samples"])
            weekdays = tuple(int(x) for x in data["weekdays"])
            work = tuple(float(x) for x in data.get("work_samples", ()))
            pause = float(data.get("festival_pause", 0.0))
            state = cls(
                last_at,
                int(data["last_quantity"]),
                int(data["deliveries"]),
                samples,
                weekdays,
                work,
                pause,
            )
        except (KeyError, TypeError) as exc:
            raise ValueError(f"malformed refill state: {exc}") from exc
        if len(weekdays) != 7 or state.last_quantity <= 0 or state.deliveries <= 0:
            raise ValueError("malformed refill state: bad weekdays, quantity or count")
        if any(len(x) > MAX_SAMPLES or any(v <= 0 for v in x) for x in (samples, work)):
            raise ValueError("malformed refill state: bad samples")
        return state
