"""What an outbox message may carry: the payload rules, checked when it is enqueued.

Payloads by kind (channel 'mp' = Official Account, 'work' = WeCom):
- text: {"text": str}
- image: {"media_id": str} or {"image_b64": str, "filename": str} (uploaded at send time);
  on WeCom also {"mp_media_id": str, "unfetched_text": str}: a customer's picture, downloaded
  from the Official Account and uploaded at send time, the text sent instead when it cannot be had
- template (mp): {"template_id": str, "data": {name: str | {"value": ...}}, "url"?: str}
- template_card (work): {"card": {"card_type": ..., ...}}
- card_update (work): {"card_message_id": int} or {"response_code": str}, and "replace_name"
MP text and image may carry "fallback_template" ({"template_id", "data", "url"?}), pushed when
the custom message is refused outside the 48-hour service window (45015 / 45047).
"""

from __future__ import annotations

import base64
import binascii
from collections.abc import Mapping
from typing import Any

KINDS: dict[str, frozenset[str]] = {
    "mp": frozenset({"text", "image", "template"}),
    "work": frozenset({"text", "image", "template_card", "card_update"}),
}


class OutboxPayloadError(ValueError):
    """A message that no sender could deliver (unknown channel or kind, malformed payload)."""


def _need_str(payload: Mapping[str, Any], key: str, what: str) -> None:
    value = payload.get(key)
    if not isinstance(value, str) or not value:
        raise OutboxPayloadError(f"{what} payload needs a non-empty string {key!r}")


def _check_template(payload: Mapping[str, Any], what: str) -> None:
    _need_str(payload, "template_id", what)
    if not isinstance(payload.get("data"), dict):
        raise OutboxPayloadError(f"{what} payload needs a 'data' object")
    if payload.get("url") is not None and not isinstance(payload["url"], str):
        raise OutboxPayloadError(f"{what} 'url' must be a string")


def _check_image(channel: str, payload: Mapping[str, Any]) -> None:
    if "mp_media_id" in payload and channel == "work":
        _need_str(payload, "mp_media_id", "image")
        _need_str(payload, "unfetched_text", "image")
        return
    if "media_id" in payload:
        _need_str(payload, "media_id", "image")
        return
    _need_str(payload, "image_b64", "image")
    _need_str(payload, "filename", "image")
    try:
        base64.b64decode(payload["image_b64"], validate=True)
    except (binascii.Error, ValueError) as exc:
        raise OutboxPayloadError("image 'image_b64' is not valid base64") from exc


def _check_card_update(payload: Mapping[str, Any]) -> None:
    # The code comes from the card's send (found through its message) or from a tap's event.
    if "response_code" in payload:
        _need_str(payload, "response_code", "card_update")
    elif not isinstance(payload.get("card_message_id"), int):
        raise OutboxPayloadError("card_update needs a 'card_message_id' or a 'response_code'")
    _need_str(payload, "replace_name", "card_update")


def validate(channel: str, recipient: str, kind: str, payload: Mapping[str, Any]) -> None:
    """Raise OutboxPayloadError unless a sender can deliver this message."""
    if kind not in KINDS.get(channel, frozenset()):
        raise OutboxPayloadError(f"cannot send {kind!r} on channel {channel!r}")
    if not recipient or len(recipient) > 64:
        raise OutboxPayloadError("recipient must be 1 to 64 characters")
    if kind == "text":
        _need_str(payload, "text", "text")
    elif kind == "image":
        _check_image(channel, payload)
    elif kind == "template":
        _check_template(payload, "template")
    elif kind == "card_update":
        _check_card_update(payload)
    elif not isinstance(payload.get("card"), dict) or "card_type" not in payload["card"]:
        raise OutboxPayloadError("template_card payload needs a 'card' with a 'card_type'")
    if "fallback_template" in payload:
        if channel != "mp" or kind not in ("text", "image"):
            raise OutboxPayloadError("fallback_template only applies to MP text and image")
        fallback = payload["fallback_template"]
        if not isinstance(fallback, dict):
            raise OutboxPayloadError("fallback_template must be an object")
        _check_template(fallback, "fallback_template")
