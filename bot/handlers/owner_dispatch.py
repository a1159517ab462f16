"""Dispatchers: orders waiting for a courier (待派), planning the day's routes (派单) and giving
an order to a courier by hand (派 N courier1, which the next plan keeps)."""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.owner_format import items_text
from bot.presentation import window_text
from bot.router import Router, with_argument
from domain.reads import dispatch_plans, order_refs, owner_lookups
from domain.reads.dispatch_plans import PlanView
from domain.rules.order_numbers import short_number
from domain.services import dispatch_plans as planning
from domain.services import order_moves

router = Router("owner_dispatch")


@router.command("待派")
async def unassigned(turn: Turn, _: re.Match[str]) -> Reply:
    """待派: orders awaiting dispatch, earliest window first."""
    found = await owner_lookups.unassigned_orders()
    plan = await dispatch_plans.current_plan(turn.now.date())
    figures = ["", plan_text(plan, turn)] if plan else []
    if not found:
        return Reply("\n".join([texts.UNASSIGNED_NONE, *figures]))
    lines = [texts.UNASSIGNED_HEAD.format(count=len(found))]
    for waiting in found:
        order = waiting.order
        returned = ""
        if waiting.failed_reason:  # came back from a courier: say who and why
            returned = texts.UNASSIGNED_RETURNED.format(
                courier=waiting.failed_by, reason=waiting.failed_reason
            )
        lines.append(
            texts.UNASSIGNED_LINE.format(
                number=order.number,
                items=items_text(waiting.lines),
                address=order.address,
                window=window_text(order.window_start, order.window_end, turn.now),
                customer=waiting.customer.name,
            )
            + returned
        )
    courier = await owner_lookups.courier_on_shift()
    hint = courier.wecom_userid if courier else "courier1"
    lines.append(texts.UNASSIGNED_HINT.format(number=found[0].order.number, courier=hint))
    return Reply("\n".join(lines + figures))


def plan_text(plan: PlanView, turn: Turn) -> str:
    """The plan's figures, its routes in a line each, what it could not place and why."""
    f = plan.figures
    lines = [
        texts.PLAN_FIGURES.format(
            at=plan.created_at.astimezone(turn.now.tzinfo).strftime("%H:%M"),
            planned=f["planned"],
            orders=f["orders"],
            couriers=f["couriers"],
            km=f["km"],
            late=len(f["late"]),
            rate=f["per_courier_hour"],
            seconds=f["seconds_to_solve"],
        )
    ]
    for route in plan.routes:
        numbers = "→".join(short_number(s.number) for s in route.stops)
        lines.append(
            texts.PLAN_ROUTE.format(name=route.name, count=len(route.stops), stops=numbers)
        )
    if plan.dropped:
        lines.append(texts.PLAN_DROPPED_HEAD.format(count=len(plan.dropped)))
        lines += [texts.PLAN_DROPPED.format(number=d.number, label=d.label) for d in plan.dropped]
    if f["placed"]:
        placed = "、".join(short_number(n) for n in f["placed"])
        lines.append(texts.PLAN_PLACED.format(numbers=placed))
    return "\n".join(lines)


@router.command(r"派单|规划路线|智能派单")
async def plan(turn: Turn, _: re.Match[str]) -> Reply:
    """派单: plan the day now; each courier gets his route, the owner the figures."""
    plan_id = await planning.plan_dispatch(turn.now, "command", turn.member.wecom_userid)
    return Reply(plan_text(await dispatch_plans.plan_view(plan_id), turn))


@router.command(with_argument("派"))
async def assign(turn: Turn, found: re.Match[str]) -> Reply:
    """派 N courier1: give order N to a courier (by WeCom id or name)."""
    parts = found["arg"].split()
    if len(parts) != 2:
        return Reply(texts.ASSIGN_USAGE)
    # 派 7 / 派 #007: today's …007 first (order_refs.for_staff).
    number, who = await order_refs.for_staff(parts[0], turn.now), parts[1]
    courier = await owner_lookups.courier_by_name(who)
    if courier is None:
        active = await owner_lookups.active_couriers()
        names = "、".join(f"{c.name}({c.wecom_userid})" for c in active)
        return Reply(texts.NO_SUCH_COURIER.format(name=who, couriers=names))
    moved = await order_moves.assign_order(
        number, courier.wecom_userid, turn.member.wecom_userid, turn.now
    )
    return Reply(texts.ASSIGNED_TO.format(number=moved.number, courier=courier.name))
