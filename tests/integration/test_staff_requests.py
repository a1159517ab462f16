"""Returns and packs asked for in chat reach staff with who, phone, address and what to do; a
pack's money is settled once, at the price agreed, and then its tickets arrive."""

from __future__ import annotations

import asyncio

import pytest

from bot.handlers.owner_requests import pack_notice, return_notice
from domain.infra.ports import Conn
from domain.models import AuditLog, Customer, OutboxMessage, PackPurchase, TicketEntry, TicketPack
from domain.reads import open_requests
from domain.rules.errors import Conflict, InvalidInput, NotFound
from domain.services import buckets, customers, requests, staff
from domain.services.requests import PackSettled
from domain.services.support import run_in_transaction
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def _station() -> str:
    """A customer 王女士 13800001111 at 阳光花园3栋502 holding 2 buckets with 100.00 deposit."""
    await seed_catalog()
    await staff.add_staff("owner", "店长", "owner", "test")
    customer = await make_customer()
    await customers.set_phone(customer.id, "13800001111", "test")
    await Customer.filter(id=customer.id).update(name="王女士")

    async def opening(conn: Conn) -> dict[str, object]:
        await buckets.set_opening_buckets(conn, customer.id, 2, 10000, "test")
        return {}

    await run_in_transaction("test.opening", None, opening)
    return str(customer.id)


async def _told() -> list[str]:
    rows = await OutboxMessage.filter(recipient="owner").order_by("id")
    return [str(row.payload["text"]) for row in rows]


async def test_a_return_notice_names_who_where_how_many_and_what_to_reply() -> None:
    customer = await _station()
    asked = await requests.request_return(customer, None, NOW, return_notice)
    (told,) = await _told()
    assert told == (
        f"【退桶 #{asked}】王女士 13800001111 阳光花园3栋502:要退桶(没说几个),"
        "名下2个桶、押金100.00元。"
        f"请派人上门收桶,收回后回复“收桶 {asked} 个数”退押金(退到余额加“余额”)。"
    )
    (row,) = await open_requests.open_returns()
    assert (row.id, row.who.name, row.who.phone, row.who.address) == (
        asked, "王女士", "13800001111", "阳光花园3栋502",
    )  # fmt: skip
    assert (row.buckets, row.held, row.deposit_fen) == (None, 2, 10000)


async def test_a_pack_is_settled_once_at_the_price_agreed() -> None:
    customer = await _station()
    purchase = await requests.order_pack(customer, "nfsq-19l-10", NOW, pack_notice)
    (told,) = await _told()
    assert told.startswith(
        f"【买水票 #{purchase.id}】王女士 13800001111 阳光花园3栋502:要买农夫山泉水票 10送1,"
        "220.00元,还没付款。"
    )
    assert f"回复“收票款 {purchase.id}”" in told
    assert [p.id for p in await open_requests.pending_packs()] == [purchase.id]
    # The price went up since: the customer pays what they were told.
    await TicketPack.filter(code="nfsq-19l-10").update(price_fen=25000)
    results = await asyncio.gather(
        *(requests.settle_pack(purchase.id, "wechat_pay", "owner", NOW) for _ in range(3)),
        return_exceptions=True,
    )
    done = [r for r in results if isinstance(r, PackSettled)]
    assert len(done) == 1 and all(isinstance(r, Conflict) for r in results if r not in done)
    assert (done[0].tickets, done[0].balance, done[0].price_fen) == (11, 11, 22000)
    entry = await TicketEntry.get(kind="purchase")
    assert (entry.delta, entry.amount_fen) == (11, 22000)
    assert (await PackPurchase.get(id=purchase.id)).status == "paid"
    assert await AuditLog.filter(action="pack.settle").count() == 1
    assert await open_requests.pending_packs() == []


async def test_settling_what_does_not_exist_or_by_an_unknown_means_is_refused() -> None:
    customer = await _station()
    purchase = await requests.order_pack(customer, "nfsq-19l-10", NOW, "买水票 {pack}")
    assert await _told() == ["买水票 农夫山泉水票 10送1"]  # a template over the same facts
    with pytest.raises(NotFound):
        await requests.settle_pack(purchase.id + 1, "cash", "owner", NOW)
    with pytest.raises(InvalidInput):
        await requests.settle_pack(purchase.id, "ticket", "owner", NOW)
    assert (await PackPurchase.get(id=purchase.id)).status == "pending"
