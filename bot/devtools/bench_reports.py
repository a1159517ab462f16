"""`waterbot bench reports`: how long the back office's reports take on a station's history.

Each database gets a fresh copy of the same generated history (`domain.demo_data.report_history`):
customers with addresses and months of delivered orders with their ledgers. Every report is then
run a few times against it and its median and best wall time printed, beside the data's row
counts.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from bot.bootstrap import settings_from_env
from bot.devtools.bench_support import DatabaseUnavailable, bench_database, in_own_process, positive
from bot.devtools.demo import quiet
from domain.demo_data.report_history import generate
from domain.infra.db import connected
from domain.reads import exports, finance, sales, segments, stats
from domain.rules.periods import Period, day_period, named_period

if TYPE_CHECKING:
    from domain.infra.settings import Settings

Report = Callable[[datetime], Awaitable[Any]]
COUNTED = ("customer", "order", "order_line", "order_event", "ticket_entry", "balance_entry",
           "bucket_entry")  # fmt: skip


@dataclass
class Measured:
    """One database's figures: data size, generation time, seconds per run of each report."""

    name: str
    rows: dict[str, int] = field(default_factory=dict)
    generation_s: float = 0.0
    runs: dict[str, list[float]] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)
    note: str = ""


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `reports` to the `bench` subcommands."""
    parser = kinds.add_parser(
        "reports",
        help="seconds per back-office report on a generated history",
        description="Generate customers and delivered orders (with their ledgers) on a fresh "
        "SQLite database (and a scratch PostgreSQL database when WATERBOT_DATABASE_URL points "
        "at a server), then time each report: median and best of --repeat runs.",
    )
    parser.add_argument("--customers", type=positive, default=2000, metavar="N")
    parser.add_argument("--orders", type=positive, default=20000, metavar="M")
    parser.add_argument("--repeat", type=positive, default=3, metavar="R")
    parser.set_defaults(handler=run)


def _days(now: datetime, days: int) -> Period:
    """The `days` calendar days up to and including today, as the stats endpoints default."""
    tz, today = now.tzinfo, now.date()
    if tz is None:
        raise ValueError("reports need a timezone-aware now")
    first = day_period(today - timedelta(days=days - 1), tz)
    return Period("days", first.start, day_period(today, tz).end)


def reports() -> list[tuple[str, Report]]:
    """Every report measured, by name."""

    def span(now: datetime) -> exports.Span:
        period = _days(now, 30)
        return exports.Span(period.start, period.end)

    return [
        ("segments", segments.segmentation),
        ("finance-month", lambda now: finance.finance(named_period("month", now), now)),
        ("sales-day-30d", lambda now: stats.daily_sales(_days(now, 30))),
        ("sales-product-30d", lambda now: sales.sales_by_product(_days(now, 30))),
        ("sales-area-30d", lambda now: sales.sales_by_area(_days(now, 30))),
        ("couriers-30d", lambda now: sales.courier_performance(_days(now, 30))),
        ("daily_sales-366d", lambda now: stats.daily_sales(_days(now, 366))),
        ("export-customers", lambda now: exports.customers(now)),
        ("export-orders-30d", lambda now: exports.orders(span(now), None)),
    ]


def run(args: argparse.Namespace) -> int:
    """Measure each database in its own process and print the tables; 1 if a report failed."""
    env = settings_from_env()
    quiet()
    print(
        f"bench reports: {args.customers} customers, {args.orders} delivered orders over the "
        f"last 180 days; each report run {args.repeat}×, seconds"
    )
    targets = ["sqlite", *(["postgres"] if env.is_postgres else [])]
    results = [
        in_own_process(measure, t, env, args.customers, args.orders, args.repeat) for t in targets
    ]
    print(_table(results))
    for result in results:
        for error in result.errors:
            print(f"{result.name}: {error}", file=sys.stderr)
    return 1 if any(r.errors for r in results) else 0


def _table(results: list[Measured]) -> str:
    shown = [r for r in results if not r.note]
    head = "".join(f" {r.name + ' median':>20} {'best':>8}" for r in shown)
    lines = [f"{'data':<20}" + "".join(f" {r.name:>29}" for r in shown)]
    lines.append(f"{'generation s':<20}" + "".join(f" {r.generation_s:>29.1f}" for r in shown))
    for table in COUNTED:
        lines.append(
            f"{table + ' rows':<20}" + "".join(f" {r.rows.get(table, 0):>29}" for r in shown)
        )
    lines.append(f"{'report':<20}{head}")
    for name, _ in reports():
        cells = []
        for r in shown:
            times = r.runs.get(name)
            cells.append(
                f" {statistics.median(times):>20.3f} {min(times):>8.3f}" if times
                else f" {'failed':>20} {'':>8}"
            )  # fmt: skip
        lines.append(f"{name:<20}" + "".join(cells))
    lines += [f"{r.name}: {r.note}" for r in results if r.note]
    return "\n".join(lines)


def measure(target: str, env: Settings, customers: int, orders: int, repeat: int) -> Measured:
    """Generate the history and time every report on one database ("sqlite" or "postgres")."""
    quiet()
    return asyncio.run(_target(target, env, customers, orders, repeat))


async def _target(target: str, env: Settings, customers: int, orders: int, repeat: int) -> Measured:
    name = "PostgreSQL" if target == "postgres" else "SQLite"
    try:
        async with bench_database(target, env) as url:
            return await _measure(name, url, env, customers, orders, repeat)
    except DatabaseUnavailable as exc:
        return Measured(name, note=f"skipped: {exc}")


async def _measure(
    name: str, url: str, env: Settings, customers: int, orders: int, repeat: int
) -> Measured:
    async with connected(url):
        now = datetime.now(env.tz)
        began, result = time.perf_counter(), Measured(name)
        try:
            result.rows = await generate(customers, orders, now)
        except Exception as exc:  # nothing to measure without the data: say why
            result.errors.append(f"generating the data: {type(exc).__name__}: {exc}")
            return result
        result.generation_s = time.perf_counter() - began
        for report, call in reports():
            await _time(result, report, call, now, repeat)
        return result


async def _time(result: Measured, name: str, call: Report, now: datetime, repeat: int) -> None:
    runs = []
    for _ in range(repeat):
        began = time.perf_counter()
        try:
            await call(now)
        except Exception as exc:  # any report's failure is the finding: record it, go on
            result.errors.append(f"{name}: {type(exc).__name__}: {exc}")
            return
        runs.append(time.perf_counter() - began)
    result.runs[name] = runs
