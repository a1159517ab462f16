"""Platform-neutral view of one WeChat / WeCom callback message."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

import wechatpy
import wechatpy.work

Channel = Literal["mp", "work"]

_SCENE_PREFIX = "qrscene_"


@dataclass(frozen=True)
class Incoming:
    """One decoded callback: a user message or an event, from either channel."""

    channel: Channel
    sender: str
    recipient: str
    created_at: int
    msg_type: str
    msg_id: str | None = None
    content: str | None = None
    event: str | None = None
    event_key: str | None = None
    scene: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    precision: float | None = None  # metres, the LOCATION event's accuracy
    label: str | None = None
    media_id: str | None = None
    pic_url: str | None = None
    task_id: str | None = None
    card_type: str | None = None
    response_code: str | None = None
    agent_id: int | None = None
    raw: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)

    @property
    def dedupe_key(self) -> str:
        """MsgId for messages; events have none, so WeChat's own rule (sender + time) is used."""
        if self.msg_id:
            return self.msg_id
        parts = (self.sender, self.created_at, self.event, self.event_key, self.task_id)
        return ":".join("" if p is None else str(p) for p in parts)


def _text(value: Any) -> str | None:
    return value if isinstance(value, str) and value != "" else None


def _float(value: Any) -> float | None:
    try:
        return float(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _int(value: Any) -> int | None:
    try:
        return int(value) if value not in (None, "") else None
    except (TypeError, ValueError):
        return None


def _message_fields(msg: Any) -> dict[str, Any]:
    """Type-specific fields of a wechatpy message object (text/voice/image/location)."""
    kind = getattr(msg, "type", "")
    if kind == "text":
        return {"content": msg.content}
    if kind == "voice":
        # Speech recognition must be switched on in the MP console; absent -> None.
        return {"content": _text(msg.recognition), "media_id": msg.media_id}
    if kind == "image":
        return {"media_id": msg.media_id, "pic_url": msg.image}
    if kind == "location":
        return {
            "latitude": _float(msg.location_x),
            "longitude": _float(msg.location_y),
            "label": _text(msg.label),
        }
    return {}


def _event_fields(raw: Mapping[str, Any]) -> dict[str, Any]:
    """Event fields read from the raw XML (wechatpy renames subscribe+qrscene events)."""
    event = str(raw.get("Event") or "").lower()
    key = _text(raw.get("EventKey"))
    fields: dict[str, Any] = {"event": event, "event_key": key}
    if event == "subscribe" and key and key.startswith(_SCENE_PREFIX):
        fields["scene"] = key[len(_SCENE_PREFIX) :]
    elif event == "scan":
        fields["scene"] = key
    elif event == "location":
        fields["latitude"] = _float(raw.get("Latitude"))
        fields["longitude"] = _float(raw.get("Longitude"))
        fields["precision"] = _float(raw.get("Precision"))
    elif event == "template_card_event":
        # Not modelled by wechatpy 2.0.0a26 at all (parses as UnknownMessage).
        fields["task_id"] = _text(raw.get("TaskId"))
        fields["card_type"] = _text(raw.get("CardType"))
        fields["response_code"] = _text(raw.get("ResponseCode"))
    return fields


_PARSERS: dict[str, Callable[[str], Any]] = {
    "mp": wechatpy.parse_message,
    "work": wechatpy.work.parse_message,
}


def build_incoming(channel: Channel, xml_text: str, raw: Mapping[str, Any]) -> Incoming:
    """Build an Incoming from already-validated XML text and its parsed dict."""
    msg = _PARSERS[channel](xml_text)
    msg_type = str(raw.get("MsgType") or "").lower()
    extra = _event_fields(raw) if msg_type == "event" else _message_fields(msg)
    msg_id = _int(raw.get("MsgId"))
    return Incoming(
        channel=channel,
        sender=msg.source or "",
        recipient=msg.target or "",
        created_at=int(msg.time or 0),
        msg_type=msg_type,
        msg_id=str(msg_id) if msg_id else None,
        agent_id=_int(raw.get("AgentID")) if channel == "work" else None,
        raw=raw,
        **extra,
    )
