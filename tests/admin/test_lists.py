"""The short lists page like the long ones (limit, cursor) and filter as a back office needs."""

from __future__ import annotations

from typing import Any

import pytest

from domain.models import ReturnRequest
from domain.reads.paging import encode_cursor
from domain.services import api_tokens, backoffice, codes, customers, requests, staff
from tests.admin.conftest import Api
from tests.admin.seed import seed_world
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")
NOBODY = "7f0c9a52-1111-4222-8333-444455556666"


async def walk(api: Api, path: str, key: str, **params: Any) -> list[Any]:
    """Every item of a list, two per page, following the cursor to the end."""
    seen: list[Any] = []
    cursor = None
    for _ in range(50):
        query = {**params, "limit": 2, **({"cursor": cursor} if cursor else {})}
        status, page = await api.get(path, params=query)
        assert status == 200, page
        assert len(page["items"]) <= 2
        seen += [item[key] for item in page["items"]]
        cursor = page["next_cursor"]
        if cursor is None:
            return seen
    raise AssertionError(f"{path} never ended")


async def test_couriers_page_by_name_and_filter_active_and_on_shift(dispatcher: Api) -> None:
    made = {}
    # Three namesakes: a page ends between them, so the id must break the tie.
    named = (
        ("c1", "王师傅"),
        ("c2", "李师傅"),
        ("c3", "赵师傅"),
        ("c4", "李师傅"),
        ("c5", "李师傅"),
    )
    for userid, name in named:
        made[userid] = await staff.add_courier(userid, name, "test")
    await backoffice.update_courier(made["c3"].id, {"active": False}, "test")
    await backoffice.update_courier(made["c2"].id, {"on_shift": False}, "test")
    everyone = await walk(dispatcher, "/couriers", "wecom_userid")
    assert sorted(everyone) == ["c1", "c2", "c3", "c4", "c5"] and len(everyone) == 5
    _, page = await dispatcher.get("/couriers", params={"limit": 200})
    names = [c["name"] for c in page["items"]]
    assert names == sorted(names)  # by name, the same on both databases for these names
    active = await walk(dispatcher, "/couriers", "wecom_userid", active="true")
    assert sorted(active) == ["c1", "c2", "c4", "c5"]
    assert await walk(dispatcher, "/couriers", "wecom_userid", active="false") == ["c3"]
    on_shift = await walk(dispatcher, "/couriers", "wecom_userid", active="true", on_shift="true")
    assert sorted(on_shift) == ["c1", "c4", "c5"]
    status, body = await dispatcher.get("/couriers", params={"active": "maybe"})
    assert status == 422 and "active" in body["error"]["fields"]


async def test_staff_page_and_filter_by_role(viewer: Api) -> None:
    await staff.add_courier("c1", "王师傅", "test")
    await staff.add_courier("c2", "李师傅", "test")
    await staff.add_staff("boss", "老板", "owner", "test")
    await staff.add_staff("d1", "调度小王", "dispatcher", "test")
    assert sorted(await walk(viewer, "/staff", "wecom_userid")) == ["boss", "c1", "c2", "d1"]
    assert sorted(await walk(viewer, "/staff", "wecom_userid", role="courier")) == ["c1", "c2"]
    assert await walk(viewer, "/staff", "role", role="owner") == ["owner"]
    assert (await viewer.get("/staff", params={"role": "boss"}))[0] == 422


async def test_products_and_packs_page_in_catalog_order_with_filters(viewer: Api) -> None:
    await seed_world()
    await backoffice.update_product("local-18l", {"active": False}, "test")
    await backoffice.update_pack("local-18l-20", {"active": False}, "test")
    skus = await walk(viewer, "/products", "sku")
    assert skus[:2] == ["nfsq-19l", "cestbon-18l"] and len(skus) == len(set(skus)) == 7
    assert "local-18l" not in await walk(viewer, "/products", "sku", active="true")
    assert await walk(viewer, "/products", "sku", active="false") == ["local-18l"]
    packs = await walk(viewer, "/ticket-packs", "code")
    assert packs == ["nfsq-19l-10", "cestbon-18l-10", "local-18l-20"]
    assert await walk(viewer, "/ticket-packs", "code", sku="cestbon-18l") == ["cestbon-18l-10"]
    assert await walk(viewer, "/ticket-packs", "code", active="false") == ["local-18l-20"]


async def test_code_batches_page_newest_first_with_filters(owner: Api) -> None:
    await seed_world()
    secret = await codes.code_secret("")
    ids = []
    for pack in ("nfsq-19l-10", "cestbon-18l-10", "nfsq-19l-10"):
        batch, _ = await codes.create_batch(pack, 2, "test", NOW, secret)
        ids.append(batch.id)
    await codes.void_batch(ids[0], "test", NOW)
    assert await walk(owner, "/code-batches", "id") == ids[::-1]
    assert await walk(owner, "/code-batches", "id", pack_code="nfsq-19l-10") == [ids[2], ids[0]]
    assert await walk(owner, "/code-batches", "id", voided="true") == [ids[0]]
    assert await walk(owner, "/code-batches", "id", voided="false") == [ids[2], ids[1]]


async def test_tokens_page_newest_first_with_filters(owner: Api) -> None:
    infos = [await api_tokens.create_token(f"t{i}", "viewer", "test", NOW) for i in range(3)]
    await api_tokens.revoke_token(infos[0][0].id, "test")
    names = await walk(owner, "/tokens", "name")
    assert sorted(names) == ["t0", "t1", "t2", "老板"] and len(set(names)) == 4
    assert sorted(await walk(owner, "/tokens", "name", role="viewer")) == ["t0", "t1", "t2"]
    assert await walk(owner, "/tokens", "name", revoked="true") == ["t0"]
    assert await walk(owner, "/tokens", "name", role="owner", revoked="false") == ["老板"]


@pytest.mark.parametrize(
    "cursor",
    [
        "not-a-cursor",
        encode_cursor(["王师傅"]),
        encode_cursor(["王\u0000", "7f0c9a52-1111-4222-8333-444455556666"]),
        encode_cursor([3, "7f0c9a52-1111-4222-8333-444455556666"]),
        encode_cursor(["王师傅", "not-a-uuid"]),
        encode_cursor(["\ud800", "7f0c9a52-1111-4222-8333-444455556666"]),
    ],
)
async def test_forged_cursors_are_422_not_a_server_error(owner: Api, cursor: str) -> None:
    await staff.add_courier("c1", "王师傅", "test")
    for path in ("/couriers", "/staff"):
        status, body = await owner.get(path, params={"cursor": cursor})
        assert status == 422 and "cursor" in body["error"]["fields"], (path, body)
    status, body = await owner.get("/products", params={"cursor": cursor})
    assert status == 422


async def test_complaints_and_returns_filter_by_customer(viewer: Api) -> None:
    world = await seed_world()
    other = await customers.create_customer("王五", None, "test")
    mine = await requests.log_complaint(world.customer.id, "水有异味", NOW, "投诉 {id}")
    await requests.log_complaint(other.id, "送晚了", NOW, "投诉 {id}")
    assert await walk(viewer, "/complaints", "id", customer_id=str(world.customer.id)) == [mine]
    assert len(await walk(viewer, "/complaints", "id")) == 2
    await ReturnRequest.create(customer_id=other.id, buckets=1)
    wanted = await ReturnRequest.create(customer_id=world.customer.id, buckets=2)
    assert await walk(viewer, "/returns", "id", customer_id=str(world.customer.id)) == [wanted.id]
    assert await walk(viewer, "/returns", "id", customer_id=NOBODY) == []
    status, body = await viewer.get("/returns", params={"customer_id": "x"})
    assert status == 422 and "customer_id" in body["error"]["fields"]
