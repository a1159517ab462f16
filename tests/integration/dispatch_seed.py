"""Builders for the dispatch tests: a station with coordinates, couriers, orders at places."""

from __future__ import annotations

import itertools
import math
from datetime import datetime

from domain.models import Order
from domain.services import customers, staff
from domain.services.customers import AddressInput
from domain.services.orders import OrderRequest, place_order
from domain.services.station import configure_station
from tests.integration.helpers import seed_catalog

STATION = (31.2304, 121.4737)
_names = itertools.count(1)


def near(north_m: float, east_m: float = 0.0) -> tuple[float, float]:
    """A point `north_m` metres north and `east_m` east of the station."""
    lat, lon = STATION
    return (
        lat + north_m / 111_320,
        lon + east_m / (111_320 * math.cos(math.radians(lat))),
    )


async def open_station(**settings: object) -> None:
    """The catalog, an owner, and the station at STATION (plans solve in one second)."""
    await seed_catalog()
    await staff.add_staff("owner", "店长", "owner", "test")
    changes = {"latitude": STATION[0], "longitude": STATION[1], "plan_seconds": 1} | settings
    await configure_station(changes, "test")


async def courier(userid: str, capacity: int = 10) -> None:
    """A courier on shift."""
    await staff.add_courier(userid, f"师傅{userid}", "test", "13900000000", capacity)


async def order_at(
    spot: tuple[float, float] | None,
    now: datetime,
    window: tuple[datetime, datetime] | None = None,
    quantity: int = 1,
    address: str | None = None,
    community: str = "",
    building: str = "",
) -> str:
    """An order from a new customer at `spot` (None: no coordinates); its number."""
    n = next(_names)
    customer, _ = await customers.customer_for_openid(f"o-dispatch-{n}", "test")
    lat, lon = spot if spot else (None, None)
    text = address or f"幸福里{n}号"
    where = AddressInput(text, community=community, building=building, latitude=lat, longitude=lon)
    await customers.add_address(customer.id, where, "test")
    await customers.set_phone(customer.id, f"1380000{n:04d}", "test")
    request = OrderRequest(customer.id, [("nfsq-19l", quantity)], "cash", window=window)
    return (await place_order(request, now)).number


async def courier_of(number: str) -> str | None:
    """The user id of the order's courier."""
    order = await Order.get(number=number).prefetch_related("courier")
    return order.courier.wecom_userid if order.courier else None


async def state_of(number: str) -> str:
    """The order's state."""
    return (await Order.get(number=number)).state
