"""`waterbot` whose 趋势 turns outlast the reply budget, as under heavy load.

`python -m tests.bot.slow_turns SECONDS ARGS...` runs `waterbot ARGS...` (the real command) with
the owner's trend chart handler waiting SECONDS after it has queued its picture, so the turn's
reply is late and the turn is still running when WeChat has already been answered `success`.
"""

from __future__ import annotations

import asyncio
import sys
from collections.abc import Awaitable, Callable

from bot.cli import main
from bot.conversation import Turn
from bot.handlers import owner_charts

SendChart = Callable[[Turn, Callable[[], bytes], str], Awaitable[None]]


def slowed(seconds: float) -> SendChart:
    """`owner_charts.send_chart`, then a wait of `seconds`."""
    real = owner_charts.send_chart

    async def send_chart(turn: Turn, render: Callable[[], bytes], name: str) -> None:
        await real(turn, render, name)
        await asyncio.sleep(seconds)

    return send_chart


if __name__ == "__main__":
    owner_charts.send_chart = slowed(float(sys.argv[1]))
    main(sys.argv[2:])
