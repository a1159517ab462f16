"""`waterbot import ...`: customers from a station's sheet (CSV or XLSX), and its template."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import TYPE_CHECKING, TextIO

from bot.bootstrap import run_with_db, settings_from_env
from domain.rules.customer_import import template
from domain.rules.errors import DomainError
from domain.rules.tables import to_csv, to_xlsx
from domain.services.customer_import import BATCH_SIZE, import_file

if TYPE_CHECKING:
    from domain.services.customer_import import ImportSummary

ACTOR = "cli"
BAR_WIDTH = 30


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `import customers` and `import template` to the CLI."""
    parser = subparsers.add_parser(
        "import", help="import customers from Excel/CSV", description="Import from sheets."
    )
    leaves = parser.add_subparsers(dest="import_command", metavar="SUBCOMMAND", required=True)
    customers = leaves.add_parser(
        "customers",
        help="import customers with tickets, buckets, deposit and balance",
        description="Import customers from FILE.xlsx or FILE.csv (UTF-8 or GBK). Rows are "
        "matched by phone; importing the same file again changes nothing. Exits 1 when any "
        "row was refused. The columns are in docs/templates/customers.csv.",
    )
    customers.add_argument("file", type=Path, metavar="FILE", help="the .xlsx or .csv sheet")
    customers.add_argument(
        "--batch", type=_batch, default=None, metavar="N", help="rows per transaction (1-1000)"
    )
    customers.add_argument("--dry-run", action="store_true", help="check and report, write nothing")
    customers.set_defaults(handler=run_customers)
    template = leaves.add_parser(
        "template", help="write the customer sheet template", description="Write the template."
    )
    template.add_argument("file", type=Path, metavar="FILE", help="where to write (.xlsx or .csv)")
    template.set_defaults(handler=run_template)


class ProgressBar:
    """`[#####     ] 120/300` redrawn in place on a terminal, a plain line per tenth otherwise."""

    def __init__(self, out: TextIO) -> None:
        self.out, self.tty, self.shown = out, out.isatty(), 0

    def __call__(self, done: int, total: int) -> None:
        """Show that `done` of `total` rows are through."""
        step = max(1, total // 10)
        if not self.tty and done != total and done // step == self.shown // step:
            return
        self.shown = done
        filled = BAR_WIDTH * done // max(total, 1)
        bar = f"[{'#' * filled}{' ' * (BAR_WIDTH - filled)}] {done}/{total}"
        end = "" if self.tty and done != total else "\n"
        self.out.write(("\r" if self.tty else "") + bar + end)
        self.out.flush()


def run_customers(args: argparse.Namespace) -> int:
    """Import the sheet, print the report; 1 when any row was refused."""
    try:
        data = args.file.read_bytes()
    except OSError as exc:
        print(f"waterbot import customers: cannot read {args.file}: {exc}", file=sys.stderr)
        return 2
    settings = settings_from_env()

    async def work() -> int:
        try:
            summary = await import_file(
                data,
                ACTOR,
                batch_size=args.batch or BATCH_SIZE,
                dry_run=args.dry_run,
                progress=ProgressBar(sys.stderr),
            )
        except DomainError as exc:
            print(f"waterbot import customers: {exc.message}", file=sys.stderr)
            return 1
        print_summary(sys.stdout, summary)
        return 1 if summary.failed else 0

    return run_with_db(settings, work)


def print_summary(out: TextIO, s: ImportSummary) -> None:
    """The counts, then every refused row and every note, one per line."""
    head = "试导入(未写入)" if s.dry_run else "导入完成"
    out.write(
        f"{head}:共{s.total}行,新建{s.created},更新{s.updated},未变{s.unchanged},失败{s.failed}\n"
    )
    for e in s.errors:
        out.write(f"错误 {e.message}\n")
    for n in s.notes:
        out.write(f"提示 {n.message}\n")
    out.flush()


def run_template(args: argparse.Namespace) -> int:
    """Write the template as CSV or XLSX, by the file's suffix."""
    suffix = args.file.suffix.lower()
    if suffix not in (".csv", ".xlsx"):
        print("waterbot import template: FILE must end in .csv or .xlsx", file=sys.stderr)
        return 2
    data = to_xlsx([template()]) if suffix == ".xlsx" else to_csv(template())
    try:
        args.file.write_bytes(data)
    except OSError as exc:
        print(f"waterbot import template: cannot write {args.file}: {exc}", file=sys.stderr)
        return 2
    print(f"template written to {args.file}", file=sys.stderr)
    return 0


def _batch(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= 1000:
        raise argparse.ArgumentTypeError("must be a whole number from 1 to 1000")
    return int(value)
