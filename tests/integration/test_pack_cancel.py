"""A customer takes back a pack bought in chat: only their own, only while unpaid, once; staff
are told; and a cancelled pack can no longer be settled (nor a settled one cancelled)."""

from __future__ import annotations

import asyncio

import pytest

from bot.handlers.owner_requests import pack_cancel_notice, pack_notice
from domain.models import AuditLog, OutboxMessage, PackPurchase, TicketEntry
from domain.reads import open_requests
from domain.rules.errors import Conflict, NotFound
from domain.services import requests
from domain.services.pack_cancel import PackCancelled, cancel_pack
from domain.services.requests import PackSettled
from tests.integration.helpers import make_customer
from tests.integration.test_staff_requests import _station
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def _told() -> list[str]:
    rows = await OutboxMessage.filter(recipient="owner").order_by("id")
    return [str(row.payload["text"]) for row in rows]


async def test_a_pending_pack_is_cancelled_once_and_staff_are_told() -> None:
    customer = await _station()
    purchase = await requests.order_pack(customer, "nfsq-19l-10", NOW, pack_notice)
    results = await asyncio.gather(
        *(cancel_pack(customer, purchase.id, NOW, pack_cancel_notice) for _ in range(3)),
        return_exceptions=True,
    )
    done = [r for r in results if isinstance(r, PackCancelled)]
    assert len(done) == 1 and all(isinstance(r, Conflict) for r in results if r not in done)
    # The taps that lost are told it is cancelled already, never that it was paid.
    losers = [r.message for r in results if isinstance(r, Conflict)]
    assert losers == [f"水票单 #{purchase.id} 已经取消了"] * 2
    assert (done[0].pack, done[0].price_fen) == ("农夫山泉水票 10送1", 22000)
    told = (await _told())[-1]
    assert told == (
        f"【水票单 #{purchase.id} 已取消】王女士 13800001111 阳光花园3栋502:"
        "客户不买农夫山泉水票 10送1(220.00元)了,不用再收款。"
    )
    assert (await PackPurchase.get(id=purchase.id)).status == "cancelled"
    assert await open_requests.pending_packs() == []
    assert await AuditLog.filter(action="pack.cancel").count() == 1
    with pytest.raises(Conflict, match="is cancelled") as refused:
        await requests.settle_pack(purchase.id, "cash", "owner", NOW)
    assert "客户已经取消了" in refused.value.message and not await TicketEntry.exists()


async def test_a_settled_or_someone_elses_pack_is_not_cancelled() -> None:
    customer = await _station()
    other = str((await make_customer("o-other")).id)
    purchase = await requests.order_pack(customer, "nfsq-19l-10", NOW, pack_notice)
    with pytest.raises(NotFound):
        await cancel_pack(other, purchase.id, NOW, pack_cancel_notice)
    with pytest.raises(NotFound):
        await cancel_pack(customer, purchase.id + 100, NOW, pack_cancel_notice)
    await requests.settle_pack(purchase.id, "cash", "owner", NOW)
    with pytest.raises(Conflict) as refused:
        await cancel_pack(customer, purchase.id, NOW, pack_cancel_notice)
    assert refused.value.sends_away and "已经付过款" in refused.value.message
    assert (await PackPurchase.get(id=purchase.id)).status == "paid"


async def test_cancel_and_settle_racing_leave_one_outcome() -> None:
    customer = await _station()
    purchase = await requests.order_pack(customer, "nfsq-19l-10", NOW, pack_notice)
    results = await asyncio.gather(
        cancel_pack(customer, purchase.id, NOW, pack_cancel_notice),
        requests.settle_pack(purchase.id, "cash", "owner", NOW),
        return_exceptions=True,
    )
    won = [r for r in results if isinstance(r, PackCancelled | PackSettled)]
    assert len(won) == 1 and any(isinstance(r, Conflict) for r in results)
    status = (await PackPurchase.get(id=purchase.id)).status
    assert status == ("cancelled" if isinstance(won[0], PackCancelled) else "paid")
    assert await TicketEntry.exists() == (status == "paid")
