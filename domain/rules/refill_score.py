"""Scores reminders against what households did next, split by behaviour (pure).

The rule of the shared scorer: for each delivery followed by another at A, the reminder R
planned right after it is a hit when A - 2 days <= R <= A, late when R > A, early when
R < A - 2 days, none when there is none. The baseline reminds at the last delivery plus the
median of the household's intervals so far, less a day.
"""

from __future__ import annotations

import statistics
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from itertools import pairwise
from zoneinfo import ZoneInfo

OUTCOMES = ("hit", "late", "early", "none")
HIT_WINDOW = timedelta(days=2)


@dataclass
class Tally:
    """Outcome counts of ours and of the baseline for one group of households."""

    ours: Counter[str] = field(default_factory=Counter)
    baseline: Counter[str] = field(default_factory=Counter)

    def add(self, other: Tally) -> None:
        """Fold `other`'s counts into this tally."""
        self.ours.update(other.ours)
        self.baseline.update(other.baseline)

    @property
    def scored(self) -> int:
        """Reorders scored."""
        return sum(self.ours.values())

    def share(self, outcome: str, baseline: bool = False) -> float:
        """The share of scored reorders with `outcome` (0 when none were scored)."""
        counts = self.baseline if baseline else self.ours
        return counts[outcome] / max(self.scored, 1)


def behaviour_of(customer: str) -> str:
    """The behaviour a generated customer_id names (`workday-s3-0007`), else 'all'."""
    head, sep, _ = customer.partition("-")
    return head if sep else "all"


def outcome(remind: datetime | None, next_at: datetime) -> str:
    """hit, late, early or none for one reminder and the reorder that followed."""
    if remind is None:
        return "none"
    if remind > next_at:
        return "late"
    return "early" if remind < next_at - HIT_WINDOW else "hit"


def score(
    rows: Sequence[tuple[str, datetime, int]],
    reminders: Mapping[tuple[str, datetime], datetime | None],
) -> dict[str, Tally]:
    """Tallies per behaviour of ours (`reminders` by customer and delivery) and the baseline."""
    by_customer: dict[str, list[datetime]] = defaultdict(list)
    for customer, at, _ in rows:
        by_customer[customer].append(at)
    tallies: dict[str, Tally] = defaultdict(Tally)
    for customer, times in by_customer.items():
        times.sort()
        tally = tallies[behaviour_of(customer)]
        for j, (at, next_at) in enumerate(pairwise(times)):
            tally.ours[outcome(reminders.get((customer, at)), next_at)] += 1
            tally.baseline[outcome(_baseline(times[: j + 1]), next_at)] += 1
    return dict(tallies)


def total(tallies: Iterable[Tally]) -> Tally:
    """All tallies folded into one."""
    out = Tally()
    for tally in tallies:
        out.add(tally)
    return out


def spread_figures(
    reminders: Iterable[datetime | None], end: time, tz: ZoneInfo
) -> tuple[float, float]:
    """(share in the half hour before `end`, share in the busiest hour of the day), local time."""
    local = [r.astimezone(tz) for r in reminders if r is not None]
    edge = datetime.combine(date.min, end) - timedelta(minutes=30)
    near_edge = sum(edge.time() <= r.time() <= end for r in local)
    busiest = max(Counter(r.hour for r in local).values(), default=0)
    return near_edge / max(len(local), 1), busiest / max(len(local), 1)


def _baseline(times: Sequence[datetime]) -> datetime | None:
    gaps = [b - a for a, b in pairwise(times)]
    if not gaps:
        return None
    middle = statistics.median(g.total_seconds() for g in gaps)
    return times[-1] + timedelta(seconds=middle) - timedelta(days=1)
