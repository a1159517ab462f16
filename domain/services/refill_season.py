"""The station's own seasonal swing, refitted once a day on its delivery history.

The refill model divides each interval by the season (how much longer than average a bucket
lasts at that time of year). Until a year of history exists the default swing holds; after,
`fit_season` on the station's own deliveries replaces it, stored on the station row where
`refill.station_prior` reads it. Claimed per day in `job_run`, so however many schedulers
poll, the fit runs once a day.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from datetime import datetime, timedelta
from zoneinfo import ZoneInfo

from tortoise.exceptions import IntegrityError
from tortoise.transactions import in_transaction

from domain.models import JobRun, Order, Station
from domain.rules.refill_season import fit_season_before
from domain.services.station import station_row

log = logging.getLogger(__name__)

JOB = "refill_season"
HISTORY = timedelta(days=3 * 365)  # older deliveries say little about this year's swing


async def refit_station_season(now: datetime, tz: ZoneInfo) -> tuple[float, int] | None:
    """Fit today's swing unless some scheduler already did; the fitted (amplitude, peak day).

    None when already done today or when the history does not yet give a clear fit (the
    stored swing, or the default, then stays).
    """
    day = now.astimezone(tz).date().isoformat()
    if await JobRun.exists(name=JOB, key=day):
        return None
    histories = await delivery_histories(now - HISTORY, now)
    fitted = fit_season_before(histories, now, tz)
    try:
        async with in_transaction() as conn:
            # The unique (name, key) row is the claim: a second scheduler's insert fails.
            await JobRun.create(name=JOB, key=day, using_db=conn)
            if fitted is not None:
                await station_row(conn)
                amplitude, peak = fitted
                await (
                    Station.filter(id=1)
                    .using_db(conn)
                    .update(season_amplitude=amplitude, season_peak_day=peak, season_fitted_at=now)
                )
    except IntegrityError:
        return None
    if fitted is None:
        log.info("refill season: history too short or unclear; swing unchanged")
    else:
        log.info("refill season: amplitude %.3f, longest on day %d", *fitted)
    return fitted


async def delivery_histories(since: datetime, until: datetime) -> list[list[tuple[datetime, int]]]:
    """Each customer's (delivered_at, buckets) from `since` to `until`, oldest first."""
    rows = await Order.filter(
        delivered_at__gte=since, delivered_at__lt=until, buckets_delivered__gt=0
    ).values_list("customer_id", "delivered_at", "buckets_delivered")
    by_customer: dict[object, list[tuple[datetime, int]]] = defaultdict(list)
    for customer, at, buckets in rows:
        by_customer[customer].append((at, int(buckets)))
    return [sorted(history) for history in by_customer.values()]
