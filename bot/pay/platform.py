"""Whose key signs WeChat Pay's answers and notifications: its public key, or its certificates.

Public-key mode (微信支付公钥): one key and its ID, from the merchant platform, in the settings.
Certificate mode (平台证书), used when no public key is configured: the platform certificates
are downloaded (`GET /v3/certificates`, a signed request like any other), each one's
`encrypt_certificate` decrypted with the APIv3 key (AEAD_AES_256_GCM), and kept by serial
number while valid. A message is verified by the certificate its `Wechatpay-Serial` names; an
unknown serial (WeChat Pay rotated its certificate) downloads them again, at most once a minute
so forged serials cannot make us hammer WeChat Pay. The download's own answer is verified by
the certificate it brings whose serial it is signed under, as WeChat Pay's SDKs do: the APIv3
key, which only we and WeChat Pay hold, is what vouches for the certificates.
"""

from __future__ import annotations

import asyncio
import json
import logging
from collections.abc import Awaitable, Callable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any, Protocol

from cryptography import x509
from cryptography.hazmat.primitives.asymmetric import rsa

from bot.pay import v3

log = logging.getLogger(__name__)

REFRESH_EVERY = 60.0  # seconds between downloads asked for by an unknown serial

# One signed GET /v3/certificates: (HTTP status, headers, body), not verified yet.
Fetch = Callable[[], Awaitable[tuple[int, Mapping[str, str], bytes]]]


class PlatformKeys(Protocol):
    """What verifies a message from WeChat Pay."""

    def describe(self) -> str:
        """Which key or certificates, for the logs and `waterbot pay check`."""

    async def verify(self, signed: v3.Signed, body: bytes, now: float) -> None:
        """Refuse (v3.BadSignature) unless WeChat Pay signed this body just now."""


@dataclass(frozen=True)
class PublicKey:
    """微信支付公钥: one key, named by its ID in Wechatpay-Serial."""

    key: rsa.RSAPublicKey
    key_id: str

    def describe(self) -> str:
        """The key's ID."""
        return self.key_id

    async def verify(self, signed: v3.Signed, body: bytes, now: float) -> None:
        """Verify with the configured key."""
        v3.verify(self.key, self.key_id, signed, body, now)


@dataclass(frozen=True)
class Certificate:
    """One platform certificate: its serial, public key and validity."""

    serial: str
    key: rsa.RSAPublicKey
    not_before: datetime
    not_after: datetime

    def valid_at(self, moment: datetime) -> bool:
        """True inside the certificate's validity."""
        return self.not_before <= moment <= self.not_after


def read_certificates(api_v3_key: str, body: bytes, now: float) -> dict[str, Certificate]:
    """The `data[]` of a /v3/certificates answer decrypted, by serial; expired ones left out."""
    try:
        rows = json.loads(body)["data"]
    except (ValueError, KeyError, TypeError):
        raise v3.BadSignature("the certificate list is not JSON with data[]") from None
    moment, found = datetime.fromtimestamp(now, UTC), {}
    for row in rows if isinstance(rows, list) else []:
        cert = _certificate(api_v3_key, row)
        if cert.valid_at(moment):
            found[cert.serial] = cert
    return found


def _certificate(api_v3_key: str, row: Any) -> Certificate:
    if not isinstance(row, dict) or not isinstance(row.get("encrypt_certificate"), dict):
        raise v3.BadSignature("a certificate without encrypt_certificate")
    pem = v3.decrypt_bytes(api_v3_key, row["encrypt_certificate"])
    try:
        cert = x509.load_pem_x509_certificate(pem)
    except ValueError:
        raise v3.BadSignature("a certificate that is not PEM X.509") from None
    key, serial = cert.public_key(), f"{cert.serial_number:X}"
    if not isinstance(key, rsa.RSAPublicKey):
        raise v3.BadSignature(f"certificate {serial} has no RSA key")
    if str(row.get("serial_no", "")).upper().lstrip("0") != serial:
        raise v3.BadSignature(f"serial_no {row.get('serial_no')!r} is not the certificate's")
    return Certificate(serial, key, cert.not_valid_before_utc, cert.not_valid_after_utc)


class Certificates:
    """平台证书 mode: certificates downloaded, cached by serial, refreshed on an unknown one."""

    def __init__(self, api_v3_key: str, fetch: Fetch) -> None:
        self.api_v3_key, self.fetch = api_v3_key, fetch
        self.known: dict[str, Certificate] = {}
        self.fetched_at: float | None = None
        self._lock = asyncio.Lock()

    def describe(self) -> str:
        """The serials held."""
        return "platform certificate " + (", ".join(sorted(self.known)) or "(none yet)")

    async def verify(self, signed: v3.Signed, body: bytes, now: float) -> None:
        """Verify with the certificate Wechatpay-Serial names, downloading it when unknown."""
        cert = self._usable(signed.serial, now)
        if cert is None:
            await self.refresh(now)
            cert = self._usable(signed.serial, now)
        if cert is None:
            raise v3.BadSignature(f"no valid platform certificate {signed.serial!r}")
        v3.verify(cert.key, cert.serial, signed, body, now)

    def _usable(self, serial: str, now: float) -> Certificate | None:
        cert = self.known.get(serial)
        return cert if cert and cert.valid_at(datetime.fromtimestamp(now, UTC)) else None

    async def refresh(self, now: float) -> None:
        """Download the certificates again, unless that was done less than a minute ago."""
        async with self._lock:
            if self.fetched_at is not None and now - self.fetched_at < REFRESH_EVERY:
                return
            self.fetched_at = now
            status, headers, body = await self.fetch()
            if status >= 400:
                raise v3.BadSignature(f"certificates download answered HTTP {status}")
            found = read_certificates(self.api_v3_key, body, now)
            signed = v3.Signed.of(headers)
            if signed.serial not in found:
                raise v3.BadSignature(f"certificates signed by unknown {signed.serial!r}")
            v3.verify(found[signed.serial].key, signed.serial, signed, body, now)
            self.known = found
            log.info("WeChat Pay platform certificates: %s", ", ".join(sorted(found)))
