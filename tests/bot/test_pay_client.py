"""The async WeChat Pay v3 client against the fake server: signed both ways, refusals included."""

from __future__ import annotations

from collections.abc import AsyncIterator
from pathlib import Path

import aiohttp
import pytest

from bot.pay.client import PayClient, PayError, UnverifiedResponse
from bot.pay.config import PayConfig, pay_config
from bot.pay.qr import qr_png
from domain.infra.settings import load_settings
from tests.fakes.wechat_pay_keys import APPID, PayKeys, new_key
from tests.fakes.wechat_pay_server import FakeWeChatPay, start_fake_pay

NOTIFY = "https://water.example.com/pay/notify"


@pytest.fixture(scope="module")
async def fake(tmp_path_factory: pytest.TempPathFactory) -> AsyncIterator[FakeWeChatPay]:
    fake = await start_fake_pay(PayKeys.create(Path(tmp_path_factory.mktemp("paykeys"))))
    yield fake
    await fake.close()


@pytest.fixture
async def client(fake: FakeWeChatPay) -> AsyncIterator[PayClient]:
    fake.unsigned = False
    config = pay_config(load_settings(fake.keys.env(fake.base_url, NOTIFY)))
    assert isinstance(config, PayConfig)
    async with aiohttp.ClientSession() as session:
        yield PayClient(config, session)


async def test_jsapi_prepay_query_close(client: PayClient, fake: FakeWeChatPay) -> None:
    prepay = await client.jsapi_prepay("WB1", "桶装水订单", 4400, "o-alice", _expire())
    assert prepay.startswith("wx") and fake.trades["WB1"].openid == "o-alice"
    trade = await client.query("WB1")
    assert (trade["trade_state"], trade["amount"]["total"]) == ("NOTPAY", 4400)
    await client.close("WB1")
    assert (await client.query("WB1"))["trade_state"] == "CLOSED"
    params = client.page_params(prepay)
    assert params["package"] == f"prepay_id={prepay}" and params["signType"] == "RSA"
    assert params["appId"] == APPID


async def test_page_signature_verifies_with_the_merchant_key(
    client: PayClient, fake: FakeWeChatPay
) -> None:
    import base64

    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding

    p = client.page_params("wx123")
    message = f"{p['appId']}\n{p['timeStamp']}\n{p['nonceStr']}\n{p['package']}\n".encode()
    fake.keys.merchant.public_key().verify(
        base64.b64decode(p["paySign"]), message, padding.PKCS1v15(), hashes.SHA256()
    )


async def test_refund_and_refund_query(client: PayClient, fake: FakeWeChatPay) -> None:
    await client.jsapi_prepay("WB2", "桶装水订单", 5000, "o-bob", _expire())
    fake.pay("WB2")
    refund = await client.refund("WB2", "WB2R1", 2000, 5000, "取消订单")
    assert refund["status"] == "PROCESSING" and refund["amount"]["refund"] == 2000
    assert (await client.refund_query("WB2R1"))["refund_id"] == refund["refund_id"]
    with pytest.raises(PayError) as too_much:
        await client.refund("WB2", "WB2R2", 4000, 5000, "再退")
    assert (too_much.value.status, too_much.value.code) == (400, "INVALID_REQUEST")


async def test_native_prepay_gives_a_qr_png(client: PayClient) -> None:
    code_url = await client.native_prepay("WB3", "桶装水订单", 1800, _expire())
    assert code_url.startswith("weixin://wxpay/bizpayurl?pr=")
    png = qr_png(code_url)
    assert png.startswith(b"\x89PNG\r\n\x1a\n") and len(png) > 200


async def test_error_json_is_raised_with_its_code(client: PayClient) -> None:
    with pytest.raises(PayError) as missing:
        await client.query("NO-SUCH")
    assert (missing.value.status, missing.value.code) == (404, "ORDER_NOT_EXIST")


async def test_unsigned_answer_is_refused(client: PayClient, fake: FakeWeChatPay) -> None:
    await client.jsapi_prepay("WB4", "桶装水订单", 100, "o-c", _expire())
    fake.unsigned = True
    with pytest.raises(UnverifiedResponse):
        await client.query("WB4")


async def test_answer_signed_by_another_key_is_refused(
    client: PayClient, fake: FakeWeChatPay, monkeypatch: pytest.MonkeyPatch
) -> None:
    await client.jsapi_prepay("WB5", "桶装水订单", 100, "o-c", _expire())
    stranger = new_key()
    original = fake.signed_headers
    monkeypatch.setattr(fake, "signed_headers", lambda body, key=None: original(body, stranger))
    with pytest.raises(UnverifiedResponse):
        await client.query("WB5")


async def test_answer_from_another_key_id_is_refused(
    client: PayClient,
) -> None:
    other = PayClient(_with(client.config, platform_key_id="PUB_KEY_ID_X"), client.session)
    with pytest.raises(UnverifiedResponse):
        await other.query("WB1")


async def test_a_request_signed_with_the_wrong_key_is_refused_by_the_server(
    client: PayClient, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(client, "config", _with(client.config, private_key=new_key()))
    with pytest.raises(PayError) as refused:
        await client.query("WB1")
    assert (refused.value.status, refused.value.code) == (401, "SIGN_ERROR")


def _with(config: PayConfig, **changes: object) -> PayConfig:
    from dataclasses import replace

    return replace(config, **changes)  # type: ignore[arg-type]


def _expire() -> str:
    return "2026-11-24T10:30:00+08:00"
