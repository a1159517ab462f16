"""Registering staff never changes a role by accident; changing one is explicit and guarded."""

from __future__ import annotations

import asyncio

import pytest

from domain.infra.ports import Conn
from domain.models import AuditLog, Courier, Staff
from domain.rules.errors import Conflict, NotFound
from domain.services import order_moves, staff
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import make_customer, seed_catalog
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def test_registering_again_in_the_same_role_updates_the_details() -> None:
    await staff.add_courier("c1", "刘师傅", "test", trip_capacity=8)
    again = await staff.add_courier("c1", "刘师傅(新)", "test", trip_capacity=12)
    assert again.name == "刘师傅(新)" and again.trip_capacity == 12
    await staff.add_staff("boss", "店长", "owner", "test")
    assert (await staff.add_staff("boss", "老板", "owner", "test")).name == "老板"


async def test_registering_in_another_role_is_a_conflict_and_changes_nothing() -> None:
    await staff.add_staff("boss", "店长", "owner", "test")
    await staff.add_courier("c1", "刘师傅", "test")
    with pytest.raises(Conflict) as refused:
        await staff.add_courier("boss", "店长", "test")
    assert "店长" in refused.value.message and "boss" in refused.value.detail
    with pytest.raises(Conflict):
        await staff.add_staff("c1", "刘师傅", "dispatcher", "test")
    with pytest.raises(Conflict):
        await staff.add_staff("boss", "店长", "dispatcher", "test")
    assert (await Staff.get(wecom_userid="boss")).role == "owner"
    assert (await Staff.get(wecom_userid="c1")).role == "courier"
    assert not await Courier.exists(wecom_userid="boss")


async def test_change_role_keeps_the_last_owner() -> None:
    boss = await staff.add_staff("boss", "店长", "owner", "test")
    with pytest.raises(Conflict) as refused:
        await staff.change_role(boss.id, "dispatcher", "test")
    assert refused.value.message == "至少要保留一位店长"
    second = await staff.add_staff("boss2", "老板娘", "owner", "test")
    assert (await staff.change_role(boss.id, "dispatcher", "test")).role == "dispatcher"
    with pytest.raises(Conflict):
        await staff.change_role(second.id, "courier", "test")
    row = await AuditLog.get(action="staff.role")
    assert (row.before, row.after, row.actor) == ({"role": "owner"}, {"role": "dispatcher"}, "test")


async def test_change_role_into_and_out_of_courier() -> None:
    await staff.add_staff("boss", "店长", "owner", "test")
    disp = await staff.add_staff("d1", "调度小王", "dispatcher", "test")
    moved = await staff.change_role(disp.id, "courier", "test")
    courier = await Courier.get(wecom_userid="d1")
    assert moved.role == "courier" and moved.courier_id == courier.id  # type: ignore[attr-defined]
    assert courier.active and courier.name == "调度小王"
    back = await staff.change_role(disp.id, "dispatcher", "test")
    courier = await Courier.get(wecom_userid="d1")
    assert back.role == "dispatcher" and not courier.active and not courier.on_shift
    assert (await staff.change_role(disp.id, "dispatcher", "test")).role == "dispatcher"
    assert await AuditLog.filter(action="staff.role").count() == 2  # the no-op wrote nothing
    with pytest.raises(NotFound):
        await staff.change_role("7f0c9a52-1111-4222-8333-444455556666", "owner", "test")


async def test_a_courier_with_open_tasks_keeps_the_role() -> None:
    await seed_catalog()
    customer = await make_customer()
    await staff.add_courier("c1", "刘师傅", "test")
    member = await Staff.get(wecom_userid="c1")
    placed = await place_order(OrderRequest(customer.id, [("nfsq-19l", 1)], "cash"), NOW)
    await order_moves.assign_order(placed.number, "c1", "dispatcher", NOW)
    with pytest.raises(Conflict) as refused:
        await staff.change_role(member.id, "dispatcher", "test")
    assert "改派" in refused.value.message
    assert (await Courier.get(wecom_userid="c1")).active


async def test_two_owners_demoting_each_other_at_once_keep_one_owner() -> None:
    # On PostgreSQL each used to lock its own row and then wait for the other's: a deadlock (500).
    for n in range(5):
        first = await staff.add_staff(f"a{n}", "店长", "owner", "test")
        second = await staff.add_staff(f"b{n}", "老板娘", "owner", "test")
        results = await asyncio.gather(
            staff.change_role(first.id, "dispatcher", "test"),
            staff.change_role(second.id, "dispatcher", "test"),
            return_exceptions=True,
        )
        refused = [r for r in results if isinstance(r, BaseException)]
        assert len(refused) == 1 and isinstance(refused[0], Conflict), results
        assert refused[0].message == "至少要保留一位店长"
        assert await Staff.filter(role="owner").count() == 1
        # The next round starts again from exactly two owners.
        await Staff.filter(role="owner").update(role="dispatcher")


async def test_one_new_userid_registered_in_two_roles_at_once_gets_one_role() -> None:
    for n in range(5):
        userid = f"new{n}"
        results = await asyncio.gather(
            staff.add_courier(userid, "刘师傅", "test"),
            staff.add_staff(userid, "调度小王", "dispatcher", "test"),
            return_exceptions=True,
        )
        refused = [r for r in results if isinstance(r, BaseException)]
        assert len(refused) == 1 and isinstance(refused[0], Conflict), results
        assert "已登记为" in refused[0].message
        member = await Staff.get(wecom_userid=userid)
        assert await Courier.exists(wecom_userid=userid) == (member.role == "courier")


async def test_a_registration_that_lost_the_race_is_a_conflict(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Simulate the interleaving: the role check ran before the other registration committed.
    await staff.add_staff("boss", "店长", "owner", "test")
    looked = staff._staff_row
    misses = iter([True])

    async def stale(conn: Conn, wecom_userid: str) -> Staff | None:
        return None if next(misses, False) else await looked(conn, wecom_userid)

    monkeypatch.setattr(staff, "_staff_row", stale)
    with pytest.raises(Conflict) as refused:
        await staff.add_courier("boss", "店长", "test")
    assert "店长" in refused.value.message
    assert (await Staff.get(wecom_userid="boss")).role == "owner"
    assert not await Courier.exists(wecom_userid="boss")
