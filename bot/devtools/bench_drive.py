"""The load `bench webhook` sends: customers who order in one sentence and confirm with `1`.

`drive` runs `concurrency` workers; each takes the next customer and plays their two messages,
sending message after message to the servers given in turn (round robin), so with two
processes a customer's `1` usually reaches the other process than their order sentence.
"""

from __future__ import annotations

import asyncio
import itertools
import statistics
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field

import aiohttp

from bot.devtools import wire
from bot.devtools.wires import MpWire, WireError
from domain.infra.settings import Settings
from domain.reads.inspection import order_count
from domain.services.customers import customer_for_openid, set_phone

SENTENCES = (
    "明天上午送两桶农夫山泉到阳光花园{n}栋502,现金",
    "送一桶怡宝到翠湖小区{n}栋1201 微信支付",
    "后天下午送3桶景田到创业大厦A座{n}08,货到付款",
    "明天送2桶百岁山到阳光花园{n}栋301 现金",
    "送两桶娃哈哈到翠湖小区{n}栋602,微信支付",
)
CONFIRM, PLACED = "请确认订单", "下单成功"
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
    confirmed: int = 0  # customers who sent their `1`: the orders expected

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


async def customers(prefix: str, count: int) -> list[str]:
    """`count` customers with a phone on file, so an order sentence goes straight to confirm."""
    openids = [f"{prefix}-{i:05d}" for i in range(count)]
    for i, openid in enumerate(openids):
        customer, _ = await customer_for_openid(openid, "bench")
        await set_phone(customer.id, f"13{len(prefix) % 10}{i:08d}", "bench")
    return openids


async def count_orders(result: Result, expected: int) -> None:
    """An error on `result` unless exactly `expected` chat orders exist (none lost, none twice)."""
    placed = await order_count("chat")
    if placed != expected:
        result.errors.append(f"{placed} orders in the database, expected {expected}")


def sentence(index: int) -> str:
    """The order sentence of the index-th customer."""
    return SENTENCES[index % len(SENTENCES)].format(n=index % 9 + 1)


def order_expect(sent: str, reply: str) -> bool:
    """A sentence is answered with the confirmation, `1` with the order placed."""
    return (PLACED if sent == "1" else CONFIRM) in reply


async def drive(
    name: str,
    bases: list[str],
    settings: Settings,
    openids: list[str],
    concurrency: int,
    expect: Expect,
) -> Result:
    """`concurrency` workers playing every customer's two messages against `bases` in turn."""
    result = Result(name)
    queue: asyncio.Queue[tuple[int, str]] = asyncio.Queue()
    for item in enumerate(openids):
        queue.put_nowait(item)
    connector = aiohttp.TCPConnector(limit=concurrency)
    timeout = aiohttp.ClientTimeout(total=30)
    async with aiohttp.ClientSession(connector=connector, timeout=timeout) as session:
        clients = itertools.cycle([MpWire(session, base, settings) for base in bases])
        started = time.perf_counter()
        await asyncio.gather(*(_worker(clients, queue, result, expect) for _ in range(concurrency)))
        result.wall_s = time.perf_counter() - started
    return result


async def _worker(
    clients: Iterator[MpWire],
    queue: asyncio.Queue[tuple[int, str]],
    result: Result,
    expect: Expect,
) -> None:
    while not queue.empty():
        index, openid = queue.get_nowait()
        for text in (sentence(index), "1"):
            began = time.perf_counter()
            try:
                reply = await next(clients).send(wire.mp_text(openid, text))
            except WireError as exc:
                result.errors.append(f"{openid} {text!r}: {exc}")
                break
            result.latencies.append(time.perf_counter() - began)
            result.confirmed += text == "1"
            if reply is None:
                # Over the reply budget: answered `success`, the reply pushed later. A customer
                # who has not seen the confirmation yet does not answer it with `1`.
                result.late += 1
                break
            if not expect(text, reply):
                result.errors.append(f"{openid} {text!r} -> {reply[:80]!r}")
                break
