"""Test key pairs for the fake WeChat Pay: the merchant's and the platform's, as PEM files."""

from __future__ import annotations

import base64
import secrets
from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import padding, rsa

MCHID = "1900000109"
MERCHANT_SERIAL = "5157F09EFDC096DE15EBE81A47057A7232F1B8E1"
PLATFORM_KEY_ID = "PUB_KEY_ID_0119000001092025112400000000000001"
APPID = "wx_fake_appid"


def new_key() -> rsa.RSAPrivateKey:
    """A fresh 2048-bit RSA key, as WeChat Pay issues them."""
    return rsa.generate_private_key(public_exponent=65537, key_size=2048)


def rsa_sign(key: rsa.RSAPrivateKey, message: bytes) -> str:
    """SHA256withRSA, base64: the one algorithm of API v3 (written apart from bot/pay/v3.py)."""
    return base64.b64encode(key.sign(message, padding.PKCS1v15(), hashes.SHA256())).decode()


@dataclass
class PayKeys:
    """Both sides' keys; `env` connects a waterbot to the fake."""

    merchant: rsa.RSAPrivateKey
    platform: rsa.RSAPrivateKey
    api_v3_key: str
    folder: Path

    @classmethod
    def create(cls, folder: Path) -> PayKeys:
        """New keys, the merchant's private key and the platform's public key saved in folder."""
        keys = cls(new_key(), new_key(), secrets.token_hex(16), folder)
        (folder / "apiclient_key.pem").write_bytes(
            keys.merchant.private_bytes(
                serialization.Encoding.PEM,
                serialization.PrivateFormat.PKCS8,
                serialization.NoEncryption(),
            )
        )
        (folder / "pub_key.pem").write_bytes(
            keys.platform.public_key().public_bytes(
                serialization.Encoding.PEM, serialization.PublicFormat.SubjectPublicKeyInfo
            )
        )
        return keys

    def env(self, api_base: str, notify_url: str, public_key: bool = True) -> dict[str, str]:
        """WATERBOT_PAY_* for a service that talks to the fake at api_base; without
        `public_key`, in platform-certificate mode."""
        env = {
            "WATERBOT_PAY_MCHID": MCHID,
            "WATERBOT_PAY_SERIAL_NO": MERCHANT_SERIAL,
            "WATERBOT_PAY_PRIVATE_KEY": str(self.folder / "apiclient_key.pem"),
            "WATERBOT_PAY_API_V3_KEY": self.api_v3_key,
            "WATERBOT_PAY_PLATFORM_PUBLIC_KEY": str(self.folder / "pub_key.pem"),
            "WATERBOT_PAY_PLATFORM_PUBLIC_KEY_ID": PLATFORM_KEY_ID,
            "WATERBOT_PAY_APPID": APPID,
            "WATERBOT_PAY_NOTIFY_URL": notify_url,
            "WATERBOT_PAY_API_BASE": api_base,
        }
        if not public_key:
            del env["WATERBOT_PAY_PLATFORM_PUBLIC_KEY"], env["WATERBOT_PAY_PLATFORM_PUBLIC_KEY_ID"]
        return env
