"""Service settings from WATERBOT_* environment variables, validated once at start-up."""

from __future__ import annotations

import ipaddress
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import time
from pathlib import Path
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from domain.calendars import load_calendar
from domain.rules.reminder_rules import DEFAULT_TEMPLATE_FIELDS, parse_hours, parse_template_fields

PREFIX = "WATERBOT_"
Network = ipaddress.IPv4Network | ipaddress.IPv6Network
# Settings whose empty value means "none" rather than a mistake.
MAY_BE_EMPTY = frozenset(
    {
        "mp_aes_key",
        "work_aes_key",
        "trusted_proxies",
        "pay_api_v3_key",
        "pay_notify_url",
        "calendar",
    }
)


class SettingsError(Exception):
    """A setting is missing or malformed; the message names the variable."""


@dataclass(frozen=True)
class Settings:
    """Everything the service reads from its environment."""

    database_url: str = "sqlite://waterbot.db"
    host: str = "127.0.0.1"
    port: int = 8080
    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    mp_appid: str = ""
    mp_secret: str = ""
    mp_token: str = ""
    mp_aes_key: str = ""
    wechat_api_base: str = "https://api.weixin.qq.com"
    work_corp_id: str = ""
    work_secret: str = ""
    work_agent_id: str = ""
    work_token: str = ""
    work_aes_key: str = ""
    work_api_base: str = "https://qyapi.weixin.qq.com"
    admin_token: str = ""
    # Reverse proxies whose X-Forwarded-For is believed (the admin API's failure limiter).
    trusted_proxies: tuple[Network, ...] = ()
    code_secret: str = ""
    mp_reminder_template_id: str = ""
    mp_notice_template_id: str = ""
    mp_notice_template_field: str = "first"
    mp_reminder_template_fields: str = DEFAULT_TEMPLATE_FIELDS
    reminder_lead_hours: int = 48
    reminder_hours: tuple[time, time] = (time(9), time(20))
    # At most this many first reminders planned in one hour across the station (0: no cap).
    reminder_hour_cap: int = 30
    calendar: str = ""  # station calendar JSON (docs/REFILL.md); empty: the bundled one
    daily_report_at: time = time(8)
    # From when yesterday is closed (日结对账) and owners get the summary; WeChat Pay makes
    # the day's trade bill from 09:00 the next morning (docs/PAY.md).
    day_close_at: time = time(10, 30)
    log_level: str = "INFO"
    # WeChat Pay API v3 (docs/PAY.md). With no pay_mchid, 微信支付 means scanning at the door.
    pay_mchid: str = ""
    pay_serial_no: str = ""
    pay_private_key: str = ""  # path of the merchant's apiclient_key.pem
    pay_api_v3_key: str = ""
    pay_platform_public_key: str = ""  # path of WeChat Pay's public key (PEM)
    pay_platform_public_key_id: str = ""  # PUB_KEY_ID_…, what Wechatpay-Serial must say
    pay_appid: str = ""  # empty: the Official Account's app id
    pay_notify_url: str = ""
    pay_api_base: str = "https://api.mch.weixin.qq.com"
    pay_close_minutes: int = 30  # an unpaid online order is closed after this long

    @property
    def is_postgres(self) -> bool:
        """True when the database is PostgreSQL."""
        return self.database_url.startswith(("postgres://", "postgresql://"))

    @property
    def pay_configured(self) -> bool:
        """True when WeChat Pay is connected (orders paid online, not at the door)."""
        return bool(self.pay_mchid)

    @property
    def listens_on_loopback(self) -> bool:
        """True when the host is a loopback address."""
        if self.host == "localhost":
            return True
        try:
            return ipaddress.ip_address(self.host).is_loopback
        except ValueError:
            return False


def _database_url(value: str) -> str:
    if not value.startswith(("sqlite://", "postgres://", "postgresql://")):
        raise ValueError("must start with sqlite://, postgres:// or postgresql://")
    return value


def _port(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) < 65536:
        raise ValueError("must be a port number from 1 to 65535")
    return int(value)


def _tz(value: str) -> ZoneInfo:
    try:
        return ZoneInfo(value)
    except (ZoneInfoNotFoundError, ValueError) as exc:
        raise ValueError("is not a known IANA time zone") from exc


def _aes_key(value: str) -> str:
    if value and len(value) != 43:
        raise ValueError("must be exactly 43 characters (WeChat EncodingAESKey)")
    return value


def _url(value: str) -> str:
    if not value.startswith(("http://", "https://")):
        raise ValueError("must be an http:// or https:// URL")
    return value.rstrip("/")


def _log_level(value: str) -> str:
    value = value.upper()
    if value not in {"DEBUG", "INFO", "WARNING", "ERROR"}:
        raise ValueError("must be DEBUG, INFO, WARNING or ERROR")
    return value


def _host(value: str) -> str:
    if not value:
        raise ValueError("must not be empty")
    return value


def _networks(value: str) -> tuple[Network, ...]:
    try:
        return tuple(
            ipaddress.ip_network(part.strip(), strict=False)
            for part in value.split(",")
            if part.strip()
        )
    except ValueError:
        raise ValueError("must be comma-separated IP addresses or CIDR ranges") from None


def _template_fields(value: str) -> str:
    parse_template_fields(value)
    return value


def _lead_hours(value: str) -> int:
    if not value.isdigit() or not 0 < int(value) <= 24 * 14:
        raise ValueError("must be a whole number of hours from 1 to 336")
    return int(value)


def _hour_cap(value: str) -> int:
    if not value.isdigit() or int(value) > 100_000:
        raise ValueError("must be a whole number of reminders per hour (0: no cap)")
    return int(value)


def _calendar(value: str) -> str:
    # Read once here so a bad file stops the start-up, not the first delivery.
    if value:
        try:
            load_calendar(Path(value))
        except OSError as exc:
            raise ValueError(f"cannot be read: {exc.strerror}") from None
    return value


def _clock_time(value: str) -> time:
    try:
        return time.fromisoformat(value)
    except ValueError:
        raise ValueError("must be a time of day like 08:00") from None


def _api_v3_key(value: str) -> str:
    if value and len(value.encode()) != 32:
        raise ValueError("must be exactly 32 characters (the merchant platform's APIv3 key)")
    return value


def _optional_url(value: str) -> str:
    return _url(value) if value else value


def _minutes(value: str) -> int:
    if not value.isdigit() or not 5 <= int(value) <= 24 * 60:
        raise ValueError("must be a whole number of minutes from 5 to 1440")
    return int(value)


# Connecting WeChat Pay needs all of these at once; the app id and notify URL have their own rule.
PAY_REQUIRED = (
    "pay_mchid", "pay_serial_no", "pay_private_key", "pay_api_v3_key", "pay_notify_url",
)  # fmt: skip
# WeChat Pay's public key and its ID go together; without them, platform-certificate mode.
PAY_PUBLIC_KEY = ("pay_platform_public_key", "pay_platform_public_key_id")


def _together(names: tuple[str, ...], values: Mapping[str, object]) -> None:
    """All of `names` or none: name the first one missing."""
    given = [name for name in names if values.get(name)]
    if given and len(given) < len(names):
        missing = next(name for name in names if not values.get(name))
        raise SettingsError(
            f"{PREFIX}{missing.upper()} is required once {PREFIX}{given[0].upper()} is set"
        )


def _check_pay(values: Mapping[str, object]) -> None:
    """Half a WeChat Pay setup would take orders it cannot collect: name what is missing."""
    _together(PAY_REQUIRED, values)
    _together(PAY_PUBLIC_KEY, values)
    if values.get(PAY_PUBLIC_KEY[0]):
        _together((*PAY_PUBLIC_KEY, "pay_mchid"), values)


_PARSERS = {
    "database_url": _database_url,
    "host": _host,
    "port": _port,
    "tz": _tz,
    "mp_aes_key": _aes_key,
    "work_aes_key": _aes_key,
    "wechat_api_base": _url,
    "work_api_base": _url,
    "log_level": _log_level,
    "mp_reminder_template_fields": _template_fields,
    "reminder_lead_hours": _lead_hours,
    "reminder_hours": parse_hours,
    "reminder_hour_cap": _hour_cap,
    "calendar": _calendar,
    "daily_report_at": _clock_time,
    "day_close_at": _clock_time,
    "trusted_proxies": _networks,
    "pay_api_v3_key": _api_v3_key,
    "pay_notify_url": _optional_url,
    "pay_api_base": _url,
    "pay_close_minutes": _minutes,
}


def setting_names() -> list[str]:
    """Every environment variable the service reads."""
    return [PREFIX + name.upper() for name in Settings.__dataclass_fields__]


def load_settings(environ: Mapping[str, str]) -> Settings:
    """Read and validate settings; raise SettingsError naming the first bad variable."""
    values: dict[str, object] = {}
    for name in Settings.__dataclass_fields__:
        var = PREFIX + name.upper()
        raw = environ.get(var)
        if raw is None:
            continue
        raw = raw.strip()
        if raw == "" and name in _PARSERS and name not in MAY_BE_EMPTY:
            raise SettingsError(f"{var} is set but empty")
        parser = _PARSERS.get(name)
        try:
            values[name] = parser(raw) if parser else raw
        except ValueError as exc:
            raise SettingsError(f"{var}={raw!r} {exc}") from None
    _check_pay(values)
    return Settings(**values)  # type: ignore[arg-type]
