"""Customer requests owners act on: bucket returns (退桶, 收桶 N 个数) and packs bought in chat
and paid later (票款, 收票款 N), and how staff are told of a new one.

The notices and the lists name the customer, phone and address and say what to reply, so an
owner can act on them from WeCom without looking anyone up.
"""

from __future__ import annotations

import re

from bot import texts
from bot.conversation import Reply, Turn
from bot.handlers.owner_format import stamp
from bot.router import Router, with_argument
from domain.reads import open_requests
from domain.rules.pricing import yuan
from domain.services import backoffice, requests
from domain.services.buckets import Returned
from domain.services.requests import Asked

router = Router("owner_requests")

COLLECT = re.compile(r"^#?(\d{1,9})(?:\s+(\d{1,3})\s*个?)?\s*(余额|现金)?$")
SETTLE = re.compile(r"^#?(\d{1,9})\s*(现金|扫码|微信|余额)?$")
PAID_WITH = {"现金": "cash", "扫码": "wechat_pay", "微信": "wechat_pay", "余额": "balance"}


def _count(buckets: int | None) -> str:
    return texts.RETURN_COUNT.format(n=buckets) if buckets else texts.RETURN_COUNT_UNSAID


def return_notice(asked: Asked) -> str:
    """What owners and dispatchers read when a customer asks to return buckets."""
    return texts.RETURN_TO_STAFF.format(
        id=asked.id,
        **_who(asked),
        count=_count(asked.buckets),
        held=asked.held,
        deposit=yuan(asked.deposit_fen),
    )


def pack_notice(asked: Asked) -> str:
    """What owners and dispatchers read when a customer buys a pack in chat."""
    return texts.PACK_TO_STAFF.format(
        id=asked.id,
        **_who(asked),
        pack=asked.pack,
        price=yuan(asked.price_fen),
    )


def pack_cancel_notice(asked: Asked) -> str:
    """What owners and dispatchers read when a customer takes a pack purchase back."""
    return texts.PACK_CANCELLED_TO_STAFF.format(
        id=asked.id, **_who(asked), pack=asked.pack, price=yuan(asked.price_fen)
    )


def _who(who: open_requests.Requester | Asked) -> dict[str, str]:
    """Name, phone and address as a notice or a list line shows them, a placeholder if unknown."""
    return {
        "name": who.name or texts.NO_NAME,
        "phone": who.phone or texts.NO_PHONE,
        "address": who.address or texts.NO_ADDRESS,
    }


@router.command("退桶")
async def returns(turn: Turn, _: re.Match[str]) -> Reply:
    """退桶: return requests still to collect, oldest first, and how to close one."""
    found = await open_requests.open_returns()
    if not found:
        return Reply(texts.RETURNS_NONE)
    lines = [texts.RETURNS_HEAD.format(count=len(found))]
    for row in found:
        lines.append(
            texts.RETURN_LINE.format(
                id=row.id,
                at=stamp(row.asked_at, turn.now),
                count=_count(row.buckets),
                held=row.held,
                deposit=yuan(row.deposit_fen),
                **_who(row.who),
            )
        )
    lines.append(texts.RETURNS_HINT.format(id=found[0].id))
    return Reply("\n".join(lines))


@router.command(with_argument("收桶"))
async def collect_buckets(turn: Turn, said: re.Match[str]) -> Reply:
    """收桶 N [个数] [余额]: the buckets of return N are back; their deposit is refunded."""
    parsed = COLLECT.match(said["arg"].strip())
    if parsed is None:
        return Reply(texts.COLLECT_USAGE)
    request_id, count = int(parsed.group(1)), parsed.group(2)
    method = PAID_WITH[parsed.group(3) or "现金"]
    done = await backoffice.approve_return(
        request_id, int(count) if count else None, method, turn.member.wecom_userid, turn.now
    )
    return Reply(
        texts.BUCKETS_COLLECTED.format(
            id=request_id, buckets=done.buckets, refund=_refund_text(done), held=done.held_after
        )
    )


def _refund_text(done: Returned) -> str:
    if done.refund_fen <= 0:
        return texts.REFUND_NONE
    parts = [texts.REFUND_ONLINE.format(amount=yuan(done.online_fen))] if done.online_fen else []
    rest = done.refund_fen - done.online_fen
    if rest and done.refund_method == "balance":
        parts.append(texts.REFUND_TO_BALANCE.format(amount=yuan(rest)))
    elif rest:
        parts.append(texts.REFUND_IN_CASH.format(amount=yuan(rest)))
    return ",".join(parts)


@router.command("票款")
async def packs(turn: Turn, _: re.Match[str]) -> Reply:
    """票款: packs bought in chat and not paid for yet, oldest first."""
    found = await open_requests.pending_packs()
    if not found:
        return Reply(texts.PACKS_PENDING_NONE)
    lines = [texts.PACKS_PENDING_HEAD.format(count=len(found))]
    for row in found:
        lines.append(
            texts.PACK_PENDING_LINE.format(
                id=row.id,
                at=stamp(row.asked_at, turn.now),
                pack=row.pack,
                price=yuan(row.price_fen),
                **_who(row.who),
            )
        )
    lines.append(texts.PACKS_PENDING_HINT.format(id=found[0].id))
    return Reply("\n".join(lines))


@router.command(with_argument("收票款"))
async def settle_pack(turn: Turn, said: re.Match[str]) -> Reply:
    """收票款 N [扫码]: pack N is paid for (cash unless told); its tickets arrive."""
    parsed = SETTLE.match(said["arg"].strip())
    if parsed is None:
        return Reply(texts.SETTLE_USAGE)
    method = PAID_WITH[parsed.group(2) or "现金"]
    done = await requests.settle_pack(
        int(parsed.group(1)), method, turn.member.wecom_userid, turn.now
    )
    return Reply(
        texts.PACK_SETTLED.format(
            id=done.id,
            price=yuan(done.price_fen),
            method=texts.PAID_BY[done.payment_method],
            pack=done.pack,
            balance=done.balance,
        )
    )
