"""`waterbot codes ...`: make, list and void printed ticket codes (兑换码)."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Awaitable, Callable
from datetime import datetime
from typing import TYPE_CHECKING, TextIO

from bot.bootstrap import run_with_db, settings_from_env
from domain.infra.settings import SettingsError
from domain.rules.errors import DomainError
from domain.rules.ticket_codes import format_for_print
from domain.services import codes
from domain.services.codes import MAX_BATCH

if TYPE_CHECKING:
    from domain.infra.settings import Settings
    from domain.services.codes import BatchInfo

ACTOR = "cli"
CSV_COLUMNS = ("code", "printed", "pack", "batch")
BATCH_COLUMNS = ("batch", "pack", "count", "redeemed", "created_at", "created_by", "voided_at")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `codes` and its subcommands to the CLI."""
    parser = subparsers.add_parser(
        "codes", help="printed ticket codes (兑换码)", description="Printed ticket codes."
    )
    leaves = parser.add_subparsers(dest="codes_command", metavar="SUBCOMMAND", required=True)
    create = leaves.add_parser(
        "create",
        help="make a batch of codes for a ticket pack",
        description="Make a batch of codes and write them once, as CSV code,printed,pack,batch "
        "on stdout: the database keeps only a keyed hash, so they cannot be listed again.",
    )
    create.add_argument("--pack", required=True, metavar="CODE", help="ticket pack code")
    create.add_argument("--count", required=True, type=_count, metavar="N", help="1 to 10000")
    create.add_argument("--note", default="", help="a note kept with the batch")
    create.set_defaults(handler=run_create)
    listing = leaves.add_parser(
        "list", help="list batches (CSV)", description="List batches as CSV, newest first."
    )
    listing.set_defaults(handler=run_list)
    void = leaves.add_parser(
        "void", help="void a batch", description="Void every unredeemed code of a batch."
    )
    void.add_argument("batch", type=int, metavar="BATCH", help="batch id")
    void.set_defaults(handler=run_void)


def run_create(args: argparse.Namespace) -> int:
    """Make a batch and write its codes as CSV to stdout; returns the exit code."""

    async def work(settings: Settings) -> int:
        secret = await codes.code_secret(settings.code_secret)
        now = datetime.now(settings.tz)
        batch, made = await codes.create_batch(args.pack, args.count, ACTOR, now, secret, args.note)
        write_codes(sys.stdout, batch, made)
        return 0

    return _run("create", work)


def run_list(args: argparse.Namespace) -> int:
    """Write every batch as CSV to stdout; returns the exit code."""

    async def work(settings: Settings) -> int:
        write_batches(sys.stdout, await codes.list_batches())
        return 0

    return _run("list", work)


def run_void(args: argparse.Namespace) -> int:
    """Void a batch; returns the exit code."""

    async def work(settings: Settings) -> int:
        batch = await codes.void_batch(args.batch, ACTOR, datetime.now(settings.tz))
        print(f"batch {batch.id} voided ({batch.redeemed} of {batch.count} codes were redeemed)")
        return 0

    return _run("void", work)


def write_codes(out: TextIO, batch: BatchInfo, made: list[str]) -> None:
    """CSV code,printed,pack,batch: one row per code, in the order they were made."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    writer.writerows((code, format_for_print(code), batch.pack_code, batch.id) for code in made)
    out.flush()


def write_batches(out: TextIO, batches: list[BatchInfo]) -> None:
    """CSV of batches with how many codes were redeemed."""
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow((*BATCH_COLUMNS, "note"))
    for b in batches:
        voided = b.voided_at.isoformat() if b.voided_at else ""
        row = (b.id, b.pack_code, b.count, b.redeemed, b.created_at.isoformat(), b.created_by)
        writer.writerow((*row, voided, b.note))
    out.flush()


def _run(name: str, work: Callable[[Settings], Awaitable[int]]) -> int:
    """Migrate, connect and run `work`; a refusal is one line on stderr, not a traceback."""
    settings = settings_from_env()

    async def guarded() -> int:
        try:
            return await work(settings)
        except SettingsError as exc:
            print(f"waterbot: configuration error: {exc}", file=sys.stderr)
            return 2
        except DomainError as exc:
            print(f"waterbot codes {name}: {exc.message} ({exc.detail})", file=sys.stderr)
            return 1

    return run_with_db(settings, guarded)


def _count(value: str) -> int:
    if not value.isdigit() or not 1 <= int(value) <= MAX_BATCH:
        raise argparse.ArgumentTypeError(f"must be a whole number from 1 to {MAX_BATCH}")
    return int(value)
