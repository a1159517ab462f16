"""App keys of the WeChat Pay extension (set while the app runs, when pay is connected)."""

from __future__ import annotations

from aiohttp import web

from bot.pay.client import PayClient
from bot.pay.gateway import WeChatPayGateway

PAY_CLIENT = web.AppKey("pay_client", PayClient)
PAY_GATEWAY = web.AppKey("pay_gateway", WeChatPayGateway)
