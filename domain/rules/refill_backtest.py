"""Replays delivery history: the reminder the service would have scheduled after each delivery."""

from __future__ import annotations

import csv
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import replace
from datetime import date, datetime, time, timedelta
from typing import TextIO
from zoneinfo import ZoneInfo

from domain.rules.refill import (
    DEFAULT_PRIOR,
    LATE_COST,
    CohortPrior,
    Delivery,
    RefillState,
    record_delivery,
    reminder_range,
    reminder_time,
)
from domain.rules.refill_estimators import SPREAD_SPAN, STATION_TZ
from domain.rules.refill_season import fit_season_before
from domain.rules.reminder_rules import ReminderPolicy, hour_start, hours_of, pick_slot
from domain.rules.station_calendar import StationCalendar

SEND_HOURS = (time(9), time(20))  # the station only messages customers in daytime

HistoryRow = tuple[str, datetime, int]
ReminderRow = tuple[str, datetime, datetime | None]
HISTORY_COLUMNS = ("customer_id", "delivered_at", "quantity")
REMINDER_COLUMNS = ("customer_id", "delivered_at", "remind_at")


class HistoryError(ValueError):
    """A delivery-history file that cannot be read; the message names the line."""


def backtest(
    rows: Iterable[HistoryRow],
    prior: CohortPrior | None = None,
    *,
    late_cost: float = LATE_COST,
    allowed_hours: tuple[time, time] | None = None,
    spread: bool = False,
    fit_seasons: bool = False,
    spread_span: timedelta = SPREAD_SPAN,
    hour_cap: int = 0,
) -> Iterator[ReminderRow]:
    """One (customer, delivered_at, remind_at) per input row, in input order.

    Each reminder uses only that delivery and the same customer's earlier ones (and, with
    `fit_seasons`, the station's season fitted on all deliveries before that month); a
    customer's rows are replayed oldest first whatever their order in the input. With
    `spread` the reminders are spread over their useful range by customer and, with an
    `hour_cap`, away from hours already holding that many reminders planned and not yet due,
    as the service plans them (replayed in delivery order).
    """
    history = list(rows)
    prior = prior or DEFAULT_PRIOR
    seasons = _monthly_priors(history, prior) if fit_seasons else {}

    def plan(customer: str, state: RefillState, now_prior: CohortPrior) -> Planned:
        if allowed_hours is None or not spread or hour_cap <= 0:
            key = customer if spread else None
            return reminder_time(
                state, now_prior, late_cost=late_cost, allowed_hours=allowed_hours,
                spread_key=key, spread_span=spread_span,
            )  # fmt: skip
        return reminder_range(
            state, now_prior, late_cost=late_cost, allowed_hours=allowed_hours,
            spread_span=spread_span,
        )  # fmt: skip

    planned = _replay(history, prior, seasons, plan)
    policy = ReminderPolicy(tz=prior.calendar.tz, hour_cap=hour_cap)
    reminders = _cap_hours(history, planned, policy)
    for (customer, at, _), remind in zip(history, reminders, strict=True):
        yield customer, at, remind


Planned = datetime | tuple[datetime, datetime]


def _replay(
    history: Sequence[HistoryRow],
    prior: CohortPrior,
    seasons: Mapping[date, CohortPrior],
    plan: Callable[[str, RefillState, CohortPrior], Planned],
) -> list[Planned | None]:
    # Each customer's deliveries oldest first, each planned right after it is folded in.
    by_customer: dict[str, list[int]] = defaultdict(list)
    for index, (customer, _, _) in enumerate(history):
        by_customer[customer].append(index)
    out: list[Planned | None] = [None] * len(history)
    for customer, indexes in by_customer.items():
        indexes.sort(key=lambda i: history[i][1])
        state: RefillState | None = None
        for i in indexes:
            _, at, quantity = history[i]
            now_prior = seasons.get(prior.calendar.local(at).date().replace(day=1), prior)
            state = record_delivery(state, Delivery(at, quantity), now_prior)
            out[i] = plan(customer, state, now_prior)
    return out


def _cap_hours(
    history: Sequence[HistoryRow], planned: Sequence[Planned | None], policy: ReminderPolicy
) -> list[datetime | None]:
    # Ranges become times in delivery order, each counting the other customers' reminders
    # planned before it and not yet due, per hour, as the service's database query does.
    out: list[datetime | None] = [p if not isinstance(p, tuple) else None for p in planned]
    pending: dict[str, datetime] = {}
    for i in sorted(range(len(history)), key=lambda k: history[k][1]):
        span = planned[i]
        if not isinstance(span, tuple):
            continue
        customer, at, _ = history[i]
        pending.pop(customer, None)
        earliest, latest = span
        hours = set(hours_of(earliest, latest, policy.tz))
        counts = Counter(
            h for h in (hour_start(d, policy.tz) for d in pending.values() if d > at) if h in hours
        )
        out[i] = pending[customer] = pick_slot(earliest, latest, customer, counts, policy)
    return out


def backtest_station(
    rows: Iterable[HistoryRow],
    calendar: StationCalendar,
    *,
    late_cost: float = LATE_COST,
    allowed_hours: tuple[time, time] | None = SEND_HOURS,
    spread_span: timedelta = SPREAD_SPAN,
    hour_cap: int = 0,
) -> Iterator[ReminderRow]:
    """`backtest` as the service plans: the station's calendar and season, spread reminders."""
    prior = replace(DEFAULT_PRIOR, calendar=calendar)
    return backtest(
        rows,
        prior,
        late_cost=late_cost,
        allowed_hours=allowed_hours,
        spread=True,
        fit_seasons=True,
        spread_span=spread_span,
        hour_cap=hour_cap,
    )


def _monthly_priors(history: Sequence[HistoryRow], prior: CohortPrior) -> dict[date, CohortPrior]:
    # Each month's season is fitted only on deliveries before it: no peeking at the future.
    calendar = prior.calendar
    by_customer: dict[str, list[tuple[datetime, int]]] = defaultdict(list)
    for customer, at, quantity in history:
        by_customer[customer].append((at, quantity))
    for deliveries in by_customer.values():
        deliveries.sort()
    months = sorted({calendar.local(at).date().replace(day=1) for _, at, _ in history})
    out: dict[date, CohortPrior] = {}
    for month in months:
        fitted = fit_season_before(
            list(by_customer.values()), calendar.midnight(month), calendar.tz
        )
        if fitted is not None:
            amplitude, peak = fitted
            out[month] = replace(prior, season_amplitude=amplitude, season_peak_day=peak)
    return out


def read_history(source: TextIO) -> list[HistoryRow]:
    """Rows of a `customer_id,delivered_at,quantity` CSV; HistoryError names a bad line."""
    reader = csv.DictReader(source)
    missing = [c for c in HISTORY_COLUMNS if c not in (reader.fieldnames or [])]
    if missing:
        raise HistoryError(f"line 1: header lacks column(s) {', '.join(missing)}")
    rows: list[HistoryRow] = []
    for record in reader:
        rows.append(_parse_row(record, reader.line_num))
    return rows


def write_reminders(out: TextIO, rows: Iterable[ReminderRow], tz: ZoneInfo = STATION_TZ) -> None:
    """Write `customer_id,delivered_at,remind_at` CSV; an empty remind_at means no reminder."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(REMINDER_COLUMNS)
    for customer, at, remind in rows:
        when = remind.astimezone(tz).isoformat(timespec="seconds") if remind else ""
        writer.writerow((customer, at.isoformat(), when))


def _parse_row(record: dict[str | None, str | None], line: int) -> HistoryRow:
    customer = (record.get("customer_id") or "").strip()
    stamp = (record.get("delivered_at") or "").strip()
    amount = (record.get("quantity") or "").strip()
    if not customer:
        raise HistoryError(f"line {line}: empty customer_id")
    try:
        at = datetime.fromisoformat(stamp.replace("Z", "+00:00"))
    except ValueError:
        message = f"line {line}: delivered_at is not an ISO-8601 time: {stamp!r}"
        raise HistoryError(message) from None
    if at.tzinfo is None:
        raise HistoryError(f"line {line}: delivered_at has no UTC offset: {stamp!r}")
    try:
        quantity = int(amount)
    except ValueError:
        raise HistoryError(f"line {line}: quantity is not a whole number: {amount!r}") from None
    if quantity <= 0:
        raise HistoryError(f"line {line}: quantity must be positive, got {quantity}")
    return customer, at, quantity
