"""Reading and changing the station's own settings."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from domain.infra.ports import Conn
from domain.models import Station
from domain.rules.cleaning import clean_text
from domain.rules.errors import InvalidInput
from domain.rules.station import StationRules
from domain.rules.station_answers import StationInfo
from domain.services.support import audit, bump_settings_version, run_in_transaction

EDITABLE = (
    "name",
    "address",
    "phone",
    "hours_text",
    "latitude",
    "longitude",
    "opens_at",
    "closes_at",
    "closed_weekdays",
    "closed_dates",
    "communities",
    "radius_m",
    "min_order_fen",
    "delivery_fee_fen",
    "floor_fee_fen",
    "free_floors",
    "lead_minutes",
    # Dispatch (docs/DISPATCH.md): cut-offs, the travel model, time at the door, solver limit.
    "dispatch_every_minutes",
    "travel_speed_kmh",
    "travel_detour",
    "service_base_s",
    "service_per_bucket_s",
    "service_per_floor_s",
    "plan_seconds",
)


TEXTS = ("name", "address", "phone", "hours_text")


async def station_row(conn: Conn | None = None) -> Station:
    """The one station row, created with defaults on first use."""
    found = await Station.filter(id=1).using_db(conn).first()
    if found is not None:
        return found
    # Concurrent first orders all miss the row; the inserts that lose must not fail their
    # orders (ON CONFLICT DO NOTHING waits for the winner, whose row is then read).
    await Station.bulk_create([Station(id=1)], ignore_conflicts=True, using_db=conn)
    return await Station.get(id=1, using_db=conn)


def rules_of(station: Station) -> StationRules:
    """The station row as the pure rules see it."""
    return StationRules(
        opens_at=time.fromisoformat(station.opens_at),
        closes_at=time.fromisoformat(station.closes_at),
        closed_weekdays=frozenset(station.closed_weekdays),
        closed_dates=frozenset(date.fromisoformat(d) for d in station.closed_dates),
        communities=tuple(station.communities),
        radius_m=station.radius_m,
        latitude=station.latitude,
        longitude=station.longitude,
        min_order_fen=station.min_order_fen,
        delivery_fee_fen=station.delivery_fee_fen,
        floor_fee_fen=station.floor_fee_fen,
        free_floors=station.free_floors,
        lead_minutes=station.lead_minutes,
    )


async def load_rules(conn: Conn | None = None) -> StationRules:
    """The station's current rules."""
    return rules_of(await station_row(conn))


def info_of(station: Station) -> StationInfo:
    """What the station tells customers about itself."""
    return StationInfo(station.name, station.address, station.phone, station.hours_text)


async def load_profile(conn: Conn | None = None) -> tuple[StationInfo, StationRules]:
    """The station's contact details and its rules, read together."""
    station = await station_row(conn)
    return info_of(station), rules_of(station)


async def station_settings() -> dict[str, Any]:
    """Every editable setting as stored."""
    station = await station_row()
    return {k: getattr(station, k) for k in EDITABLE}


async def station_phone(conn: Conn | None = None) -> str | None:
    """The number customers are told to call, or None while the station has none set."""
    return (await station_row(conn)).phone or None


async def configure_station(changes: dict[str, Any], actor: str) -> dict[str, Any]:
    """Change station settings (contact, hours, area, fees); audited."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not station settings: {sorted(unknown)}")
    # Customers read these in chat: no control or direction characters (docs/INPUT.md).
    changes = {k: clean_text(v) if k in TEXTS else v for k, v in changes.items()}

    async def work(conn: Conn) -> dict[str, Any]:
        station = await station_row(conn)
        before = {k: getattr(station, k) for k in changes}
        for key, value in changes.items():
            setattr(station, key, value)
        rules = rules_of(station)  # validates times and dates before anything is saved
        if rules.closes_at <= rules.opens_at:
            raise InvalidInput(
                f"closes {rules.closes_at} not after opens {rules.opens_at}",
                message="关门时间要晚于开门时间",
                fields={"closes_at": "晚于 opens_at"},
            )
        await station.save(using_db=conn)
        await bump_settings_version(conn)
        await audit(conn, actor, "station.configure", "station", station.id, before, changes)
        return {k: getattr(station, k) for k in EDITABLE}

    return await run_in_transaction("station.configure", None, work)
