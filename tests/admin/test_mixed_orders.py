"""A phone order paid partly with tickets (use_tickets) over the API, and its cancel."""

from __future__ import annotations

import pytest

from domain.models import BalanceAccount, TicketWallet
from domain.services import wallet
from tests.admin.conftest import Api
from tests.admin.seed import SKU, seed_world
from tests.fakes.notifier import RecordingNotifier

pytestmark = pytest.mark.usefixtures("db")

# 5 农夫 tickets (the seed) cover 2 of the 农夫 line; the 怡宝 and the deposit are the rest.
ITEMS = [{"sku": SKU, "quantity": 2}, {"sku": "cestbon-18l", "quantity": 1}]


async def test_use_tickets_pays_the_covered_lines_and_the_balance_the_rest(
    owner: Api, notices: RecordingNotifier
) -> None:
    world = await seed_world()
    await wallet.top_up(world.customer.id, 50000, "cash", "test")
    body = {
        "customer_id": str(world.customer.id),
        "items": ITEMS,
        "payment_method": "balance",
        "use_tickets": True,
    }
    status, order = await owner.post("/orders", body)
    assert status == 201, order
    pay = order["payment"]
    assert (pay["method"], pay["status"], pay["tickets_used"]) == ("balance", "paid", 2)
    assert pay["tickets_fen"] == 2 * 2200
    assert pay["prepaid_fen"] == pay["total_fen"] - pay["tickets_fen"]
    (task,) = notices.assigned
    assert (task.tickets_used, task.money_due_fen) == (2, 0)  # nothing left for the door
    assert (await TicketWallet.get(customer_id=world.customer.id, sku=SKU)).balance == 3

    status, moved = await owner.post(f"/orders/{order['number']}/cancel", {"reason": "下错了"})
    assert status == 200, moved
    assert (moved["tickets_returned"], moved["refunded_fen"]) == (2, pay["prepaid_fen"])
    assert (await TicketWallet.get(customer_id=world.customer.id, sku=SKU)).balance == 5
    assert (await BalanceAccount.get(customer_id=world.customer.id)).balance_fen == 50000


async def test_without_use_tickets_the_fields_mean_what_they_meant(owner: Api) -> None:
    world = await seed_world()
    body = {"customer_id": str(world.customer.id), "items": ITEMS, "payment_method": "cash"}
    status, order = await owner.post("/orders", body)
    assert status == 201, order
    assert (order["payment"]["tickets_used"], order["payment"]["tickets_fen"]) == (0, 0)
    status, refused = await owner.post("/orders", {**body, "use_tickets": "yes"})
    assert status == 422 and "use_tickets" in refused["error"]["fields"]
