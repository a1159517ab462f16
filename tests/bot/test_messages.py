"""Message parsing into Incoming, dedupe keys, passive replies and CDATA safety."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Any

import pytest

from bot.channels.protocol import (
    CallbackCodec,
    Incoming,
    cdata,
    image_reply,
    text_reply,
    update_button_reply,
)
from bot.devtools import wire

TOKEN = "waterbot_token"
APPID = "wx1234567890abcdef"
CORP = "ww1234567890abcdef"
AGENT = 1000002
NOW = 1_700_000_000


def decode_mp(xml: str) -> Incoming:
    params, body = wire.build_mp_callback(TOKEN, None, APPID, xml, timestamp=str(NOW))
    return CallbackCodec.mp(TOKEN, APPID).decode(params, body, NOW)[0]


def decode_work(xml: str) -> tuple[Incoming, CallbackCodec, str]:
    key = wire.new_aes_key()
    codec = CallbackCodec.work(TOKEN, CORP, key)
    params, body = wire.build_work_callback(TOKEN, key, CORP, xml, timestamp=str(NOW))
    return codec.decode(params, body, NOW)[0], codec, key


@pytest.mark.parametrize(
    ("xml", "expected"),
    [
        (
            wire.mp_subscribe("o1", "station-3", created_at=NOW),
            {
                "msg_type": "event",
                "event": "subscribe",
                "scene": "station-3",
                "event_key": "qrscene_station-3",
            },
        ),
        (wire.mp_subscribe("o1", created_at=NOW), {"event": "subscribe", "scene": None}),
        (wire.mp_event("o1", "unsubscribe", created_at=NOW), {"event": "unsubscribe"}),
        (
            wire.mp_event("o1", "SCAN", "station-9", created_at=NOW),
            {"event": "scan", "scene": "station-9"},
        ),
        (
            wire.mp_click("o1", "ORDER_AGAIN", created_at=NOW),
            {"event": "click", "event_key": "ORDER_AGAIN"},
        ),
        (
            wire.mp_location("o1", 31.2304, 121.4737, "上海市黄浦区", created_at=NOW),
            {
                "msg_type": "location",
                "latitude": 31.2304,
                "longitude": 121.4737,
                "label": "上海市黄浦区",
            },
        ),
        (
            wire.mp_image("o1", "MEDIA1", "http://mmbiz/x.jpg", created_at=NOW),
            {"msg_type": "image", "media_id": "MEDIA1", "pic_url": "http://mmbiz/x.jpg"},
        ),
        (
            wire.mp_voice("o1", "VOICE1", "送两桶水", created_at=NOW),
            {"msg_type": "voice", "content": "送两桶水", "media_id": "VOICE1"},
        ),
        (
            wire.mp_voice("o1", "VOICE2", None, created_at=NOW),
            {"msg_type": "voice", "content": None},
        ),
    ],
)
def test_mp_messages_and_events_parse(xml: str, expected: dict[str, Any]) -> None:
    incoming = decode_mp(xml)
    assert incoming.sender == "o1" and incoming.created_at == NOW
    for name, value in expected.items():
        assert getattr(incoming, name) == value, name


def test_work_template_card_event_fields() -> None:
    xml = wire.work_template_card_event(
        "courier7",
        corp_id=CORP,
        agent_id=AGENT,
        event_key="accept:1042",
        task_id="order-1042-v1",
        response_code="RC_abc",
        created_at=NOW,
    )
    incoming, _, _ = decode_work(xml)
    assert incoming.msg_type == "event" and incoming.event == "template_card_event"
    assert incoming.event_key == "accept:1042"
    assert incoming.task_id == "order-1042-v1"
    assert incoming.card_type == "button_interaction"
    assert incoming.response_code == "RC_abc"
    assert (incoming.agent_id, incoming.recipient, incoming.msg_id) == (AGENT, CORP, None)


def test_work_click_event() -> None:
    incoming, _, _ = decode_work(
        wire.work_click("courier7", "MY_TASKS", corp_id=CORP, agent_id=AGENT, created_at=NOW)
    )
    assert (incoming.event, incoming.event_key, incoming.agent_id) == ("click", "MY_TASKS", AGENT)


def test_dedupe_key_for_messages_and_events() -> None:
    msg = decode_mp(wire.mp_text("o1", "hi", msg_id=6054768590064713728, created_at=NOW))
    assert msg.dedupe_key == "6054768590064713728"
    click = decode_mp(wire.mp_click("o1", "ORDER", created_at=NOW))
    assert click.dedupe_key == f"o1:{NOW}:click:ORDER:"
    # WeChat retries an unanswered event with the same sender + CreateTime.
    assert decode_mp(wire.mp_click("o1", "ORDER", created_at=NOW)).dedupe_key == click.dedupe_key
    assert decode_mp(wire.mp_click("o1", "ORDER", created_at=NOW + 1)).dedupe_key != (
        click.dedupe_key
    )
    card, _, _ = decode_work(
        wire.work_template_card_event(
            "c1",
            corp_id=CORP,
            agent_id=AGENT,
            event_key="done",
            task_id="t9",
            response_code="rc",
            created_at=NOW,
        )
    )
    assert card.dedupe_key == f"c1:{NOW}:template_card_event:done:t9"


# ---- replies and CDATA ------------------------------------------------------------------
NASTY = "a]]>b ]]]]> <![CDATA[ & < > \" ' 水]]>"


def test_cdata_split_survives_a_real_parser() -> None:
    doc = ET.fromstring(f"<xml><Content>{cdata(NASTY)}</Content></xml>")
    assert doc.findtext("Content") == NASTY


def test_cdata_drops_characters_xml_cannot_carry() -> None:
    wrapped = cdata("ok\x00\x08\x1b done")
    doc = ET.fromstring(f"<xml><C>{wrapped}</C></xml>")
    assert doc.findtext("C") == "ok done"


def test_text_reply_round_trips_exact_text() -> None:
    incoming = decode_mp(wire.mp_text("o1", "hi", created_at=NOW))
    reply = text_reply(incoming, NASTY, created_at=NOW + 1)
    doc = ET.fromstring(reply.xml)
    assert doc.findtext("Content") == NASTY
    assert doc.findtext("ToUserName") == "o1"
    assert doc.findtext("FromUserName") == incoming.recipient
    assert (doc.findtext("MsgType"), doc.findtext("CreateTime")) == ("text", str(NOW + 1))


def test_image_reply_shape() -> None:
    incoming = decode_mp(wire.mp_text("o1", "hi", created_at=NOW))
    doc = ET.fromstring(image_reply(incoming, "MEDIA_9").xml)
    assert doc.findtext("MsgType") == "image"
    assert doc.findtext("Image/MediaId") == "MEDIA_9"


def test_plain_mode_reply_is_the_xml_itself() -> None:
    incoming = decode_mp(wire.mp_text("o1", "hi", created_at=NOW))
    codec = CallbackCodec.mp(TOKEN, APPID)
    out = codec.encode_reply(incoming, NASTY, encrypted=False, nonce="1", timestamp=NOW)
    parsed = wire.decode_reply(out, token=TOKEN, aes_key=None, receiver_id=APPID)
    assert parsed is not None and parsed.content == NASTY
    assert wire.decode_reply("success", token=TOKEN, aes_key=None, receiver_id=APPID) is None


def test_update_button_reply_for_template_card() -> None:
    xml = wire.work_template_card_event(
        "courier7",
        corp_id=CORP,
        agent_id=AGENT,
        event_key="accept:1",
        task_id="t1",
        response_code="rc",
        created_at=NOW,
    )
    incoming, codec, key = decode_work(xml)
    reply = update_button_reply(incoming, "已接单")
    out = codec.encode_reply(incoming, reply, encrypted=True, nonce="n", timestamp=NOW)
    parsed = wire.decode_reply(out, token=TOKEN, aes_key=key, receiver_id=CORP, channel="work")
    assert parsed is not None
    assert (parsed.msg_type, parsed.replace_name, parsed.to_user) == (
        "update_button",
        "已接单",
        "courier7",
    )
