"""Settings: defaults, validation with one clear line, and .env.example kept complete."""

from __future__ import annotations

from pathlib import Path

import pytest

from domain.infra.settings import SettingsError, load_settings, setting_names


def test_defaults() -> None:
    settings = load_settings({})
    assert settings.database_url == "sqlite://waterbot.db"
    assert (settings.host, settings.port, str(settings.tz)) == ("127.0.0.1", 8080, "Asia/Shanghai")
    assert not settings.is_postgres and settings.listens_on_loopback


@pytest.mark.parametrize(
    ("var", "value"),
    [
        ("WATERBOT_PORT", "eighty"),
        ("WATERBOT_PORT", "70000"),
        ("WATERBOT_DATABASE_URL", "mysql://x"),
        ("WATERBOT_TZ", "Mars/Olympus"),
        ("WATERBOT_MP_AES_KEY", "short"),
        ("WATERBOT_WECHAT_API_BASE", "ftp://x"),
        ("WATERBOT_HOST", ""),
        ("WATERBOT_TRUSTED_PROXIES", "10.0.0.1,nginx"),
        ("WATERBOT_TRUSTED_PROXIES", "10.0.0.0/33"),
    ],
)
def test_malformed_setting_names_the_variable(var: str, value: str) -> None:
    with pytest.raises(SettingsError) as err:
        load_settings({var: value})
    assert var in str(err.value)


def test_trusted_proxies_are_addresses_and_ranges() -> None:
    assert load_settings({"WATERBOT_TRUSTED_PROXIES": ""}).trusted_proxies == ()
    proxies = load_settings({"WATERBOT_TRUSTED_PROXIES": " 127.0.0.1, 10.1.2.3/8 ,::1"})
    assert [str(n) for n in proxies.trusted_proxies] == ["127.0.0.1/32", "10.0.0.0/8", "::1/128"]


def test_postgres_and_public_host() -> None:
    settings = load_settings(
        {"WATERBOT_DATABASE_URL": "postgres://u@h/db", "WATERBOT_HOST": "0.0.0.0"}
    )
    assert settings.is_postgres and not settings.listens_on_loopback


def test_env_example_lists_every_setting() -> None:
    text = (Path(__file__).resolve().parents[2] / ".env.example").read_text("utf-8")
    listed = {line.split("=", 1)[0] for line in text.splitlines() if line.startswith("WATERBOT_")}
    assert listed == set(setting_names())


def test_wechat_pay_is_all_or_nothing() -> None:
    assert not load_settings({}).pay_configured
    with pytest.raises(SettingsError, match="WATERBOT_PAY_SERIAL_NO is required"):
        load_settings({"WATERBOT_PAY_MCHID": "1900000109"})
    with pytest.raises(SettingsError, match="WATERBOT_PAY_API_V3_KEY"):
        load_settings({"WATERBOT_PAY_API_V3_KEY": "short"})
    assert load_settings({"WATERBOT_PAY_CLOSE_MINUTES": "45"}).pay_close_minutes == 45
