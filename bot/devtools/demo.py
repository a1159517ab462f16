"""`waterbot demo`: a scripted day at the water station, played through the real callback.

A fresh SQLite file, the demo data, the real app on a free loopback port; then customers chat
with it over HTTP exactly as WeChat's servers would, and after every step the database is
checked for the expected effect. Exit 0 only when every step had it.

The day itself is data, in `bot.devtools.demo_day.DAY` (the conversations that go off the
prompts are in `demo_talk`): add a `Step` to grow it.
"""

from __future__ import annotations

import argparse
import asyncio
import io
import logging
import os
import re
import shutil
import sys
import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

import aiohttp
import jieba
from aiohttp import web

from bot.bootstrap import create_app, run_with_db, settings_from_env
from bot.channels import mp
from bot.devtools import demo_day
from bot.devtools.demo_kit import Day, Step, StepFailed
from bot.devtools.wires import MpWire, Wire, WireError, WorkWire
from domain.infra.settings import Settings
from domain.services.demo import load_demo_data

RULE = "─" * 60
ICONS = {"mp": "👤", "work": "💼"}  # a customer on the Official Account, staff in WeCom


@dataclass
class Outcome:
    """Which steps failed, and why."""

    failures: list[tuple[int, str, str]] = field(default_factory=list)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `demo` subcommand to the CLI."""
    parser = subparsers.add_parser(
        "demo",
        help="play a scripted day end to end on a fresh database (takes seconds)",
        description="Start the real service on a fresh SQLite database with the demo data and "
        "play a customer day through the signed, encrypted WeChat callback, checking the "
        "database after every step. Exit 0 only if every step had its expected effect.",
    )
    parser.add_argument("--db", type=Path, default=None, help="SQLite file to create (new)")
    parser.add_argument("--keep", action="store_true", help="keep the database afterwards")
    parser.set_defaults(handler=run)


def register_data(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `demo-data` subcommand to the CLI."""
    text = "load demo catalog, staff and customers"
    subparsers.add_parser("demo-data", help=text, description=text).set_defaults(handler=load)


def load(args: argparse.Namespace) -> int:
    """Load the demo catalog, couriers, owner and customers with history."""
    settings = settings_from_env()

    async def work() -> int:
        counts = await load_demo_data(datetime.now(settings.tz))
        print(f"demo data loaded ({counts['customers']} new customers)")
        return 0

    return run_with_db(settings, work)


def run(args: argparse.Namespace) -> int:
    """Play the day; returns the exit code."""
    _reconfigure()
    quiet()
    if args.db is not None and args.db.exists():
        print(f"waterbot demo: {args.db} exists; the demo needs a new file", file=sys.stderr)
        return 2
    folder = Path(tempfile.mkdtemp(prefix="waterbot-demo-"))
    path: Path = (args.db or folder / "demo.db").resolve()
    path.parent.mkdir(parents=True, exist_ok=True)
    # Hermetic: dev credentials, loopback, no outbound WeChat, whatever the environment says.
    settings = Settings(database_url=f"sqlite://{path}", tz=settings_from_env().tz)
    try:
        outcome = asyncio.run(_day(settings))
    finally:
        if not (args.keep and args.db is None):
            shutil.rmtree(folder, ignore_errors=True)
    code = _summary(outcome)
    if args.keep or args.db:
        print(f"数据库保留在 {path};继续聊天:WATERBOT_DATABASE_URL=sqlite://{path} waterbot serve")
    return code


def quiet() -> None:
    """Service logs only for trouble, unless WATERBOT_LOG_LEVEL is set: the output is ours."""
    if "WATERBOT_LOG_LEVEL" not in os.environ:
        logging.getLogger().setLevel(logging.WARNING)
    jieba.setLogLevel(logging.WARNING)


def _reconfigure() -> None:
    if isinstance(sys.stdout, io.TextIOWrapper):
        sys.stdout.reconfigure(encoding="utf-8", errors="replace")


async def _day(settings: Settings) -> Outcome:
    app = create_app(settings)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()  # migrates the fresh file and connects
    try:
        day = Day(settings)
        await load_demo_data(day.now())
        await mp.reload_catalog(app)  # the app read an empty catalog on start-up
        base = await listen(runner)
        print(f"清泉水站的一天 — 服务 {base}/wechat/mp 与 /wechat/work")
        print(f"数据库 {settings.database_url}")
        timeout = aiohttp.ClientTimeout(total=15)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            wires = {
                "mp": MpWire(session, base, settings),
                "work": WorkWire(session, base, settings),
            }
            return await _play(wires, day)
    finally:
        await runner.cleanup()


async def listen(runner: web.AppRunner) -> str:
    """Serve a set-up runner on a free loopback port; returns its base URL."""
    site = web.TCPSite(runner, "127.0.0.1", 0)  # port 0: the OS picks, no race for a port
    await site.start()
    host, port = runner.addresses[0][:2]
    return f"http://{host}:{port}"


async def _play(wires: dict[str, Wire], day: Day) -> Outcome:
    outcome = Outcome()
    for number, step in enumerate(demo_day.DAY, 1):
        print(f"\n{RULE}\n[{number}] {step.title}")
        try:
            await _step(wires, day, step)
        except StepFailed as exc:
            print(f"   ✘ {exc}")
            outcome.failures.append((number, step.title, str(exc)))
    return outcome


async def _step(wires: dict[str, Wire], day: Day, step: Step) -> None:
    """Station act, customer message, reply check, database check — in that order."""
    if step.station is not None:
        print(f"   🏪 {await _guarded(step.station(day), '水站操作')}")
    if step.send is not None:
        sender = day.fill(step.who)
        shown, xml = await step.send.render(day, sender)
        print(f"   {ICONS[step.send.channel]} {day.name_of(sender)}:{shown}")
        try:
            reply = await wires[step.send.channel].send(xml)
        except WireError as exc:
            raise StepFailed(f"回调失败:{exc}") from exc
        print(_indent("🤖 ", reply if reply is not None else "(无被动回复)"))
        _expect(day, step, reply or "")
    if step.check is not None:
        print(f"   ✔ {await _guarded(step.check(day), '数据库检查')}")


async def _guarded(work: object, what: str) -> str:
    """Run an act or check; anything but StepFailed is reported as the step's failure."""
    try:
        return str(await work)  # type: ignore[misc]
    except StepFailed:
        raise
    except Exception as exc:  # the demo reports a broken step, it does not crash
        raise StepFailed(f"{what}出错:{type(exc).__name__}: {exc}") from exc


def _expect(day: Day, step: Step, reply: str) -> None:
    wanted = (step.expect,) if isinstance(step.expect, str) else step.expect
    for words in wanted:
        if day.fill(words) not in reply:
            raise StepFailed(f"回复里应有“{day.fill(words)}”")
    if step.absent and day.fill(step.absent) in reply:
        raise StepFailed(f"回复里不应有“{day.fill(step.absent)}”")
    for name, pattern in step.remember.items():
        found = re.search(pattern, reply)
        if found is None:
            raise StepFailed(f"回复里找不到 {name}({pattern})")
        day.vars[name] = found.group(1)


def _indent(head: str, text: str) -> str:
    lines = text.splitlines() or [""]
    pad = " " * 6
    return "\n".join([f"   {head}{lines[0]}", *(pad + line for line in lines[1:])])


def _summary(outcome: Outcome) -> int:
    total = len(demo_day.DAY)
    print(f"\n{RULE}")
    if not outcome.failures:
        print(f"✅ {total}/{total} 步全部符合预期")
        return 0
    print(f"❌ {len(outcome.failures)}/{total} 步未达到预期:")
    for number, title, why in outcome.failures:
        print(f"   [{number}] {title}:{why}")
    return 1
