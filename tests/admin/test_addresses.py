"""A customer's addresses over the API: list, edit, default, delete; nobody else's."""

from __future__ import annotations

import pytest

from domain.models import Address, AuditLog
from domain.services import customers
from domain.services.customers import AddressInput
from domain.services.orders import OrderRequest, place_order
from tests.admin.conftest import Api
from tests.admin.seed import SKU, seed_world
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
NOBODY = "7f0c9a52-1111-4222-8333-444455556666"


async def _two_addresses(api: Api) -> tuple[str, str, str]:
    """李四's default (阳光花园) and a second, newer one (公司)."""
    world = await seed_world()
    cid = str(world.customer.id)
    _, page = await api.get(f"/customers/{cid}/addresses")
    home = page["items"][0]["id"]
    _, office = await api.post(
        f"/customers/{cid}/addresses", {"text": "科技园A座", "label": "公司", "make_default": False}
    )
    return cid, home, office["id"]


async def test_list_edit_and_move_the_default(dispatcher: Api, viewer: Api) -> None:
    cid, home, office = await _two_addresses(dispatcher)
    status, page = await viewer.get(f"/customers/{cid}/addresses", params={"limit": 1})
    assert status == 200 and [a["id"] for a in page["items"]] == [office] and page["next_cursor"]
    _, rest = await viewer.get(
        f"/customers/{cid}/addresses", params={"cursor": page["next_cursor"]}
    )
    assert [a["id"] for a in rest["items"]] == [home] and rest["next_cursor"] is None
    base = f"/customers/{cid}/addresses"
    status, edited = await dispatcher.patch(
        f"{base}/{office}", {"text": " 科技园 B座 1201 ", "floor": 12, "has_lift": False}
    )
    assert status == 200 and edited["text"] == "科技园B座1201" and edited["floor"] == 12
    assert edited["is_default"] is False
    status, edited = await dispatcher.patch(f"{base}/{office}", {"make_default": True})
    assert status == 200 and edited["is_default"] is True
    assert not (await Address.get(id=home)).is_default
    status, body = await dispatcher.patch(f"{base}/{office}", {"make_default": False})
    assert status == 422 and "make_default" in body["error"]["fields"]
    rows = await AuditLog.filter(action="address.update").order_by("id")
    assert [r.after for r in rows] == [
        {"address_id": office, "text": "科技园B座1201", "floor": 12, "has_lift": False},
        {"address_id": office, "is_default": True},
    ]
    assert rows[0].before == {"address_id": office, "text": "科技园A座", "floor": None,
                              "has_lift": True}  # fmt: skip
    assert rows[0].actor == "api:调度:dispatcher"


async def test_deleting_the_default_moves_it_and_orders_keep_their_address(
    dispatcher: Api,
) -> None:
    cid, home, office = await _two_addresses(dispatcher)
    placed = await place_order(OrderRequest(cid, [(SKU, 1)], "ticket"), NOW)
    base = f"/customers/{cid}/addresses"
    status, gone = await dispatcher.call("DELETE", f"{base}/{home}")
    assert status == 200 and gone == {"id": home, "default_address_id": office}
    assert (await Address.get(id=office)).is_default
    status, order = await dispatcher.get(f"/orders/{placed.number}")
    assert status == 200 and order["address"]["text"] == "阳光花园3栋502"
    status, gone = await dispatcher.call("DELETE", f"{base}/{office}")
    assert status == 200 and gone == {"id": office, "default_address_id": None}
    _, view = await dispatcher.get(f"/customers/{cid}")
    assert view["addresses"] == []
    assert (await dispatcher.call("DELETE", f"{base}/{office}"))[0] == 404
    row = await AuditLog.filter(action="address.delete").order_by("id").first()
    assert row is not None and row.after == {"default_moved_to": office}
    assert row.before["text"] == "阳光花园3栋502" and row.before["is_default"] is True


async def test_deleting_another_address_keeps_the_default(dispatcher: Api) -> None:
    cid, home, office = await _two_addresses(dispatcher)
    status, gone = await dispatcher.call("DELETE", f"/customers/{cid}/addresses/{office}")
    assert status == 200 and gone == {"id": office, "default_address_id": home}


async def test_another_customers_address_is_not_found_and_untouched(
    dispatcher: Api, viewer: Api
) -> None:
    cid, home, _ = await _two_addresses(dispatcher)
    stranger = await customers.create_customer("王五", None, "test")
    theirs = await customers.add_address(stranger.id, AddressInput("幸福小区1栋"), "test")
    for path in (
        f"/customers/{cid}/addresses/{theirs.id}",
        f"/customers/{NOBODY}/addresses/{theirs.id}",
        f"/customers/{cid}/addresses/{NOBODY}",
        f"/customers/{cid}/addresses/not-a-uuid",
    ):
        status, body = await dispatcher.patch(path, {"label": "偷看"})
        assert status == 404 and "幸福小区" not in str(body), path
        assert (await dispatcher.call("DELETE", path))[0] == 404, path
    assert (await Address.get(id=theirs.id)).label == "家"
    assert (await dispatcher.get(f"/customers/{NOBODY}/addresses"))[0] == 404
    base = f"/customers/{cid}/addresses/{home}"
    assert (await viewer.patch(base, {"label": "x"}))[0] == 403
    assert (await viewer.call("DELETE", base))[0] == 403
    for bad in ({"text": "   "}, {"text": ""}, {"customer_id": NOBODY}, {"floor": 500}):
        assert (await dispatcher.patch(base, bad))[0] == 422, bad
    assert (await Address.get(id=home)).text == "阳光花园3栋502"
