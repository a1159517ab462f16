"""POST /pay/notify: WeChat Pay's notifications, verified, decrypted and settled once.

Replies follow the v3 protocol: 204 with no body when handled, else a 4xx/5xx with JSON
{"code": "FAIL", "message": …} (WeChat Pay retries those). A verified notification that we flag
(an amount that does not match, money after we closed the trade) is answered 204 too: it was
received and the owner told; a retry could only repeat the flag.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Awaitable, Callable
from datetime import datetime

from aiohttp import web

from bot.pay import v3
from bot.pay.config import PayConfig
from bot.pay.gateway import refund_of, trade_of
from bot.pay.keys import PAY_CLIENT
from domain.infra.db import is_outage
from domain.infra.pay_port import RefundState, Trade
from domain.rules.online_pay import Notice
from domain.services import payment_refunds, payments

log = logging.getLogger(__name__)

PATH = "/pay/notify"
MAX_BODY = 64 * 1024


def fail(status: int, message: str) -> web.Response:
    """A refusal as WeChat Pay expects it."""
    return web.json_response({"code": "FAIL", "message": message}, status=status)


def handler(
    config: PayConfig, clock: Callable[[], datetime], wall: Callable[[], float] = time.time
) -> Callable[[web.Request], Awaitable[web.Response]]:
    """The endpoint for this merchant account."""

    async def notify(request: web.Request) -> web.Response:
        body = await request.content.read(MAX_BODY + 1)
        if len(body) > MAX_BODY:
            return fail(413, "报文过大")
        peer = request.remote
        try:
            platform = request.app[PAY_CLIENT].platform  # public key, or certificates
            await platform.verify(v3.Signed.of(request.headers), body, wall())
            event = json.loads(body)
            resource = v3.decrypt_resource(config.api_v3_key, event["resource"])
        except (v3.BadSignature, ValueError, KeyError, TypeError) as exc:
            log.warning("refused a WeChat Pay notification from %s: %s", peer, exc)
            return fail(401, "签名验证失败")
        kind = str(event.get("event_type", ""))
        refund = kind.startswith("REFUND.")
        if resource.get("mchid") != config.mchid or (
            not refund and resource.get("appid") != config.appid
        ):
            log.warning("refused a notification for mchid %s appid %s",
                        resource.get("mchid"), resource.get("appid"))  # fmt: skip
            return fail(400, "商户号或应用不符")
        if refund:
            return await _confirm_refund(refund_of(resource), clock())
        if kind != "TRANSACTION.SUCCESS":
            log.info("WeChat Pay event %s needs nothing from us", kind)
            return web.Response(status=204)
        return await _settle(trade_of(resource), clock())

    return notify


async def _settle(trade: Trade, now: datetime) -> web.Response:
    notice = Notice(
        trade.out_trade_no, trade.transaction_id, trade.trade_state, trade.total_fen,
        trade.payer_openid, trade.success_time,
    )  # fmt: skip
    settle = payments.settle(notice, now)
    return await _answer(_verdict(settle), f"trade {notice.out_trade_no}", "订单不存在")


async def _verdict(settle: Awaitable[payments.Settlement]) -> str:
    return (await settle).verdict


async def _confirm_refund(state: RefundState, now: datetime) -> web.Response:
    confirm = payment_refunds.confirm(state, now)
    return await _answer(confirm, f"refund {state.out_refund_no}", "退款单不存在")


async def _answer(outcome: Awaitable[str], what: str, unknown: str) -> web.Response:
    """204 once handled; 404 for what is not ours; 500 (WeChat Pay retries) in an outage."""
    try:
        done = await outcome
    except Exception as exc:
        if not is_outage(exc):
            raise
        log.warning("database unreachable handling WeChat Pay %s: it will retry", what)
        return fail(500, "系统繁忙")
    if done == "unknown":
        log.warning("WeChat Pay notified an unknown %s", what)
        return fail(404, unknown)
    log.info("WeChat Pay %s: %s", what, done)
    return web.Response(status=204)
