"""A station with a few days of history, for the owner's figures, look-ups and alerts.

NOW is Tuesday 2026-11-24 10:00 (Asia/Shanghai). Ledger rows and customers are stamped by the
database clock (`auto_now_add`), so the seed moves those stamps to the simulated moment.

| order | customer | placed      | what                       | courier  | delivered            |
|-------|----------|-------------|----------------------------|----------|----------------------|
| oct   | 陈女士   | 10-10 09:00 | 1 ganten, cash             | courier1 | 10-10 10:00 on time  |
| nov8  | 赵先生   | 11-08 08:30 | 1 nfsq, cash               | courier2 | 11-08 09:40 on time  |
| yday  | 张老板   | 11-23 14:00 | 3 local, cash              | courier1 | 11-23 15:15 on time  |
| t1    | 王阿姨   | 11-24 07:10 | 2 nfsq, tickets            | courier1 | 11-24 09:00 on time  |
| t2    | 李先生   | 11-24 07:30 | 1 cestbon, balance         | courier2 | 11-24 09:30 late     |
| open  | 李先生   | 11-24 09:00 | 1 cestbon, cash            | -        | awaiting dispatch    |
| gone  | 张老板   | 11-24 09:10 | 1 local, cash              | -        | cancelled 09:20      |
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from domain.models import BalanceEntry, Complaint, Courier, Customer, TicketEntry
from domain.services import customers, order_moves, requests, staff, wallet
from domain.services.customers import AddressInput
from domain.services.orders import OrderRequest, place_order
from tests.integration.helpers import seed_catalog
from tests.support import NOW, TZ


def at(month: int, day: int, hour: int, minute: int = 0) -> datetime:
    """A moment of 2026 in the station's time zone."""
    return datetime(2026, month, day, hour, minute, tzinfo=TZ)


@dataclass
class Seeded:
    """Order numbers and customers the tests refer to."""

    numbers: dict[str, str]
    customers: dict[str, Customer]
    complaint_id: int


async def _customer(openid: str, name: str, phone: str, address: str, joined: datetime) -> Customer:
    customer, _ = await customers.customer_for_openid(openid, "test")
    await customers.set_phone(customer.id, phone, "test")
    await customers.add_address(customer.id, AddressInput(address), "test")
    await Customer.filter(id=customer.id).update(name=name, created_at=joined)
    return await Customer.get(id=customer.id)


async def _order(
    who: Customer,
    items: list[tuple[str, int]],
    method: str,
    placed: datetime,
    window: tuple[datetime, datetime],
) -> str:
    request = OrderRequest(who.id, items, method, window=window, actor="customer")
    return (await place_order(request, placed)).number


async def _deliver(number: str, courier: str, assigned: datetime, delivered: datetime) -> None:
    await order_moves.assign_order(number, courier, "owner", assigned)
    await order_moves.record_delivery(number, courier, delivered, empties=0)


async def _staff() -> None:
    await seed_catalog()
    await staff.add_courier("courier1", "刘师傅", "test", "13900000001")
    await staff.add_courier("courier2", "赵师傅", "test", "13900000002")
    await Courier.all().update(on_shift=False)
    await staff.add_staff("owner", "店长", "owner", "test")
    await staff.add_staff("disp", "调度小王", "dispatcher", "test")


async def _customers() -> dict[str, Customer]:
    return {
        "chen": await _customer("o-chen", "陈女士", "13800000004", "阳光花园5栋301", at(10, 1, 9)),
        "zhao": await _customer("o-zhao", "赵先生", "13800000005", "翠湖小区2栋101", at(11, 1, 9)),
        "zhang": await _customer(
            "o-zhang", "张老板", "13800000003", "创业大厦A座1608", at(11, 23, 13)
        ),
        "wang": await _customer("o-wang", "王阿姨", "13800000001", "阳光花园3栋502", at(11, 24, 7)),
        "li": await _customer("o-li", "李先生", "13800000002", "翠湖小区8栋1201", at(11, 24, 8)),
    }


async def _before_today(c: dict[str, Customer], n: dict[str, str]) -> None:
    n["oct"] = await _order(
        c["chen"], [("ganten-18l", 1)], "cash", at(10, 10, 9), (at(10, 10, 9), at(10, 10, 11))
    )
    await _deliver(n["oct"], "courier1", at(10, 10, 9, 5), at(10, 10, 10))
    n["nov8"] = await _order(
        c["zhao"], [("nfsq-19l", 1)], "cash", at(11, 8, 8, 30), (at(11, 8, 9), at(11, 8, 11))
    )
    await _deliver(n["nov8"], "courier2", at(11, 8, 9), at(11, 8, 9, 40))
    # 赵先生's refill model says he needed water on 11-18: six days ago, so he is overdue.
    await Customer.filter(id=c["zhao"].id).update(refill_due_at=at(11, 18, 9))
    n["yday"] = await _order(
        c["zhang"], [("local-18l", 3)], "cash", at(11, 23, 14), (at(11, 23, 15), at(11, 23, 17))
    )
    await _deliver(n["yday"], "courier1", at(11, 23, 14, 10), at(11, 23, 15, 15))


async def _today(c: dict[str, Customer], n: dict[str, str]) -> None:
    await wallet.buy_pack(c["wang"].id, "nfsq-19l-10", "cash", "owner", at(11, 24, 7))
    await TicketEntry.filter(kind="purchase").update(created_at=at(11, 24, 7))
    window = (at(11, 24, 8, 30), at(11, 24, 10))
    n["t1"] = await _order(c["wang"], [("nfsq-19l", 2)], "ticket", at(11, 24, 7, 10), window)
    await _deliver(n["t1"], "courier1", at(11, 24, 8, 15), at(11, 24, 9))
    await wallet.top_up(c["li"].id, 10000, "cash", "owner")
    await BalanceEntry.all().update(created_at=at(11, 24, 7))
    # Placed an hour (the station's lead time) before its window, so the window stands.
    window = (at(11, 24, 8, 30), at(11, 24, 9))
    n["t2"] = await _order(c["li"], [("cestbon-18l", 1)], "balance", at(11, 24, 7, 30), window)
    await _deliver(n["t2"], "courier2", at(11, 24, 8, 30), at(11, 24, 9, 30))
    afternoon = (at(11, 24, 14), at(11, 24, 16))
    n["open"] = await _order(c["li"], [("cestbon-18l", 1)], "cash", at(11, 24, 9), afternoon)
    n["gone"] = await _order(c["zhang"], [("local-18l", 1)], "cash", at(11, 24, 9, 10), afternoon)
    await order_moves.cancel_order(n["gone"], "customer", at(11, 24, 9, 20))


async def seed_station() -> Seeded:
    """Catalog, two couriers (off shift, so nothing is auto-dispatched), an owner, history."""
    await _staff()
    people = await _customers()
    numbers: dict[str, str] = {}
    await _before_today(people, numbers)
    await _today(people, numbers)
    complaint = await requests.log_complaint(people["li"].id, "水有股怪味", NOW, "新投诉 #{id}")
    await Complaint.filter(id=complaint).update(created_at=NOW - timedelta(minutes=30))
    return Seeded(numbers, people, complaint)
