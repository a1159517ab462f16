"""Callers that post to our own callbacks exactly as WeChat's and WeCom's servers do.

Shared by `waterbot chat`, `waterbot demo` and `waterbot bench`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

import aiohttp

from bot.channels.dev import mp_credentials, work_credentials
from bot.devtools import wire

if TYPE_CHECKING:
    from domain.infra.settings import Settings


class WireError(Exception):
    """The endpoint refused a callback or could not be reached."""


def shown(reply: wire.PassiveReply | None) -> str | None:
    """A passive reply as the phone shows it; None when the bot answered `success`."""
    if reply is None:
        return None
    if reply.content is not None:
        return reply.content
    if reply.replace_name is not None:
        return f"[卡片按钮变为“{reply.replace_name}”]"
    return f"[{reply.msg_type}]"


class Wire:
    """Posts one callback and decodes the passive reply."""

    path = ""
    channel = ""

    def __init__(self, session: aiohttp.ClientSession, base_url: str) -> None:
        self.session = session
        self.url = base_url.rstrip("/") + self.path

    def build(self, xml: str) -> tuple[dict[str, str], bytes]:
        """The signed query string and body WeChat would send."""
        raise NotImplementedError

    def open(self, text: str) -> wire.PassiveReply | None:
        """Verify and decrypt the answer."""
        raise NotImplementedError

    async def post(self, xml: str) -> wire.PassiveReply | None:
        """POST one message; the decoded passive reply."""
        query, body = self.build(xml)
        try:
            async with self.session.post(self.url, params=query, data=body) as response:
                text = await response.text()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise WireError(f"cannot reach {self.url}: {exc or type(exc).__name__}") from exc
        if response.status != 200:
            raise WireError(f"{self.url} answered HTTP {response.status}: {text[:200]}")
        return self.open(text)

    async def send(self, xml: str) -> str | None:
        """POST one message; the reply as shown, or None when the bot answered `success`."""
        return shown(await self.post(xml))


class MpWire(Wire):
    """The Official Account callback, /wechat/mp."""

    path = "/wechat/mp"

    def __init__(self, session: aiohttp.ClientSession, base_url: str, settings: Settings) -> None:
        super().__init__(session, base_url)
        self.appid, self.token, self.aes_key = mp_credentials(settings)

    def build(self, xml: str) -> tuple[dict[str, str], bytes]:
        """Signed (and encrypted when an AES key is set) as the Official Account sends."""
        return wire.build_mp_callback(self.token, self.aes_key, self.appid, xml)

    def open(self, text: str) -> wire.PassiveReply | None:
        """Verify and decrypt the reply."""
        return wire.decode_reply(
            text, token=self.token, aes_key=self.aes_key, receiver_id=self.appid
        )


class WorkWire(Wire):
    """The WeCom callback, /wechat/work (always encrypted)."""

    path = "/wechat/work"

    def __init__(self, session: aiohttp.ClientSession, base_url: str, settings: Settings) -> None:
        super().__init__(session, base_url)
        self.corp_id, self.token, self.aes_key = work_credentials(settings)

    def build(self, xml: str) -> tuple[dict[str, str], bytes]:
        """Signed and encrypted as WeCom sends."""
        return wire.build_work_callback(self.token, self.aes_key, self.corp_id, xml)

    def open(self, text: str) -> wire.PassiveReply | None:
        """Verify and decrypt the reply."""
        return wire.decode_reply(
            text, token=self.token, aes_key=self.aes_key, receiver_id=self.corp_id, channel="work"
        )
