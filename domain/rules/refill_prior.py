"""The refill model's inputs: one delivery, and the prior that holds before a household's history.

Also learns a station's prior (days per bucket by order size, the spread between households)
from the states of its households.
"""

from __future__ import annotations

import math
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import datetime
from statistics import median

from domain.rules.refill_estimators import decayed_median, require_aware
from domain.rules.refill_state import RefillState
from domain.rules.station_calendar import WEEKENDS_ONLY, StationCalendar

HALF_LIFE = 3.0  # samples; seasons and habits drift, so recent intervals count most


@dataclass(frozen=True)
class Delivery:
    """Buckets delivered to one household at one moment."""

    at: datetime
    quantity: int

    def __post_init__(self) -> None:
        require_aware(self.at, "delivery time")
        if self.quantity <= 0:
            raise ValueError(f"delivery quantity must be positive, got {self.quantity}")


@dataclass(frozen=True)
class CohortPrior:
    """What holds before a household has history, and the noise all households share."""

    # (smallest order size, days per bucket): big orders come from offices drinking far faster.
    days_per_bucket: tuple[tuple[int, float], ...] = ((1, 10.0), (4, 1.0))
    spread: float = 0.5  # log-sd of days per bucket between households of one band
    noise_rel: float = 0.08  # log-sd of one interval around the household's pace
    noise_days: float = 0.7  # plus this many days of sd whatever the interval's length
    season_amplitude: float = 0.12  # log amplitude; a bucket lasts longest in midwinter
    season_peak_day: int = 20  # day of year, ~大寒 (Jan 20); shortest ~大暑 (Jul 23)
    calendar: StationCalendar = WEEKENDS_ONLY  # time zone, days off and 春节 of the station

    def band_of(self, quantity: int) -> int:
        """Index of the size band an order of `quantity` buckets falls in."""
        index = 0
        for i, (smallest, _) in enumerate(self.days_per_bucket):
            if quantity >= smallest:
                index = i
        return index

    def days_per_bucket_for(self, quantity: int) -> float:
        """Prior days per bucket for a household ordering `quantity` buckets."""
        return self.days_per_bucket[self.band_of(quantity)][1]


DEFAULT_PRIOR = CohortPrior()


def cohort_prior(states: Iterable[RefillState], base: CohortPrior | None = None) -> CohortPrior:
    """`base` with each size band's days per bucket and the spread learned from `states`."""
    base = base or DEFAULT_PRIOR
    bands: list[list[float]] = [[] for _ in base.days_per_bucket]
    for state in states:
        if len(state.samples) >= 3:  # fewer says more about noise than about the household
            level = decayed_median(state.samples, HALF_LIFE)
            bands[base.band_of(state.last_quantity)].append(math.log(level))
    table = []
    deviations: list[float] = []
    for (smallest, days), logs in zip(base.days_per_bucket, bands, strict=True):
        if len(logs) >= 5:
            centre = median(logs)
            days = math.exp(centre)
            deviations.extend(abs(x - centre) for x in logs)
        table.append((smallest, days))
    spread = 1.4826 * median(deviations) if len(deviations) >= 10 else base.spread
    return replace(base, days_per_bucket=tuple(table), spread=spread)
