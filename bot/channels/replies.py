"""Passive (in-response) reply XML builders for MP and WeCom callbacks.

wechatpy's reply classes put text into CDATA unescaped, so a user quoting ']]>'
would break the document; these builders go through xmlsafe.cdata instead.
"""

from __future__ import annotations

import time
from dataclasses import dataclass

from bot.channels.incoming import Incoming
from bot.channels.xmlsafe import render_xml

# Answering a callback with an empty body (or "success" on MP) tells WeChat
# "received, nothing to say", so it neither retries nor shows an error to the user.
EMPTY_REPLY = ""


@dataclass(frozen=True)
class ReplyXml:
    """A rendered plaintext passive reply (encrypt it with CallbackCodec.encode_reply)."""

    xml: str
    msg_type: str


def _envelope(incoming: Incoming, msg_type: str, created_at: int | None) -> dict[str, object]:
    # The reply goes back to whoever wrote: sender and recipient swap.
    return {
        "ToUserName": incoming.sender,
        "FromUserName": incoming.recipient,
        "CreateTime": int(time.time()) if created_at is None else created_at,
        "MsgType": msg_type,
    }


def text_reply(incoming: Incoming, content: str, created_at: int | None = None) -> ReplyXml:
    """Passive text reply (both channels; WeCom truncates beyond 2048 bytes)."""
    fields = _envelope(incoming, "text", created_at)
    fields["Content"] = content
    return ReplyXml(render_xml(fields), "text")


def image_reply(incoming: Incoming, media_id: str, created_at: int | None = None) -> ReplyXml:
    """Passive image reply referencing an uploaded temporary media_id."""
    fields = _envelope(incoming, "image", created_at)
    fields["Image"] = {"MediaId": media_id}
    return ReplyXml(render_xml(fields), "image")


def update_button_reply(
    incoming: Incoming, replace_name: str, created_at: int | None = None
) -> ReplyXml:
    """WeCom only: answer a template_card_event by greying out the clicked card's button.

    Format from WeCom "被动回复消息格式 / 模板卡片更新消息 / 更新点击用户的按钮文案"
    (developer.work.weixin.qq.com/document/path/90241): MsgType update_button,
    <Button><ReplaceName/></Button>. It only updates the card of the user who clicked.
    """
    fields = _envelope(incoming, "update_button", created_at)
    fields["Button"] = {"ReplaceName": replace_name}
    return ReplyXml(render_xml(fields), "update_button")
