"""Orders and customers over the API pinned whole: every field, in order, as the tables say.

The serialisers format records the reads return; a record that drops, renames, retypes or
reorders a field fails here, including the fields no other test looks at.
"""

from __future__ import annotations

import pytest

from domain.models import (
    Address,
    BucketAccount,
    Customer,
    Product,
    ServiceLog,
    TicketEntry,
    TicketLot,
)
from tests.admin import shapes
from tests.admin.conftest import Api
from tests.admin.seed import SKU, World, seed_world
from tests.admin.shapes import exactly, iso

pytestmark = pytest.mark.usefixtures("db")


async def _delivered(api: Api, world: World) -> str:
    body = {
        "customer_id": str(world.customer.id),
        "items": [{"sku": SKU, "quantity": 2}],
        "payment_method": "ticket",
        "note": "放门口",
    }
    status, placed = await api.post("/orders", body)
    assert status == 201, placed
    number = str(placed["number"])
    assert (await api.post(f"/orders/{number}/start"))[0] == 200
    assert (await api.post(f"/orders/{number}/deliver", {"empties": 1}))[0] == 200
    return number


async def test_an_order_whole_alone_and_in_lists(dispatcher: Api) -> None:
    world = await seed_world()
    number = await _delivered(dispatcher, world)
    status, whole = await dispatcher.get(f"/orders/{number}")
    assert status == 200 and whole["state"] == "delivered" and whole["delivered_at"]
    expected = await shapes.order(number)
    assert [e["to_state"] for e in expected["events"]][-1] == "delivered"
    exactly(whole, expected)
    exactly((await dispatcher.get("/orders"))[1], shapes.page(await shapes.order_summary(number)))
    status, view = await dispatcher.get(f"/customers/{world.customer.id}")
    exactly(view["recent_orders"], [await shapes.order_summary(number)])


async def test_a_customer_whole_with_the_360_view(dispatcher: Api) -> None:
    world = await seed_world()
    number = await _delivered(dispatcher, world)
    cid = world.customer.id
    address = await Address.get(customer_id=cid)
    [lot] = await TicketLot.filter(wallet__customer_id=cid, remaining__gt=0)
    product = await Product.get(sku=SKU)
    buckets = await BucketAccount.get(customer_id=cid)
    refill = (await Customer.get(id=cid)).refill_due_at
    assert (buckets.held, lot.remaining) == (1, 3)  # two delivered, one empty back
    status, view = await dispatcher.get(f"/customers/{cid}")
    assert status == 200
    exactly(
        view,
        {
            "customer": await shapes.customer(cid),
            "addresses": [await shapes.address(address.id)],
            "tickets": [{"sku": SKU, "name": product.name, "count": 3,
                         "earliest_expiry": iso(lot.expires_at)}],
            "balance_fen": 0,
            "buckets_held": 1,
            "deposit_fen": buckets.deposit_fen,
            "order_count": 1,
            "recent_orders": [await shapes.order_summary(number)],
            "predicted_refill_at": iso(refill),
        },
    )  # fmt: skip


async def test_customers_made_changed_and_searched(owner: Api) -> None:
    await seed_world()
    body = {"name": "王五", "phone": "13900139002", "tags": ["office"], "notes": "前台代收",
            "address": {"text": "创业大厦A座1201", "label": "公司", "floor": 12}}  # fmt: skip
    status, made = await owner.post("/customers", body)
    assert status == 201
    exactly(made, await shapes.customer(made["id"]))
    assert made["tags"] == ["office"] and made["wechat_linked"] is False
    status, changed = await owner.patch(
        f"/customers/{made['id']}", {"notes": "改了", "reminder_opt_out": True}
    )
    assert status == 200 and changed["reminder_opt_out"] is True
    exactly(changed, await shapes.customer(made["id"]))
    status, found = await owner.get("/customers", params={"q": "王五"})
    exactly(found, shapes.page(await shapes.customer(made["id"])))


async def test_addresses_added_changed_and_listed(owner: Api) -> None:
    world = await seed_world()
    cid = world.customer.id
    status, added = await owner.post(
        f"/customers/{cid}/addresses",
        {"text": "翠湖小区2栋101", "label": "父母家", "building": "2栋", "room": "101",
         "floor": 1, "has_lift": False, "make_default": False},
    )  # fmt: skip
    assert status == 201 and added["is_default"] is False
    exactly(added, await shapes.address(added["id"]))
    status, changed = await owner.patch(
        f"/customers/{cid}/addresses/{added['id']}", {"unit": "1单元", "make_default": True}
    )
    assert status == 200 and changed["is_default"] is True
    exactly(changed, await shapes.address(added["id"]))
    first = await Address.get(customer_id=cid, text="阳光花园3栋502")
    status, listed = await owner.get(f"/customers/{cid}/addresses")
    exactly(listed, shapes.page(await shapes.address(added["id"]), await shapes.address(first.id)))


async def test_service_log_and_ticket_ledger_lines(owner: Api) -> None:
    world = await seed_world()
    cid = world.customer.id
    await _delivered(owner, world)
    assert (await owner.post(f"/customers/{cid}/service-log", {"text": "下午送"}))[0] == 201
    note = await ServiceLog.get(customer_id=cid)
    status, notes = await owner.get(f"/customers/{cid}/service-log")
    assert status == 200
    exactly(
        notes,
        shapes.page(
            {"id": note.id, "author": "api:老板:owner", "text": "下午送",
             "created_at": iso(note.created_at)}
        ),
    )  # fmt: skip
    entries = await TicketEntry.filter(wallet__customer_id=cid).order_by("-id")
    assert [e.delta for e in entries] == [-2, 5]
    status, ledger = await owner.get(f"/customers/{cid}/tickets")
    expected = [
        {"id": e.id, "sku": SKU, "delta": e.delta, "balance_after": e.balance_after,
         "kind": e.kind, "amount_fen": e.amount_fen, "order_number": e.order_number,
         "reason": e.reason, "actor": e.actor, "created_at": iso(e.created_at)}
        for e in entries
    ]  # fmt: skip
    exactly(ledger, shapes.page(*expected))
