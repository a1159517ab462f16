"""Courier text commands: 任务, 接单 N, 送达 N 回桶 2 收款 44, 无人 N, 改约 N 明天上午, 路线,
暂停接单 / 开始接单, 今日, 本月.

N is the full order number or its short form, the last digits (7, 07 or 007 for …007),
looked up among the courier's own open tasks; the lists show the three-digit form. Each
command's pattern matches the whole text and the handler gets the match. Included in the
courier router, whose guard admits couriers only.
"""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.courier_common import (
    items_text,
    parse_fen,
    short,
    task_payment,
    task_window,
    userid,
)
from bot.handlers.courier_flow import start_delivery, start_reschedule
from bot.presentation import amap_link
from bot.router import Router
from domain.reads import courier_queries
from domain.rules import order_numbers
from domain.rules.pricing import yuan
from domain.services import courier_tasks
from domain.services.order_moves import fail_delivery

router = Router("courier_commands")

# An order number as written anywhere (003, #003, 20261124003): `rules.order_numbers`.
NUMBER = rf"\s*({order_numbers.TYPED_NUMBER})"
ACCEPT = re.compile(rf"接单{NUMBER}")
DELIVER = re.compile(rf"送达{NUMBER}(.*)")
ABSENT = re.compile(rf"(?:无人|无人在家){NUMBER}")
RESCHEDULE = re.compile(rf"改约{NUMBER}\s*(.*)")
EMPTIES = re.compile(r"回桶\s*(\d{1,2})")
CASH = re.compile(r"收款\s*(\d{1,6}(?:\.\d{1,2})?)")


async def _number(turn: Turn, said: str) -> str:
    return await courier_tasks.resolve_number(userid(turn), said)


@router.command(r"任务|我的任务")
async def my_tasks(turn: Turn, _: re.Match[str]) -> Reply:
    """Open tasks day by day, each day in route order."""
    rows = await courier_queries.open_tasks(userid(turn), turn.now)
    if not rows:
        return Reply(texts.NO_TASKS)
    lines = [texts.TASKS_HEAD.format(count=len(rows))]
    for index, row in enumerate(rows, 1):
        lines.append(
            texts.TASK_LINE.format(
                index=index,
                short=short(row.number),
                window=task_window(row, turn),
                address=row.address,
                items=items_text(row.items),
                payment=task_payment(row),
                state=texts.TASK_ON_THE_WAY if row.state == "delivering" else "",
            )
        )
    return Reply("\n".join(lines))


@router.command(ACCEPT)
async def accept(turn: Turn, found: re.Match[str]) -> Reply:
    """接单 N"""
    number = await _number(turn, found.group(1))
    accepted = await courier_tasks.accept_task(number, userid(turn), turn.now)
    if accepted.already:
        return Reply(texts.ALREADY_ACCEPTED.format(number=number))
    return Reply(texts.ACCEPTED.format(number=number, short=short(number)))


@router.command(DELIVER)
async def deliver(turn: Turn, found: re.Match[str]) -> Reply:
    """送达 N [回桶 K] [收款 M]: what is not said is asked."""
    number = await _number(turn, found.group(1))
    rest = found.group(2)
    empties = EMPTIES.search(rest)
    cash = CASH.search(rest)
    return await start_delivery(
        turn,
        number,
        empties=int(empties.group(1)) if empties else None,
        cash_fen=parse_fen(cash.group(1)) if cash else None,
    )


@router.command(ABSENT)
async def absent(turn: Turn, found: re.Match[str]) -> Reply:
    """无人 N"""
    number = await _number(turn, found.group(1))
    uid = userid(turn)
    await fail_delivery(number, uid, turn.now, "无人在家", courier_userid=uid)
    return Reply(texts.ABSENT_DONE.format(number=number))


@router.command(RESCHEDULE)
async def reschedule(turn: Turn, found: re.Match[str]) -> Reply:
    """改约 N [时间]"""
    number = await _number(turn, found.group(1))
    return await start_reschedule(turn, number, found.group(2).strip())


@router.command(r"路线|今日路线|今天路线")
async def route(turn: Turn, _: re.Match[str]) -> Reply:
    """Today's stops in order, with map links where the address has coordinates."""
    rows = await courier_queries.open_tasks(userid(turn), turn.now, today_only=True)
    if not rows:
        return Reply(texts.ROUTE_NONE)
    lines = [texts.ROUTE_HEAD.format(count=len(rows))]
    for index, row in enumerate(rows, 1):
        link = ""
        if row.latitude is not None and row.longitude is not None:
            link = "\n   " + amap_link(row.latitude, row.longitude)
        lines.append(
            texts.ROUTE_LINE.format(
                index=index,
                short=short(row.number),
                address=row.address,
                window=task_window(row, turn),
                map=link,
            )
        )
    return Reply("\n".join(lines))


@router.command(r"暂停接单|下班")
async def pause(turn: Turn, _: re.Match[str]) -> Reply:
    """Off shift: no new tasks."""
    await courier_tasks.set_shift(userid(turn), False, turn.now)
    left = len(await courier_queries.open_task_numbers(userid(turn)))
    return Reply(texts.SHIFT_OFF.format(count=left))


@router.command(r"开始接单|上班")
async def resume(turn: Turn, _: re.Match[str]) -> Reply:
    """On shift: waiting orders are dispatched at once."""
    given = await courier_tasks.set_shift(userid(turn), True, turn.now)
    mine = set(await courier_queries.open_task_numbers(userid(turn)))
    got = len([n for n in given if n in mine])
    return Reply(texts.SHIFT_ON_GOT.format(count=got) if got else texts.SHIFT_ON)


@router.command(r"今日|今天")
async def today(turn: Turn, _: re.Match[str]) -> Reply:
    """My day: deliveries, buckets, empties, cash to hand in, earnings."""
    start, end = courier_queries.day_bounds(turn.now)
    day = await courier_queries.earnings(userid(turn), start, end)
    return Reply(
        texts.DAY_SUMMARY.format(
            date=f"{turn.now.month}月{turn.now.day}日",
            delivered=day.delivered,
            buckets=day.buckets,
            empties=day.empties,
            failed=day.failed,
            cash=yuan(day.cash_fen),
            scan=yuan(day.scan_fen),
            door=_door_text(day.short_fen, day.over_fen),
            pieces=day.pieces,
            earnings=yuan(day.earnings_fen),
        )
    )


def _door_text(short_fen: int, over_fen: int) -> str:
    """少收 / 多收 against what was due, when there was any."""
    short = texts.DAY_SHORT.format(amount=yuan(short_fen)) if short_fen else ""
    return short + (texts.DAY_OVER.format(amount=yuan(over_fen)) if over_fen else "")


@router.command(r"本月|这个月")
async def month(turn: Turn, _: re.Match[str]) -> Reply:
    """My month's earnings."""
    start, end = courier_queries.month_bounds(turn.now)
    got = await courier_queries.earnings(userid(turn), start, end)
    return Reply(
        texts.MONTH_SUMMARY.format(
            month=f"{turn.now.year}年{turn.now.month}月",
            delivered=got.delivered,
            pieces=got.pieces,
            earnings=yuan(got.earnings_fen),
        )
    )


__all__ = ["router"]
