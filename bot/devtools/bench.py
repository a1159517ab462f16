"""`waterbot bench webhook`: order messages per second through the whole callback stack.

Each customer sends a full order sentence (-> the confirmation) and then "1" (-> the order is
placed): signature check, AES decrypt, parse, turn runner, NLU, database writes and the
encrypted reply, against the real app on a free loopback port. Beside it, the same traffic to
a bare aiohttp + wechatpy echo handler shows what the protocol alone costs.
"""

from __future__ import annotations

import argparse
import asyncio
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime

import aiohttp
from aiohttp import web
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.replies import TextReply

from bot.bootstrap import create_app, settings_from_env
from bot.channels import mp
from bot.channels.dev import mp_credentials
from bot.devtools import bench_import, bench_reports, bench_stages, wire
from bot.devtools.bench_support import (
    DatabaseUnavailable,
    bench_database,
    in_own_process,
    positive,
)
from bot.devtools.demo import listen, quiet
from bot.devtools.wires import MpWire, WireError
from domain.infra.settings import Settings
from domain.reads.inspection import order_count
from domain.services.customers import customer_for_openid, set_phone
from domain.services.demo import load_demo_data

SENTENCES = (
    "明天上午送两桶农夫山泉到阳光花园{n}栋502,现金",
    "送一桶怡宝到翠湖小区{n}栋1201 微信支付",
    "后天下午送3桶景田到创业大厦A座{n}08,货到付款",
    "明天送2桶百岁山到阳光花园{n}栋301 现金",
    "送两桶娃哈哈到翠湖小区{n}栋602,微信支付",
)
CONFIRM, PLACED, STATUS = "请确认订单", "下单成功", "订单"
# Customers who play the per-stage run, one message at a time, before the load.
STAGE_CUSTOMERS = 12
Expect = Callable[[str, str], bool]  # (sent text, reply text) -> as expected


@dataclass
class Result:
    """One target's figures."""

    name: str
    latencies: list[float] = field(default_factory=list)
    late: int = 0
    errors: list[str] = field(default_factory=list)
    wall_s: float = 0.0
    note: str = ""
    breakdown: list[str] = field(default_factory=list)

    def row(self) -> str:
        """One line of the table."""
        if self.note:
            return f"{self.name:<24} {self.note}"
        ms = sorted(x * 1000 for x in self.latencies)
        p50 = statistics.median(ms) if ms else 0.0
        p99 = ms[min(len(ms) - 1, round(0.99 * (len(ms) - 1)))] if ms else 0.0
        rate = len(ms) / self.wall_s if self.wall_s else 0.0
        return (
            f"{self.name:<24} {len(ms):>6} {len(self.errors):>6} {self.late:>5} "
            f"{rate:>8.1f} {p50:>8.1f} {p99:>8.1f}"
        )


HEADER = (
    f"{'target':<24} {'msgs':>6} {'errors':>6} {'late':>5} {'msg/s':>8} {'p50 ms':>8} {'p99 ms':>8}"
)


def register(subparsers: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `bench` and its `webhook` subcommand to the CLI."""
    parser = subparsers.add_parser("bench", help="measure the service", description="Benchmarks.")
    kinds = parser.add_subparsers(dest="bench_command", metavar="BENCH", required=True)
    webhook = kinds.add_parser(
        "webhook",
        help="order messages/s through the full OA callback stack vs a bare echo",
        description="Order sentences then '1' from many customers through the real app on a "
        "fresh SQLite database (and a scratch PostgreSQL database when WATERBOT_DATABASE_URL "
        "points at a server), beside an aiohttp+wechatpy echo handler. Loopback only.",
    )
    webhook.add_argument("--messages", type=positive, default=500, metavar="N")
    webhook.add_argument("--concurrency", type=positive, default=20, metavar="C")
    webhook.set_defaults(handler=run)

    bench_import.register(kinds)
    bench_reports.register(kinds)


def run(args: argparse.Namespace) -> int:
    """Run every target and print the table; exit 1 if any reply was wrong."""
    env = settings_from_env()
    quiet()
    customers = max(1, args.messages // 2)
    print(
        f"bench webhook: {customers * 2} messages ({customers} customers × order sentence + "
        f'"1"), concurrency {args.concurrency}, 127.0.0.1; client and server share one process'
    )
    targets = ["sqlite", *(["postgres"] if env.is_postgres else []), "echo"]
    results = [_in_own_process(target, env, customers, args.concurrency) for target in targets]
    print(HEADER)
    for result in results:
        print(result.row())
    for result in results:
        if result.breakdown:
            print("\n".join(["", *result.breakdown]))
    for result in results:
        for error in result.errors[:3]:
            print(f"{result.name}: {error}", file=sys.stderr)
    return 1 if any(r.errors for r in results) else 0


def _in_own_process(target: str, env: Settings, customers: int, concurrency: int) -> Result:
    return in_own_process(measure, target, env, customers, concurrency)


def measure(target: str, env: Settings, customers: int, concurrency: int) -> Result:
    """Measure one target ("sqlite", "postgres" or "echo") in this process."""
    quiet()
    return asyncio.run(_target(target, env, customers, concurrency))


async def _target(target: str, env: Settings, customers: int, concurrency: int) -> Result:
    if target == "echo":
        return await _echo(customers, concurrency)
    name = "waterbot (PostgreSQL)" if target == "postgres" else "waterbot (SQLite)"
    try:
        async with bench_database(target, env) as url:
            settings = Settings(database_url=url, tz=env.tz)
            return await _stack(name, settings, customers, concurrency)
    except DatabaseUnavailable as exc:
        return Result(name, note=f"skipped: {exc}")


async def _stack(name: str, settings: Settings, customers: int, concurrency: int) -> Result:
    """The real app on a fresh database with the demo catalog and customers who have phones."""
    bench_stages.instrument()
    app = create_app(settings)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()  # migrates and connects
    try:
        await load_demo_data(datetime.now(settings.tz))
        await mp.reload_catalog(app)
        openids = await _customers("bench", customers)
        staged = await _customers("stages", STAGE_CUSTOMERS)
        base = await listen(runner)
        breakdown = await _stages(app, base, settings, staged)
        result = await _drive(name, base, settings, openids, concurrency, _order_expect)
        result.breakdown = breakdown.lines(f"{name} per stage")
        await _count_orders(result, customers + STAGE_CUSTOMERS)
        return result
    finally:
        await runner.cleanup()


async def _customers(prefix: str, count: int) -> list[str]:
    openids = [f"{prefix}-{i:05d}" for i in range(count)]
    for i, openid in enumerate(openids):
        # With a phone on file, an order sentence goes straight to the confirmation.
        customer, _ = await customer_for_openid(openid, "bench")
        await set_phone(customer.id, f"13{len(prefix)}{i:08d}", "bench")
    return openids


async def _stages(
    app: web.Application, base: str, settings: Settings, openids: list[str]
) -> bench_stages.Breakdown:
    """Per-stage figures, one message at a time, before the load (which they do not count)."""
    bench_stages.instrument_runner(app[mp.MP_ENDPOINT].runner)
    async with aiohttp.ClientSession() as session:
        client = MpWire(session, base, settings)

        async def send(openid: str, text: str) -> None:
            reply = await client.send(wire.mp_text(openid, text))
            if reply is None or not _kind_expect(text, reply):
                raise WireError(f"stage run: {text!r} -> {reply!r}")

        return await bench_stages.measure_kinds(send, openids, _sentence)


def _sentence(index: int) -> str:
    return SENTENCES[index % len(SENTENCES)].format(n=index % 9 + 1)


def _kind_expect(sent: str, reply: str) -> bool:
    return STATUS in reply if sent == bench_stages.KINDS[2][1] else _order_expect(sent, reply)


def _order_expect(sent: str, reply: str) -> bool:
    return (PLACED if sent == "1" else CONFIRM) in reply


async def _count_orders(result: Result, customers: int) -> None:
    placed = await order_count("chat")
    if placed != customers:
        result.errors.append(f"{placed} orders in the database, expected {customers}")


async def _echo(customers: int, concurrency: int) -> Result:
    """The floor: verify, decrypt, parse, reply the same text encrypted — nothing else."""
    settings = Settings()  # the dev credentials, as the client uses
    runner = web.AppRunner(echo_app(settings), access_log=None)
    await runner.setup()
    try:
        base = await listen(runner)
        openids = [f"echo-{i:05d}" for i in range(customers)]
        return await _drive(
            "aiohttp+wechatpy echo", base, settings, openids, concurrency, lambda s, r: s == r
        )
    finally:
        await runner.cleanup()


def echo_app(settings: Settings) -> web.Application:
    """A bare OA callback handler with wechatpy: decrypt, echo the text, encrypt."""
    appid, token, aes_key = mp_credentials(settings)
    crypto = WeChatCrypto(token, aes_key, appid)

    async def handle(request: web.Request) -> web.Response:
        q = request.query
        xml = crypto.decrypt_message(
            await request.read(), q["msg_signature"], q["timestamp"], q["nonce"]
        )
        message = parse_message(xml)
        reply = TextReply(content=message.content, message=message).render()
        body = crypto.encrypt_message(reply, q["nonce"], q["timestamp"])
        return web.Response(text=body, content_type="application/xml")

    app = web.Application()
    app.router.add_post("/wechat/mp", handle)
    return app


async def _drive(
    name: str,
    base: str,
    settings: Settings,
    openids: list[str],
    concurrency: int,
    expect: Expect,
) -> Result:
    """`concurrency` workers, each taking the next customer and playing their two messages."""
    result = Result(name)
    queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    for item in enumerate(openids):
        queue.put_nowait(item)
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        client = MpWire(session, base, settings)
        started = time.perf_counter()
        await asyncio.gather(*(_worker(client, queue, result, expect) for _ in range(concurrency)))
        result.wall_s = time.perf_counter() - started
    return result


async def _worker(
    client: MpWire, queue: asyncio.Queue[tuple[int, str]], result: Result, expect: Expect
) -> None:
    while not queue.empty():
        index, openid = queue.get_nowait()
        sentence = _sentence(index)
        for text in (sentence, "1"):
            began = time.perf_counter()
            try:
                reply = await client.send(wire.mp_text(openid, text))
            except WireError as exc:
                result.errors.append(f"{openid} {text!r}: {exc}")
                break
            result.latencies.append(time.perf_counter() - began)
            if reply is None:
                result.late += 1  # over the reply budget: answered `success`, pushed later
            elif not expect(text, reply):
                result.errors.append(f"{openid} {text!r} -> {reply[:80]!r}")
                break
