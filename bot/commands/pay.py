"""`waterbot pay check`: is the merchant account connected right? One signed query, verified.

It asks WeChat Pay about a trade that cannot exist. A signed ORDER_NOT_EXIST answer proves the
whole chain: our request signature was accepted (merchant id, serial number, private key) and
the answer verified with WeChat Pay's public key and its ID, or (no public key configured) with
the platform certificate it names, downloaded first. No database is touched.
"""

from __future__ import annotations

import argparse
import asyncio
import secrets
import sys

import aiohttp

from bot.bootstrap import settings_from_env
from bot.pay.client import PayClient, PayError, UnverifiedResponse
from bot.pay.config import PayConfig, pay_config
from domain.infra.settings import SettingsError


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `pay` and its subcommands to the CLI."""
    parser = subparsers.add_parser("pay", help="WeChat Pay", description="WeChat Pay (API v3).")
    leaves = parser.add_subparsers(dest="pay_command", metavar="SUBCOMMAND", required=True)
    check = leaves.add_parser(
        "check",
        help="check the merchant account's settings against WeChat Pay",
        description="Send one signed query to WeChat Pay and verify its signed answer: exit 0 "
        "when the WATERBOT_PAY_* settings work, 1 with the reason when they do not, 2 when "
        "WeChat Pay is not configured.",
    )
    check.set_defaults(handler=run_check)


def run_check(args: argparse.Namespace) -> int:
    """Probe WeChat Pay with the configured merchant account."""
    try:
        config = pay_config(settings_from_env())
    except SettingsError as exc:
        print(f"waterbot pay check: configuration error: {exc}", file=sys.stderr)
        return 2
    if config is None:
        print("waterbot pay check: WeChat Pay is not configured (WATERBOT_PAY_MCHID is empty)",
              file=sys.stderr)  # fmt: skip
        return 2
    return asyncio.run(_probe(config))


async def _probe(config: PayConfig) -> int:
    timeout = aiohttp.ClientTimeout(sock_connect=5, total=15)
    async with aiohttp.ClientSession(timeout=timeout) as session:
        client = PayClient(config, session)
        try:
            await client.query("WBCHECK" + secrets.token_hex(8).upper())
        except UnverifiedResponse as exc:
            return _failed(f"the answer is not signed by {client.platform.describe()}: "
                           f"{exc.message}")  # fmt: skip
        except PayError as exc:
            if exc.code != "ORDER_NOT_EXIST":
                return _failed(f"WeChat Pay refused the request: {exc.status} {exc.code} "
                               f"{exc.message}")  # fmt: skip
        except (aiohttp.ClientError, TimeoutError) as exc:
            return _failed(f"{config.api_base} is unreachable: {exc!r}")
    print(f"WeChat Pay OK: merchant {config.mchid} at {config.api_base}, request signature "
          f"accepted, answer verified with {client.platform.describe()}")  # fmt: skip
    return 0


def _failed(reason: str) -> int:
    print(f"waterbot pay check: {reason}", file=sys.stderr)
    return 1
