"""The fake WeChat Pay's platform certificates (平台证书 mode), made with `cryptography` alone.

A self-signed X.509 certificate per platform key, and the `GET /v3/certificates` answer as
WeChat Pay gives it: `data[]` of `serial_no`, `effective_time`, `expire_time` and
`encrypt_certificate` (the PEM, AEAD_AES_256_GCM under the APIv3 key, associated data
"certificate"). Written apart from bot/pay/platform.py, so a mistake there is not mirrored.
"""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import rsa
from cryptography.hazmat.primitives.ciphers.aead import AESGCM
from cryptography.x509.oid import NameOID

from tests.fakes.wechat_pay_keys import MCHID, new_key

CHINA = ZoneInfo("Asia/Shanghai")


@dataclass(frozen=True)
class PlatformCert:
    """One platform certificate and the key that signs under its serial."""

    key: rsa.RSAPrivateKey
    cert: x509.Certificate

    @property
    def serial(self) -> str:
        """Upper-case hex, as Wechatpay-Serial carries it."""
        return f"{self.cert.serial_number:X}"


def issue(key: rsa.RSAPrivateKey | None = None, days: int = 5 * 365) -> PlatformCert:
    """A self-signed certificate for `key` (a new one by default), valid from an hour ago."""
    key = key or new_key()
    name = x509.Name(
        [
            x509.NameAttribute(NameOID.COMMON_NAME, "Tenpay.com Root CA test"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, f"{MCHID} 财付通支付科技有限公司"),
        ]
    )
    start = datetime.now(UTC) - timedelta(hours=1)
    cert = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(int.from_bytes(secrets.token_bytes(19), "big") | 1 << 151)
        .not_valid_before(start)
        .not_valid_after(start + timedelta(days=days))
        .sign(key, hashes.SHA256())
    )
    return PlatformCert(key, cert)


def _china(moment: datetime) -> str:
    return moment.astimezone(CHINA).replace(microsecond=0).isoformat()


def certificate_list(api_v3_key: str, certs: list[PlatformCert]) -> dict[str, Any]:
    """The JSON of GET /v3/certificates, each PEM encrypted under the APIv3 key."""
    data = []
    for item in certs:
        pem = item.cert.public_bytes(serialization.Encoding.PEM)
        nonce = secrets.token_hex(6)
        cipher = AESGCM(api_v3_key.encode()).encrypt(nonce.encode(), pem, b"certificate")
        data.append(
            {
                "serial_no": item.serial,
                "effective_time": _china(item.cert.not_valid_before_utc),
                "expire_time": _china(item.cert.not_valid_after_utc),
                "encrypt_certificate": {
                    "algorithm": "AEAD_AES_256_GCM",
                    "nonce": nonce,
                    "associated_data": "certificate",
                    "ciphertext": base64.b64encode(cipher).decode(),
                },
            }
        )
    return {"data": data}
