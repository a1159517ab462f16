"""The station's own settings: contact details customers are told, hours, area and fees.

The chat reads them on every question (你们在哪, 几点关门, 电话多少, 送水要运费吗), so an
edit here is what customers hear next.
"""

from __future__ import annotations

from typing import Any

from admin.api import Call, Routes
from admin.schema import DATE, array, integer, nullable, obj, ref, string
from domain.services import station

routes = Routes("station")
CLOCK = string(5, pattern=r"^([01]\d|2[0-3]):[0-5]\d$")
MONEY = integer(0, 1_000_000)
FIELDS: dict[str, Any] = {
    "name": string(64, min_length=1),
    "address": string(200),
    "phone": string(32, pattern=r"^[0-9+() -]*$"),
    "hours_text": string(100),
    "latitude": nullable({"type": "number", "minimum": -90, "maximum": 90}),
    "longitude": nullable({"type": "number", "minimum": -180, "maximum": 180}),
    "opens_at": CLOCK,
    "closes_at": CLOCK,
    "closed_weekdays": array(integer(0, 6), 7),
    "closed_dates": array(DATE, 366),
    "communities": array(string(64, min_length=1), 200),
    "radius_m": nullable(integer(1, 100_000)),
    "min_order_fen": MONEY,
    "delivery_fee_fen": MONEY,
    "floor_fee_fen": MONEY,
    "free_floors": integer(0, 100),
    # Dispatch: plan every N minutes in opening hours (0: only on request), the travel model
    # (km/h, road detour over the straight line), seconds at each door, the solver's limit.
    "dispatch_every_minutes": integer(0, 720),
    "travel_speed_kmh": {"type": "number", "minimum": 1, "maximum": 120},
    "travel_detour": {"type": "number", "minimum": 1, "maximum": 5},
    "service_base_s": integer(0, 3600),
    "service_per_bucket_s": integer(0, 600),
    "service_per_floor_s": integer(0, 600),
    "plan_seconds": integer(1, 60),
}
STATION = ref(
    "Station",
    obj(tuple(station.EDITABLE), **{**FIELDS, "name": string(64)}),
)


def station_json(settings: dict[str, Any]) -> dict[str, Any]:
    """The settings as the API shows them (weekdays 0 = Monday, dates YYYY-MM-DD)."""
    return {key: settings[key] for key in station.EDITABLE}


@routes.op(
    "GET",
    "/station",
    summary="The station's settings: name, address, phone, hours, delivery area and fees",
    area="catalog",
    response=STATION,
)
async def get_station(call: Call) -> Any:
    """The settings."""
    return station_json(await station.station_settings())


@routes.op(
    "PATCH",
    "/station",
    summary="Change station settings (customers are told the new address, phone and hours)",
    area="catalog",
    body=obj(**FIELDS),
    response=STATION,
)
async def update_station(call: Call) -> Any:
    """Edit; only the fields sent change."""
    body = dict(call.body)
    if "closed_weekdays" in body:
        body["closed_weekdays"] = sorted(set(body["closed_weekdays"]))
    if "closed_dates" in body:
        body["closed_dates"] = sorted(set(body["closed_dates"]))
    return station_json(await station.configure_station(body, call.actor))
