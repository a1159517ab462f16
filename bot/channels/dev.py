"""Local development credentials: used when no real WeChat account is configured.

They are public, so a service using them listens on loopback only (checked at start-up).
`waterbot chat` and `waterbot demo` speak the same protocol with the same values.
"""

from __future__ import annotations

from domain.infra.settings import Settings

DEV_MP_APPID = "wxwaterbotdev0001"
DEV_MP_TOKEN = "waterbot-dev-token"
DEV_MP_AES_KEY = "d2F0ZXJib3QtZGV2LWtleS0wMTIzNDU2Nzg5YWJjZGU"
DEV_WORK_CORP_ID = "wwwaterbotdev0001"
DEV_WORK_TOKEN = "waterbot-dev-work-token"
DEV_WORK_AES_KEY = "d2F0ZXJib3QtZGV2LXdvcmsta2V5LTAxMjM0NTY3ODk"


def mp_credentials(settings: Settings) -> tuple[str, str, str | None]:
    """(appid, token, aes_key) for the Official Account callback."""
    if settings.mp_token:
        return settings.mp_appid, settings.mp_token, settings.mp_aes_key or None
    return DEV_MP_APPID, DEV_MP_TOKEN, DEV_MP_AES_KEY


def work_credentials(settings: Settings) -> tuple[str, str, str]:
    """(corp_id, token, aes_key) for the WeCom callback."""
    if settings.work_token:
        return settings.work_corp_id, settings.work_token, settings.work_aes_key
    return DEV_WORK_CORP_ID, DEV_WORK_TOKEN, DEV_WORK_AES_KEY


def uses_dev_credentials(settings: Settings) -> bool:
    """True when either callback falls back to the public development values."""
    return not settings.mp_token or not settings.work_token


DEV_WORK_AGENT_ID = 1000002
