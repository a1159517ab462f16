"""The station's rules and the catalog, kept per process while a version row says they hold.

An order message used to read the station row and its products on every turn. Each process
now keeps them under the version found in a named counter row (`support.SETTINGS_VERSION`):
every writer of the station or a product bumps that row in its own transaction
(`support.bump_settings_version`), and each turn reads it together with its conversation
(`conversations.load_conversation`, no extra round trip) and notes it for its task
(`note_version`). A turn whose noted version differs from the kept one reads afresh, so a
price changed in one process is used by the next message in any other.

Work outside a turn (the admin API, the scheduler) notes no version and always reads the
database. Data read after a newer version committed may be kept under the older one; the next
turn sees the newer version and reads again, so nothing stale is ever kept under a current one.
A database that never had a bump has no version and is never cached."""

from __future__ import annotations

from contextvars import ContextVar
from dataclasses import dataclass

from domain.infra.ports import Conn
from domain.models import Product
from domain.rules.station import StationRules
from domain.services.station import load_rules

_noted: ContextVar[int | None] = ContextVar("settings_version", default=None)


@dataclass(frozen=True)
class ProductTerms:
    """What pricing an order line needs of a product."""

    sku: str
    name: str
    unit: str
    price_fen: int
    deposit_fen: int
    active: bool


@dataclass
class _Kept:
    version: int | None = None
    rules: StationRules | None = None
    products: dict[str, ProductTerms] | None = None


_kept = _Kept()


def note_version(version: int | None) -> None:
    """The settings version this task's turn read; cached values serve it while they match."""
    _noted.set(version)


def _current() -> int | None:
    """The noted version, after dropping what was kept under another one."""
    noted = _noted.get()
    if noted is not None and noted != _kept.version:
        _kept.version, _kept.rules, _kept.products = noted, None, None
    return noted


def _still(noted: int | None) -> bool:
    # Another turn may have noted a newer version while this one awaited its read: what this
    # one read may predate that version, so it is kept only under the version it was read for.
    return noted is not None and _kept.version == noted


async def station_rules(conn: Conn) -> StationRules:
    """The station's rules: kept ones when the turn's version matches, else read."""
    noted = _current()
    if noted is not None and _kept.rules is not None:
        return _kept.rules
    rules = await load_rules(conn)
    if _still(noted):
        _kept.rules = rules
    return rules


async def products(conn: Conn, skus: list[str]) -> dict[str, ProductTerms]:
    """The products among `skus` (all of them, kept, when the turn noted a version)."""
    noted = _current()
    if noted is None:
        return _terms(await Product.filter(sku__in=skus).using_db(conn))
    every = _kept.products
    if every is None:
        every = _terms(await Product.all().using_db(conn))
        if _still(noted):
            _kept.products = every
    return {sku: every[sku] for sku in skus if sku in every}


def _terms(rows: list[Product]) -> dict[str, ProductTerms]:
    return {
        p.sku: ProductTerms(p.sku, p.name, p.unit, p.price_fen, p.deposit_fen, p.active)
        for p in rows
    }
