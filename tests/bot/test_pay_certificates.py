"""Platform-certificate mode (平台证书): no WeChat Pay public key configured, so its certificates
are downloaded, decrypted with the APIv3 key, cached by serial and refreshed on an unknown one.

Against the fake WeChat Pay in the same mode (a self-signed test certificate, no network): the
client's answers, a notification through /pay/notify, a rotation, a wrong serial refused, and
`waterbot pay check` as a process.
"""

from __future__ import annotations

import json
import time
from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot import notify
from bot.pay.client import PayClient, PayError, UnverifiedResponse
from bot.pay.config import PayConfig, pay_config
from bot.pay.platform import Certificates
from domain.infra.settings import load_settings
from domain.models import Order
from tests.bot.chat_harness import Clock, Customer, seed
from tests.bot.pay_harness import NOTIFY_URL, seed_people, start_pay_app
from tests.bot.test_pay_cli import pay_check
from tests.bot.test_pay_sweeps import App, placed
from tests.fakes.notifier import installed
from tests.fakes.wechat_pay_keys import PayKeys, new_key
from tests.fakes.wechat_pay_server import FakeWeChatPay, start_fake_pay
from tests.support import NOW


class Wall:
    """The client's clock, moved by hand past the one-minute refresh limit."""

    def __init__(self, start: float) -> None:
        self.now = start

    def __call__(self) -> float:
        return self.now


@pytest.fixture
async def fake(tmp_path: Path) -> AsyncIterator[FakeWeChatPay]:
    fake = await start_fake_pay(PayKeys.create(tmp_path))
    fake.use_certificates()
    yield fake
    await fake.close()


def _config(fake: FakeWeChatPay) -> PayConfig:
    config = pay_config(load_settings(fake.keys.env(fake.base_url, NOTIFY_URL, False)))
    assert config is not None and config.platform_key is None
    return config


def downloads(fake: FakeWeChatPay) -> int:
    return len([r for r in fake.requests if r[1] == "/v3/certificates"])


async def test_answers_verified_by_the_certificate_and_refreshed_on_rotation(
    fake: FakeWeChatPay,
) -> None:
    wall = Wall(time.time())
    async with aiohttp.ClientSession() as session:
        client = PayClient(_config(fake), session, wall)
        with pytest.raises(PayError) as answer:
            await client.query("WBNONE")  # a signed ORDER_NOT_EXIST, verified by the cert
        assert answer.value.code == "ORDER_NOT_EXIST"
        assert isinstance(client.platform, Certificates)
        assert list(client.platform.known) == [fake.certs[0].serial]
        await client.jsapi_prepay("WB1", "桶装水订单", 100, "o-a", "2026-11-24T10:30:00+08:00")
        assert downloads(fake) == 1  # cached
        rotated = fake.rotate_certificate()
        wall.now += 61
        assert (await client.query("WB1"))["trade_state"] == "NOTPAY"
        assert downloads(fake) == 2 and rotated.serial in client.platform.known


async def test_a_wrong_serial_or_key_is_refused(
    fake: FakeWeChatPay, monkeypatch: pytest.MonkeyPatch
) -> None:
    original = fake.signed_headers
    async with aiohttp.ClientSession() as session:
        client = PayClient(_config(fake), session)
        monkeypatch.setattr(fake, "signed_headers", lambda b, key=None: original(b, None, "1A2B"))
        with pytest.raises(UnverifiedResponse) as refused:
            await client.query("WB1")  # the certificates' own answer names an unknown serial
        assert "unknown '1A2B'" in refused.value.message
        monkeypatch.setattr(fake, "signed_headers", original)
        client = PayClient(_config(fake), session)
        await client.platform.refresh(time.time())
        monkeypatch.setattr(fake, "signed_headers", lambda b, key=None: original(b, None, "1A2B"))
        with pytest.raises(UnverifiedResponse) as refused:
            await client.query("WB1")
        assert "no valid platform certificate '1A2B'" in refused.value.message
        assert downloads(fake) == 2  # the unknown serial did not download again within a minute
        stranger = new_key()  # another key under the right serial
        monkeypatch.setattr(fake, "signed_headers", lambda b, key=None: original(b, stranger))
        with pytest.raises(UnverifiedResponse):
            await client.query("WB1")


async def test_pay_check_in_certificate_mode(fake: FakeWeChatPay) -> None:
    code, out = await pay_check(fake.keys.env(fake.base_url, NOTIFY_URL, public_key=False))
    assert code == 0, out
    assert f"answer verified with platform certificate {fake.certs[0].serial}" in out


@pytest.fixture
async def app(database_url: str, tmp_path: Path) -> AsyncIterator[App]:
    clock = Clock(NOW)
    client, fake = await start_pay_app(clock, tmp_path, public_key=False)
    with installed(notify.WeChatNotifier()):
        yield client, fake, clock
    await client.close()
    await fake.close()


@pytest.mark.usefixtures("db")
async def test_a_notification_verified_by_certificate_and_a_wrong_serial_refused(
    app: App,
) -> None:
    client, fake, _ = app
    await seed(client)
    await seed_people("o-alice")
    number, no = await placed(app, Customer(client, "o-alice"))  # the page's prepay: verified
    fake.pay(no)
    forged = fake.notification(fake.trades[no].as_json())
    status, said = await fake.send(
        fake.notify_url(fake.trades[no]), forged, fake.signed_headers(forged, serial="7E57")
    )
    assert (status, json.loads(said)["message"]) == (401, "签名验证失败")
    assert (await Order.get(number=number)).payment_status == "unpaid"
    assert (await fake.notify(no))[0] == 204  # signed under the certificate's serial
    assert (await Order.get(number=number)).payment_status == "paid"
