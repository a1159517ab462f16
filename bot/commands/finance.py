"""`waterbot finance close DAY`: the day's WeChat Pay trade bill matched against our ledger."""

from __future__ import annotations

import argparse
import sys
from datetime import date

import aiohttp

from bot.bootstrap import run_with_db, settings_from_env
from bot.pay.client import PayClient, PayError
from bot.pay.config import pay_config
from bot.pay.gateway import WeChatPayGateway
from domain.infra import pay_port
from domain.infra.settings import SettingsError
from domain.rules.pricing import yuan
from domain.rules.reconcile import Matched
from domain.rules.trade_bill import BillError
from domain.services.pay_close import close_day


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `finance` and its subcommands to the CLI."""
    parser = subparsers.add_parser("finance", help="the books", description="The books.")
    leaves = parser.add_subparsers(dest="finance_command", metavar="SUBCOMMAND", required=True)
    close = leaves.add_parser(
        "close",
        help="match a day's WeChat Pay trade bill against the ledger",
        description="Download the day's WeChat Pay trade bill and report every payment or "
        "refund missing on either side or with another amount: exit 0 when they agree, 1 "
        "with the differences, 2 when WeChat Pay is not configured.",
    )
    close.add_argument("day", type=date.fromisoformat, help="the station day, YYYY-MM-DD")
    close.set_defaults(handler=run_close)


def run_close(args: argparse.Namespace) -> int:
    """Close the day and print the report."""
    settings = settings_from_env()
    try:
        config = pay_config(settings)
    except SettingsError as exc:
        print(f"waterbot finance close: configuration error: {exc}", file=sys.stderr)
        return 2
    if config is None:
        print("waterbot finance close: WeChat Pay is not configured", file=sys.stderr)
        return 2

    async def work() -> int:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
            gateway = WeChatPayGateway(PayClient(config, session), settings.pay_close_minutes)
            previous = pay_port.set_gateway(gateway)
            try:
                matched = await close_day(args.day, settings.tz)
            except (PayError, BillError, aiohttp.ClientError, TimeoutError) as exc:
                print(f"waterbot finance close: no bill for {args.day}: {exc}", file=sys.stderr)
                return 1
            finally:
                pay_port.set_gateway(previous)
        print(report(args.day, matched))
        return 1 if matched.mismatches else 0

    return run_with_db(settings, work)


def report(day: date, matched: Matched) -> str:
    """The close as lines a person reads: totals, then one line per difference."""
    lines = [
        f"WeChat Pay {day}: paid {yuan(matched.paid_in_bill_fen)} in the bill, "
        f"{yuan(matched.paid_in_ledger_fen)} in the ledger; refunded "
        f"{yuan(matched.refunded_in_bill_fen)} / {yuan(matched.refunded_in_ledger_fen)}",
        f"mismatches: {len(matched.mismatches)}",
    ]
    for m in matched.mismatches:
        bill = "-" if m.bill_fen is None else yuan(m.bill_fen)
        ledger = "-" if m.ledger_fen is None else yuan(m.ledger_fen)
        lines.append(f"  {m.kind} {m.out_trade_no} {m.reference}: bill {bill}, ledger {ledger}")
    return "\n".join(lines)
