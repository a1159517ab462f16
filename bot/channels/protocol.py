"""Receiving side of WeChat MP and WeCom callbacks: signatures, AES, parsing, replies.

Transport only: no domain imports. One CallbackCodec serves both channels because
MP safe mode and WeCom use the same WXBizMsgCrypt scheme (sha1 signature over sorted
token/timestamp/nonce/encrypt, AES-256-CBC with the 43-char EncodingAESKey).

WeChat waits 5 s for the passive reply and then retries (three times in all) with
the same MsgId / CreateTime, so callers answer fast and dedupe on Incoming.dedupe_key.
Read at most MAX_BODY_BYTES + 1 from the request before calling decode().
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import re
import struct
from collections.abc import Mapping
from typing import Any, ClassVar

from wechatpy.crypto import PrpCrypto as MpPrpCrypto
from wechatpy.crypto import WeChatCrypto as MpCrypto
from wechatpy.exceptions import WeChatException
from wechatpy.work.crypto import PrpCrypto as WorkPrpCrypto
from wechatpy.work.crypto import WeChatCrypto as WorkCrypto

from bot.channels.incoming import Channel, Incoming, build_incoming
from bot.channels.replies import (
    EMPTY_REPLY,
    ReplyXml,
    image_reply,
    text_reply,
    update_button_reply,
)
from bot.channels.xmlsafe import UnsafeXml, cdata, parse_xml

__all__ = [
    "EMPTY_REPLY",
    "MAX_BODY_BYTES",
    "BadSignature",
    "BodyTooLarge",
    "CallbackCodec",
    "CallbackRejected",
    "Channel",
    "Incoming",
    "MalformedBody",
    "ReplyXml",
    "StaleTimestamp",
    "cdata",
    "check_timestamp",
    "compute_signature",
    "decode_aes_key",
    "image_reply",
    "text_reply",
    "update_button_reply",
    "verify_signature",
]

# WeChat bodies are a few hundred bytes; 64 KiB leaves room and caps parser work.
MAX_BODY_BYTES = 64 * 1024
TIMESTAMP_WINDOW_S = 300
# OA openids are 28 URL-safe characters; WeCom user ids are 1-64 letters, digits and "_-@.".
# Anything else did not come from WeChat, and would not fit the columns keyed by it.
WECHAT_ID = re.compile(r"[A-Za-z0-9][A-Za-z0-9_\-@.]{0,63}")


class CallbackRejected(Exception):
    """A callback we refuse; `status` is the HTTP status to answer with."""

    status: ClassVar[int] = 400

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class BadSignature(CallbackRejected):
    """Signature missing or wrong, or encrypted for another app id."""

    status = 403


class StaleTimestamp(CallbackRejected):
    """Timestamp missing, not a number, or outside the replay window."""

    status = 403


class BodyTooLarge(CallbackRejected):
    """Body exceeds MAX_BODY_BYTES."""

    status = 413


class MalformedBody(CallbackRejected):
    """Body is not safe, well-formed, decryptable WeChat XML."""

    status = 400


def compute_signature(token: str, timestamp: str, nonce: str, encrypt: str | None = None) -> str:
    """sha1 hex of the lexicographically sorted, concatenated parts (WeChat's scheme)."""
    parts = sorted(p for p in (token, timestamp, nonce, encrypt) if p is not None)
    return hashlib.sha1("".join(parts).encode("utf-8")).hexdigest()


def verify_signature(
    token: str, timestamp: str, nonce: str, signature: str, encrypt: str | None = None
) -> bool:
    """Constant-time check of a callback signature (`signature` or `msg_signature`)."""
    expected = compute_signature(token, timestamp, nonce, encrypt).encode("ascii")
    # Bytes, not str: compare_digest raises TypeError on non-ASCII str input.
    return hmac.compare_digest(expected, signature.encode("utf-8"))


def check_timestamp(timestamp: str, now: float, window_s: int = TIMESTAMP_WINDOW_S) -> bool:
    """True if the callback timestamp is within window_s of now (either direction)."""
    try:
        value = int(timestamp)
    except (TypeError, ValueError):
        return False
    return abs(now - value) <= window_s


def decode_aes_key(aes_key: str) -> bytes:
    """Validate a 43-char EncodingAESKey and return the 32-byte AES key."""
    # wechatpy only `assert`s the length, which vanishes under python -O.
    try:
        key = base64.b64decode(aes_key + "=", validate=True) if len(aes_key) == 43 else b""
    except binascii.Error:
        key = b""
    if len(key) != 32:
        raise ValueError("EncodingAESKey must be 43 base64 characters encoding 32 bytes")
    return key


def _param(params: Mapping[str, str], name: str, error: type[CallbackRejected]) -> str:
    value = params.get(name)
    if not value:
        raise error(f"missing query parameter {name!r}")
    return value


def _safe_parse(data: bytes | str) -> dict[str, Any]:
    try:
        return parse_xml(data)
    except UnsafeXml as exc:
        raise MalformedBody(str(exc)) from exc


def _utf8(body: bytes) -> str:
    try:
        return body.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise MalformedBody("body is not UTF-8") from exc


class CallbackCodec:
    """Verifies, decrypts and parses callbacks; encrypts passive replies. Both channels."""

    def __init__(
        self,
        channel: Channel,
        token: str,
        app_id: str,
        aes_key: str | None = None,
        *,
        allow_plain: bool = False,
        window_s: int = TIMESTAMP_WINDOW_S,
    ) -> None:
        if channel == "work" and aes_key is None:
            raise ValueError("WeCom callbacks are always encrypted: aes_key is required")
        self.channel: Channel = channel
        self.token = token
        self.app_id = app_id
        self.window_s = window_s
        # Plain-mode signatures do not cover the body, so once safe mode is configured
        # a plaintext POST is refused unless explicitly allowed (MP "compatible" rollout).
        self.allow_plain = allow_plain or aes_key is None
        self._key = decode_aes_key(aes_key) if aes_key is not None else None
        crypto_cls = MpCrypto if channel == "mp" else WorkCrypto
        self._crypto = crypto_cls(token, aes_key, app_id) if aes_key is not None else None

    @classmethod
    def mp(cls, token: str, app_id: str, aes_key: str | None = None, **kw: Any) -> CallbackCodec:
        """Codec for an Official Account (aes_key None = plain mode)."""
        return cls("mp", token, app_id, aes_key, **kw)

    @classmethod
    def work(cls, token: str, corp_id: str, aes_key: str, **kw: Any) -> CallbackCodec:
        """Codec for a WeCom self-built app callback."""
        return cls("work", token, corp_id, aes_key, **kw)

    def _check_signature(self, params: Mapping[str, str], name: str, encrypt: str | None) -> None:
        signature = _param(params, name, BadSignature)
        timestamp = _param(params, "timestamp", StaleTimestamp)
        nonce = _param(params, "nonce", BadSignature)
        if not verify_signature(self.token, timestamp, nonce, signature, encrypt):
            raise BadSignature(f"{name} does not match")

    def _check_time(self, params: Mapping[str, str], now: float) -> None:
        timestamp = _param(params, "timestamp", StaleTimestamp)
        if not check_timestamp(timestamp, now, self.window_s):
            raise StaleTimestamp(f"timestamp {timestamp!r} outside the {self.window_s}s window")

    def _decrypt(self, encrypt: str) -> str:
        if self._key is None:
            raise MalformedBody("encrypted callback but no EncodingAESKey configured")
        prp = MpPrpCrypto(self._key) if self.channel == "mp" else WorkPrpCrypto(self._key)
        try:
            return str(prp.decrypt(encrypt, self.app_id))
        except WeChatException as exc:
            raise BadSignature("ciphertext is addressed to another app id") from exc
        except (ValueError, struct.error, IndexError) as exc:
            # ValueError covers bad base64, bad block length and bad UTF-8.
            raise MalformedBody("ciphertext cannot be decrypted") from exc

    def verify_url(self, params: Mapping[str, str], now: float | None = None) -> str:
        """Answer the GET URL check: MP returns echostr as-is, WeCom decrypts it."""
        if now is not None:
            self._check_time(params, now)
        echostr = _param(params, "echostr", MalformedBody)
        if self.channel == "mp":
            self._check_signature(params, "signature", None)
            return echostr
        self._check_signature(params, "msg_signature", echostr)
        return self._decrypt(echostr)

    def decode(self, params: Mapping[str, str], body: bytes, now: float) -> tuple[Incoming, bool]:
        """Verify and parse a POST callback; returns (message, was_encrypted)."""
        if len(body) > MAX_BODY_BYTES:
            raise BodyTooLarge(f"body larger than {MAX_BODY_BYTES} bytes")
        self._check_time(params, now)
        encrypted = self.channel == "work" or params.get("encrypt_type", "").lower() == "aes"
        if encrypted:
            outer = _safe_parse(body)
            encrypt = outer.get("Encrypt")
            if not isinstance(encrypt, str) or not encrypt:
                raise MalformedBody("encrypted callback without <Encrypt>")
            self._check_signature(params, "msg_signature", encrypt)
            xml_text = self._decrypt(encrypt)
        else:
            if not self.allow_plain:
                raise BadSignature("plaintext callback refused: safe mode is configured")
            self._check_signature(params, "signature", None)
            xml_text = _utf8(body)
        return self._to_incoming(xml_text), encrypted

    def _to_incoming(self, xml_text: str) -> Incoming:
        raw = _safe_parse(xml_text)
        for required in ("ToUserName", "FromUserName", "CreateTime", "MsgType"):
            if not isinstance(raw.get(required), str) or not raw[required]:
                raise MalformedBody(f"message without <{required}>")
        if raw["MsgType"].lower() == "event" and not raw.get("Event"):
            raise MalformedBody("event without <Event>")
        if not WECHAT_ID.fullmatch(raw["FromUserName"]):
            raise MalformedBody(f"<FromUserName> is not a WeChat id: {raw['FromUserName'][:80]!r}")
        try:
            return build_incoming(self.channel, xml_text, raw)
        except (KeyError, TypeError, ValueError) as exc:
            raise MalformedBody(f"unparseable message: {exc}") from exc

    def encode_reply(
        self,
        incoming: Incoming,
        reply: ReplyXml | str,
        *,
        encrypted: bool,
        nonce: str,
        timestamp: str | int,
    ) -> str:
        """Render a passive reply body; a plain str becomes a text reply."""
        xml = (text_reply(incoming, reply) if isinstance(reply, str) else reply).xml
        if not encrypted:
            return xml
        if self._crypto is None:
            raise ValueError("cannot encrypt a reply without an EncodingAESKey")
        return str(self._crypto.encrypt_message(xml, nonce, str(timestamp)))
