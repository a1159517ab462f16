"""Approving a bucket return is one transaction: buckets, refund, request and audit together."""

from __future__ import annotations

import asyncio

import pytest

from domain.infra.ports import Conn
from domain.models import AuditLog, BalanceEntry, BucketEntry, Customer, ReturnRequest
from domain.rules.errors import Conflict, InsufficientBuckets, InvalidInput
from domain.services import backoffice, buckets, requests
from domain.services.buckets import Returned
from domain.services.support import run_in_transaction
from tests.integration.helpers import make_customer
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def _holding(held: int) -> Customer:
    customer = await make_customer()

    async def work(conn: Conn) -> dict[str, object]:
        await buckets.set_opening_buckets(conn, customer.id, held, held * 5000, "test")
        return {}

    await run_in_transaction("test.opening", None, work)
    return customer


async def test_a_double_click_refunds_once_and_the_second_is_refused() -> None:
    customer = await _holding(3)
    request_id = await requests.request_return(customer.id, 2, NOW, "退桶")
    results = await asyncio.gather(
        *(backoffice.approve_return(request_id, None, "balance", "d") for _ in range(5)),
        return_exceptions=True,
    )
    done = [r for r in results if isinstance(r, Returned)]
    assert len(done) == 1 and done[0].refund_fen == 10000 and done[0].held_after == 1
    assert all(isinstance(r, Conflict) for r in results if not isinstance(r, Returned)), results
    assert await BucketEntry.filter(kind="return").count() == 1
    assert await BalanceEntry.filter(kind="deposit_refund").count() == 1
    row = await AuditLog.get(action="return.approve")
    assert row.before == {"status": "open", "buckets": 2}
    assert row.after == {"status": "done", "buckets": 2, "refund_method": "balance"}
    assert await AuditLog.filter(action="buckets.return").count() == 1


@pytest.mark.parametrize(
    ("count", "method", "error"),
    [(5, "cash", InsufficientBuckets), (1, "wechat_pay", InvalidInput), (0, "cash", InvalidInput)],
)
async def test_a_refused_approval_leaves_the_request_open_and_nothing_moved(
    count: int, method: str, error: type[Exception]
) -> None:
    customer = await _holding(3)
    request_id = await requests.request_return(customer.id, 2, NOW, "退桶")
    with pytest.raises(error):
        await backoffice.approve_return(request_id, count, method, "d")
    request = await ReturnRequest.get(id=request_id)
    assert (request.status, request.buckets) == ("open", 2)
    assert not await BucketEntry.filter(kind="return").exists()
    assert not await AuditLog.filter(action__in=["return.approve", "buckets.return"]).exists()
    done = await backoffice.approve_return(request_id, None, "cash", "d")
    assert (done.buckets, done.refund_fen, done.refund_method) == (2, 10000, "cash")
