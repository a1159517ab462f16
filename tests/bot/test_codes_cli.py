"""`waterbot codes create` as a real process against a SQLite file loaded with demo data."""

from __future__ import annotations

import csv
import io
import os
import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from domain.rules import ticket_codes

WATERBOT = Path(sys.executable).with_name("waterbot")


def _waterbot(db: Path, *args: str, secret: str = "") -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    env["WATERBOT_DATABASE_URL"] = f"sqlite://{db}"
    if secret:
        env["WATERBOT_CODE_SECRET"] = secret
    return subprocess.run(
        [str(WATERBOT), *args], env=env, capture_output=True, text=True, timeout=120, check=False
    )


@pytest.fixture(scope="module")
def demo_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A SQLite file with the demo data loaded by `waterbot demo-data`, made once."""
    db = tmp_path_factory.mktemp("codes-cli") / "template.db"
    loaded = _waterbot(db, "demo-data")
    assert loaded.returncode == 0, loaded.stderr
    return db


@pytest.fixture
def demo_db(demo_template: Path, tmp_path: Path) -> Path:
    """A fresh copy of the demo database for one test."""
    return Path(shutil.copy(demo_template, tmp_path / "xyz.db"))


def _rows(stdout: str) -> list[dict[str, str]]:
    lines = stdout.splitlines()
    assert lines[0] == "code,printed,pack,batch"
    return list(csv.DictReader(io.StringIO(stdout)))


def _stored(db: Path, sql: str) -> list[tuple[object, ...]]:
    with sqlite3.connect(db) as conn:
        return conn.execute(sql).fetchall()


def test_create_writes_csv_of_codes_that_verify_with_the_installation_key(demo_db: Path) -> None:
    made = _waterbot(demo_db, "codes", "create", "--pack", "nfsq-19l-10", "--count", "5")
    assert made.returncode == 0, made.stderr
    rows = _rows(made.stdout)
    assert len(rows) == 5 and len({r["code"] for r in rows}) == 5
    assert {(r["pack"], r["batch"]) for r in rows} == {("nfsq-19l-10", "1")}
    assert all(r["printed"] == ticket_codes.format_for_print(r["code"]) for r in rows)
    [(key_hex,)] = _stored(demo_db, "SELECT value FROM code_secret")
    key = bytes.fromhex(str(key_hex))
    assert all(ticket_codes.is_well_formed(r["code"], key) for r in rows)
    stored = {str(f) for (f,) in _stored(demo_db, "SELECT fingerprint FROM ticket_code")}
    assert stored == {ticket_codes.fingerprint(r["code"], key) for r in rows}
    # A second run (a restart) signs with the same key it persisted.
    again = _rows(
        _waterbot(demo_db, "codes", "create", "--pack", "nfsq-19l-10", "--count", "2").stdout
    )
    assert {r["batch"] for r in again} == {"2"}
    assert all(ticket_codes.is_well_formed(r["code"], key) for r in again)


def test_create_signs_with_the_configured_secret(demo_db: Path) -> None:
    secret = "a-configured-secret-of-some-length"
    made = _waterbot(
        demo_db, "codes", "create", "--pack", "local-18l-20", "--count", "3", secret=secret
    )
    assert made.returncode == 0, made.stderr
    rows = _rows(made.stdout)
    assert all(ticket_codes.is_well_formed(r["code"], secret.encode()) for r in rows)


def test_create_refuses_an_unknown_pack_and_a_bad_count(demo_db: Path) -> None:
    unknown = _waterbot(demo_db, "codes", "create", "--pack", "no-such-pack", "--count", "5")
    assert unknown.returncode == 1
    assert unknown.stdout == "" and "没有这种水票套餐" in unknown.stderr
    too_many = _waterbot(demo_db, "codes", "create", "--pack", "nfsq-19l-10", "--count", "10001")
    assert too_many.returncode == 2 and "--count" in too_many.stderr


def test_list_and_void(demo_db: Path) -> None:
    made = _waterbot(demo_db, "codes", "create", "--pack", "nfsq-19l-10", "--count", "1")
    batch = _rows(made.stdout)[0]["batch"]
    voided = _waterbot(demo_db, "codes", "void", batch)
    assert voided.returncode == 0 and f"batch {batch} voided" in voided.stdout
    listing = list(csv.DictReader(io.StringIO(_waterbot(demo_db, "codes", "list").stdout)))
    assert listing[0]["batch"] == batch and listing[0]["voided_at"]
