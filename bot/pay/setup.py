"""Mount WeChat Pay when WATERBOT_PAY_* is set: the client, the domain's gateway, the routes.

Routes: POST /pay/notify (WeChat Pay's notifications) and GET /pay/order/{out_trade_no} (the
payment page). Without the settings nothing is mounted and 微信支付 stays a scan at the door.
"""

from __future__ import annotations

import logging
import sys
from collections.abc import AsyncIterator, Callable
from datetime import datetime

import aiohttp
from aiohttp import web

from bot.keys import SETTINGS
from bot.pay import notify_endpoint, page
from bot.pay.client import PayClient
from bot.pay.config import PayConfig, pay_config
from bot.pay.gateway import WeChatPayGateway
from bot.pay.keys import PAY_CLIENT, PAY_GATEWAY
from domain.infra import pay_port
from domain.infra.settings import SettingsError

log = logging.getLogger(__name__)


def setup(app: web.Application, clock: Callable[[], datetime] | None = None) -> None:
    """Connect WeChat Pay if it is configured; a bad key file stops start-up with one line."""
    settings = app[SETTINGS]
    try:
        config = pay_config(settings)
    except SettingsError as exc:
        print(f"waterbot: configuration error: {exc}", file=sys.stderr)
        raise SystemExit(2) from None
    if config is None:
        log.info("WeChat Pay not configured: 微信支付 is paid by scanning at the door")
        return
    now = clock or (lambda: datetime.now(settings.tz))
    app.cleanup_ctx.append(_context(config, settings.pay_close_minutes))
    app.router.add_post(notify_endpoint.PATH, notify_endpoint.handler(config, now))
    app.router.add_get(page.PATH, page.handler(now))


def _context(
    config: PayConfig, close_minutes: int
) -> Callable[[web.Application], AsyncIterator[None]]:
    async def context(app: web.Application) -> AsyncIterator[None]:
        timeout = aiohttp.ClientTimeout(sock_connect=5, total=15)
        async with aiohttp.ClientSession(timeout=timeout) as session:
            client = PayClient(config, session)
            gateway = WeChatPayGateway(client, close_minutes)
            app[PAY_CLIENT], app[PAY_GATEWAY] = client, gateway
            previous = pay_port.set_gateway(gateway)
            log.info("WeChat Pay connected: merchant %s at %s", config.mchid, config.api_base)
            try:
                yield
            finally:
                pay_port.set_gateway(previous)

    return context
