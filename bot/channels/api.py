"""Async outbound clients for the Official Account (MP) and WeCom server APIs.

wechatpy's clients use `requests` (blocking), so these are written on aiohttp.
Rate limits worth knowing before calling these in loops (not enforced here):
- WeCom: an app may send one member at most 30 messages per minute and 1000 per
  hour; the excess is silently dropped, so the caller must pace per courier.
- MP custom (customer-service) messages need the user to have written to us within
  48 h (else 45015) and are capped per user between two user messages (45047);
  template messages have neither limit and are the fallback.
A send whose answer is lost (timeout, dropped connection) is not retried here: it raises
OutcomeUnknown, and the outbox tries it once more, later (so at most two copies).
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import aiohttp

from bot.channels.api_base import (
    UNEXPECTED_ANSWER,
    BaseClient,
    OutcomeUnknown,
    OutsideServiceWindow,
    WeChatApiError,
    WeChatError,
    WeChatUnavailable,
)
from bot.channels.tokens import InMemoryTokenStore, TokenStore

__all__ = [
    "InMemoryTokenStore",
    "Media",
    "MpClient",
    "OutcomeUnknown",
    "OutsideServiceWindow",
    "TokenStore",
    "WeChatApiError",
    "WeChatError",
    "WeChatUnavailable",
    "WorkClient",
]

log = logging.getLogger(__name__)

MP_BASE_URL = "https://api.weixin.qq.com"
WORK_BASE_URL = "https://qyapi.weixin.qq.com"


@dataclass(frozen=True)
class Media:
    """A downloaded media file: its bytes and content type."""

    content: bytes
    content_type: str


TemplateData = Mapping[str, str | Mapping[str, str]]


class MpClient(BaseClient):
    """Official Account API client (stable_token, custom/template messages, media)."""

    # 45015: outside the 48 h window; 45047: too many custom messages in the window.
    window_errcodes = frozenset({45015, 45047})
    # stable_token hands out a new token during the last 5 minutes of the old one
    # (both stay valid meanwhile), so refreshing 2 minutes early never loops.
    expiry_margin_s = 120.0

    def __init__(
        self,
        appid: str,
        secret: str,
        store: TokenStore,
        *,
        base_url: str = MP_BASE_URL,
        session: aiohttp.ClientSession | None = None,
        **options: Any,
    ) -> None:
        super().__init__(store, base_url=base_url, session=session, **options)
        self.appid = appid
        self._secret = secret

    @property
    def token_key(self) -> str:
        """TokenStore key of this Official Account's token."""
        return f"mp:{self.appid}"

    async def _stable_token(self, force: bool) -> tuple[str, float]:
        body = {
            "grant_type": "client_credential",
            "appid": self.appid,
            "secret": self._secret,
            "force_refresh": force,
        }
        path = "/cgi-bin/stable_token"
        return self._token_from(path, await self._request("POST", path, json_body=body))

    async def _fetch_token(self, stale: str | None) -> tuple[str, float]:
        # Normal mode first: if the token was merely superseded it returns the current
        # one. force_refresh only when it hands back the rejected token, because
        # forced refreshes are limited to 20 a day, 30 s apart.
        token, expires_in = await self._stable_token(force=False)
        if stale is not None and token == stale:
            token, expires_in = await self._stable_token(force=True)
        return token, expires_in

    async def _custom_send(self, openid: str, msgtype: str, content: Mapping[str, Any]) -> None:
        body = {"touser": openid, "msgtype": msgtype, msgtype: content}
        await self._call("POST", "/cgi-bin/message/custom/send", json_body=body, once=True)

    async def send_text(self, openid: str, text: str) -> None:
        """Customer-service text message (raises OutsideServiceWindow outside 48 h)."""
        await self._custom_send(openid, "text", {"content": text})

    async def send_image(self, openid: str, media_id: str) -> None:
        """Customer-service image message from an uploaded media_id."""
        await self._custom_send(openid, "image", {"media_id": media_id})

    async def get_media(self, media_id: str) -> Media:
        """Download temporary media a user sent (kept 3 days by WeChat): GET media/get."""
        path = "/cgi-bin/media/get"
        payload = await self._call("GET", path, params={"media_id": media_id}, binary=True)
        content = payload.get("content")
        if not isinstance(content, bytes) or not content:
            # A JSON answer without errcode: not a file after all.
            raise WeChatApiError(UNEXPECTED_ANSWER, "media answer is not a file", path)
        return Media(content, str(payload.get("content_type") or "application/octet-stream"))

    async def send_template(
        self,
        openid: str,
        template_id: str,
        data: TemplateData,
        url: str | None = None,
        client_msg_id: str | None = None,
    ) -> int:
        """Template message; plain str values are wrapped as {"value": ...}. Returns msgid."""
        body: dict[str, Any] = {
            "touser": openid,
            "template_id": template_id,
            "data": {k: {"value": v} if isinstance(v, str) else dict(v) for k, v in data.items()},
        }
        if url:
            body["url"] = url
        if client_msg_id:
            # WeChat drops repeats of (openid, client_msg_id) for 10 min: safe retries.
            body["client_msg_id"] = client_msg_id
        path = "/cgi-bin/message/template/send"
        payload = await self._call("POST", path, json_body=body, once=True)
        return int(payload.get("msgid") or 0)


class WorkClient(BaseClient):
    """WeCom self-built app client (gettoken, app messages, template cards, media)."""

    # gettoken returns the same token until it expires; an early refresh would just
    # get it back, so rely on 42001 -> refresh instead.
    expiry_margin_s = 0.0

    def __init__(
        self,
        corp_id: str,
        agent_id: int,
        secret: str,
        store: TokenStore,
        *,
        base_url: str = WORK_BASE_URL,
        session: aiohttp.ClientSession | None = None,
        **options: Any,
    ) -> None:
        super().__init__(store, base_url=base_url, session=session, **options)
        self.corp_id = corp_id
        self.agent_id = agent_id
        self._secret = secret

    @property
    def token_key(self) -> str:
        """TokenStore key: WeCom tokens are per corp + app secret, hence per agent."""
        return f"work:{self.corp_id}:{self.agent_id}"

    async def _fetch_token(self, stale: str | None) -> tuple[str, float]:
        path = "/cgi-bin/gettoken"
        params = {"corpid": self.corp_id, "corpsecret": self._secret}
        return self._token_from(path, await self._request("GET", path, params=params))

    async def _send(self, userid: str, msgtype: str, content: Mapping[str, Any]) -> dict[str, Any]:
        body = {"touser": userid, "msgtype": msgtype, "agentid": self.agent_id, msgtype: content}
        payload = await self._call("POST", "/cgi-bin/message/send", json_body=body, once=True)
        if payload.get("invaliduser"):
            # errcode stays 0 when only some recipients are invalid.
            log.warning("WeCom rejected recipients: %s", payload["invaliduser"])
        return payload

    async def send_text(self, userid: str, text: str) -> None:
        """App text message to one member."""
        await self._send(userid, "text", {"content": text})

    async def send_image(self, userid: str, media_id: str) -> None:
        """App image message to one member."""
        await self._send(userid, "image", {"media_id": media_id})

    async def send_template_card(self, userid: str, card: Mapping[str, Any]) -> str | None:
        """Send a template card (e.g. button_interaction); returns its response_code.

        response_code allows one update_template_card call within 72 h; cards that
        cannot call back (no buttons / action_menu) come back without one (None).
        """
        payload = await self._send(userid, "template_card", dict(card))
        code = payload.get("response_code")
        return code if isinstance(code, str) and code else None

    async def update_template_card(
        self, userids: Sequence[str], response_code: str, button_replace_name: str
    ) -> None:
        """Turn the card's buttons into a disabled button labelled button_replace_name."""
        body = {
            "userids": list(userids),
            "agentid": self.agent_id,
            "response_code": response_code,
            "button": {"replace_name": button_replace_name},
        }
        # once: a response_code allows one update, so a blind repeat could only be refused.
        path = "/cgi-bin/message/update_template_card"
        await self._call("POST", path, json_body=body, once=True)
