"""The WeChat Pay API v3 signature scheme and notification encryption, on `cryptography` alone.

Requests: SHA256-with-RSA (PKCS#1 v1.5) over "METHOD\\nURL\\nTIMESTAMP\\nNONCE\\nBODY\\n" with the
merchant's private key, sent as `Authorization: WECHATPAY2-SHA256-RSA2048 mchid="…",…`.
Responses and notifications: the same algorithm over "TIMESTAMP\\nNONCE\\nBODY\\n", checked with
WeChat Pay's public key. Notification resources: AEAD_AES_256_GCM under the APIv3 key.
No I/O here, so the client, the notify endpoint and the tests share one definition.
"""

from __future__ import annotations

import base64
import binascii
import json
import secrets
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from cryptography.exceptions import InvalidSignature, InvalidTag
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

SCHEMA = "WECHATPAY2-SHA256-RSA2048"
# How far a response's or notification's timestamp may be from our clock (WeChat Pay's advice).
MAX_SKEW_SECONDS = 300


class BadSignature(Exception):
    """A response or notification that is unsigned, mis-signed, stale or from another key."""


def load_private_key(pem: bytes) -> rsa.RSAPrivateKey:
    """The merchant's private key (apiclient_key.pem)."""
    key = serialization.load_pem_private_key(pem, password=None)
    if not isinstance(key, rsa.RSAPrivateKey):
        raise ValueError("the merchant key is not an RSA private key")
    return key


def load_public_key(pem: bytes) -> rsa.RSAPublicKey:
    """WeChat Pay's public key (pub_key.pem from the merchant platform)."""
    key = serialization.load_pem_public_key(pem)
    if not isinstance(key, rsa.RSAPublicKey):
        raise ValueError("the platform key is not an RSA public key")
    return key


def nonce() -> str:
    """A random string for one signature."""
    return secrets.token_hex(16).upper()


def sign(key: rsa.RSAPrivateKey, message: str) -> str:
    """SHA256withRSA over the message, base64."""
    raw = key.sign(message.encode(), padding.PKCS1v15(), hashes.SHA256())
    return base64.b64encode(raw).decode()


def request_message(method: str, url: str, timestamp: str, nonce_str: str, body: str) -> str:
    """What a request signature covers; `url` is the path with its query string."""
    return f"{method}\n{url}\n{timestamp}\n{nonce_str}\n{body}\n"


def authorization(
    mchid: str, serial_no: str, key: rsa.RSAPrivateKey, method: str, url: str, body: str,
    timestamp: str, nonce_str: str,
) -> str:  # fmt: skip
    """The Authorization header of one request."""
    signature = sign(key, request_message(method, url, timestamp, nonce_str, body))
    return (
        f'{SCHEMA} mchid="{mchid}",nonce_str="{nonce_str}",signature="{signature}",'
        f'timestamp="{timestamp}",serial_no="{serial_no}"'
    )


@dataclass(frozen=True)
class Signed:
    """The signature headers WeChat Pay puts on a response or notification."""

    timestamp: str
    nonce: str
    signature: str
    serial: str

    @classmethod
    def of(cls, headers: Mapping[str, str]) -> Signed:
        """Read the Wechatpay-* headers; any missing one refuses the message."""
        try:
            return cls(
                headers["Wechatpay-Timestamp"],
                headers["Wechatpay-Nonce"],
                headers["Wechatpay-Signature"],
                headers["Wechatpay-Serial"],
            )
        except KeyError as exc:
            raise BadSignature(f"missing header {exc.args[0]}") from None


def verify(key: rsa.RSAPublicKey, key_id: str, signed: Signed, body: bytes, now: float) -> None:
    """Refuse (BadSignature) unless WeChat Pay's key `key_id` signed this body just now."""
    if signed.serial != key_id:
        raise BadSignature(f"signed with {signed.serial!r}, expected {key_id!r}")
    if not signed.timestamp.isdigit() or abs(now - int(signed.timestamp)) > MAX_SKEW_SECONDS:
        raise BadSignature(f"timestamp {signed.timestamp!r} is stale or malformed")
    message = f"{signed.timestamp}\n{signed.nonce}\n".encode() + body + b"\n"
    try:
        raw = base64.b64decode(signed.signature, validate=True)
        key.verify(raw, message, padding.PKCS1v15(), hashes.SHA256())
    except (InvalidSignature, binascii.Error, ValueError):
        raise BadSignature("signature does not verify") from None


def decrypt_bytes(api_v3_key: str, resource: Mapping[str, Any]) -> bytes:
    """An AEAD_AES_256_GCM `resource` (a notification's, a certificate's) decrypted."""
    if resource.get("algorithm") != "AEAD_AES_256_GCM":
        raise BadSignature(f"unknown algorithm {resource.get('algorithm')!r}")
    try:
        return AESGCM(api_v3_key.encode()).decrypt(
            str(resource["nonce"]).encode(),
            base64.b64decode(str(resource["ciphertext"])),
            str(resource.get("associated_data") or "").encode(),
        )
    except (KeyError, InvalidTag, binascii.Error, ValueError):
        raise BadSignature("resource does not decrypt") from None


def decrypt_resource(api_v3_key: str, resource: Mapping[str, Any]) -> dict[str, Any]:
    """A notification's `resource` decrypted to its JSON object."""
    try:
        data = json.loads(decrypt_bytes(api_v3_key, resource))
    except ValueError:
        raise BadSignature("resource does not decrypt") from None
    if not isinstance(data, dict):
        raise BadSignature("resource is not a JSON object")
    return data


def jsapi_params(
    appid: str, prepay_id: str, key: rsa.RSAPrivateKey, timestamp: str
) -> dict[str, str]:
    """What the payment page hands WeixinJSBridge's getBrandWCPayRequest, paySign included."""
    nonce_str = nonce()
    package = f"prepay_id={prepay_id}"
    pay_sign = sign(key, f"{appid}\n{timestamp}\n{nonce_str}\n{package}\n")
    return {
        "appId": appid,
        "timeStamp": timestamp,
        "nonceStr": nonce_str,
        "package": package,
        "signType": "RSA",
        "paySign": pay_sign,
    }
