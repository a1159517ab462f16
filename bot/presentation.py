"""How times, money and links read in replies and cards: shared by the handlers and the notifier."""

from __future__ import annotations

import html
from datetime import datetime

from bot import texts
from domain.infra.ports import RouteNote, RouteStopNote
from domain.rules.door_cash import SCAN, ToCollect
from domain.rules.order_numbers import short_number
from domain.rules.pricing import yuan


def window_text(start: datetime, end: datetime, now: datetime) -> str:
    """今天 10:00-12:00 / 明天 / 11月26日 …"""
    start, end = start.astimezone(now.tzinfo), end.astimezone(now.tzinfo)
    delta = (start.date() - now.date()).days
    day = {0: "今天", 1: "明天", 2: "后天"}.get(delta, f"{start.month}月{start.day}日")
    return f"{day} {start:%H:%M}-{end:%H:%M}"


def money_text(due_fen: int, deposit_fen: int, floor_fee_fen: int, discount_fen: int = 0) -> str:
    """应付 line with what it is made of, and a coupon's discount."""
    if due_fen <= 0:
        return texts.NOTHING_DUE
    parts = []
    if deposit_fen:
        parts.append(f"押金{yuan(deposit_fen)}")
    if floor_fee_fen:
        parts.append(f"楼层费{yuan(floor_fee_fen)}")
    detail = f"(含{'、'.join(parts)})" if parts else ""
    if discount_fen:
        detail += texts.DISCOUNT_NOTE.format(amount=yuan(discount_fen))
    return texts.MONEY_DUE.format(due=yuan(due_fen), detail=detail)


def collect_text(collect: ToCollect) -> str:
    """What the courier takes at the door, as the task card and the 任务 list both say it."""
    due = yuan(collect.amount_fen)
    if collect.tickets:
        # What tickets left is collected the order's way: cash, or scanned (a mixed order).
        extra_text = texts.TASK_PAY_EXTRA_SCAN if collect.how == SCAN else texts.TASK_PAY_EXTRA
        extra = extra_text.format(amount=due) if collect.amount_fen else ""
        return texts.TASK_PAY_TICKET.format(tickets=collect.tickets) + extra
    if collect.amount_fen <= 0:
        return texts.TASK_PAY_PAID
    if collect.how == SCAN:
        return texts.TASK_PAY_SCAN.format(amount=due)
    return texts.TASK_PAY_CASH.format(amount=due)


def amap_link(latitude: float, longitude: float) -> str:
    """A map marker anyone's phone can open (AMap takes longitude first)."""
    return f"https://uri.amap.com/marker?position={longitude:.6f},{latitude:.6f}"


def call_link(phone: str) -> str:
    """A link that dials the number when tapped."""
    return f"tel:{phone}"


# WeCom refuses an app text over 2048 bytes; a long route goes out in several.
TEXT_LIMIT_BYTES = 2000


def route_messages(route: RouteNote, now: datetime) -> list[str]:
    """A courier's planned route as WeCom texts: each stop with its window, map and call links."""
    count, km = len(route.stops), f"{route.meters / 1000:.1f}"
    head = texts.ROUTE_PLAN_HEAD.format(count=count, km=km)
    if route.added:
        head = texts.ROUTE_UPDATED_HEAD.format(short=short_number(route.added), count=count, km=km)
    messages, current = [], head
    for stop in route.stops:
        block = "\n" + route_stop_text(stop, now)
        if len((current + block).encode()) > TEXT_LIMIT_BYTES:
            messages.append(current)
            current = texts.ROUTE_PLAN_MORE
        current += block
    messages.append(current)
    return messages


def route_stop_text(stop: RouteStopNote, now: datetime) -> str:
    """1. 今天 10:00-12:00 #003 阳光花园3栋502 农夫山泉×2, then its links."""
    items = "、".join(f"{line.name}×{line.quantity}" for line in stop.lines)
    links = []
    if stop.latitude is not None and stop.longitude is not None:
        links.append(_anchor(amap_link(stop.latitude, stop.longitude), texts.ROUTE_MAP))
    if stop.phone:
        links.append(_anchor(call_link(stop.phone), texts.ROUTE_CALL.format(phone=stop.phone)))
    notes = (texts.ROUTE_PLACED if stop.placed else "") + (texts.ROUTE_LATE if stop.late else "")
    trip = texts.ROUTE_TRIP.format(trip=stop.trip) if stop.trip > 1 else ""
    return texts.ROUTE_PLAN_STOP.format(
        index=stop.sequence,
        trip=trip,
        window=window_text(stop.window_start, stop.window_end, now),
        short=short_number(stop.number),
        address=html.escape(stop.address),
        items=items,
        notes=notes,
        links=" ".join(links),
    )


def _anchor(url: str, label: str) -> str:
    # WeCom app texts render <a href> as a tappable link.
    return f'<a href="{html.escape(url)}">{label}</a>'
