"""`waterbot finance close DAY`: the whole close of a station day (docs/PAY.md)."""

from __future__ import annotations

import argparse
import sys
from datetime import date, datetime

import aiohttp

from bot.bootstrap import run_with_db, settings_from_env
from bot.pay.client import PayClient
from bot.pay.config import pay_config
from bot.pay.gateway import WeChatPayGateway
from domain.infra import pay_port
from domain.infra.settings import SettingsError
from domain.rules.day_close import DayClose
from domain.rules.pricing import yuan
from domain.services.pay_close import close_day


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `finance` and its subcommands to the CLI."""
    parser = subparsers.add_parser("finance", help="the books", description="The books.")
    leaves = parser.add_subparsers(dest="finance_command", metavar="SUBCOMMAND", required=True)
    close = leaves.add_parser(
        "close",
        help="close a station day: WeChat Pay bill, courier cash, receivables, tickets, deposits",
        description="Match the day's WeChat Pay trade bill against the ledger (when WeChat Pay "
        "is configured), each courier's cash taken against what he handed in, and report "
        "receivables, tickets outstanding and deposits held at the end of the day: exit 0 when "
        "everything agrees, 1 with differences (or no bill), 2 when the WeChat Pay settings "
        "are wrong.",
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

    async def work() -> int:
        async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=60)) as session:
            gateway = None
            if config is not None:
                gateway = WeChatPayGateway(PayClient(config, session), settings.pay_close_minutes)
            previous = pay_port.set_gateway(gateway)
            try:
                close = await close_day(args.day, settings.tz, datetime.now(settings.tz))
            finally:
                pay_port.set_gateway(previous)
        print(report(close))
        return 1 if close.differences else 0

    return run_with_db(settings, work)


def _wechat_lines(close: DayClose) -> list[str]:
    part, day = close.wechat, close.day
    if part.matched is None:
        why = "not configured" if part.state == "not_connected" else f"no bill: {part.error}"
        return [f"WeChat Pay {day}: {why}"]
    m = part.matched
    lines = [
        f"WeChat Pay {day}: paid {yuan(m.paid_in_bill_fen)} in the bill, "
        f"{yuan(m.paid_in_ledger_fen)} in the ledger; refunded "
        f"{yuan(m.refunded_in_bill_fen)} / {yuan(m.refunded_in_ledger_fen)}",
        f"mismatches: {len(m.mismatches)}",
    ]
    for x in m.mismatches:
        bill = "-" if x.bill_fen is None else yuan(x.bill_fen)
        ledger = "-" if x.ledger_fen is None else yuan(x.ledger_fen)
        lines.append(f"  {x.kind} {x.out_trade_no} {x.reference}: bill {bill}, ledger {ledger}")
    return lines


def report(close: DayClose) -> str:
    """The close as lines a person reads: WeChat Pay, then cash, receivables, what is owed."""
    lines = _wechat_lines(close)
    for c in close.couriers:
        lines.append(
            f"cash {c.userid}: collected {yuan(c.collected_fen)} in {c.orders} order(s), "
            f"handed in {yuan(c.handed_in_fen)}, gap {yuan(c.gap_fen)}"
        )
    r, d = close.receivables, close.deposits
    lines += [
        f"receivables: short {yuan(r.short_fen)} on {r.short_orders} order(s) that day; "
        f"owed now {yuan(r.owed_fen)} on {r.owed_orders} order(s)",
        f"tickets outstanding at {close.cut.isoformat()}: "
        + ", ".join(f"{t.sku} {t.count} ({yuan(t.value_fen)})" for t in close.tickets)
        + f"; total {yuan(close.tickets_fen)}",
        f"deposits held: {yuan(d.deposit_fen)} for {d.paid_buckets} of {d.buckets} bucket(s), "
        f"{d.customers} customer(s)",
        f"differences: {close.differences}",
    ]
    return "\n".join(lines)
