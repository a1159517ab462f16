"""`waterbot refill ...`: the predictive-refill model from the command line."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import time
from pathlib import Path

from domain.refill import LATE_COST

Handler = Callable[[argparse.Namespace], int]
SEND_HOURS = (time(9), time(20))  # the station only messages customers in daytime


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
        help="hours (Asia/Shanghai) reminders may go out; one falling outside moves back to the "
        "end of the previous span. 'any' keeps the model's exact time (default: 09:00-20:00)",
    )
    backtest.add_argument(
        "--late-cost",
        type=float,
        default=LATE_COST,
        metavar="X",
        help="how much a reminder after the customer already ordered counts against one that "
        "helps (default: %(default)s); lower trades more late reminders for more hits",
    )


def run_backtest(args: argparse.Namespace) -> int:
    """Replay FILE and write the reminders CSV to stdout; returns the exit code."""
    from domain.refill_backtest import HistoryError, backtest, read_history, write_reminders

    try:
        with args.file.open(newline="", encoding="utf-8") as source:
            rows = read_history(source)
    except OSError as exc:
        print(f"waterbot refill backtest: cannot read {args.file}: {exc.strerror}", file=sys.stderr)
        return 2
    except HistoryError as exc:
        print(f"waterbot refill backtest: {args.file}: {exc}", file=sys.stderr)
        return 2
    reminders = backtest(rows, late_cost=args.late_cost, allowed_hours=args.allowed_hours)
    write_reminders(sys.stdout, reminders)
    sys.stdout.flush()
    return 0


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
