"""`waterbot parse`: show how a customer message is understood, as the contract's JSON object."""

from __future__ import annotations

import argparse
import io
import json
import logging
import sys
from datetime import datetime
from typing import TextIO
from zoneinfo import ZoneInfo

import jieba

from bot.nlu import Understanding, load_demo_catalog

SHANGHAI = ZoneInfo("Asia/Shanghai")


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `parse` subcommand to the CLI."""
    parser = subparsers.add_parser(
        "parse",
        help="show how a customer message is understood (JSON)",
        description="Print the understanding of TEXT as one JSON object; with TEXT '-', read "
        "one message per stdin line and print one JSON object per line.",
    )
    parser.add_argument(
        "--now",
        type=_parse_now,
        default=None,
        metavar="ISO-8601",
        help="the moment relative times are read against (default: now in Asia/Shanghai)",
    )
    parser.add_argument("text", metavar="TEXT", help="the message, or '-' for JSONL over stdin")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Parse TEXT (or every stdin line) and print the JSON; returns the exit code."""
    jieba.setLogLevel(logging.WARNING)  # its dictionary-loading chatter is not our output
    now: datetime = args.now or datetime.now(SHANGHAI)
    understanding = Understanding(load_demo_catalog())
    _reconfigure()
    if args.text != "-":
        _emit(understanding.parse(args.text, now).to_contract(), sys.stdout)
        return 0
    out = sys.stdout
    for line in sys.stdin:
        text = line.rstrip("\r\n")
        _emit(understanding.parse(text, now).to_contract(), out)
    out.flush()
    return 0


def _reconfigure() -> None:
    """UTF-8 in and out whatever the locale; one message per "\n" (a stray "\r" is no line)."""
    if isinstance(sys.stdin, io.TextIOWrapper):
        sys.stdin.reconfigure(encoding="utf-8", errors="replace", newline="\n")
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")


def _emit(obj: dict[str, object], out: TextIO) -> None:
    out.write(json.dumps(obj, ensure_ascii=False) + "\n")


def _parse_now(value: str) -> datetime:
    """ISO-8601; a value without an offset is Asia/Shanghai time."""
    try:
        moment = datetime.fromisoformat(value.strip().replace("Z", "+00:00"))
    except ValueError as exc:
        raise argparse.ArgumentTypeError(f"not an ISO-8601 time: {value!r}") from exc
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=SHANGHAI)
    return moment.astimezone(SHANGHAI)
