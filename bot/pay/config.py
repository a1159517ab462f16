"""The merchant account as the client needs it: settings with the key files read and checked."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric import rsa

from bot.pay import v3
from domain.infra.settings import PREFIX, Settings, SettingsError


@dataclass(frozen=True)
class PayConfig:
    """A connected merchant account (WATERBOT_PAY_*), keys loaded."""

    mchid: str
    serial_no: str
    private_key: rsa.RSAPrivateKey
    api_v3_key: str
    platform_key: rsa.RSAPublicKey | None  # None: platform-certificate mode
    platform_key_id: str
    appid: str
    notify_url: str
    api_base: str

    @property
    def page_base(self) -> str:
        """Where our payment pages live: beside the notify URL, on the same public host."""
        return self.notify_url.rsplit("/", 1)[0]


def _read(path: str, name: str) -> bytes:
    try:
        return Path(path).read_bytes()
    except OSError as exc:
        raise SettingsError(f"{PREFIX}{name}={path!r} cannot be read: {exc.strerror}") from None


def _platform_key(settings: Settings) -> rsa.RSAPublicKey | None:
    """WeChat Pay's public key (public-key mode), None for platform-certificate mode."""
    if not settings.pay_platform_public_key:
        return None
    try:
        return v3.load_public_key(
            _read(settings.pay_platform_public_key, "PAY_PLATFORM_PUBLIC_KEY")
        )
    except ValueError as exc:
        raise SettingsError(
            f"{PREFIX}PAY_PLATFORM_PUBLIC_KEY is not an RSA public key: {exc}"
        ) from None


def pay_config(settings: Settings) -> PayConfig | None:
    """The merchant account, or None when WeChat Pay is not connected; bad keys stop start-up."""
    if not settings.pay_configured:
        return None
    appid = settings.pay_appid or settings.mp_appid
    if not appid:
        raise SettingsError(f"{PREFIX}PAY_APPID is required when {PREFIX}MP_APPID is not set")
    try:
        private = v3.load_private_key(_read(settings.pay_private_key, "PAY_PRIVATE_KEY"))
    except ValueError as exc:
        raise SettingsError(f"{PREFIX}PAY_PRIVATE_KEY is not an RSA private key: {exc}") from None
    public = _platform_key(settings)
    return PayConfig(
        mchid=settings.pay_mchid,
        serial_no=settings.pay_serial_no,
        private_key=private,
        api_v3_key=settings.pay_api_v3_key,
        platform_key=public,
        platform_key_id=settings.pay_platform_public_key_id,
        appid=appid,
        notify_url=settings.pay_notify_url,
        api_base=settings.pay_api_base,
    )
