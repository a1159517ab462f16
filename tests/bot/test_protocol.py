"""Callback protocol: signatures, replay window, safe XML, AES, parsing, replies."""

from __future__ import annotations

import hmac
import time
from typing import Any

import pytest

from bot.channels import protocol
from bot.channels.protocol import (
    MAX_BODY_BYTES,
    BadSignature,
    BodyTooLarge,
    CallbackCodec,
    CallbackRejected,
    MalformedBody,
    StaleTimestamp,
    check_timestamp,
    compute_signature,
    decode_aes_key,
    verify_signature,
)
from bot.devtools import wire

TOKEN = "waterbot_token"
APPID = "wx1234567890abcdef"
CORP = "ww1234567890abcdef"
AGENT = 1000002
NOW = 1_700_000_000


def mp_codec(aes_key: str | None = None, **kw: Any) -> CallbackCodec:
    return CallbackCodec.mp(TOKEN, APPID, aes_key, **kw)


def plain_post(xml: str, **overrides: str) -> tuple[dict[str, str], bytes]:
    params, body = wire.build_mp_callback(TOKEN, None, APPID, xml, timestamp=str(NOW))
    return params | overrides, body


# ---- signatures and timestamps ---------------------------------------------------------
def test_signature_matches_wechat_algorithm() -> None:
    # sha1 over the sorted concatenation, as in WeChat's reference implementation.
    import hashlib

    expected = hashlib.sha1("".join(sorted([TOKEN, "1409304348", "xxxxxx"])).encode()).hexdigest()
    assert compute_signature(TOKEN, "1409304348", "xxxxxx") == expected
    assert verify_signature(TOKEN, "1409304348", "xxxxxx", expected)


def test_bad_signature_is_rejected_with_constant_time_compare(monkeypatch: Any) -> None:
    seen: list[tuple[bytes, bytes]] = []
    real = hmac.compare_digest

    def spy(a: bytes, b: bytes) -> bool:
        seen.append((a, b))
        return real(a, b)

    monkeypatch.setattr(protocol.hmac, "compare_digest", spy)
    good = compute_signature(TOKEN, "1", "2", "enc")
    assert verify_signature(TOKEN, "1", "2", good, "enc")
    assert not verify_signature(TOKEN, "1", "2", "0" * 40, "enc")
    assert not verify_signature(TOKEN, "1", "2", good)  # encrypt is part of the digest
    assert not verify_signature(TOKEN, "1", "2", "签名")  # non-ASCII must not raise
    assert len(seen) == 4


def test_check_timestamp_window() -> None:
    assert check_timestamp(str(NOW), NOW)
    assert check_timestamp(str(NOW - 300), NOW)
    assert not check_timestamp(str(NOW - 301), NOW)
    assert not check_timestamp(str(NOW + 301), NOW)
    assert not check_timestamp("yesterday", NOW)


def test_plain_mp_post_decodes() -> None:
    params, body = plain_post(wire.mp_text("oUser1", "来两桶水", msg_id=42, created_at=NOW))
    incoming, encrypted = mp_codec().decode(params, body, NOW)
    assert not encrypted
    assert (incoming.channel, incoming.sender, incoming.content) == ("mp", "oUser1", "来两桶水")
    assert incoming.msg_id == "42"


@pytest.mark.parametrize(
    ("overrides", "error"),
    [
        ({"signature": "0" * 40}, BadSignature),
        ({"signature": ""}, BadSignature),
        ({"nonce": "other"}, BadSignature),
        ({"timestamp": str(NOW - 3600)}, StaleTimestamp),
        ({"timestamp": "abc"}, StaleTimestamp),
    ],
)
def test_rejections_carry_http_status(
    overrides: dict[str, str], error: type[CallbackRejected]
) -> None:
    params, body = plain_post(wire.mp_text("oUser1", "hi", created_at=NOW), **overrides)
    with pytest.raises(error) as info:
        mp_codec().decode(params, body, NOW)
    assert info.value.status == 403
    assert info.value.reason


def test_body_too_large_is_413_before_anything_else() -> None:
    with pytest.raises(BodyTooLarge) as info:
        mp_codec().decode({}, b"x" * (MAX_BODY_BYTES + 1), NOW)
    assert info.value.status == 413


# ---- hostile or broken XML --------------------------------------------------------------
BILLION_LAUGHS = (
    '<?xml version="1.0"?><!DOCTYPE xml [<!ENTITY a "aaaaaaaaaa">'
    '<!ENTITY b "&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;">]>'
    "<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName>"
    "<CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&b;</Content></xml>"
)
XXE = (
    '<!DOCTYPE xml [<!ENTITY x SYSTEM "file:///etc/passwd">]>'
    "<xml><ToUserName>gh</ToUserName><FromUserName>o</FromUserName>"
    "<CreateTime>1</CreateTime><MsgType>text</MsgType><Content>&x;</Content></xml>"
)
BARE_DOCTYPE = "<!DOCTYPE xml><xml><MsgType>text</MsgType></xml>"


@pytest.mark.parametrize("xml", [BILLION_LAUGHS, XXE, BARE_DOCTYPE])
def test_doctype_and_entities_refused_plain(xml: str) -> None:
    params, body = plain_post(xml)
    with pytest.raises(MalformedBody, match=r"DOCTYPE|ENTITY") as info:
        mp_codec().decode(params, body, NOW)
    assert info.value.status == 400


def test_doctype_refused_inside_ciphertext() -> None:
    key = wire.new_aes_key()
    params, body = wire.build_work_callback(TOKEN, key, CORP, XXE, timestamp=str(NOW))
    with pytest.raises(MalformedBody, match="DOCTYPE"):
        CallbackCodec.work(TOKEN, CORP, key).decode(params, body, NOW)


@pytest.mark.parametrize(
    "xml",
    [
        "<xml><Content>unclosed</xml>",
        "not xml at all",
        "<html><MsgType>text</MsgType></html>",
        "<xml><FromUserName>o</FromUserName><CreateTime>1</CreateTime></xml>",
        "<xml><Content>&undefined;</Content></xml>",
    ],
)
def test_malformed_xml_is_400(xml: str) -> None:
    params, body = plain_post(xml)
    with pytest.raises(MalformedBody):
        mp_codec().decode(params, body, NOW)


# ---- AES safe mode ----------------------------------------------------------------------
def test_mp_aes_round_trip_with_fresh_key() -> None:
    key = wire.new_aes_key()
    assert len(key) == 43 and len(decode_aes_key(key)) == 32
    codec = mp_codec(key)
    xml = wire.mp_text("oUser1", "三桶 农夫山泉 ]]> 谢谢", msg_id=7, created_at=NOW)
    params, body = wire.build_mp_callback(TOKEN, key, APPID, xml, timestamp=str(NOW), nonce="99")
    assert params["encrypt_type"] == "aes" and b"oUser1" not in body
    incoming, encrypted = codec.decode(params, body, NOW)
    assert encrypted and incoming.content == "三桶 农夫山泉 ]]> 谢谢"
    out = codec.encode_reply(incoming, "好的 ]]> 马上送", encrypted=True, nonce="5", timestamp=NOW)
    reply = wire.decode_reply(out, token=TOKEN, aes_key=key, receiver_id=APPID)
    assert reply is not None
    assert (reply.msg_type, reply.content) == ("text", "好的 ]]> 马上送")
    assert (reply.to_user, reply.from_user) == ("oUser1", incoming.recipient)


def test_work_aes_round_trip_with_fresh_key() -> None:
    key = wire.new_aes_key()
    codec = CallbackCodec.work(TOKEN, CORP, key)
    xml = wire.work_text("courier7", "已送达", corp_id=CORP, agent_id=AGENT, created_at=NOW)
    params, body = wire.build_work_callback(TOKEN, key, CORP, xml, timestamp=str(NOW))
    incoming, encrypted = codec.decode(params, body, NOW)
    assert encrypted
    assert (incoming.channel, incoming.sender, incoming.agent_id) == ("work", "courier7", AGENT)
    out = codec.encode_reply(incoming, "收到", encrypted=True, nonce="n1", timestamp=NOW)
    reply = wire.decode_reply(out, token=TOKEN, aes_key=key, receiver_id=CORP, channel="work")
    assert reply is not None and reply.content == "收到" and reply.to_user == "courier7"


def test_tampered_ciphertext_fails_signature() -> None:
    key = wire.new_aes_key()
    xml = wire.work_text("u", "x", corp_id=CORP, agent_id=AGENT, created_at=NOW)
    params, body = wire.build_work_callback(TOKEN, key, CORP, xml, timestamp=str(NOW))
    tampered = body.replace(b"<Encrypt><![CDATA[", b"<Encrypt><![CDATA[A")
    with pytest.raises(BadSignature):
        CallbackCodec.work(TOKEN, CORP, key).decode(params, tampered, NOW)


def test_signed_garbage_ciphertext_is_400() -> None:
    encrypt = "bm90IHJlYWxseSBjaXBoZXJ0ZXh0"
    params = {"msg_signature": compute_signature(TOKEN, str(NOW), "1", encrypt)}
    params |= {"timestamp": str(NOW), "nonce": "1"}
    body = f"<xml><ToUserName>{CORP}</ToUserName><Encrypt>{encrypt}</Encrypt></xml>".encode()
    with pytest.raises(MalformedBody):
        CallbackCodec.work(TOKEN, CORP, wire.new_aes_key()).decode(params, body, NOW)


def test_ciphertext_for_another_app_is_rejected() -> None:
    key = wire.new_aes_key()
    xml = wire.mp_text("o", "x", created_at=NOW)
    params, body = wire.build_mp_callback(TOKEN, key, "wx_other_app", xml, timestamp=str(NOW))
    with pytest.raises(BadSignature, match="another app"):
        mp_codec(key).decode(params, body, NOW)


def test_safe_mode_refuses_plaintext_unless_allowed() -> None:
    params, body = plain_post(wire.mp_text("o", "x", created_at=NOW))
    key = wire.new_aes_key()
    with pytest.raises(BadSignature, match="plaintext"):
        mp_codec(key).decode(params, body, NOW)
    assert mp_codec(key, allow_plain=True).decode(params, body, NOW)[1] is False


def test_bad_keys_and_missing_work_key() -> None:
    for bad in ("short", "!" * 43, "A" * 44):
        with pytest.raises(ValueError):
            decode_aes_key(bad)
    with pytest.raises(ValueError):
        CallbackCodec("work", TOKEN, CORP, None)


# ---- URL verification -------------------------------------------------------------------
def test_mp_url_verification() -> None:
    params = wire.build_mp_url_check(TOKEN, "echo123")
    assert mp_codec().verify_url(params, now=time.time()) == "echo123"
    with pytest.raises(BadSignature):
        mp_codec().verify_url(params | {"signature": "0" * 40})


def test_work_url_verification_decrypts_echostr() -> None:
    key = wire.new_aes_key()
    params = wire.build_work_url_check(TOKEN, key, CORP, "8877665544")
    assert params["echostr"] != "8877665544"
    assert CallbackCodec.work(TOKEN, CORP, key).verify_url(params) == "8877665544"
    with pytest.raises(BadSignature):
        CallbackCodec.work(TOKEN, CORP, key).verify_url(params | {"nonce": "x"})
