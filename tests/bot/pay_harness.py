"""The service with WeChat Pay connected to the fake server, driven like WeChat drives it."""

from __future__ import annotations

import re
from collections.abc import Callable
from datetime import datetime
from pathlib import Path

from aiohttp import web
from aiohttp.test_utils import TestClient, TestServer

from admin.app import setup as admin_setup
from admin.keys import CLOCK
from bot.app import build_app
from bot.channels import mp, work
from bot.pay import setup as pay
from domain.infra.settings import load_settings
from domain.models import Courier, Customer, Staff
from tests.fakes.wechat_pay_keys import PayKeys
from tests.fakes.wechat_pay_server import FakeWeChatPay, start_fake_pay

Client = TestClient[web.Request, web.Application]
NOTIFY_URL = "https://water.example.com/pay/notify"
_LINK = re.compile(r'href="https://water\.example\.com(/pay/order/[^"]+)"')


async def start_pay_app(
    clock: Callable[[], datetime], folder: Path, public_key: bool = True
) -> tuple[Client, FakeWeChatPay]:
    """The OA and WeCom callbacks, WeChat Pay and the admin API, and the fake WeChat Pay;
    without `public_key`, both in platform-certificate mode."""
    fake = await start_fake_pay(PayKeys.create(folder))
    if not public_key:
        fake.use_certificates()
    app = build_app(
        load_settings(fake.keys.env(fake.base_url, NOTIFY_URL, public_key)),
        manage_database=False,
        extensions=(
            lambda a: mp.setup(a, clock),
            lambda a: work.setup(a, clock),
            lambda a: pay.setup(a, clock),
            admin_setup,
        ),
    )
    app[CLOCK] = clock
    client: Client = TestClient(TestServer(app))
    await client.start_server()
    fake.deliver_to = str(client.make_url("")).rstrip("/")
    return client, fake


def page_path(reply: str) -> str:
    """The payment page's path and query from the chat's link."""
    found = _LINK.search(reply)
    assert found, reply
    return found.group(1).replace("&amp;", "&")


def trade_of_path(path: str) -> str:
    """The out_trade_no a payment page link names."""
    return path.split("/pay/order/", 1)[1].split("?", 1)[0]


async def seed_people(openid: str = "o-alice") -> None:
    """A courier on shift, an owner, and the customer's phone and address known."""
    await Courier.create(wecom_userid="u-wang", name="王师傅")
    await Staff.create(wecom_userid="u-boss", name="老板", role="owner")
    from domain.services import customers
    from domain.services.customers import AddressInput

    customer, _ = await customers.customer_for_openid(openid, "test")
    await customers.add_address(customer.id, AddressInput("阳光花园3栋502"), "test")
    await Customer.filter(id=customer.id).update(phone="13800001111")


async def door_people(openid: str = "o-bob") -> str:
    """An owner, courier u-li on shift, and a customer with an address; the customer's id."""
    from domain.services import customers, staff
    from domain.services.customers import AddressInput

    await Staff.create(wecom_userid="u-boss", name="老板", role="owner")
    courier = await staff.add_courier("u-li", "李师傅", "test", "13900000001", 10, 150)
    courier.on_shift = True
    await courier.save()
    customer, _ = await customers.customer_for_openid(openid, "test")
    await customers.add_address(customer.id, AddressInput("阳光花园3栋502"), "test")
    await customers.set_phone(customer.id, "13800002222", "test")
    return str(customer.id)
