"""Every `waterbot` command runs as a real process and exits on its own, with its output.

SQLite always; PostgreSQL too when WATERBOT_TEST_DATABASE_URL points at a server (each run gets
a scratch database beside the test one). `serve` is a server and is left out; `demo`, `chat`,
`bench webhook` and `bench import` have their process tests in test_commands.py.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import uuid
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from pathlib import Path

import asyncpg
import pytest

from bot.cli import build_parser
from tests.support import on_postgres

WATERBOT = Path(sys.executable).with_name("waterbot")  # the console script, as installed
EXIT_WITHIN_S = 90  # generous on a busy machine; a command that hangs never finishes at all
SHEET = (
    "姓名,电话,地址,水票品种,水票,押桶,押金(元)\n张三,13812345678,阳光小区3栋502,nfsq-19l,10,2,60\n"
)
HISTORY = (
    "customer_id,delivered_at,quantity\n"
    "c1,2026-01-01T10:00:00+08:00,2\nc1,2026-01-08T10:00:00+08:00,2\n"
)
# bench routing: tests/unit/test_routing_checks.py runs it as a process.
TESTED_ELSEWHERE = {
    "serve", "demo", "chat", "bench webhook", "bench import", "bench routing",
    # against the fake WeChat Pay: test_pay_cli, test_pay_certificates, test_pay_sweeps; the
    # close without WeChat Pay: tests/admin/test_day_close.py
    "pay check", "finance close",
}  # fmt: skip
BACKENDS = ["sqlite", *(["postgres"] if on_postgres() else [])]


def waterbot(
    url: str, *args: str, cwd: Path, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    """Run the console script against `url`; fail the test if it has not exited in time."""
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    env["WATERBOT_DATABASE_URL"] = url
    try:
        return subprocess.run(
            [str(WATERBOT), *args], env=env, cwd=cwd, input=stdin, capture_output=True,
            text=True, timeout=EXIT_WITHIN_S, check=False,
        )  # fmt: skip
    except subprocess.TimeoutExpired as exc:
        pytest.fail(f"`waterbot {' '.join(args)}` did not exit within {exc.timeout} s")


@asynccontextmanager
async def fresh_database(backend: str, folder: Path) -> AsyncIterator[str]:
    """An empty database: a new SQLite file, or a scratch PostgreSQL database dropped after."""
    if backend == "sqlite":
        yield f"sqlite://{folder}/station.db"
        return
    server = os.environ["WATERBOT_TEST_DATABASE_URL"]
    name = f"waterbot_test_cli_{uuid.uuid4().hex[:10]}"
    admin = await asyncpg.connect(server, timeout=10)
    try:
        await admin.execute(f'CREATE DATABASE "{name}"')
        yield f"{server.rsplit('/', 1)[0]}/{name}"
    finally:
        await admin.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        await admin.close()


@pytest.mark.parametrize("backend", BACKENDS)
async def test_migrate_exits_and_a_second_run_applies_nothing(backend: str, tmp_path: Path) -> None:
    async with fresh_database(backend, tmp_path) as url:
        first = waterbot(url, "migrate", cwd=tmp_path)
        assert first.returncode == 0, first.stderr
        assert re.fullmatch(r"applied [1-9]\d* migration\(s\): .*_init\.py.*\n", first.stdout)
        again = waterbot(url, "migrate", cwd=tmp_path)
        assert (again.returncode, again.stdout) == (0, "applied 0 migration(s)\n"), again.stderr


@pytest.fixture(scope="module", params=BACKENDS)
async def station_url(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> AsyncIterator[str]:
    """A fresh database loaded by `waterbot demo-data` (which migrates first)."""
    folder = tmp_path_factory.mktemp("cli-station")
    async with fresh_database(request.param, folder) as url:
        loaded = waterbot(url, "demo-data", cwd=folder)
        assert loaded.returncode == 0, loaded.stderr
        assert loaded.stdout == "demo data loaded (4 new customers)\n"
        yield url


def test_token_create_exits(station_url: str, tmp_path: Path) -> None:
    made = waterbot(
        station_url, "token", "create", "--role", "owner", "--name", "前台", cwd=tmp_path
    )
    assert made.returncode == 0, made.stderr
    assert re.fullmatch(r"wb_[A-Za-z0-9_-]{20,}\n", made.stdout)


def test_codes_create_list_void_exit(station_url: str, tmp_path: Path) -> None:
    made = waterbot(
        station_url, "codes", "create", "--pack", "nfsq-19l-10", "--count", "2", cwd=tmp_path
    )
    assert made.returncode == 0, made.stderr
    lines = made.stdout.splitlines()
    assert lines[0] == "code,printed,pack,batch" and len(lines) == 3
    batch = lines[1].rsplit(",", 1)[1]
    listed = waterbot(station_url, "codes", "list", cwd=tmp_path)
    assert listed.returncode == 0, listed.stderr
    assert any(line.startswith(f"{batch},nfsq-19l-10,2,0,") for line in listed.stdout.splitlines())
    voided = waterbot(station_url, "codes", "void", batch, cwd=tmp_path)
    assert voided.returncode == 0, voided.stderr
    assert voided.stdout == f"batch {batch} voided (0 of 2 codes were redeemed)\n"


def test_import_customers_dry_run_and_real_exit(station_url: str, tmp_path: Path) -> None:
    sheet = tmp_path / "客户.csv"
    sheet.write_text(SHEET, encoding="utf-8")
    tried = waterbot(station_url, "import", "customers", str(sheet), "--dry-run", cwd=tmp_path)
    assert tried.returncode == 0, tried.stderr
    assert "试导入(未写入):共1行,新建1" in tried.stdout
    done = waterbot(station_url, "import", "customers", str(sheet), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert "导入完成:共1行,新建1" in done.stdout


def test_refill_report_exits(station_url: str, tmp_path: Path) -> None:
    report = waterbot(station_url, "refill", "report", cwd=tmp_path)
    assert report.returncode == 0, report.stderr
    assert report.stdout.startswith("refill reminders due ")
    assert "hit rate" in report.stdout


def _sqlite(tmp_path: Path) -> str:
    return f"sqlite://{tmp_path}/unused.db"


def test_import_template_exits(tmp_path: Path) -> None:
    target = tmp_path / "模板.csv"
    done = waterbot(_sqlite(tmp_path), "import", "template", str(target), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"template written to {target}" in done.stderr
    assert target.read_text(encoding="utf-8-sig").startswith("姓名,电话,地址")


def test_refill_backtest_exits(tmp_path: Path) -> None:
    history = tmp_path / "history.csv"
    history.write_text(HISTORY, encoding="utf-8")
    done = waterbot(_sqlite(tmp_path), "refill", "backtest", str(history), cwd=tmp_path)
    assert done.returncode == 0, done.stderr
    lines = done.stdout.splitlines()
    assert lines[0] == "customer_id,delivered_at,remind_at" and len(lines) == 3


def test_refill_generate_backtest_and_score_exit(tmp_path: Path) -> None:
    args = ("refill", "generate", "--set", "unseen", "--seed", "5", "--households", "14")
    made = waterbot(_sqlite(tmp_path), *args, cwd=tmp_path)
    assert made.returncode == 0, made.stderr
    assert made.stdout == waterbot(_sqlite(tmp_path), *args, cwd=tmp_path).stdout  # same seed
    history = tmp_path / "unseen.csv"
    history.write_text(made.stdout, encoding="utf-8")
    scored = waterbot(_sqlite(tmp_path), "refill", "score", str(history), cwd=tmp_path)
    assert scored.returncode == 0, scored.stderr
    assert re.search(r"^ALL +\d+ +0\.\d{3} +0\.\d{3}", scored.stdout, re.M), scored.stdout
    assert {line.split()[0] for line in scored.stdout.splitlines()[1:8]} >= {"workday", "spring"}
    capped = waterbot(
        _sqlite(tmp_path), "refill", "score", "--hour-cap", "1", str(history), cwd=tmp_path
    )
    assert capped.returncode == 0, capped.stderr
    busiest = [float(x) for x in re.findall(r"busiest hour of the day: (0\.\d+)", scored.stdout)]
    capped_busiest = re.findall(r"busiest hour of the day: (0\.\d+)", capped.stdout)
    assert busiest and float(capped_busiest[0]) < busiest[0]  # the cap spreads the station
    missing = waterbot(_sqlite(tmp_path), "refill", "score", str(tmp_path / "no.csv"), cwd=tmp_path)
    assert missing.returncode == 2 and "no.csv" in missing.stderr


def test_refill_backtest_reads_the_station_time_zone(tmp_path: Path) -> None:
    history = tmp_path / "history.csv"
    history.write_text(HISTORY, encoding="utf-8")
    env = {k: v for k, v in os.environ.items() if not k.startswith("WATERBOT_")}
    env["WATERBOT_TZ"] = "Europe/Berlin"
    done = subprocess.run(
        [str(WATERBOT), "refill", "backtest", str(history)], env=env, cwd=tmp_path,
        capture_output=True, text=True, timeout=EXIT_WITHIN_S, check=False,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    remind = done.stdout.splitlines()[1].split(",")[2]
    assert remind.endswith("+01:00") and "T" in remind  # Berlin time, inside 09:00-20:00
    assert "09:00" <= remind[11:16] <= "20:00"


def test_parse_text_and_stdin_exit(tmp_path: Path) -> None:
    one = waterbot(_sqlite(tmp_path), "parse", "送两桶水", cwd=tmp_path)
    assert one.returncode == 0, one.stderr
    assert '"intent": "order"' in one.stdout
    many = waterbot(_sqlite(tmp_path), "parse", "-", cwd=tmp_path, stdin="送两桶水\n价格\n")
    assert many.returncode == 0, many.stderr
    assert len(many.stdout.splitlines()) == 2


def test_bench_reports_small_exits(tmp_path: Path) -> None:
    args = ("bench", "reports", "--customers", "5", "--orders", "20", "--repeat", "1")
    done = waterbot(_sqlite(tmp_path), *args, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "export-orders-30d" in done.stdout


def test_bench_dispatch_small_exits(tmp_path: Path) -> None:
    args = ("bench", "dispatch", "--orders", "12", "--couriers", "2", "--time-limit", "1")
    done = waterbot(_sqlite(tmp_path), *args, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert "km driven" in done.stdout and "today" in done.stdout
    as_json = waterbot(_sqlite(tmp_path), *args, "--json", cwd=tmp_path)
    assert as_json.returncode == 0, as_json.stderr
    figures = json.loads(as_json.stdout)
    assert set(figures) == {"optimiser", "today"} and figures["today"]["km"] > 0


def test_bench_routing_files_exits(tmp_path: Path) -> None:
    args = ("bench", "routing-files", "--customers", "10", "--out", str(tmp_path / "files"))
    done = waterbot(_sqlite(tmp_path), *args, cwd=tmp_path)
    assert done.returncode == 0, done.stdout + done.stderr
    assert len(done.stdout.splitlines()) == 3  # one C1, R1 and RC1 file


COVERED_HERE = {
    "migrate", "demo-data", "token create", "codes create", "codes list", "codes void",
    "import customers", "import template", "refill report", "refill backtest", "parse",
    "refill generate", "refill score",
    "bench reports", "bench dispatch", "bench routing-files",
}  # fmt: skip


def _leaves(parser: argparse.ArgumentParser, prefix: str = "") -> set[str]:
    """Every runnable command path, e.g. 'codes create'."""
    found: set[str] = set()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            for name, sub in action.choices.items():
                found |= _leaves(sub, f"{prefix}{name} ")
    return found or {prefix.strip()}


def test_every_command_has_an_exit_test() -> None:
    assert _leaves(build_parser()) == COVERED_HERE | TESTED_ELSEWHERE
