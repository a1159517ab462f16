"""The `waterbot` command line: the parser and the production commands.

Developer tools (demo, chat, bench, parse) live in `bot.devtools` and register themselves here;
the service itself is assembled by the composition root, `bot.bootstrap`.
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Callable, Sequence

from aiohttp import web

from bot.bootstrap import check_exposure, create_app, settings_from_env
from bot.commands import codes, finance, imports, pay, refill, token
from bot.devtools import bench, chat, demo, parse
from domain.infra.db import migrate

log = logging.getLogger("waterbot")

Handler = Callable[[argparse.Namespace], int]


def configure_logging(level: str) -> None:
    """One log format for every command."""
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def cmd_serve(args: argparse.Namespace) -> int:
    """Run the service until SIGINT or SIGTERM."""
    settings = settings_from_env()
    check_exposure(settings)
    log.info("waterbot listening on http://%s:%s", settings.host, settings.port)
    # run_app turns SIGINT/SIGTERM into a graceful shutdown that runs every cleanup context.
    web.run_app(create_app(settings), host=settings.host, port=settings.port, print=None)
    return 0


def cmd_migrate(args: argparse.Namespace) -> int:
    """Apply pending schema migrations."""
    settings = settings_from_env()
    applied = asyncio.run(migrate(settings.database_url))
    print(f"applied {len(applied)} migration(s)" + (": " + ", ".join(applied) if applied else ""))
    return 0


def build_parser() -> argparse.ArgumentParser:
    """Every `waterbot` command."""
    parser = argparse.ArgumentParser(prog="waterbot", description="Water-station chat service")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, handler, text in (
        ("serve", cmd_serve, "run the service (migrates first)"),
        ("migrate", cmd_migrate, "apply pending schema migrations"),
    ):
        commands.add_parser(name, help=text, description=text).set_defaults(handler=handler)
    demo.register_data(commands)
    bench.register(commands)
    chat.register(commands)
    codes.register(commands)
    demo.register(commands)
    finance.register(commands)
    imports.register(commands)
    parse.register(commands)
    pay.register(commands)
    refill.register(commands)
    token.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `waterbot` console script."""
    args = build_parser().parse_args(argv)
    configure_logging(os.environ.get("WATERBOT_LOG_LEVEL", "INFO").upper())
    handler: Handler = args.handler
    raise SystemExit(handler(args))
