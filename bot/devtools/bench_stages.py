"""Where one message's time and database round trips go, stage by stage, for `bench webhook`.

`instrument` wraps the turn runner's steps in the benchmark's own process (the service never
runs these wrappers): each stage is timed and its round trips counted (domain/infra/round_trips).
Messages are then sent one at a time, so the figures are one message's cost, not queueing.
Stages: claim (the message's lease), hold (the user's conversation), identify (the customer and
the 48-hour window), load (the saved conversation), understand (NLU), handle (routers, the use
case, follow-up), save (state, reply and release in one transaction), reply (decrypt, verify,
encrypt: the callback's time outside the turn), other (the rest of the turn: locks, renewer);
then the wall-clock total and the process's CPU time for the message (client included).
"""

from __future__ import annotations

import functools
import time
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from bot import turns
from bot.channels.callback import Endpoint
from domain.infra import round_trips

STAGES = ("claim", "hold", "identify", "load", "understand", "handle", "save", "reply", "other")
INNER = STAGES[:7]
_spent: defaultdict[str, float] = defaultdict(float)


def _timed_async(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    async def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            with round_trips.stage(stage):
                return await fn(*args, **kwargs)
        finally:
            _spent[stage] += time.perf_counter() - began

    return wrapper


def _timed_sync(stage: str, fn: Callable[..., Any]) -> Callable[..., Any]:
    @functools.wraps(fn)
    def wrapper(*args: Any, **kwargs: Any) -> Any:
        began = time.perf_counter()
        try:
            return fn(*args, **kwargs)
        finally:
            _spent[stage] += time.perf_counter() - began

    return wrapper


def instrument() -> None:
    """Wrap the module-level steps and the callback (before the app is built)."""
    round_trips.install()
    for name, stage in (
        ("claim_message", "claim"),
        ("hold_conversation", "hold"),
        ("stored_reply", "hold"),
        ("load_conversation", "load"),
        ("route", "handle"),
        ("finish_turn", "save"),
        ("_renew", "renew"),
    ):
        setattr(turns, name, _timed_async(stage, getattr(turns, name)))
    turns.TurnRunner.handle = _timed_async("turn", turns.TurnRunner.handle)  # type: ignore[method-assign]
    Endpoint.receive = _timed_async("callback", Endpoint.receive)  # type: ignore[method-assign]


def instrument_runner(runner: turns.TurnRunner) -> None:
    """Wrap the steps a runner was given (identify, understand, follow-up)."""
    runner.identify = _timed_async("identify", runner.identify)
    runner.understand = _timed_sync("understand", runner.understand)
    if runner.follow_up is not None:
        runner.follow_up = _timed_async("handle", runner.follow_up)


_cpu = [time.process_time()]


def _taken() -> tuple[dict[str, float], dict[str, int]]:
    spent = dict(_spent)
    _spent.clear()
    cpu, _cpu[0] = time.process_time() - _cpu[0], time.process_time()
    ms = {stage: 1000 * spent.get(stage, 0.0) for stage in INNER}
    ms["reply"] = 1000 * (spent.get("callback", 0.0) - spent.get("turn", 0.0))
    ms["other"] = 1000 * spent.get("turn", 0.0) - sum(ms[s] for s in INNER)
    ms["total"] = 1000 * spent.get("callback", 0.0)
    # CPU of the whole process (client, server, SQLite's thread): steadier than wall time on a
    # machine shared with other work.
    ms["cpu"] = 1000 * cpu
    queries = round_trips.taken()
    queries["total"] = sum(queries.values())
    return ms, queries


@dataclass
class Breakdown:
    """Per message kind: the mean milliseconds and round trips of each stage."""

    ms: dict[str, list[dict[str, float]]] = field(default_factory=lambda: defaultdict(list))
    queries: dict[str, list[dict[str, int]]] = field(default_factory=lambda: defaultdict(list))

    def start(self) -> None:
        """Forget what was spent before the first measured message (set-up, warm-up)."""
        _taken()

    def took(self, kind: str) -> None:
        """Book what the message just answered cost under its kind."""
        ms, queries = _taken()
        self.ms[kind].append(ms)
        self.queries[kind].append(queries)

    def lines(self, title: str) -> list[str]:
        """The table: a row of ms and a row of round trips per message kind."""
        columns = (*STAGES, "total", "cpu")
        out = [f"{title}: mean per message, sent one at a time", f"{'kind':<18} {'':<3}"
               + "".join(f"{c:>11}" for c in columns)]  # fmt: skip
        for kind, samples in self.ms.items():
            count = len(samples)
            ms = [sum(s.get(c, 0.0) for s in samples) / count for c in columns]
            trips = [sum(q.get(c, 0) for q in self.queries[kind]) / count for c in columns]
            out.append(f"{kind:<18} {'ms':<3}" + "".join(f"{v:>11.2f}" for v in ms))
            out.append(f"{'':<18} {'db':<3}" + "".join(f"{v:>11.1f}" for v in trips))
        return out


KINDS = (("order sentence", None), ("confirm 1", "1"), ("status question", "水到哪了"))


async def measure_kinds(
    send: Callable[[str, str], Any], openids: list[str], sentence: Callable[[int], str]
) -> Breakdown:
    """Each customer in turn sends an order sentence, `1`, then asks where the water is."""
    breakdown = Breakdown()
    breakdown.start()
    for index, openid in enumerate(openids):
        for kind, text in KINDS:
            await send(openid, text if text is not None else sentence(index))
            breakdown.took(kind)
    return breakdown
