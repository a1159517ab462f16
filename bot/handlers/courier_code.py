"""收款码: the courier's WeChat Pay code for what is due at the door (docs/PAY.md).

`收款码 N` or the task card's 收款码 button opens (or shows again) a Native trade for what the
delivery leaves to pay, packs riding on it included; the QR code goes to the courier as a WeCom
picture to show the customer. Without WeChat Pay connected the card has no such button and the
command says to take cash. Included in the courier router, whose guard admits couriers only.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import re

from bot import door_texts
from bot.conversation import Reply, Turn
from bot.handlers.courier_common import userid
from bot.pay.qr import qr_png
from bot.router import Router
from domain.rules import order_numbers
from domain.rules.errors import DomainError
from domain.rules.pricing import yuan
from domain.services import courier_tasks, door_codes
from domain.services.outbox import enqueue_now

log = logging.getLogger(__name__)

router = Router("courier_code")

CODE = re.compile(rf"收款码\s*({order_numbers.TYPED_NUMBER})")


@router.command(CODE)
async def code_command(turn: Turn, found: re.Match[str]) -> Reply:
    """收款码 N"""
    number = await courier_tasks.resolve_number(userid(turn), found.group(1))
    return Reply(await send_code(turn, number))


async def code_tap(turn: Turn, number: str) -> Reply:
    """The card's 收款码 button: the words go as an app message, the card stays as it is."""
    try:
        text = await send_code(turn, number)
    except DomainError as exc:
        log.info("no door code for %s: %s", number, exc.detail)
        text = exc.message
    await enqueue_now("work", userid(turn), "text", {"text": text}, turn.now)
    return Reply("")


async def send_code(turn: Turn, number: str) -> str:
    """Open or reuse the order's door trade, queue its QR picture; what the courier reads."""
    code = await door_codes.open_code(number, userid(turn), turn.now)
    png = await asyncio.to_thread(qr_png, code.code_url)
    payload = {
        "image_b64": base64.b64encode(png).decode("ascii"),
        "filename": f"paycode-{number}.png",
    }
    await enqueue_now("work", userid(turn), "image", payload, turn.now)
    log.info("door code %s for %s (%d fen) queued for %s", code.out_trade_no, number,
             code.amount_fen, userid(turn))  # fmt: skip
    packs = door_texts.CODE_PACKS.format(amount=yuan(code.pack_fen)) if code.pack_fen else ""
    template = door_texts.CODE_AGAIN if code.reused else door_texts.CODE_SENT
    return template.format(number=number, amount=yuan(code.amount_fen), packs=packs)


__all__ = ["code_tap", "router"]
