"""`waterbot bench webhook`: order messages per second through the whole callback stack.

Each customer sends a full order sentence (-> the confirmation) and then "1" (-> the order is
placed): signature check, AES decrypt, parse, turn runner, NLU, database writes and the
encrypted reply, against the real app on a free loopback port. Beside it, the same traffic to
a bare aiohttp + wechatpy echo handler shows what the protocol alone costs. With PostgreSQL,
the same load also goes to real `waterbot serve` processes (one, then two, round robin:
bench_serve). Each in-process target first plays a few customers one message at a time for
the per-stage table (bench_stages).
"""

from __future__ import annotations

import argparse
import asyncio
import sys
from dataclasses import replace
from datetime import datetime

import aiohttp
from aiohttp import web
from wechatpy import parse_message
from wechatpy.crypto import WeChatCrypto
from wechatpy.replies import TextReply

from bot.bootstrap import create_app, settings_from_env
from bot.channels import mp
from bot.channels.dev import mp_credentials
from bot.devtools import (
    bench_dispatch,
    bench_import,
    bench_reports,
    bench_routing,
    bench_serve,
    bench_stages,
    routing_files,
    wire,
)
from bot.devtools.bench_drive import (
    HEADER,
    Result,
    count_orders,
    customers,
    drive,
    order_expect,
    sentence,
)
from bot.devtools.bench_support import (
    DatabaseUnavailable,
    bench_database,
    in_own_process,
    positive,
)
from bot.devtools.demo import listen, quiet
from bot.devtools.wires import MpWire, WireError
from domain.infra.settings import Settings
from domain.services.demo import load_demo_data

STATUS = "订单"
# Customers who play the per-stage run, one message at a time, before the load.
STAGE_CUSTOMERS = 12


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
    webhook.add_argument(
        "--postgres",
        metavar="URL",
        help="a PostgreSQL server to run on too (scratch databases beside URL's); "
        "default: WATERBOT_DATABASE_URL when it is a PostgreSQL URL",
    )
    webhook.add_argument(
        "--serve",
        type=int,
        default=2,
        metavar="P",
        help="with PostgreSQL, also drive 1..P real `waterbot serve` processes (0: none)",
    )
    webhook.set_defaults(handler=run)

    bench_import.register(kinds)
    bench_reports.register(kinds)
    bench_routing.register(kinds)
    routing_files.register(kinds)
    bench_dispatch.register(kinds)


def run(args: argparse.Namespace) -> int:
    """Run every target and print the table; exit 1 if any reply was wrong."""
    env = settings_from_env()
    if args.postgres:
        env = replace(env, database_url=args.postgres)
    quiet()
    count = max(1, args.messages // 2)
    print(
        f"bench webhook: {count * 2} messages ({count} customers × order sentence + "
        f'"1"), concurrency {args.concurrency}, 127.0.0.1; in-process targets share one '
        "process with the client, `serve ×P` are real processes behind a round-robin client"
    )
    served = [f"serve×{p}" for p in range(1, args.serve + 1)] if env.is_postgres else []
    targets = ["sqlite", *(["postgres", *served] if env.is_postgres else []), "echo"]
    results = [_in_own_process(target, env, count, args.concurrency) for target in targets]
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


async def _target(target: str, env: Settings, count: int, concurrency: int) -> Result:
    if target == "echo":
        return await _echo(count, concurrency)
    if target.startswith("serve×"):
        processes = int(target.removeprefix("serve×"))
        return await bench_serve.measure(env, processes, count, concurrency)
    name = "waterbot (PostgreSQL)" if target == "postgres" else "waterbot (SQLite)"
    try:
        async with bench_database(target, env) as url:
            settings = Settings(database_url=url, tz=env.tz)
            return await _stack(name, settings, count, concurrency)
    except DatabaseUnavailable as exc:
        return Result(name, note=f"skipped: {exc}")


async def _stack(name: str, settings: Settings, count: int, concurrency: int) -> Result:
    """The real app on a fresh database with the demo catalog and customers who have phones."""
    bench_stages.instrument()
    app = create_app(settings)
    runner = web.AppRunner(app, access_log=None)
    await runner.setup()  # migrates and connects
    try:
        await load_demo_data(datetime.now(settings.tz))
        await mp.reload_catalog(app)
        openids = await customers("bench", count)
        staged = await customers("stages", STAGE_CUSTOMERS)
        base = await listen(runner)
        try:
            breakdown = await _stages(app, base, settings, staged)
        except WireError as exc:
            return Result(name, errors=[str(exc)])
        result = await drive(name, [base], settings, openids, concurrency, order_expect)
        result.breakdown = breakdown.lines(f"{name} per stage")
        if pending := app[mp.MP_ENDPOINT].pending:  # late turns still placing orders
            await asyncio.wait(set(pending), timeout=30)
        await count_orders(result, result.confirmed + STAGE_CUSTOMERS)
        return result
    finally:
        await runner.cleanup()


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

        return await bench_stages.measure_kinds(send, openids, sentence)


def _kind_expect(sent: str, reply: str) -> bool:
    return STATUS in reply if sent == bench_stages.KINDS[2][1] else order_expect(sent, reply)


async def _echo(count: int, concurrency: int) -> Result:
    """The floor: verify, decrypt, parse, reply the same text encrypted — nothing else."""
    settings = Settings()  # the dev credentials, as the client uses
    runner = web.AppRunner(echo_app(settings), access_log=None)
    await runner.setup()
    try:
        base = await listen(runner)
        openids = [f"echo-{i:05d}" for i in range(count)]
        return await drive(
            "aiohttp+wechatpy echo", [base], settings, openids, concurrency, lambda s, r: s == r
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
