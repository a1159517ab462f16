"""Charts for owners: 趋势 (30-day trend), 品牌 (brand share), 排行图 (courier ranking).

The text figures go back as the passive reply; the PNG is rendered in a thread and queued in
the outbox as an `image` message to the asker (uploaded as temporary media when sent). A retried
callback gets the stored reply and is not rendered twice.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import re
from collections.abc import Callable

from bot import charts, texts
from bot.conversation import Reply, Turn
from bot.handlers.owner_figures import ranking_period, ranking_text
from bot.handlers.owner_format import date_text
from bot.router import Router, with_argument
from domain.reads import stats
from domain.rules.periods import last_days
from domain.rules.pricing import yuan
from domain.services.outbox import enqueue_now

log = logging.getLogger(__name__)

router = Router("owner_charts")

TREND_DAYS = 30


async def send_chart(turn: Turn, render: Callable[[], bytes], name: str) -> None:
    """Render off the event loop and queue the picture for the person who asked."""
    png = await asyncio.to_thread(render)
    payload = {
        "image_b64": base64.b64encode(png).decode("ascii"),
        "filename": f"{name}-{turn.now:%Y%m%d%H%M}.png",
    }
    await enqueue_now("work", turn.incoming.sender, "image", payload, turn.now)
    log.info("queued %s chart (%d bytes) for %s", name, len(png), turn.incoming.sender)


@router.command("趋势")
async def trend(turn: Turn, _: re.Match[str]) -> Reply:
    """趋势: buckets and revenue per day over the last 30 days."""
    days = await stats.daily_sales(last_days(TREND_DAYS, turn.now))
    buckets = sum(d.buckets for d in days)
    best = max(days, key=lambda d: (d.buckets, d.day))
    text = texts.TREND_SUMMARY.format(
        days=TREND_DAYS,
        orders=sum(d.orders for d in days),
        buckets=buckets,
        revenue=yuan(sum(d.revenue_fen for d in days)),
        avg=f"{buckets / TREND_DAYS:.1f}",
        best=date_text(best.day),
        best_buckets=best.buckets,
    )
    await send_chart(turn, lambda: charts.render_trend(days), "trend")
    return Reply(text + texts.CHART_FOLLOWS)


@router.command("品牌")
async def brands(turn: Turn, _: re.Match[str]) -> Reply:
    """品牌: each brand's share of buckets over the last 30 days."""
    shares = await stats.brand_share(last_days(TREND_DAYS, turn.now))
    total = sum(s.buckets for s in shares)
    if not total:
        return Reply(texts.BRANDS_NONE.format(days=TREND_DAYS))
    lines = [texts.BRANDS_HEAD.format(days=TREND_DAYS)]
    lines += [
        texts.BRAND_LINE.format(
            name=s.name, buckets=s.buckets, share=round(100 * s.buckets / total)
        )
        for s in shares
    ]
    await send_chart(turn, lambda: charts.render_brands(shares), "brands")
    return Reply("\n".join(lines) + texts.CHART_FOLLOWS)


@router.command(with_argument("排行图"))
async def ranking_chart(turn: Turn, found: re.Match[str]) -> Reply:
    """排行图: the ranking as text, and as a bar chart."""
    period, title = ranking_period(turn, found["arg"])
    ranks = await stats.courier_ranking(period)
    if not ranks:
        return Reply(texts.RANKING_EMPTY)
    await send_chart(turn, lambda: charts.render_ranking(ranks), "ranking")
    return Reply(ranking_text(ranks, title) + texts.CHART_FOLLOWS)
