"""`waterbot demo`, `chat`, `bench webhook` and `bench import` as the real processes."""

from __future__ import annotations

import asyncio
import os
import re
import signal
import socket
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.bot.serve_harness import healthy

PUSH = """
import asyncio, sys
from datetime import datetime, timezone
from domain.infra.db import close_db, init_db
from domain.services.outbox import enqueue_now

async def main() -> None:
    await init_db(sys.argv[1])
    now = datetime.now(timezone.utc)
    await enqueue_now("mp", "chat-tester", "text", {"text": "师傅已出发"}, now)
    await close_db()

asyncio.run(main())
"""


def _env(**extra: str) -> dict[str, str]:
    env = {**os.environ, **extra}
    for name in ("WATERBOT_TEST_DATABASE_URL", "WATERBOT_MP_TOKEN", "WATERBOT_MP_AES_KEY"):
        env.pop(name, None)
    if "WATERBOT_DATABASE_URL" not in extra:
        env.pop("WATERBOT_DATABASE_URL", None)
    return env


async def _run(
    args: list[str], env: dict[str, str], stdin: int | None = None
) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(
        sys.executable,
        *args,
        env=env,
        stdin=stdin,
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )


async def _waterbot(args: list[str], env: dict[str, str]) -> tuple[int, str, str]:
    proc = await _run(["-m", "bot.main", *args], env)
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode is not None
    return proc.returncode, out.decode(), err.decode()


async def test_demo_plays_the_day_and_exits_0() -> None:
    code, out, err = await _waterbot(["demo"], _env())
    assert code == 0, out[-2000:] + err[-2000:]
    assert re.search(r"下单成功!订单号 \d{11}", out)
    # The courier's and the owner's acts run through the encrypted WeCom callback.
    assert "[卡片按钮变为“已接单”]" in out
    assert re.search(r"已登记送达 \d{11}:送2桶", out)
    assert "这个命令只有店长或调度可以用" in out
    assert "【配送失败】" in out
    assert "趋势图 trend-" in out
    # Issue 12's conversations off the prompts, each step checked in the database too.
    assert "接着刚才的订单:怎么付款" in out
    assert "按您刚说的重新下单" in out
    assert "单次最多订" in out and "0571-88886666" in out
    assert "已为您转接人工客服" in out and "客服店长:可以,三点前送到" in out
    assert re.search(r"店长:订单 \d{3}\n", out)
    assert "人工客服 #" in out and "王阿姨收到:客服" in out  # the handoff, card and answer
    assert "58/58 步全部符合预期" in out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[dict[str, str]]:
    """`waterbot serve` on a free port over a temp SQLite file with the demo data."""
    port = _free_port()
    env = _env(WATERBOT_DATABASE_URL=f"sqlite://{tmp_path}/chat.db", WATERBOT_PORT=str(port))
    code, _, err = await _waterbot(["demo-data"], env)
    assert code == 0, err
    server = await _run(["-m", "bot.main", "serve"], env)
    try:
        assert await healthy(port, server) is not None, "serve did not come up"
        yield env
    finally:
        server.send_signal(signal.SIGTERM)
        await asyncio.wait_for(server.communicate(), 30)


async def _read_until(stream: asyncio.StreamReader, marker: str) -> str:
    seen = ""
    while marker not in seen:
        line = await asyncio.wait_for(stream.readline(), 15)
        assert line, f"chat ended before {marker!r}; it said:\n{seen}"
        seen += line.decode()
    return seen


async def test_chat_over_a_pipe_prints_replies_and_pushes(served: dict[str, str]) -> None:
    chat = await _run(
        ["-m", "bot.main", "chat", "--user", "chat-tester"], served, stdin=asyncio.subprocess.PIPE
    )
    assert chat.stdin is not None and chat.stdout is not None
    chat.stdin.write("价格\n".encode())
    await chat.stdin.drain()
    assert "🤖 价格表" in await _read_until(chat.stdout, "水票套餐")
    pusher = await _run(["-c", PUSH, served["WATERBOT_DATABASE_URL"]], served)
    _, err = await asyncio.wait_for(pusher.communicate(), 30)
    assert pusher.returncode == 0, err.decode()
    assert "[推送] 师傅已出发" in await _read_until(chat.stdout, "[推送]")
    chat.stdin.write(b"/follow\n/quit\n")
    out, err = await asyncio.wait_for(chat.communicate(), 15)
    assert chat.returncode == 0, err.decode()
    assert "欢迎关注" in out.decode()


async def test_chat_exits_0_at_end_of_input(served: dict[str, str]) -> None:
    chat = await _run(["-m", "bot.main", "chat"], served, stdin=asyncio.subprocess.PIPE)
    out, err = await asyncio.wait_for(chat.communicate("水票余额\n".encode()), 15)
    assert chat.returncode == 0, err.decode()
    assert "👤 水票余额" in out.decode() and "🤖 您的账户" in out.decode()


async def test_chat_as_a_courier_taps_the_card_a_customer_chat_made(
    served: dict[str, str],
) -> None:
    courier = await _run(
        ["-m", "bot.main", "chat", "--as", "courier1"], served, stdin=asyncio.subprocess.PIPE
    )
    customer = await _run(
        ["-m", "bot.main", "chat", "--user", "demo-wang"], served, stdin=asyncio.subprocess.PIPE
    )
    said = "送两桶农夫山泉 现金\n1\n/voice 水票还有几张\n/location 31.23,121.47 阳光花园\n/image\n"
    out, err = await asyncio.wait_for(customer.communicate(said.encode()), 30)
    assert customer.returncode == 0, err.decode()
    heard = out.decode()
    assert "下单成功" in heard and "🤖 您的账户" in heard  # the voice's words were read
    assert "已保存地址:阳光花园" in heard and "图片已收到" in heard
    assert courier.stdin is not None and courier.stdout is not None
    # The card reaches the courier's chat (as a push, or as the newest card if it came first).
    card = await _read_until(courier.stdout, "按钮:")
    assert "[任务卡片]" in card and "地址:阳光花园3栋502" in card
    assert "1 接单 · 2 已送达 · 3 无人在家 · 4 改约" in card
    taps = "/tap 接单\n/tap 2\n/voice 2\n好\n/image\n/tap 9\n"
    out, err = await asyncio.wait_for(courier.communicate(taps.encode()), 30)
    assert courier.returncode == 0, err.decode()  # the end of input ends the chat
    seen = out.decode()
    assert "🤖 [卡片按钮变为“已接单”]" in seen and "[推送] 已接单" in seen
    assert "🤖 [卡片按钮变为“已送达”]" in seen and "回收了几个空桶" in seen
    assert "收款多少元" in seen  # the spoken 2 answered the empties question
    assert "已登记送达" in seen and "照片已保存" in seen
    assert "卡片上没有“9”。可以点按:1 接单" in seen


async def test_bench_webhook_prints_the_figures() -> None:
    code, out, err = await _waterbot(
        ["bench", "webhook", "--messages", "40", "--concurrency", "4"], _env()
    )
    assert code == 0, out + err
    assert "msg/s" in out and "p99" in out
    sqlite = next(line for line in out.splitlines() if line.startswith("waterbot (SQLite)"))
    echo = next(line for line in out.splitlines() if line.startswith("aiohttp+wechatpy echo"))
    for line in (sqlite, echo):
        figures = line.split()[-6:]
        assert figures[:3] == ["40", "0", "0"], line  # messages, errors, late
        assert float(figures[3]) > 0


async def test_bench_import_imports_every_row_then_finds_them_unchanged() -> None:
    code, out, err = await _waterbot(["bench", "import", "--rows", "30", "--batch", "7"], _env())
    assert code == 0, out + err
    assert "rows/s" in out
    sqlite = next(line for line in out.splitlines() if line.startswith("waterbot (SQLite)"))
    figures = sqlite.split()[-7:]
    assert figures[0] == "30" and all(float(f) > 0 for f in figures[1:]), sqlite


def test_bench_import_sheet_is_a_valid_station_sheet() -> None:
    from bot.devtools.bench_import import sheet
    from domain.rules.customer_import import ProductRef, check_sheet
    from domain.rules.import_sheet import read_sheet

    checked = check_sheet(read_sheet(sheet(25)), [ProductRef("nfsq-19l", "农夫山泉", ())])
    assert not checked.errors and len(checked.records) == 25
    assert {r.phone for r in checked.records} == {f"139{i:08d}" for i in range(25)}
