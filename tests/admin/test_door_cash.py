"""Cash due against cash taken over the admin API: the delivery, the order, finance and stats."""

from __future__ import annotations

from domain.services import order_moves, staff
from domain.services.orders import OrderRequest, place_order
from tests.admin.conftest import Api
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW


async def _assigned(openid: str) -> str:
    """A new customer's 1 x 农夫山泉 by cash: 72.00 due (22.00 + 50.00 deposit)."""
    customer = await make_customer(openid)
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "cash"), NOW)
    await order_moves.assign_order(placed.number, "courier1", "dispatcher", NOW)
    return placed.number


async def test_short_and_over_show_on_the_order_in_finance_and_in_courier_stats(
    dispatcher: Api, owner: Api
) -> None:
    await seed_catalog()
    await staff.add_courier("courier1", "刘师傅", "test")
    short, over = await _assigned("o-a"), await _assigned("o-b")
    status, done = await dispatcher.post(f"/orders/{short}/deliver", {"cash_collected_fen": 100})
    assert status == 200, done
    assert (done["cash_due_fen"], done["cash_collected_fen"]) == (7200, 100)
    assert done["short_fen"] == 7100
    status, done = await dispatcher.post(f"/orders/{over}/deliver", {"cash_collected_fen": 8000})
    assert status == 200 and (done["short_fen"], done["over_fen"]) == (0, 800)
    status, order = await dispatcher.get(f"/orders/{short}")
    assert status == 200, order
    payment = order["payment"]
    assert (payment["status"], payment["cash_due_fen"], payment["cash_collected_fen"]) == (
        "owing",
        7200,
        100,
    )
    status, report = await owner.get("/finance?day=2026-11-24")
    assert status == 200, report
    assert report["door"] == {
        "due_fen": 14400,
        "collected_fen": 8100,
        "short_fen": 7100,
        "over_fen": 800,
        "receivables_fen": 7100,
        "receivable_orders": 1,
    }
    [courier] = report["couriers"]
    assert (courier["cash_fen"], courier["short_fen"], courier["over_fen"]) == (8100, 7100, 800)
    status, stats = await owner.get("/stats/couriers?from=2026-11-24&to=2026-11-24")
    assert status == 200, stats
    [row] = stats["couriers"]
    assert (row["cash_fen"], row["short_fen"], row["over_fen"]) == (8100, 7100, 800)
