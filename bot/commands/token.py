"""`waterbot token create`: make an admin API token and print it once."""

from __future__ import annotations

import argparse
import sys
from datetime import datetime

from bot.bootstrap import run_with_db, settings_from_env
from domain.rules.errors import DomainError
from domain.services.api_tokens import MAX_DAYS, ROLES, create_token


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `token` and its subcommands to the CLI."""
    parser = subparsers.add_parser(
        "token", help="admin API tokens", description="Admin API bearer tokens."
    )
    leaves = parser.add_subparsers(dest="token_command", metavar="SUBCOMMAND", required=True)
    create = leaves.add_parser(
        "create",
        help="make a token and print it once",
        description="Make a bearer token for the admin API. Only its hash is stored: copy it "
        "now, it cannot be shown again.",
    )
    create.add_argument("--role", required=True, choices=ROLES, help="what the token may do")
    create.add_argument("--name", required=True, help="who holds it, e.g. 前台 (shown in audit)")
    create.add_argument(
        "--days", type=int, default=None, metavar="N", help=f"expire after N days (1-{MAX_DAYS})"
    )
    create.set_defaults(handler=run_create)


def run_create(args: argparse.Namespace) -> int:
    """Make the token and print it on stdout; details go to stderr."""
    settings = settings_from_env()

    async def work() -> int:
        try:
            info, token = await create_token(
                args.name, args.role, "cli", datetime.now(settings.tz), args.days
            )
        except DomainError as exc:
            detail = "; ".join(f"{k}: {v}" for k, v in getattr(exc, "fields", {}).items())
            print(f"waterbot token create: {exc.message} {detail}".rstrip(), file=sys.stderr)
            return 1
        expiry = info.expires_at.isoformat() if info.expires_at else "never"
        print(f"token for {info.name} ({info.role}), expires {expiry}:", file=sys.stderr)
        print(token)
        return 0

    return run_with_db(settings, work)
