"""XML of the messages WeChat / WeCom push to us, for the wire simulator and tests.

Field names and casing follow the official "receiving messages" docs exactly.
"""

from __future__ import annotations

import secrets
import time
from typing import Any

from bot.channels.xmlsafe import render_xml

DEFAULT_MP_ID = "gh_waterbot"


def _base(sender: str, recipient: str, msg_type: str, created_at: int | None) -> dict[str, Any]:
    return {
        "ToUserName": recipient,
        "FromUserName": sender,
        "CreateTime": int(time.time()) if created_at is None else created_at,
        "MsgType": msg_type,
    }


def _msg_id(msg_id: int | None) -> int:
    # Real MsgIds are 64-bit integers; uniqueness is what dedupe relies on.
    return msg_id if msg_id is not None else secrets.randbelow(2**62) + 1


def mp_text(
    openid: str,
    content: str,
    *,
    to: str = DEFAULT_MP_ID,
    msg_id: int | None = None,
    created_at: int | None = None,
) -> str:
    """MP text message XML."""
    fields = _base(openid, to, "text", created_at) | {"Content": content, "MsgId": _msg_id(msg_id)}
    return render_xml(fields)


def mp_location(
    openid: str,
    latitude: float,
    longitude: float,
    label: str,
    *,
    to: str = DEFAULT_MP_ID,
    scale: int = 15,
    msg_id: int | None = None,
    created_at: int | None = None,
) -> str:
    """MP location message XML (Location_X is latitude, Location_Y longitude)."""
    fields = _base(openid, to, "location", created_at) | {
        "Location_X": latitude,
        "Location_Y": longitude,
        "Scale": scale,
        "Label": label,
        "MsgId": _msg_id(msg_id),
    }
    return render_xml(fields)


def mp_image(
    openid: str,
    media_id: str,
    pic_url: str,
    *,
    to: str = DEFAULT_MP_ID,
    msg_id: int | None = None,
    created_at: int | None = None,
) -> str:
    """MP image message XML."""
    fields = _base(openid, to, "image", created_at) | {
        "PicUrl": pic_url,
        "MediaId": media_id,
        "MsgId": _msg_id(msg_id),
    }
    return render_xml(fields)


def mp_voice(
    openid: str,
    media_id: str,
    recognition: str | None,
    *,
    to: str = DEFAULT_MP_ID,
    fmt: str = "amr",
    msg_id: int | None = None,
    created_at: int | None = None,
) -> str:
    """MP voice message XML; recognition None = speech recognition switched off."""
    fields = _base(openid, to, "voice", created_at) | {
        "MediaId": media_id,
        "Format": fmt,
        "MsgId": _msg_id(msg_id),
        "Recognition": recognition,
    }
    return render_xml(fields)


def mp_event(
    openid: str,
    event: str,
    event_key: str | None = None,
    *,
    to: str = DEFAULT_MP_ID,
    created_at: int | None = None,
    **extra: Any,
) -> str:
    """MP event XML; event spelled as WeChat does ("subscribe", "CLICK", "SCAN", ...)."""
    fields = _base(openid, to, "event", created_at) | {"Event": event, "EventKey": event_key}
    return render_xml(fields | extra)


def mp_subscribe(
    openid: str, scene: str | None = None, *, to: str = DEFAULT_MP_ID, created_at: int | None = None
) -> str:
    """Follow event; with a scene it is the scan-a-parametric-QR-code-to-follow variant."""
    if scene is None:
        return mp_event(openid, "subscribe", "", to=to, created_at=created_at)
    return mp_event(
        openid,
        "subscribe",
        f"qrscene_{scene}",
        to=to,
        created_at=created_at,
        Ticket=f"ticket-{scene}",
    )


def mp_click(
    openid: str, key: str, *, to: str = DEFAULT_MP_ID, created_at: int | None = None
) -> str:
    """Custom-menu click event XML."""
    return mp_event(openid, "CLICK", key, to=to, created_at=created_at)


def work_text(
    userid: str,
    content: str,
    *,
    corp_id: str,
    agent_id: int,
    msg_id: int | None = None,
    created_at: int | None = None,
) -> str:
    """WeCom text message XML."""
    fields = _base(userid, corp_id, "text", created_at) | {
        "Content": content,
        "MsgId": _msg_id(msg_id),
        "AgentID": agent_id,
    }
    return render_xml(fields)


def work_click(
    userid: str, key: str, *, corp_id: str, agent_id: int, created_at: int | None = None
) -> str:
    """WeCom app-menu click event XML."""
    fields = _base(userid, corp_id, "event", created_at) | {
        "Event": "click",
        "EventKey": key,
        "AgentID": agent_id,
    }
    return render_xml(fields)


def work_location_event(
    userid: str,
    latitude: float,
    longitude: float,
    precision: float = 30.0,
    *,
    corp_id: str,
    agent_id: int,
    created_at: int | None = None,
) -> str:
    """WeCom LOCATION event XML (上报地理位置: sent when the member opens the app)."""
    fields = _base(userid, corp_id, "event", created_at) | {
        "Event": "LOCATION",
        "Latitude": latitude,
        "Longitude": longitude,
        "Precision": precision,
        "AgentID": agent_id,
    }
    return render_xml(fields)


def work_template_card_event(
    userid: str,
    *,
    corp_id: str,
    agent_id: int,
    event_key: str,
    task_id: str,
    response_code: str,
    card_type: str = "button_interaction",
    created_at: int | None = None,
) -> str:
    """WeCom template_card_event XML (a courier pressed a card button)."""
    fields = _base(userid, corp_id, "event", created_at) | {
        "Event": "template_card_event",
        "EventKey": event_key,
        "TaskId": task_id,
        "CardType": card_type,
        "ResponseCode": response_code,
        "AgentID": agent_id,
    }
    return render_xml(fields)


def _work_message(
    userid: str, msg_type: str, corp_id: str, agent_id: int, fields: dict[str, Any]
) -> str:
    base = _base(userid, corp_id, msg_type, None)
    return render_xml(base | fields | {"MsgId": _msg_id(None), "AgentID": agent_id})


def work_location(
    userid: str, latitude: float, longitude: float, label: str, *, corp_id: str, agent_id: int
) -> str:
    """WeCom location message XML (Location_X is latitude, Location_Y longitude)."""
    fields = {"Location_X": latitude, "Location_Y": longitude, "Scale": 15, "Label": label}
    return _work_message(userid, "location", corp_id, agent_id, fields)


def work_image(userid: str, media_id: str, pic_url: str, *, corp_id: str, agent_id: int) -> str:
    """WeCom image message XML."""
    fields = {"PicUrl": pic_url, "MediaId": media_id}
    return _work_message(userid, "image", corp_id, agent_id, fields)


def work_voice(
    userid: str, media_id: str, recognition: str | None, *, corp_id: str, agent_id: int
) -> str:
    """WeCom voice message XML; `recognition` stands for the words a person would say."""
    fields = {"MediaId": media_id, "Format": "amr", "Recognition": recognition}
    return _work_message(userid, "voice", corp_id, agent_id, fields)
