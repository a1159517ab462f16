"""`waterbot chat`: talk to a running `waterbot serve` the way WeChat's servers do.

Every line becomes a signed, AES-encrypted callback to /wechat/mp; the passive reply is
decrypted and printed. Messages pushed to the same user later (late replies, notifications)
are read from the outbox and printed with a `[推送]` prefix. The caller, `MpWire`, lives in
`bot.devtools.wires`, shared with `waterbot demo` and `waterbot bench`.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import io
import logging
import re
import secrets
import sys
import threading
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

import aiohttp

from bot.bootstrap import settings_from_env
from bot.devtools import wire
from bot.devtools.wires import MpWire, WireError
from domain.infra.db import close_db, init_db
from domain.reads.outbox import Message, recent

if TYPE_CHECKING:
    from domain.infra.settings import Settings

log = logging.getLogger(__name__)

PATH = "/wechat/mp"
PUSH_POLL_S = 1.0
PROMPT = "你> "
SAFE_OPENID = re.compile(r"[A-Za-z0-9_-]{1,64}")
HELP = (
    "输入文字即发送给公众号。特殊指令:\n"
    "  /location 纬度 经度 地址   发送位置\n"
    "  /image                    发送一张图片\n"
    "  /follow                   关注公众号(subscribe 事件)\n"
    "  /menu KEY                 点击菜单(如 ORDER、MY_ORDERS、BALANCE、HELP)\n"
    "  /quit                     退出(Ctrl-D 同样)"
)


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
    """New outbox messages to one openid, read-only; quiet when the database is unreadable."""

    def __init__(self, openid: str) -> None:
        self.openid = openid
        self.after_id = 0
        self.broken = False

    async def skip_existing(self) -> None:
        """Start after the newest message already there: only new pushes are shown."""
        rows = await self._read(limit=1)
        if rows:
            self.after_id = rows[-1].id

    async def new(self) -> list[str]:
        """Texts pushed since the last call, oldest first."""
        rows = await self._read(limit=50)
        if rows:
            self.after_id = rows[-1].id
        return [push_text(row) for row in rows]

    async def _read(self, limit: int) -> list[Message]:
        if self.broken:
            return []
        try:
            return await recent(self.openid, limit, channel="mp", after_id=self.after_id)
        except Exception as exc:  # a locked or missing database must not end the chat
            log.warning("cannot read pushed messages (%s); showing replies only", exc)
            self.broken = True
            return []


@dataclass(frozen=True)
class Command:
    """One input line: a callback to send, a local answer, or the end."""

    xml: str | None = None
    local: str | None = None
    quit: bool = False


def command_for(line: str, openid: str) -> Command:
    """Turn an input line into what to do."""
    text = line.strip()
    if not text.startswith("/"):
        return Command(xml=wire.mp_text(openid, text))
    name, _, rest = text.partition(" ")
    args = rest.split()
    if name == "/quit":
        return Command(quit=True)
    if name == "/follow":
        return Command(xml=wire.mp_subscribe(openid))
    if name == "/image":
        media = "dev-" + secrets.token_hex(8)
        return Command(xml=wire.mp_image(openid, media, f"http://127.0.0.1/{media}.jpg"))
    if name == "/menu" and len(args) == 1:
        return Command(xml=wire.mp_click(openid, args[0]))
    if name == "/location" and len(args) >= 3:
        try:
            lat, lon = float(args[0]), float(args[1])
        except ValueError:
            return Command(local=HELP)
        return Command(xml=wire.mp_location(openid, lat, lon, " ".join(args[2:])))
    return Command(local=HELP)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the `chat` subcommand to the CLI."""
    parser = subparsers.add_parser(
        "chat",
        help="chat with a running `waterbot serve` as a WeChat user",
        description="Send each line as a signed, encrypted Official Account callback and print "
        "the reply; messages pushed to the user later are shown as [推送]. " + HELP,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument("--user", default="demo-user", help="who you are (the openid)")
    parser.add_argument("--url", default=None, help="default: http://WATERBOT_HOST:WATERBOT_PORT")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    """Chat until /quit or end of input; returns the exit code."""
    settings = settings_from_env()
    url = args.url or f"http://{settings.host}:{settings.port}"
    _reconfigure()
    try:
        return asyncio.run(_chat(settings, url, openid_for(args.user)))
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


async def _chat(settings: Settings, url: str, openid: str) -> int:
    interactive = sys.stdin.isatty()
    watcher = PushWatcher(openid)
    connected = await _connect(settings.database_url)
    watcher.broken = not connected
    try:
        await watcher.skip_existing()
        if interactive:
            print(f"以 {openid} 的身份连接 {url}(/quit 退出,/help 查看指令)")
        timeout = aiohttp.ClientTimeout(total=15)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            poller = asyncio.create_task(_poll(watcher, interactive))
            try:
                return await _loop(MpWire(session, url, settings), openid, watcher, interactive)
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


async def _loop(mp: MpWire, openid: str, watcher: PushWatcher, interactive: bool) -> int:
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
        command = command_for(line, openid)
        if command.quit:
            return 0
        if command.local is not None:
            print(command.local)
            continue
        assert command.xml is not None
        try:
            reply = await mp.send(command.xml)
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
