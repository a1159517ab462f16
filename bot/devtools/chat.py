"""`waterbot chat`: talk to a running `waterbot serve` the way WeChat's servers do.

Every line becomes a signed, AES-encrypted callback to /wechat/mp (or, with `--as USERID`, to
/wechat/work as that WeCom user: a courier, an owner); the passive reply is decrypted and
printed. Messages pushed to the same user later (late replies, notifications, task cards with
numbered buttons for `/tap`) are read from the outbox and printed with a `[推送]` prefix. What
a line sends is in `bot.devtools.chat_lines`; the callers, `MpWire` and `WorkWire`, live in
`bot.devtools.wires`, shared with `waterbot demo` and `waterbot bench`.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import io
import logging
import re
import sys
import threading
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp

from bot.bootstrap import settings_from_env
from bot.channels.dev import DEV_WORK_AGENT_ID, work_credentials
from bot.devtools.chat_lines import (
    MP_HELP,
    Messages,
    MpMessages,
    WorkMessages,
    card_text,
    command_for,
    newest_card,
    work_push_text,
)
from bot.devtools.wires import MpWire, Wire, WireError, WorkWire
from domain.infra.db import close_db, init_db
from domain.reads.outbox import Message, recent

if TYPE_CHECKING:
    from domain.infra.settings import Settings

log = logging.getLogger(__name__)

PATH = "/wechat/mp"
PUSH_POLL_S = 1.0
PROMPT = "你> "
SAFE_OPENID = re.compile(r"[A-Za-z0-9_-]{1,64}")
HELP = MP_HELP
CARD_LOOKBACK = 50  # messages read at start for the newest card, so /tap works on it at once


def openid_for(user: str) -> str:
    """The openid for --user: the name itself when it is openid-shaped, else a stable hash."""
    if SAFE_OPENID.fullmatch(user):
        return user
    return "o" + hashlib.sha256(user.encode("utf-8")).hexdigest()[:27]


def push_text(message: Message) -> str:
    """How a pushed message reads in the terminal."""
    payload: dict[str, Any] = dict(message.payload)
    if message.kind == "text":
        return str(payload.get("text", ""))
    if message.kind == "image":
        return "[图片]"
    data = payload.get("data") or {}
    values = [v.get("value", "") if isinstance(v, dict) else v for v in data.values()]
    return "[模板消息] " + " / ".join(str(v) for v in values)


class PushWatcher:
    """New outbox messages to one user, read-only; quiet when the database is unreadable.

    On WeCom (`channel` "work") it also keeps the newest task card, the one `/tap` presses.
    """

    def __init__(self, openid: str, channel: str = "mp") -> None:
        self.openid = openid
        self.channel = channel
        self.after_id = 0
        self.broken = False
        self.card: dict[str, Any] | None = None

    async def skip_existing(self) -> None:
        """Start after the newest message already there: only new pushes are shown."""
        rows = await self._read(limit=CARD_LOOKBACK if self.channel == "work" else 1)
        if rows:
            self.after_id = rows[-1].id
        self.card = newest_card(rows) if self.channel == "work" else None

    async def new(self) -> list[str]:
        """Texts pushed since the last call, oldest first."""
        rows = await self._read(limit=50)
        if rows:
            self.after_id = rows[-1].id
        if self.channel == "work":
            self.card = newest_card(rows) or self.card
            return [work_push_text(row) for row in rows]
        return [push_text(row) for row in rows]

    async def _read(self, limit: int) -> list[Message]:
        if self.broken:
            return []
        try:
            return await recent(self.openid, limit, channel=self.channel, after_id=self.after_id)
        except Exception as exc:  # a locked or missing database must not end the chat
            log.warning("cannot read pushed messages (%s); showing replies only", exc)
            self.broken = True
            return []


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `chat` subcommand to the CLI."""
    parser = subparsers.add_parser(
        "chat",
        help="chat with a running `waterbot serve` as a WeChat or WeCom user",
        description="Send each line as a signed, encrypted Official Account callback (or, with "
        "--as, a WeCom one) and print the reply; messages pushed to the user later are shown "
        "as [推送]. " + HELP + "\nWith --as, /tap N or /tap LABEL presses a task card's button.",
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    who = parser.add_mutually_exclusive_group()
    who.add_argument("--user", default="demo-user", help="who you are (the openid)")
    who.add_argument(
        "--as",
        dest="as_userid",
        default=None,
        metavar="USERID",
        help="talk to /wechat/work as this WeCom user (a courier, an owner) instead; "
        "task cards sent to them show numbered buttons for /tap",
    )
    parser.add_argument("--url", default=None, help="default: http://WATERBOT_HOST:WATERBOT_PORT")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Chat until /quit or end of input; returns the exit code."""
    settings = settings_from_env()
    url = args.url or f"http://{settings.host}:{settings.port}"
    _reconfigure()
    sender: Messages
    if args.as_userid:
        agent = settings.work_agent_id
        agent_id = int(agent) if agent.isdigit() else DEV_WORK_AGENT_ID
        sender = WorkMessages(args.as_userid, work_credentials(settings)[0], agent_id)
    else:
        sender = MpMessages(openid_for(args.user))
    try:
        return asyncio.run(_chat(settings, url, sender))
    except KeyboardInterrupt:
        return 130


def database_present(database_url: str) -> bool:
    """False for a SQLite file that is not there (connecting would create an empty one)."""
    if not database_url.startswith("sqlite://"):
        return True
    path = database_url.removeprefix("sqlite://").split("?", 1)[0]
    return path == ":memory:" or Path(path).exists()


def _reconfigure() -> None:
    # UTF-8 whatever the locale: the conversation is Chinese.
    for stream in (sys.stdin, sys.stdout):
        if isinstance(stream, io.TextIOWrapper):
            stream.reconfigure(encoding="utf-8", errors="replace")


async def _chat(settings: Settings, url: str, sender: Messages) -> int:
    interactive = sys.stdin.isatty()
    staff = sender.channel == "work"
    watcher = PushWatcher(sender.user, sender.channel)
    connected = await _connect(settings.database_url)
    watcher.broken = not connected
    try:
        await watcher.skip_existing()
        if interactive:
            who = f"企业微信用户 {sender.user}" if staff else sender.user
            print(f"以 {who} 的身份连接 {url}(/quit 退出,/help 查看指令)")
        if watcher.card:  # sent before the chat started: shown once, so /tap has a target
            print(f"[最新卡片] {card_text(watcher.card)}", flush=True)
        timeout = aiohttp.ClientTimeout(total=15)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            poller = asyncio.create_task(_poll(watcher, interactive))
            wire: Wire = (WorkWire if staff else MpWire)(session, url, settings)
            try:
                return await _loop(wire, sender, watcher, interactive)
            finally:
                poller.cancel()
                _show_pushes(await watcher.new())
    finally:
        if connected:
            await close_db()


async def _connect(database_url: str) -> bool:
    """Connect to read pushes (no migration: the server owns the schema); False = replies only."""
    if not database_present(database_url):
        log.warning("no database at %s: pushed messages will not be shown", database_url)
        return False
    try:
        await init_db(database_url)
    except Exception as exc:  # replies still work without the database
        log.warning("cannot open the database (%s): pushed messages will not be shown", exc)
        return False
    return True


def _stdin_lines() -> asyncio.Queue[str]:
    """Lines of stdin ('' at the end), read by a daemon thread so Ctrl-C never waits on it."""
    loop = asyncio.get_running_loop()
    lines: asyncio.Queue[str] = asyncio.Queue()

    def reader() -> None:
        while True:
            line = sys.stdin.readline()
            loop.call_soon_threadsafe(lines.put_nowait, line)
            if line == "":
                return

    threading.Thread(target=reader, name="chat-stdin", daemon=True).start()
    return lines


async def _loop(wire: Wire, sender: Messages, watcher: PushWatcher, interactive: bool) -> int:
    lines = _stdin_lines()
    while True:
        if interactive:
            print(PROMPT, end="", flush=True)
        line = await lines.get()
        if line == "":  # end of input
            return 0
        if not line.strip():
            continue
        if not interactive:
            print(f"👤 {line.strip()}")
        if line.strip().startswith("/tap"):
            _show_pushes(await watcher.new())  # a card that just came is the one to press
        command = command_for(line, sender, watcher.card)
        if command.quit:
            return 0
        if command.local is not None:
            print(command.local)
            continue
        assert command.xml is not None
        try:
            reply = await wire.send(command.xml)
        except WireError as exc:
            print(f"waterbot chat: {exc}", file=sys.stderr)
            return 1
        print(f"🤖 {reply}" if reply is not None else "🤖 (稍后以推送回复)", flush=True)
        _show_pushes(await watcher.new())


async def _poll(watcher: PushWatcher, interactive: bool) -> None:
    while True:
        await asyncio.sleep(PUSH_POLL_S)
        texts = await watcher.new()
        if texts and interactive:
            print()  # off the prompt line, and the prompt again after the pushes
        _show_pushes(texts)
        if texts and interactive:
            print(PROMPT, end="", flush=True)


def _show_pushes(texts: list[str]) -> None:
    for text in texts:
        print(f"[推送] {text}", flush=True)
