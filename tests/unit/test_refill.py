"""Pure tests of the predictive refill model and its backtest (no database)."""

from __future__ import annotations

import argparse
import csv
import io
import itertools
import json
import math
import random
import statistics
from collections import defaultdict
from datetime import datetime, time, timedelta
from pathlib import Path

import pytest

from bot.commands import refill as refill_command
from domain.rules.refill import (
    DEFAULT_PRIOR,
    MAX_SAMPLES,
    CohortPrior,
    Delivery,
    RefillState,
    cohort_prior,
    explain,
    predict_need,
    record_delivery,
    reminder_time,
    summarize,
)
from domain.rules.refill_backtest import HistoryError, backtest, read_history, write_reminders
from domain.rules.refill_estimators import STATION_TZ
from domain.rules.refill_season import fit_season

NO_SEASON = CohortPrior(season_amplitude=0.0)
START = datetime(2025, 3, 1, 10, 0, tzinfo=STATION_TZ)
DEV_CSV = Path(__file__).resolve().parents[3] / "shared" / "refill" / "dev.csv"


def days(n: float) -> timedelta:
    return timedelta(days=n)


def history(gaps: list[float], quantities: list[int] | None = None) -> list[Delivery]:
    """Deliveries at START and then after each gap (days); 1 bucket unless told."""
    quantities = quantities or [1] * (len(gaps) + 1)
    at, out = START, [Delivery(START, quantities[0])]
    for gap, quantity in zip(gaps, quantities[1:], strict=True):
        at += days(gap)
        out.append(Delivery(at, quantity))
    return out


def state_of(deliveries: list[Delivery], prior: CohortPrior | None = None) -> RefillState:
    state = summarize(deliveries, prior)
    assert state is not None
    return state


def elapsed(state: RefillState, moment: datetime | None) -> float:
    assert moment is not None
    return (moment - state.last_at).total_seconds() / 86400


def test_steady_household_is_reminded_about_day_13() -> None:
    state = state_of(history([15.0] * 10), NO_SEASON)
    assert elapsed(state, predict_need(state, NO_SEASON)) == pytest.approx(15.0, abs=0.01)
    assert 12.5 <= elapsed(state, reminder_time(state, NO_SEASON)) <= 14.0


def test_steady_household_with_default_seasons_stays_close() -> None:
    state = state_of(history([15.0] * 10))
    assert elapsed(state, predict_need(state)) == pytest.approx(15.0, rel=0.05)
    assert 12.0 <= elapsed(state, reminder_time(state)) <= 14.5


def test_three_buckets_last_three_times_longer() -> None:
    state = state_of(history([10.0] * 8 + [10.0], [1] * 9 + [3]), NO_SEASON)
    assert elapsed(state, predict_need(state, NO_SEASON)) == pytest.approx(30.0, rel=0.02)
    assert explain(state, NO_SEASON).days_per_bucket == pytest.approx(10.0, rel=0.02)


def test_a_holiday_does_not_move_the_estimate() -> None:
    state = state_of(history([12.0] * 6 + [26.0] + [12.0] * 2), NO_SEASON)
    assert elapsed(state, predict_need(state, NO_SEASON)) == pytest.approx(12.0, rel=0.02)


def test_a_lasting_habit_change_is_adopted_and_old_history_forgotten() -> None:
    state = state_of(history([15.0] * 10 + [8.0] * 3), NO_SEASON)
    assert len(state.samples) == 3  # the change was detected, not merely outvoted
    assert elapsed(state, predict_need(state, NO_SEASON)) == pytest.approx(8.0, rel=0.03)


def test_new_customer_uses_the_prior_by_order_size() -> None:
    prior = CohortPrior(days_per_bucket=((1, 9.0), (4, 1.2)), season_amplitude=0.0)
    home = state_of([Delivery(START, 2)], prior)
    office = state_of([Delivery(START, 8)], prior)
    assert elapsed(home, predict_need(home, prior)) == pytest.approx(2 * 9.0)
    assert elapsed(office, predict_need(office, prior)) == pytest.approx(8 * 1.2)
    assert explain(home, prior).intervals_used == 0


def test_cohort_prior_learns_days_per_bucket_per_band() -> None:
    homes = [state_of(history([8.0 + i] * 5), NO_SEASON) for i in range(6)]
    offices = [state_of(history([6.0] * 5, [6] * 6), NO_SEASON) for _ in range(5)]
    learned = cohort_prior(homes + offices, NO_SEASON)
    assert learned.days_per_bucket_for(1) == pytest.approx(10.5, rel=0.1)
    assert learned.days_per_bucket_for(6) == pytest.approx(1.0, rel=0.05)
    assert cohort_prior([], NO_SEASON) == NO_SEASON


def test_fit_season_recovers_the_cohort_swing() -> None:
    rng = random.Random(11)
    histories = []
    for _ in range(40):
        pace, at = rng.uniform(6.0, 14.0), START
        deliveries = [(at, 1)]
        while at < START + days(730):
            day = (at + days(pace / 2)).timetuple().tm_yday
            at += days(pace * math.exp(0.2 * math.cos(2 * math.pi * (day - 30) / 365.25)))
            deliveries.append((at, 1))
        histories.append(deliveries)
    fitted = fit_season(histories)
    assert fitted is not None
    amplitude, peak = fitted
    assert amplitude == pytest.approx(0.2, abs=0.02)
    assert abs(peak - 30) <= 5
    assert fit_season(h[:8] for h in histories[:5]) is None


def test_weekday_only_household_is_expected_on_monday() -> None:
    monday = datetime(2025, 3, 3, 10, 0, tzinfo=STATION_TZ)
    weeks = [Delivery(monday + days(7 * i), 5) for i in range(12)]
    state = state_of(weeks)
    assert explain(state).weekday_only
    need = predict_need(state)
    assert need is not None and need.weekday() == 0
    remind = reminder_time(state)
    assert need - days(2) <= remind <= need


def test_weekday_only_need_at_the_weekend_moves_to_monday() -> None:
    thursday = datetime(2025, 3, 6, 10, 0, tzinfo=STATION_TZ)
    office = RefillState(thursday, 3, 20, (1.0,) * 12, (4, 4, 4, 4, 4, 0, 0))
    assert predict_need(office, NO_SEASON) == thursday + days(4)  # runs dry Sunday, orders Monday
    home = RefillState(thursday, 3, 20, (1.0,) * 12, (3, 3, 3, 3, 3, 3, 2))
    assert predict_need(home, NO_SEASON) == thursday + days(3)


def test_naive_datetimes_are_rejected() -> None:
    naive = datetime(2025, 3, 1, 10, 0)
    with pytest.raises(ValueError, match="timezone-aware"):
        Delivery(naive, 1)
    state = state_of(history([10.0]))
    with pytest.raises(ValueError, match="timezone-aware"):
        predict_need(state, now=naive)
    with pytest.raises(ValueError, match="positive"):
        Delivery(START, 0)


def test_state_json_round_trip_and_bounded_size() -> None:
    state = state_of(history([9.0 + (i % 3) for i in range(60)], [1 + i % 2 for i in range(61)]))
    data = json.loads(json.dumps(state.to_json()))
    assert RefillState.from_json(data) == state
    assert len(state.samples) == MAX_SAMPLES
    assert len(json.dumps(data)) < 600
    with pytest.raises(ValueError):
        RefillState.from_json({**data, "version": 99})


def test_incremental_updates_through_storage_equal_the_batch_result() -> None:
    rng = random.Random(7)
    gaps = [rng.uniform(8, 14) for _ in range(30)]
    deliveries = history(gaps, [rng.choice([1, 1, 2, 3]) for _ in range(31)])
    stored: RefillState | None = None
    for delivery in deliveries:
        loaded = None if stored is None else RefillState.from_json(stored.to_json())
        stored = record_delivery(loaded, delivery)
    batch = summarize(reversed(deliveries))
    assert stored == batch
    assert stored is not None and reminder_time(stored) == reminder_time(state_of(deliveries))


def test_out_of_order_and_same_day_deliveries() -> None:
    state = state_of(history([10.0] * 3))
    with pytest.raises(ValueError, match="older"):
        record_delivery(state, Delivery(state.last_at - days(1), 1))
    topped_up = record_delivery(state, Delivery(state.last_at + timedelta(hours=2), 1))
    assert topped_up.last_quantity == 2 and topped_up.samples == state.samples


def test_allowed_hours_move_reminders_earlier_into_the_window() -> None:
    state = state_of(history([15.0] * 6), NO_SEASON)
    free = reminder_time(state, NO_SEASON)
    assert not time(9) <= free.time() <= time(20)  # ~13.6 days after a 10:00 drop: past midnight
    clamped = reminder_time(state, NO_SEASON, allowed_hours=(time(9), time(20)))
    assert clamped.time() == time(20)
    assert timedelta(0) < free - clamped < days(1)


def test_churned_household_has_no_expected_need() -> None:
    state = state_of(history([10.0] * 5), NO_SEASON)
    assert predict_need(state, NO_SEASON, now=state.last_at + days(5)) is not None
    assert predict_need(state, NO_SEASON, now=state.last_at + days(60)) is None
    assert explain(state, NO_SEASON, now=state.last_at + days(60)).expected_at is None


def rows_for(customer: str, deliveries: list[Delivery]) -> list[tuple[str, datetime, int]]:
    return [(customer, d.at, d.quantity) for d in deliveries]


def test_backtest_emits_one_row_per_input_row_in_input_order() -> None:
    rows = rows_for("a", history([10.0] * 5)) + rows_for("b", history([20.0] * 3, [2] * 4))
    shuffled = rows[:]
    random.Random(3).shuffle(shuffled)
    out = list(backtest(shuffled))
    assert [(c, at) for c, at, _ in out] == [(c, at) for c, at, _ in shuffled]
    assert dict(((c, at), r) for c, at, r in out) == {(c, at): r for c, at, r in backtest(rows)}


def test_backtest_uses_only_earlier_rows() -> None:
    early = rows_for("a", history([10.0] * 5))
    later = [("a", early[-1][1] + days(3 * i), 2) for i in range(1, 5)]
    other = rows_for("b", history([4.0] * 6))
    before = list(backtest(early))
    after = list(backtest(early + later + other))
    assert after[: len(early)] == before


def test_read_history_names_the_bad_line() -> None:
    good = "customer_id,delivered_at,quantity\nc1,2025-03-01T10:00:00+08:00,1\n"
    assert read_history(io.StringIO(good)) == [("c1", START, 1)]
    for bad, message in (
        ("c1,yesterday,1", "line 3: delivered_at is not an ISO-8601 time"),
        ("c1,2025-03-02T10:00:00,1", "line 3: delivered_at has no UTC offset"),
        ("c1,2025-03-02T10:00:00+08:00,0", "line 3: quantity must be positive"),
        ("c1,2025-03-02T10:00:00+08:00,two", "line 3: quantity is not a whole number"),
    ):
        with pytest.raises(HistoryError, match=message):
            read_history(io.StringIO(good + bad + "\n"))
    with pytest.raises(HistoryError, match="line 1"):
        read_history(io.StringIO("who,when\n"))


def test_write_reminders_csv() -> None:
    out = io.StringIO()
    write_reminders(out, [("c1", START, START + days(9)), ("c2", START, None)])
    assert out.getvalue().splitlines() == [
        "customer_id,delivered_at,remind_at",
        "c1,2025-03-01T10:00:00+08:00,2025-03-10T10:00:00+08:00",
        "c2,2025-03-01T10:00:00+08:00,",
    ]


def run_cli(argv: list[str]) -> int:
    parser = argparse.ArgumentParser()
    refill_command.register(parser.add_subparsers())
    args = parser.parse_args(argv)
    code: int = args.handler(args)
    return code


def test_cli_backtest(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    source = tmp_path / "history.csv"
    rows = rows_for("a", history([10.0] * 3))
    source.write_text(
        "customer_id,delivered_at,quantity\n"
        + "".join(f"{c},{at.isoformat()},{q}\n" for c, at, q in rows)
    )
    assert run_cli(["refill", "backtest", str(source)]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert lines[0] == "customer_id,delivered_at,remind_at" and len(lines) == 5
    source.write_text(source.read_text() + "a,not-a-time,1\n")
    assert run_cli(["refill", "backtest", str(source)]) == 2
    assert "line 6" in capsys.readouterr().err


def outcome(remind: datetime | None, actual: datetime) -> str:
    if remind is None:
        return "none"
    if remind > actual:
        return "late"
    return "early" if remind < actual - days(2) else "hit"


def score(rows: list[dict[str, str]], reminders: list[datetime | None]) -> dict[str, float]:
    """The scoring rule of shared/refill/score.py: hit when next - 2 days <= R <= next."""
    by_customer: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_customer[row["customer_id"]].append(i)
    counts = {"hit": 0, "late": 0, "early": 0, "none": 0}
    for indexes in by_customer.values():
        indexes.sort(key=lambda i: datetime.fromisoformat(rows[i]["delivered_at"]))
        for k, nxt in itertools.pairwise(indexes):
            actual = datetime.fromisoformat(rows[nxt]["delivered_at"])
            counts[outcome(reminders[k], actual)] += 1
    total = sum(counts.values())
    return {k: v / total for k, v in counts.items()}


def median_interval_baseline(rows: list[dict[str, str]]) -> list[datetime | None]:
    by_customer: dict[str, list[int]] = defaultdict(list)
    for i, row in enumerate(rows):
        by_customer[row["customer_id"]].append(i)
    out: list[datetime | None] = [None] * len(rows)
    for indexes in by_customer.values():
        indexes.sort(key=lambda i: datetime.fromisoformat(rows[i]["delivered_at"]))
        times = [datetime.fromisoformat(rows[i]["delivered_at"]) for i in indexes]
        for j, i in enumerate(indexes):
            gaps = [(b - a).total_seconds() for a, b in itertools.pairwise(times[: j + 1])]
            if gaps:
                out[i] = times[j] + timedelta(seconds=statistics.median(gaps)) - days(1)
    return out


@pytest.mark.skipif(not DEV_CSV.exists(), reason="shared dev.csv not available")
def test_dev_csv_beats_the_median_interval_baseline() -> None:
    with DEV_CSV.open(newline="") as f:
        raw = list(csv.DictReader(f))
    with DEV_CSV.open(newline="") as f:
        ours = score(raw, [r for _, _, r in backtest(read_history(f))])
    baseline = score(raw, median_interval_baseline(raw))
    assert ours["hit"] > baseline["hit"] + 0.15
    assert ours["late"] < min(0.15, baseline["late"])
    assert DEFAULT_PRIOR.season_amplitude > 0  # the figures above rely on the cohort season
