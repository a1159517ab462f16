"""Sending side of callbacks: act like WeChat's servers towards our own endpoints.

Used by `waterbot chat` (terminal client), the demo and the tests. Produces exactly
what WeChat / WeCom POST (signed query string, optionally AES-encrypted XML body)
and decodes the passive reply that comes back.
"""

from __future__ import annotations

import base64
import os
import secrets
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from wechatpy.crypto import PrpCrypto as MpPrpCrypto
from wechatpy.exceptions import WeChatException
from wechatpy.work.crypto import PrpCrypto as WorkPrpCrypto

from bot.channels.protocol import (
    BadSignature,
    MalformedBody,
    compute_signature,
    decode_aes_key,
    verify_signature,
)
from bot.channels.xmlsafe import UnsafeXml, parse_xml, render_xml
from bot.devtools.wire_messages import (
    mp_click,
    mp_event,
    mp_image,
    mp_location,
    mp_subscribe,
    mp_text,
    mp_voice,
    work_click,
    work_image,
    work_location,
    work_location_event,
    work_template_card_event,
    work_text,
    work_voice,
)

__all__ = [
    "PassiveReply",
    "build_mp_callback",
    "build_mp_url_check",
    "build_work_callback",
    "build_work_url_check",
    "decode_reply",
    "mp_click",
    "mp_event",
    "mp_image",
    "mp_location",
    "mp_subscribe",
    "mp_text",
    "mp_voice",
    "new_aes_key",
    "work_click",
    "work_image",
    "work_location",
    "work_location_event",
    "work_template_card_event",
    "work_text",
    "work_voice",
]

XmlMessage = str | Mapping[str, Any]


def new_aes_key() -> str:
    """A fresh random 43-character EncodingAESKey."""
    return base64.b64encode(os.urandom(32)).decode("ascii").rstrip("=")


def _nonce() -> str:
    # MP nonces are decimal digits; WeCom's are alphanumeric. Digits satisfy both.
    return str(secrets.randbelow(10**10))


def _now() -> str:
    return str(int(time.time()))


def _encrypt(channel: str, aes_key: str, receiver_id: str, xml: str) -> str:
    key = decode_aes_key(aes_key)
    prp = MpPrpCrypto(key) if channel == "mp" else WorkPrpCrypto(key)
    return bytes(prp.encrypt(xml, receiver_id)).decode("ascii")


def _as_xml(message: XmlMessage) -> str:
    return message if isinstance(message, str) else render_xml(message)


def _envelope_fields(xml: str) -> dict[str, Any]:
    # Tests deliberately send hostile XML; the envelope then just lacks these fields.
    try:
        return parse_xml(xml)
    except UnsafeXml:
        return {}


def build_mp_callback(
    token: str,
    aes_key: str | None,
    appid: str,
    message: XmlMessage,
    *,
    timestamp: str | None = None,
    nonce: str | None = None,
) -> tuple[dict[str, str], bytes]:
    """Signed MP POST (plain mode when aes_key is None, else safe mode)."""
    xml = _as_xml(message)
    fields = _envelope_fields(xml)
    ts, nc = timestamp or _now(), nonce or _nonce()
    params = {
        "signature": compute_signature(token, ts, nc),
        "timestamp": ts,
        "nonce": nc,
        "openid": str(fields.get("FromUserName", "")),
    }
    if aes_key is None:
        return params, xml.encode("utf-8")
    encrypt = _encrypt("mp", aes_key, appid, xml)
    params["encrypt_type"] = "aes"
    params["msg_signature"] = compute_signature(token, ts, nc, encrypt)
    body = render_xml({"ToUserName": str(fields.get("ToUserName", "")), "Encrypt": encrypt})
    return params, body.encode("utf-8")


def build_work_callback(
    token: str,
    aes_key: str,
    corp_id: str,
    message: XmlMessage,
    *,
    timestamp: str | None = None,
    nonce: str | None = None,
) -> tuple[dict[str, str], bytes]:
    """Signed, encrypted WeCom POST (WeCom has no plain mode)."""
    xml = _as_xml(message)
    agent_id = _envelope_fields(xml).get("AgentID", "")
    ts, nc = timestamp or _now(), nonce or _nonce()
    encrypt = _encrypt("work", aes_key, corp_id, xml)
    params = {
        "msg_signature": compute_signature(token, ts, nc, encrypt),
        "timestamp": ts,
        "nonce": nc,
    }
    envelope: dict[str, Any] = {"ToUserName": corp_id, "AgentID": agent_id, "Encrypt": encrypt}
    return params, render_xml(envelope).encode("utf-8")


def build_mp_url_check(token: str, echostr: str, *, timestamp: str | None = None) -> dict[str, str]:
    """Query string of the GET that MP sends when the callback URL is saved."""
    ts, nc = timestamp or _now(), _nonce()
    sig = compute_signature(token, ts, nc)
    return {"signature": sig, "timestamp": ts, "nonce": nc, "echostr": echostr}


def build_work_url_check(
    token: str, aes_key: str, corp_id: str, plaintext: str, *, timestamp: str | None = None
) -> dict[str, str]:
    """Query string of WeCom's GET URL check (echostr is encrypted, then signed)."""
    ts, nc = timestamp or _now(), _nonce()
    echostr = _encrypt("work", aes_key, corp_id, plaintext)
    sig = compute_signature(token, ts, nc, echostr)
    return {"msg_signature": sig, "timestamp": ts, "nonce": nc, "echostr": echostr}


@dataclass(frozen=True)
class PassiveReply:
    """A decoded passive reply as the user's phone would render it."""

    msg_type: str
    to_user: str
    from_user: str
    content: str | None = None
    media_id: str | None = None
    replace_name: str | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


def _open(body: str, token: str, aes_key: str | None, receiver_id: str, channel: str) -> str:
    outer = parse_xml(body)
    encrypt = outer.get("Encrypt")
    if not isinstance(encrypt, str):
        return body
    if aes_key is None:
        raise MalformedBody("encrypted reply but no EncodingAESKey given")
    ts, nc, sig = (str(outer.get(k, "")) for k in ("TimeStamp", "Nonce", "MsgSignature"))
    if not verify_signature(token, ts, nc, sig, encrypt):
        raise BadSignature("reply MsgSignature does not match")
    prp = (
        MpPrpCrypto(decode_aes_key(aes_key))
        if channel == "mp"
        else WorkPrpCrypto(decode_aes_key(aes_key))
    )
    try:
        return str(prp.decrypt(encrypt, receiver_id))
    except WeChatException as exc:
        raise BadSignature("reply encrypted for another app id") from exc


def decode_reply(
    body: bytes | str, *, token: str, aes_key: str | None, receiver_id: str, channel: str = "mp"
) -> PassiveReply | None:
    """Verify, decrypt and parse a passive reply; None for an empty / "success" answer."""
    text = body.decode("utf-8") if isinstance(body, bytes) else body
    if text.strip() in ("", "success"):
        return None
    try:
        raw = parse_xml(_open(text, token, aes_key, receiver_id, channel))
    except UnsafeXml as exc:
        raise MalformedBody(str(exc)) from exc
    image, button = raw.get("Image"), raw.get("Button")
    return PassiveReply(
        msg_type=str(raw.get("MsgType", "")),
        to_user=str(raw.get("ToUserName", "")),
        from_user=str(raw.get("FromUserName", "")),
        content=raw.get("Content"),
        media_id=image.get("MediaId") if isinstance(image, dict) else None,
        replace_name=button.get("ReplaceName") if isinstance(button, dict) else None,
        raw=raw,
    )
