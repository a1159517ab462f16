"""Short order numbers on a real database: which orders an owner's and a customer's 003 name.

The numbers come from `owner_seed`: 20261010001, 20261108001, 20261123001, and on 11-24
001 (t1), 002 (t2), 003 (open, awaiting dispatch) and 004 (cancelled).
"""

from __future__ import annotations

import pytest

from domain.reads import order_refs, queries
from domain.rules.errors import InvalidInput, NotFound
from tests.integration.owner_seed import at, seed_station
from tests.support import NOW

pytestmark = pytest.mark.usefixtures("db")


async def test_an_owner_s_short_number_is_today_s_first_then_open_then_recent() -> None:
    await seed_station()
    for said in ("1", "001", "#001", "＃1", "20261124001"):
        assert await order_refs.for_staff(said, NOW) == "20261124001"
    tomorrow = at(11, 25, 9)
    assert await order_refs.for_staff("#003", tomorrow) == "20261124003"  # still open
    assert await order_refs.for_staff("4", tomorrow) == "20261124004"  # recent, cancelled
    with pytest.raises(InvalidInput) as several:  # four days have an 001, none of them open
        await order_refs.for_staff("1", tomorrow)
    assert "请发完整单号" in several.value.message
    with pytest.raises(NotFound):
        await order_refs.for_staff("20261124099", NOW)
    with pytest.raises(NotFound):
        await order_refs.for_staff("9", NOW)


async def test_a_customer_s_short_number_reaches_only_their_own_orders() -> None:
    seeded = await seed_station()
    li = seeded.customers["li"].id
    for said, number in (("003", "20261124003"), ("#2", "20261124002"), ("3", "20261124003")):
        status = await queries.order_status(li, said)
        assert status is not None and status.number == number
    assert await queries.order_status(li, "20261124003") is not None
    for not_his in ("001", "20261124001"):
        assert await queries.order_status(li, not_his) is None
