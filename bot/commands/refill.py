"""`waterbot refill ...`: the predictive-refill model from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date, datetime, time, timedelta
from pathlib import Path

from bot.bootstrap import run_with_db, settings_from_env
from domain.rules.refill import LATE_COST
from domain.rules.refill_backtest import (
    SEND_HOURS,
    HistoryError,
    backtest_station,
    read_history,
    write_reminders,
)
from domain.rules.refill_estimators import SPREAD_SPAN
from domain.services.refill import policy_from_settings
from domain.services.reminder_outcomes import reminder_report

from . import refill_validate

Handler = Callable[[argparse.Namespace], int]


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `refill` and its subcommands to the CLI."""
    parser = subparsers.add_parser(
        "refill", help="predictive refill reminders", description="Predictive refill reminders."
    )
    leaves = parser.add_subparsers(dest="refill_command", metavar="SUBCOMMAND", required=True)
    backtest = _leaf(
        leaves,
        "backtest",
        run_backtest,
        "print, for every delivery in FILE, the reminder the service would schedule right "
        "after it (CSV customer_id,delivered_at,remind_at on stdout, in FILE's row order)",
    )
    backtest.add_argument(
        "file", type=Path, metavar="FILE", help="CSV with customer_id,delivered_at,quantity"
    )
    backtest.add_argument(
        "--allowed-hours",
        type=_parse_hours,
        default=SEND_HOURS,
        metavar="HH:MM-HH:MM|any",
        help="hours (station time, WATERBOT_TZ) reminders may go out, spread over them by "
        "customer and never later than the model's time. 'any' keeps the model's exact time "
        "(default: 09:00-20:00)",
    )
    backtest.add_argument(
        "--late-cost",
        type=float,
        default=LATE_COST,
        metavar="X",
        help="how much a reminder after the customer already ordered counts against one that "
        "helps (default: %(default)s); lower trades more late reminders for more hits",
    )
    backtest.add_argument(
        "--spread-hours",
        type=float,
        default=SPREAD_SPAN.total_seconds() / 3600,
        metavar="H",
        help="spread each reminder, by customer, over at most H hours before the model's time, "
        "as far as its own forecast says costs little, so the station is not rung all at once; "
        "0 keeps the old edge (default: %(default)s)",
    )
    refill_validate.add_hour_cap_option(backtest)
    refill_validate.add_calendar_option(backtest)
    refill_validate.register(leaves)
    report = _leaf(
        leaves,
        "report",
        run_report,
        "reminders due in a period: sent, ordered within the outcome window (the real hit "
        "rate), skipped by reason",
    )
    report.add_argument(
        "--since",
        type=date.fromisoformat,
        metavar="YYYY-MM-DD",
        help="first day (default: 30 days ago)",
    )
    report.add_argument(
        "--until", type=date.fromisoformat, metavar="YYYY-MM-DD", help="last day (default: today)"
    )


def run_backtest(args: argparse.Namespace) -> int:
    """Replay FILE and write the reminders CSV to stdout; returns the exit code."""
    try:
        with args.file.open(newline="", encoding="utf-8") as source:
            rows = read_history(source)
    except OSError as exc:
        print(f"waterbot refill backtest: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    except HistoryError as exc:
        print(f"waterbot refill backtest: {args.file}: {exc}", file=sys.stderr)
        return 2
    calendar = refill_validate.calendar_from_args(args, "backtest")
    if calendar is None:
        return 2
    reminders = backtest_station(
        rows,
        calendar,
        late_cost=args.late_cost,
        allowed_hours=args.allowed_hours,
        spread_span=timedelta(hours=max(args.spread_hours, 0.0)),
        hour_cap=refill_validate.hour_cap_from_args(args),
    )
    write_reminders(sys.stdout, reminders, calendar.tz)
    sys.stdout.flush()
    return 0


def run_report(args: argparse.Namespace) -> int:
    """Print the reminder report for the period; returns the exit code."""
    settings = settings_from_env()
    today = datetime.now(settings.tz).date()
    last = args.until or today
    first = args.since or last - timedelta(days=29)
    if first > last:
        print("waterbot refill report: --since is after --until", file=sys.stderr)
        return 2
    start = datetime.combine(first, time(0), settings.tz)
    end = datetime.combine(last + timedelta(days=1), time(0), settings.tz)
    days = policy_from_settings(settings).outcome_window.days

    async def work() -> int:
        report = await reminder_report(start, end)
        print(f"refill reminders due {first} .. {last}")
        kinds = ", ".join(f"{k} {n}" for k, n in sorted(report.sent_by_kind.items()))
        print(f"sent: {report.sent}" + (f" ({kinds})" if kinds else ""))
        rate = "n/a" if report.hit_rate is None else f"{report.hit_rate:.1%}"
        print(f"ordered within {days} days: {report.ordered} (hit rate {rate})")
        print(f"not ordered: {report.not_ordered}, declined: {report.declined}")
        print(f"waiting for an outcome: {report.waiting}")
        skipped = sum(report.skipped.values())
        print(f"skipped: {skipped}")
        for reason, count in sorted(report.skipped.items(), key=lambda kv: (-kv[1], kv[0])):
            print(f"  {reason}: {count}")
        return 0

    return run_with_db(settings, work)


def _leaf(
    leaves: argparse._SubParsersAction[argparse.ArgumentParser],
    name: str,
    handler: Handler,
    text: str,
) -> argparse.ArgumentParser:
    parser = leaves.add_parser(name, help=text, description=text)
    parser.set_defaults(handler=handler)
    return parser


def _parse_hours(value: str) -> tuple[time, time] | None:
    """'09:00-20:00' as (start, end), the start first; 'any' as None."""
    if value.strip().lower() == "any":
        return None
    try:
        start_text, end_text = value.split("-")
        start, end = time.fromisoformat(start_text.strip()), time.fromisoformat(end_text.strip())
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"expected HH:MM-HH:MM, got {value!r}") from exc
    if not start < end:
        raise argparse.ArgumentTypeError(f"start must be before end: {value!r}")
    return start, end
