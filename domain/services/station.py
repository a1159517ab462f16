"""Reading and changing the station's own settings."""

from __future__ import annotations

from datetime import date, time
from typing import Any

from domain.infra.ports import Conn
from domain.models import Station
from domain.rules.station import StationRules
from domain.services.support import audit, run_in_transaction

EDITABLE = (
    "name",
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
)


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


async def station_phone(conn: Conn | None = None) -> str | None:
    """The number customers are told to call, or None while the station has none set."""
    # The phone setting arrives with the station-info settings; until then there is none.
    return getattr(await station_row(conn), "phone", None) or None


async def configure_station(changes: dict[str, Any], actor: str) -> dict[str, Any]:
    """Change station settings (hours, area, fees); audited."""
    unknown = set(changes) - set(EDITABLE)
    if unknown:
        raise ValueError(f"not station settings: {sorted(unknown)}")

    async def work(conn: Conn) -> dict[str, Any]:
        station = await station_row(conn)
        before = {k: getattr(station, k) for k in changes}
        for key, value in changes.items():
            setattr(station, key, value)
        rules_of(station)  # validates times and dates before anything is saved
        await station.save(using_db=conn)
        await audit(conn, actor, "station.configure", "station", station.id, before, changes)
        return {k: getattr(station, k) for k in EDITABLE}

    return await run_in_transaction("station.configure", None, work)
