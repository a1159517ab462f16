"""`waterbot refill generate|score`: variant histories and their scores, split by behaviour."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import datetime, time, timedelta
from pathlib import Path

from bot.bootstrap import settings_from_env
from domain.calendars import load_calendar
from domain.demo_data.refill_variants import SETS, generate, iter_csv_rows
from domain.rules.refill_backtest import HistoryError, backtest_station, read_history
from domain.rules.refill_estimators import SPREAD_SPAN
from domain.rules.refill_score import Tally, score, spread_figures, total
from domain.rules.station_calendar import StationCalendar

SEND_END_HOUR = 20


def register(leaves: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `generate` and `score` under `waterbot refill`."""
    text = "write one station's variant delivery history (CSV on stdout), deterministic per seed"
    gen = leaves.add_parser("generate", help=text, description=text)
    gen.set_defaults(handler=run_generate)
    gen.add_argument(
        "--set",
        dest="variant_set",
        choices=sorted(SETS),
        default="unseen",
        help="parameter ranges: 'tune' (tuned on) or 'unseen' (reported on)",
    )
    gen.add_argument("--seed", type=int, default=1, help="station seed (default: %(default)s)")
    gen.add_argument("--households", type=int, default=140, help="default: %(default)s")
    add_calendar_option(gen)
    text = "replay each FILE as one station and score its reminders, overall and per behaviour"
    sc = leaves.add_parser("score", help=text, description=text)
    sc.set_defaults(handler=run_score)
    sc.add_argument(
        "files",
        type=Path,
        nargs="+",
        metavar="FILE",
        help="CSV with customer_id,delivered_at,quantity (one station each)",
    )
    sc.add_argument(
        "--spread-hours",
        type=float,
        default=SPREAD_SPAN.total_seconds() / 3600,
        metavar="H",
        help="as for `refill backtest` (default: %(default)s)",
    )
    add_hour_cap_option(sc)
    add_calendar_option(sc)


def add_hour_cap_option(parser: argparse.ArgumentParser) -> None:
    """`--hour-cap N`: replay the service's per-hour cap (default: WATERBOT_REMINDER_HOUR_CAP)."""
    parser.add_argument(
        "--hour-cap",
        type=int,
        metavar="N",
        help="at most N reminders planned in one hour across the station, replayed in delivery "
        "order as the service counts them; 0: none (default: WATERBOT_REMINDER_HOUR_CAP, 30)",
    )


def hour_cap_from_args(args: argparse.Namespace) -> int:
    """The cap given on the command line, else the one the settings give the service."""
    cap = args.hour_cap if args.hour_cap is not None else settings_from_env().reminder_hour_cap
    return max(cap, 0)


def add_calendar_option(parser: argparse.ArgumentParser) -> None:
    """`--calendar FILE`: the station calendar (default: the bundled mainland-China one)."""
    parser.add_argument(
        "--calendar",
        type=Path,
        metavar="FILE",
        help="station calendar JSON (default: the bundled mainland-China one)",
    )


def calendar_from_args(args: argparse.Namespace, command: str) -> StationCalendar | None:
    """The calendar in WATERBOT_TZ; None (after one line on stderr) when the file is bad."""
    tz = settings_from_env().tz
    try:
        return load_calendar(args.calendar, tz)
    except (OSError, ValueError) as exc:
        print(f"waterbot refill {command}: calendar {args.calendar}: {exc}", file=sys.stderr)
        return None


def run_generate(args: argparse.Namespace) -> int:
    """Write the variant history to stdout; returns the exit code."""
    calendar = calendar_from_args(args, "generate")
    if calendar is None:
        return 2
    if args.households <= 0:
        print("waterbot refill generate: --households must be positive", file=sys.stderr)
        return 2
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(("customer_id", "delivered_at", "quantity"))
    writer.writerows(
        iter_csv_rows(generate(calendar, args.variant_set, args.seed, args.households))
    )
    sys.stdout.flush()
    return 0


def run_score(args: argparse.Namespace) -> int:
    """Backtest and score every FILE; print one line per behaviour; returns the exit code."""
    calendar = calendar_from_args(args, "score")
    if calendar is None:
        return 2
    tallies: dict[str, Tally] = {}
    planned: list[datetime | None] = []
    for path in args.files:
        try:
            with path.open(newline="", encoding="utf-8") as source:
                rows = read_history(source)
        except (OSError, HistoryError) as exc:
            print(f"waterbot refill score: {path}: {exc}", file=sys.stderr)
            return 2
        span = timedelta(hours=max(args.spread_hours, 0.0))
        replayed = backtest_station(
            rows, calendar, spread_span=span, hour_cap=hour_cap_from_args(args)
        )
        reminders = {(c, at): r for c, at, r in replayed}
        planned += reminders.values()
        for behaviour, tally in score(rows, reminders).items():
            tallies.setdefault(behaviour, Tally()).add(tally)
    print(f"{'behaviour':<10} {'reorders':>8} {'hit@2d':>7} {'late':>6} {'early':>6} {'base':>6}")
    for name, tally in [*sorted(tallies.items()), ("ALL", total(tallies.values()))]:
        print(
            f"{name:<10} {tally.scored:>8} {tally.share('hit'):>7.3f} {tally.share('late'):>6.3f}"
            f" {tally.share('early'):>6.3f} {tally.share('hit', baseline=True):>6.3f}"
        )
    near_edge, busiest = spread_figures(planned, time(SEND_END_HOUR), calendar.tz)
    print(
        f"reminders in the half hour before {SEND_END_HOUR}:00: {near_edge:.3f}; "
        f"in the busiest hour of the day: {busiest:.3f}"
    )
    return 0
