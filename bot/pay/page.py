"""GET /pay/order/{out_trade_no}: the page a customer opens in WeChat to pay an order or a ticket
pack (JSAPI).

The prepay is asked for when the page opens, not in the chat turn: the turn has a 4-second
budget and WeChat Pay is a network round trip away; a prepay_id is kept and reused for ~2 hours.
Only links we signed open (`sig`, an HMAC under the APIv3 key), and the trade is always for the
order's own customer (payer.openid), whoever opens the link.
"""

from __future__ import annotations

import html
import json
import logging
from collections.abc import Awaitable, Callable
from datetime import datetime

from aiohttp import web

from bot.pay.client import PayError
from bot.pay.keys import PAY_CLIENT, PAY_GATEWAY
from domain.reads import payments as payment_reads
from domain.rules import online_pay
from domain.rules.pricing import yuan
from domain.services import payments

log = logging.getLogger(__name__)

PATH = "/pay/order/{no}"

_PAGE = """<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<meta name="viewport" content="width=device-width,initial-scale=1"><title>微信支付</title></head>
<body style="font-family:sans-serif;text-align:center;padding:2em">
<h2>{title}</h2><p>应付 <b>{amount}</b> 元</p><p id="msg">{message}</p>
<script>var params = {params};
function pay() {{
  if (!params) return;
  WeixinJSBridge.invoke('getBrandWCPayRequest', params, function (res) {{
    document.getElementById('msg').textContent =
      res.err_msg === 'get_brand_wcpay_request:ok'
        ? {done} : '未完成支付,可重新打开本页';
  }});
}}
if (typeof WeixinJSBridge === 'undefined') {{
  document.addEventListener('WeixinJSBridgeReady', pay, false);
}} else {{ pay(); }}
</script></body></html>"""


def _page(
    title: str, amount_fen: int, message: str, params: dict[str, str] | None
) -> web.Response:
    # What the customer reads once paid: an order goes to a courier, a pack's tickets arrive.
    done = "支付成功,水票马上到账" if title.startswith("水票单") else "支付成功,马上为您安排配送"
    body = _PAGE.format(
        done=json.dumps(done, ensure_ascii=False),
        title=html.escape(title),
        amount=yuan(amount_fen),
        message=html.escape(message),
        params=json.dumps(params).replace("<", "\\u003c"),
    )
    return web.Response(text=body, content_type="text/html", charset="utf-8")


def handler(clock: Callable[[], datetime]) -> Callable[[web.Request], Awaitable[web.Response]]:
    """The payment page, on the app's WeChat Pay client."""

    async def page(request: web.Request) -> web.Response:
        client, gateway = request.app[PAY_CLIENT], request.app[PAY_GATEWAY]
        no = request.match_info["no"]
        if not gateway.link_is_ours(no, request.query.get("sig", "")):
            raise web.HTTPNotFound(text="链接无效")
        record = await payment_reads.by_trade(no)
        if record is None:
            raise web.HTTPNotFound(text="订单不存在")
        now = clock()
        if record.status != online_pay.UNPAID or now >= record.expires_at:
            said = "该订单已支付" if record.status in online_pay.SETTLED_STATES else "该订单已关闭"
            return _page(record.title, record.amount_fen, said, None)
        prepay_id = record.prepay_id
        if online_pay.needs_prepay(prepay_id, record.prepay_at, now):
            try:
                prepay_id = await client.jsapi_prepay(
                    no, record.description, record.amount_fen, record.payer_openid,
                    online_pay.expire_text(record.expires_at),
                )  # fmt: skip
            except PayError as exc:
                log.warning("JSAPI prepay for %s failed: %s", no, exc)
                return _page(
                    record.title, record.amount_fen, "暂时无法发起支付,请稍后再试", None
                )
            await payments.record_prepay(no, prepay_id, now)
        params = client.page_params(prepay_id)
        return _page(record.title, record.amount_fen, "正在打开微信支付…", params)

    return page
