"""`waterbot pay check` as a real process against the fake WeChat Pay: it says what is wrong."""

from __future__ import annotations

import asyncio
import os
import sys
from collections.abc import AsyncIterator
from pathlib import Path

import pytest

from tests.fakes.wechat_pay_keys import PayKeys
from tests.fakes.wechat_pay_server import FakeWeChatPay, start_fake_pay

WATERBOT = Path(sys.executable).with_name("waterbot")
NOTIFY = "https://water.example.com/pay/notify"


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeWeChatPay]:
    fake = await start_fake_pay(PayKeys.create(tmp_path))
    yield fake
    await fake.close()


async def pay_check(settings: dict[str, str]) -> tuple[int, str]:
    """Run `waterbot pay check`; (exit code, stdout + stderr), or fail if it does not exit."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    process = await asyncio.create_subprocess_exec(
        str(WATERBOT), "pay", "check", env={**env, **settings},
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.STDOUT,
    )  # fmt: skip
    out, _ = await asyncio.wait_for(process.communicate(), 90)
    return process.returncode or 0, out.decode()


async def test_a_working_account_is_reported_ok(fake: FakeWeChatPay) -> None:
    code, out = await pay_check(fake.keys.env(fake.base_url, NOTIFY))
    assert code == 0 and "WeChat Pay OK" in out, out
    assert fake.requests[-1][2] == 404  # it asked about a trade that cannot exist


async def test_unsigned_answers_and_wrong_keys_are_reported(
    fake: FakeWeChatPay, tmp_path: Path
) -> None:
    fake.unsigned = True
    code, out = await pay_check(fake.keys.env(fake.base_url, NOTIFY))
    assert code == 1 and "not signed by PUB_KEY_ID_" in out, out
    fake.unsigned = False
    folder = tmp_path / "other"
    folder.mkdir()
    stranger = str(PayKeys.create(folder).folder / "apiclient_key.pem")  # not the merchant's key
    env = {**fake.keys.env(fake.base_url, NOTIFY), "WATERBOT_PAY_PRIVATE_KEY": stranger}
    code, out = await pay_check(env)
    assert code == 1 and "401 SIGN_ERROR" in out, out


async def test_no_account_or_half_an_account(fake: FakeWeChatPay) -> None:
    code, out = await pay_check({})
    assert code == 2 and "not configured" in out
    code, out = await pay_check({"WATERBOT_PAY_MCHID": "1900000109"})
    assert code == 2 and "WATERBOT_PAY_SERIAL_NO is required" in out
