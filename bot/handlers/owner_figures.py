"""Owner figures: a period's sales, the courier ranking, ticket liability, deposits held, and
the day's close (对账)."""

from __future__ import annotations

import re
from datetime import UTC

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.owner_format import span_text
from bot.router import Router, with_argument
from domain.reads import owner_views, stats
from domain.rules.close_texts import summary
from domain.rules.day_close import parse_day
from domain.rules.periods import NAMED, Period, named_period, parse_month
from domain.rules.pricing import yuan
from domain.services.pay_close import close_day

router = Router("owner_figures")

# The command words for the named periods (their titles in texts.PERIOD_TITLES).
PERIODS = {"今日": "today", "昨日": "yesterday", "本周": "week", "本月": "month"}
BILL_SECONDS = 3.0  # the WeChat Pay bill's share of WeCom's 5-second reply budget


def figures_text(figures: stats.Figures, title: str) -> str:
    """The period's figures as the owner reads them."""
    return texts.FIGURES.format(
        title=title,
        span=span_text(figures.period),
        placed=figures.orders_placed,
        cancelled=figures.orders_cancelled,
        delivered=figures.orders_delivered,
        buckets=figures.buckets_delivered,
        empties=figures.empties_collected,
        revenue=yuan(figures.revenue_fen),
        cash=yuan(figures.cash_fen),
        scan=yuan(figures.scan_fen),
        balance=yuan(figures.balance_fen),
        redeemed=figures.tickets_redeemed,
        redeemed_value=yuan(figures.tickets_value_fen),
        deposit=_deposit_text(figures.deposit_fen),
        packs=figures.packs_sold,
        packs_value=yuan(figures.packs_fen),
        sold=figures.tickets_sold,
        new_customers=figures.new_customers,
    )


def _deposit_text(deposit_fen: int) -> str:
    """The deposit beside revenue: taken, or (more empties back than buckets out) refunded."""
    if deposit_fen < 0:
        return texts.FIGURES_DEPOSIT_OUT.format(amount=yuan(-deposit_fen))
    return texts.FIGURES_DEPOSIT_IN.format(amount=yuan(deposit_fen))


@router.command("|".join(PERIODS))
async def named_figures(turn: Turn, found: re.Match[str]) -> Reply:
    """今日 / 昨日 / 本周 / 本月."""
    name = PERIODS[found[0]]
    period = named_period(name, turn.now)
    return Reply(figures_text(await stats.figures(period), texts.PERIOD_TITLES[name]))


@router.command(with_argument("统计"))
async def month_figures(turn: Turn, found: re.Match[str]) -> Reply:
    """统计 2026-11."""
    period = parse_month(found["arg"], turn.now)
    if period is None:
        return Reply(texts.ASK_MONTH)
    return Reply(figures_text(await stats.figures(period), texts.STATS_TITLE))


def ranking_period(turn: Turn, arg: str) -> tuple[Period, str]:
    """排行 [今日|本周|本月|2026-11]: this month unless told otherwise."""
    for name in NAMED:
        if arg == texts.PERIOD_TITLES[name]:
            return named_period(name, turn.now), texts.PERIOD_TITLES[name]
    month = parse_month(arg, turn.now) if arg else None
    if month is not None:
        return month, span_text(month)
    return named_period("month", turn.now), texts.PERIOD_TITLES["month"]


def ranking_text(ranks: list[stats.CourierRank], title: str) -> str:
    """One line per courier, best first."""
    if not ranks:
        return texts.RANKING_EMPTY
    lines = [texts.RANKING_HEAD.format(title=title)]
    for index, rank in enumerate(ranks, 1):
        if not rank.deliveries:  # no rate to speak of, not a rate of 0%
            lines.append(texts.RANKING_IDLE.format(index=index, name=rank.name))
            continue
        avg = (
            texts.RANKING_MINUTES.format(minutes=rank.avg_minutes)
            if rank.avg_minutes is not None
            else texts.RANKING_NO_TIME
        )
        lines.append(
            texts.RANKING_LINE.format(
                index=index,
                name=rank.name,
                deliveries=rank.deliveries,
                buckets=rank.buckets,
                on_time=rank.on_time_pct,
                avg=avg,
            )
        )
    return "\n".join(lines)


# Not 排行图, the chart (owner_charts), whatever order the routers are tried in.
@router.command(re.compile(r"排行(?!图)\s*(?P<arg>.*)", re.S))
async def ranking(turn: Turn, found: re.Match[str]) -> Reply:
    """排行: deliveries, on-time rate and average time per courier."""
    period, title = ranking_period(turn, found["arg"])
    return Reply(ranking_text(await stats.courier_ranking(period), title))


@router.command("水票")
async def tickets(turn: Turn, _: re.Match[str]) -> Reply:
    """水票: unused tickets by product, valued at the unit price."""
    rows = await owner_views.ticket_liabilities(turn.now)
    if not rows:
        return Reply(texts.TICKETS_NONE)
    lines = [texts.TICKETS_HEAD]
    for row in rows:
        lines.append(
            texts.TICKETS_LINE.format(
                name=row.name,
                count=row.count,
                price=yuan(row.unit_price_fen),
                value=yuan(row.value_fen),
                holders=row.customers,
            )
        )
    total = sum(r.value_fen for r in rows)
    lines.append(texts.TICKETS_TOTAL.format(count=sum(r.count for r in rows), value=yuan(total)))
    return Reply("\n".join(lines))


@router.command("押金")
async def deposits(turn: Turn, _: re.Match[str]) -> Reply:
    """押金: buckets out and the deposit held."""
    held = await owner_views.deposits_held()
    return Reply(
        texts.DEPOSITS.format(
            buckets=held.buckets,
            customers=held.customers,
            paid=held.paid_buckets,
            deposit=yuan(held.deposit_fen),
        )
    )


@router.command(with_argument("对账"))
async def day_close(turn: Turn, found: re.Match[str]) -> Reply:
    """对账 [昨天|今天|11-24|2026-11-24]: the day's close, yesterday unless told."""
    if turn.staff is None or turn.staff.role != "owner":
        return Reply(texts.CLOSE_OWNERS_ONLY)
    day = parse_day(found["arg"], turn.now.date())
    if day is None:
        return Reply(texts.ASK_CLOSE_DAY)
    # WeCom waits 5 seconds for the reply: a slow bill is reported as not had, not waited for.
    close = await close_day(day, turn.now.tzinfo or UTC, turn.now, bill_timeout=BILL_SECONDS)
    return Reply(summary(close))
