"""The composition root: settings, the app with every edge mounted, and the `waterbot` CLI."""

from __future__ import annotations

import argparse
import asyncio
import logging
import os
import sys
from collections.abc import Callable, Coroutine, Sequence
from datetime import datetime
from typing import Any

from aiohttp import web

from admin import app as admin_app
from bot import notify, outbound
from bot.app import build_app
from bot.channels import mp, work
from bot.channels.dev import uses_dev_credentials
from bot.handlers import owner_alerts
from domain.db import connected, migrate
from domain.settings import Settings, SettingsError, load_settings
from scheduler import runner as scheduler_runner

log = logging.getLogger("waterbot")

Handler = Callable[[argparse.Namespace], int]


def configure_logging(level: str) -> None:
    """One log format for every command."""
    logging.basicConfig(
        level=level, format="%(asctime)s %(levelname)s %(name)s: %(message)s", stream=sys.stderr
    )


def settings_from_env() -> Settings:
    """Settings from the environment; exit with one clear line when one is wrong."""
    try:
        return load_settings(os.environ)
    except SettingsError as exc:
        print(f"waterbot: configuration error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None


def create_app(settings: Settings) -> web.Application:
    """The whole service as one aiohttp application."""
    notify.install(settings)  # task cards and customer notices go out through the outbox
    return build_app(
        settings,
        extensions=(
            mp.setup,
            work.setup,
            outbound.setup,
            scheduler_runner.setup_with(alert_wording=owner_alerts.alert_text),
            admin_app.setup,
        ),
    )


def run_with_db(settings: Settings, job: Callable[[], Coroutine[Any, Any, int]]) -> int:
    """Migrate, connect, run `job`, close: for one-shot commands."""

    async def runner() -> int:
        async with connected(settings.database_url):
            return await job()

    return asyncio.run(runner())


def check_exposure(settings: Settings) -> None:
    """Public development credentials may only be used on loopback; say which are in use."""
    if not uses_dev_credentials(settings):
        return
    if not settings.listens_on_loopback:
        print(
            f"waterbot: refusing to listen on {settings.host}: no WATERBOT_MP_TOKEN or "
            "WATERBOT_WORK_TOKEN is set, so the callbacks use public development credentials; "
            "set the real tokens or listen on 127.0.0.1",
            file=sys.stderr,
        )
        raise SystemExit(2)
    log.warning("no WeChat tokens configured: using local development credentials on loopback")


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


def cmd_demo_data(args: argparse.Namespace) -> int:
    """Load the demo catalog, couriers, owner and customers with history."""
    from domain.services.demo import load_demo_data

    settings = settings_from_env()

    async def work() -> int:
        counts = await load_demo_data(datetime.now(settings.tz))
        print(f"demo data loaded ({counts['customers']} new customers)")
        return 0

    return run_with_db(settings, work)


def build_parser() -> argparse.ArgumentParser:
    """Every `waterbot` command."""
    from bot.commands import bench, chat, codes, demo, imports, parse, refill, token

    parser = argparse.ArgumentParser(prog="waterbot", description="Water-station chat service")
    commands = parser.add_subparsers(dest="command", required=True)
    for name, handler, text in (
        ("serve", cmd_serve, "run the service (migrates first)"),
        ("migrate", cmd_migrate, "apply pending schema migrations"),
        ("demo-data", cmd_demo_data, "load demo catalog, staff and customers"),
    ):
        commands.add_parser(name, help=text, description=text).set_defaults(handler=handler)
    bench.register(commands)
    chat.register(commands)
    codes.register(commands)
    demo.register(commands)
    imports.register(commands)
    parse.register(commands)
    refill.register(commands)
    token.register(commands)
    return parser


def main(argv: Sequence[str] | None = None) -> None:
    """Entry point of the `waterbot` console script."""
    args = build_parser().parse_args(argv)
    configure_logging(os.environ.get("WATERBOT_LOG_LEVEL", "INFO").upper())
    handler: Handler = args.handler
    raise SystemExit(handler(args))


if __name__ == "__main__":
    main()
