"""`waterbot bench import`: customers imported per second from a station's sheet.

A CSV of N customers, each with opening tickets, stored value, buckets and deposit, goes
through the same `import_file` as `waterbot import customers` and the admin API: first on a
fresh database (every row creates a customer and four ledger openings), then again (every row
is matched by phone and found unchanged). SQLite always; PostgreSQL too when
WATERBOT_DATABASE_URL points at a server (in a scratch database, dropped afterwards).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
import time
from dataclasses import dataclass
from typing import TYPE_CHECKING

from bot.bootstrap import settings_from_env
from bot.devtools.bench_support import DatabaseUnavailable, bench_database, in_own_process
from bot.devtools.demo import quiet
from domain.infra.db import connected
from domain.rules.tables import Table, to_csv
from domain.services import catalog, demo
from domain.services.customer_import import BATCH_SIZE, import_file

if TYPE_CHECKING:
    from domain.infra.settings import Settings

HEADERS = ("姓名", "电话", "地址", "水票品种", "水票", "押桶", "押金(元)", "余额(元)", "标签")
ACTOR = "bench"


@dataclass(frozen=True)
class Figures:
    """One database's timings."""

    name: str
    rows: int = 0
    first_s: float = 0.0
    again_s: float = 0.0
    created: int = 0
    unchanged: int = 0
    note: str = ""

    def row(self) -> str:
        """One line of the table."""
        if self.note:
            return f"{self.name:<24} {self.note}"
        first, again = self.rows / self.first_s, self.rows / self.again_s
        return (
            f"{self.name:<24} {self.rows:>6} {self.first_s:>8.2f} {first:>8.1f} "
            f"{1000 * self.first_s / self.rows:>7.2f} {self.again_s:>8.2f} {again:>8.1f} "
            f"{1000 * self.again_s / self.rows:>7.2f}"
        )


HEADER = (
    f"{'target':<24} {'rows':>6} {'first s':>8} {'rows/s':>8} {'ms/row':>7} "
    f"{'again s':>8} {'rows/s':>8} {'ms/row':>7}"
)


def register(kinds: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `bench import` to the bench subcommands."""
    parser = kinds.add_parser(
        "import",
        help="customers imported per second from a sheet, first time and again",
        description="Import a generated CSV of customers with opening balances into a fresh "
        "database, then import it again (everything unchanged). SQLite, and PostgreSQL in a "
        "scratch database when WATERBOT_DATABASE_URL points at a server.",
    )
    parser.add_argument("--rows", type=_rows, default=2000, metavar="N")
    parser.add_argument("--batch", type=_rows, default=BATCH_SIZE, metavar="B")
    parser.set_defaults(handler=run)


def _rows(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 10_000:
        raise argparse.ArgumentTypeError(f"not a number from 1 to 10000: {value!r}")
    return int(value)


def sheet(rows: int) -> bytes:
    """A station's customer sheet: N customers with tickets, balance, buckets and deposit."""
    body = [
        (f"客户{i:05d}", f"139{i:08d}", f"阳光花园{i % 40 + 1}栋{i % 6 + 1}0{i % 4 + 1}",
         "nfsq-19l", 10 + i % 7, 1 + i % 3, 50 * (1 + i % 3), f"{i % 5 * 10}.5", "老客户")
        for i in range(rows)
    ]  # fmt: skip
    return to_csv(Table("customers", HEADERS, body))


def run(args: argparse.Namespace) -> int:
    """Measure each database in its own process and print the table."""
    env = settings_from_env()
    quiet()
    print(
        f"bench import: {args.rows} customers (tickets, balance, buckets, deposit each), "
        f"batches of {args.batch}; a fresh database, then the same file again"
    )
    targets = ["sqlite", *(["postgres"] if env.is_postgres else [])]
    results = [in_own_process(measure, t, env, args.rows, args.batch) for t in targets]
    print(HEADER)
    for result in results:
        print(result.row())
    wrong = [r for r in results if not r.note and (r.created, r.unchanged) != (r.rows, r.rows)]
    for result in wrong:
        print(f"{result.name}: created {result.created}, unchanged {result.unchanged}, "
              f"expected {result.rows} each", file=sys.stderr)  # fmt: skip
    return 1 if wrong else 0


def measure(target: str, env: Settings, rows: int, batch: int) -> Figures:
    """Figures for one database ("sqlite" or "postgres"), in this process."""
    quiet()
    return asyncio.run(_target(target, env, rows, batch))


async def _target(target: str, env: Settings, rows: int, batch: int) -> Figures:
    name = "waterbot (PostgreSQL)" if target == "postgres" else "waterbot (SQLite)"
    try:
        async with bench_database(target, env) as url:
            return await _timed(name, url, rows, batch)
    except DatabaseUnavailable as exc:
        return Figures(name, note=f"skipped: {exc}")


async def _timed(name: str, url: str, rows: int, batch: int) -> Figures:
    async with connected(url):
        await catalog.load_catalog(demo.demo_catalog(), ACTOR)
        data = sheet(rows)
        started = time.perf_counter()
        first = await import_file(data, ACTOR, batch_size=batch)
        first_s = time.perf_counter() - started
        started = time.perf_counter()
        again = await import_file(data, ACTOR, batch_size=batch)
        again_s = time.perf_counter() - started
    return Figures(name, rows, first_s, again_s, first.created, again.unchanged)
